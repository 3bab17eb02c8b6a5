/** Options every report-reading command shares (analyze, ingest, feed, brief), validated at the edge. */
import type { Command } from 'commander';
import {
  parseTlpLevel,
  statedTlpLevel,
  tlpLabel,
  tlpMarkingRef,
  tlpRank,
  type ReportMeta,
} from '@vigil/core';
import { parseMaxBytes } from '../input/max-bytes.ts';
import type { DocumentText, ReadOptions } from '../input/read-input.ts';

export interface ReportCliOptions {
  readonly published?: string;
  readonly source?: string;
  readonly reliability?: string;
  readonly tlp?: string;
  /** Set by the commands that offer --downgrade-tlp (analyze, ingest). */
  readonly downgradeTlp?: boolean;
  readonly title?: string;
  readonly allowHost?: string[];
  readonly maxBytes?: string;
  readonly timeout?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addReportOptions(command: Command): Command {
  return command
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD or RFC 3339); else taken from the page, else stated unknown',
    )
    .option('--source <name>', 'who published it (e.g. "Czech MFA", "Mandiant")')
    .option(
      '--reliability <A-F>',
      'Admiralty source reliability: A reliable ... E unreliable, F cannot be judged',
    )
    .option('--tlp <level>', 'TLP 2.0 marking: clear, green, amber, amber+strict, red')
    .option('--title <text>', 'report title (default: from the document)')
    .option(
      '--allow-host <host[:port]>',
      'let a URL fetch reach this private/loopback host (repeatable)',
      collect,
    )
    .option('--max-bytes <size>', 'largest input accepted: bytes, or with K, M or G', '50M')
    .option('--timeout <ms>', 'URL fetch deadline in milliseconds', '20000');
}

export class OptionError extends Error {
  override readonly name = 'OptionError';
  readonly code = 'invalid_option';
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new OptionError(`--${name} must be a positive whole number, not ${value}`);
  return n;
}

export function readOptions(options: ReportCliOptions): ReadOptions {
  const maxBytes = parseMaxBytes(options.maxBytes);
  const timeoutMs = positiveInteger('timeout', options.timeout);
  return {
    ...(maxBytes ? { maxBytes } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(options.allowHost ? { allowHosts: options.allowHost } : {}),
  };
}

/** RFC 3339 UTC timestamp from a date or timestamp the user or the page gave; undefined if unparseable. */
export function toTimestamp(value: string): string | undefined {
  const text = value.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/u.test(text);
  const time = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function reportMeta(
  options: ReportCliOptions,
  document: DocumentText,
  ingested: string,
): ReportMeta {
  let published: string | undefined;
  if (options.published !== undefined) {
    published = toTimestamp(options.published);
    if (!published) throw new OptionError(`--published: not a date: ${options.published}`);
  } else if (document.published) {
    published = toTimestamp(document.published);
  }
  const reliability = options.reliability?.toUpperCase();
  if (reliability !== undefined && !/^[A-F]$/u.test(reliability)) {
    throw new OptionError(
      `--reliability must be one letter A-F (Admiralty scale), not ${options.reliability}`,
    );
  }
  // The marking the document prints for itself ("TLP:AMBER" at its top) holds unless --tlp says
  // otherwise; a lower --tlp only with --downgrade-tlp.
  const stated = statedTlpLevel(document.text);
  let markingRefs: string[] = stated ? [tlpMarkingRef(stated)] : [];
  if (options.tlp !== undefined) {
    const level = parseTlpLevel(options.tlp);
    if (!level)
      throw new OptionError(
        `--tlp must be clear, green, amber, amber+strict or red, not ${options.tlp}`,
      );
    if (stated && tlpRank(level) < tlpRank(stated) && !options.downgradeTlp) {
      throw new OptionError(
        `--tlp ${options.tlp}: the document states ${tlpLabel(stated)}; lowering a marking needs --downgrade-tlp`,
      );
    }
    markingRefs = [tlpMarkingRef(level)];
  }
  const title = options.title ?? document.title;
  const sourceName = options.source ?? document.siteName;
  return {
    ingested,
    ...(published ? { published } : {}),
    ...(title ? { title } : {}),
    ...(document.url ? { url: document.url } : {}),
    ...(sourceName ? { sourceName } : {}),
    ...(reliability ? { reliability: reliability as NonNullable<ReportMeta['reliability']> } : {}),
    ...(markingRefs.length > 0
      ? { markingRefs: markingRefs as NonNullable<ReportMeta['markingRefs']> }
      : {}),
  };
}

/**
 * A --published date after the time of analysis is most likely a typo, yet it is the analyst's word:
 * warned about on stderr and kept.
 */
export function warnIfPublishedInFuture(options: ReportCliOptions, meta: ReportMeta): void {
  if (options.published === undefined || meta.published === undefined) return;
  if (meta.published <= meta.ingested) return;
  process.stderr.write(
    `vigil: warning: --published ${options.published} is in the future (now ${meta.ingested.slice(0, 10)}); kept as given\n`,
  );
}
