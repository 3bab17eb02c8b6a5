/**
 * Log timestamps, for `--since` and sighting first/last seen: ISO 8601 / RFC 3339, epoch seconds (Zeek
 * `ts`; squid's native access log starts its lines with them, milliseconds after a dot), Apache/NCSA `[10/Oct/2000:13:55:36 -0700]`, and BSD syslog `Nov 28 16:18:03` (no year in the
 * line: the caller passes its clock, see `syslogTime`); last, a bare ISO date opening a text line (midnight
 * UTC of that day). Returns epoch milliseconds, or undefined when nothing parses.
 */
const TIME_FIELDS = [
  '@timestamp',
  'timestamp',
  'ts',
  'eventtime',
  'utctime',
  'time',
  'datetime',
  'date',
  'event.created',
  'timecreated',
];
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

const ISO = /(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d(?:\.\d{1,9})?)(Z|[+-]\d\d:?\d\d)?/;
const CLF = /\[(\d\d)\/([A-Z][a-z]{2})\/(\d{4}):(\d\d:\d\d:\d\d) ([+-]\d{4})\]/;
const SYSLOG = /^(?:<\d{1,3}>)?([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d:\d\d:\d\d)/;
/** A date without a time opening the line ("2026-11-20 10.0.0.1 GET ..."): the day is known, the hour not. */
const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)[\s,;|]/;
/** Squid native format: only at the line start and with the 3-digit fraction, so no count passes for a time. */
const SQUID = /^(\d{9,10}\.\d{3})\s/;

function month(name: string): string | undefined {
  const i = MONTHS.indexOf(name.toLowerCase());
  return i >= 0 && i % 3 === 0 ? String(i / 3 + 1).padStart(2, '0') : undefined;
}

/** Parses a timestamp value (string or epoch number). Bare ISO times without zone are taken as UTC. */
export function parseLogTime(value: unknown): number | undefined {
  if (typeof value === 'number') return value > 1e11 ? value : value * 1000;
  if (typeof value !== 'string') return undefined;
  if (/^\d{9,10}(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  if (/^\d{12,13}$/.test(value)) return Number(value);
  return textTime(value.slice(0, 64), 0);
}

/**
 * How far past `now` a year-less syslog time may lie and still be this year: the line's clock is local
 * (up to 14 h ahead of UTC) and may be a little fast. Anything later was logged last year.
 */
const SYSLOG_AHEAD_MS = 24 * 3600 * 1000;

/**
 * A BSD syslog time (no year) in the year of `now` (epoch ms), or in the year before when that would
 * put it in the future: `Dec 31 23:59:00` read on January 2nd is last year's. Invalid dates (Feb 30,
 * Feb 29 outside a leap year) give undefined.
 */
export function syslogTime(
  month: number,
  day: number,
  clock: string,
  now: number,
): number | undefined {
  const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
  if (h > 23 || m > 59 || s > 60) return undefined;
  const at = (year: number) => {
    const t = Date.UTC(year, month - 1, day, h, m, s);
    return new Date(t).getUTCDate() === day ? t : undefined;
  };
  const year = new Date(now).getUTCFullYear();
  const t = at(year);
  return t !== undefined && t <= now + SYSLOG_AHEAD_MS ? t : at(year - 1);
}

/** Finds a timestamp in the first part of a text line; `now` (epoch ms) dates year-less syslog times. */
export function textTime(line: string, now: number): number | undefined {
  const head = line.length > 200 ? line.slice(0, 200) : line;
  const iso = ISO.exec(head);
  if (iso) {
    const zone = iso[3]
      ? iso[3].length === 5
        ? `${iso[3].slice(0, 3)}:${iso[3].slice(3)}`
        : iso[3]
      : 'Z';
    const t = Date.parse(`${iso[1]}T${iso[2]}${zone}`);
    if (!Number.isNaN(t)) return t;
  }
  const clf = CLF.exec(head);
  if (clf) {
    const m = month(clf[2]!);
    const t = m
      ? Date.parse(`${clf[3]}-${m}-${clf[1]}T${clf[4]}${clf[5]!.slice(0, 3)}:${clf[5]!.slice(3)}`)
      : NaN;
    if (!Number.isNaN(t)) return t;
  }
  const squid = SQUID.exec(head);
  if (squid) return Math.round(Number(squid[1]) * 1000);
  const sys = SYSLOG.exec(head);
  if (sys) {
    const m = month(sys[1]!);
    const t = m ? syslogTime(Number(m), Number(sys[2]), sys[3]!, now) : undefined;
    if (t !== undefined) return t;
  }
  const date = DATE_ONLY.exec(head);
  return date ? dayStart(Number(date[1]), Number(date[2]), Number(date[3])) : undefined;
}

/** Midnight UTC of a calendar day, or undefined for a day the month does not have (Date.UTC rolls over). */
function dayStart(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? t : undefined;
}

/** The record's time from the usual timestamp fields (top level or one level down, case-insensitive). */
export function recordTime(record: unknown): number | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const entries = Object.entries(record as Record<string, unknown>);
  for (const name of TIME_FIELDS) {
    for (const [key, value] of entries) {
      if (key.toLowerCase() === name) {
        const t = parseLogTime(value);
        if (t !== undefined) return t;
      }
    }
  }
  const event =
    (record as Record<string, unknown>).event ?? (record as Record<string, unknown>).EventData;
  return event && typeof event === 'object' ? recordTime(event) : undefined;
}
