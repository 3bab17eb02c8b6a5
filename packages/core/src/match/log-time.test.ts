import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syslogTime, textTime } from './log-time.ts';

const NOW = Date.UTC(2026, 10, 28);
const LOGS = resolve(import.meta.dirname, '../../../../fixtures/logs');

describe('textTime', () => {
  it('reads the epoch seconds that start every line of a squid native access log', () => {
    const lines = readFileSync(resolve(LOGS, 'proxy.log'), 'utf8').trim().split('\n');
    for (const line of lines) {
      const seconds = Number(line.slice(0, line.indexOf(' ')));
      expect(textTime(line, NOW)).toBe(Math.round(seconds * 1000));
    }
  });

  it('takes no other number for a time', () => {
    expect(textTime('1795824001 bytes sent to 198.51.100.7', NOW)).toBeUndefined();
    expect(textTime('id 1795824001.202 GET /', NOW)).toBeUndefined();
  });
});

describe('textTime on a line that opens with a date and no time', () => {
  it('is the start of that day, UTC', () => {
    expect(textTime('2026-11-20 10.0.0.1 GET http://evil.example/ 200', NOW)).toBe(
      Date.UTC(2026, 10, 20),
    );
    expect(textTime('2026-11-20\tdeny\t203.0.113.9', NOW)).toBe(Date.UTC(2026, 10, 20));
  });

  it('is no time for a day the month lacks, or a date further into the line', () => {
    expect(textTime('2026-02-30 10.0.0.1 GET /', NOW)).toBeUndefined();
    expect(textTime('GET /archive/2026-11-20 200', NOW)).toBeUndefined();
    expect(textTime('2026-11-20.log rotated', NOW)).toBeUndefined();
  });
});

describe('syslogTime (BSD syslog has no year)', () => {
  const jan2 = Date.UTC(2026, 0, 2);
  it('puts a time later than now (beyond a day of clock and zone slack) in the year before', () => {
    expect(textTime('Dec 31 23:59:00 gw sshd[1]: x', jan2)).toBe(Date.UTC(2025, 11, 31, 23, 59));
    expect(textTime('<13>Jan  3 01:00:00 gw x', jan2)).toBe(Date.UTC(2025, 0, 3, 1));
  });

  it('keeps the year of now for a time up to now, and a day ahead of it', () => {
    expect(textTime('Jan  1 00:00:00 gw x', jan2)).toBe(Date.UTC(2026, 0, 1));
    expect(textTime('Jan  2 20:00:00 gw x', jan2)).toBe(Date.UTC(2026, 0, 2, 20));
  });

  it('refuses a day the month does not have, in the year it lands in', () => {
    expect(syslogTime(2, 30, '10:00:00', jan2)).toBeUndefined();
    // Feb 29 read in March 2029 is 2028's (a leap year); read in March 2027 it is no date.
    expect(syslogTime(2, 29, '10:00:00', Date.UTC(2029, 2, 1))).toBe(Date.UTC(2028, 1, 29, 10));
    expect(syslogTime(2, 29, '10:00:00', Date.UTC(2027, 2, 1))).toBeUndefined();
  });
});
