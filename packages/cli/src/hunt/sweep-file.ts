/**
 * Sweeps one input (file or stdin) against the index: detects the format from the first line, streams
 * lines, matches text lines token-wise and structured records field-wise, and reports what it skipped.
 */
import {
  type IndicatorIndex,
  type NativeScanFactory,
  type RecordHit,
  RecordMatcher,
  isAllowlisted,
  recordTime,
  textTime,
} from '@vigil/core/match';
import { ByteFinder } from './byte-finder.ts';
import { CsvContinuation, oddQuotes } from './csv-continuation.ts';
import { visitRecords } from './json-records.ts';
import { LineSplitter } from './line-splitter.ts';
import {
  type DecompressionLimits,
  DEFAULT_LIMITS,
  InputError,
  looksBinary,
  openInput,
  openRange,
} from './open-input.ts';
import { ZEEK_UNSET, rowRecord, splitCsvRow, zeekSeparator } from './record-parsers.ts';

export interface SweepHit {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly value: string;
  readonly spec: number;
  /** Log time of the record (epoch ms) when it parses. */
  readonly time?: number;
  /** --since was given but the record's time did not parse: kept (safer than dropping), and said so. */
  readonly keptWithoutTime?: true;
}

export type LogFormat = 'text' | 'jsonl' | 'json' | 'csv' | 'zeek';

export interface FileReport {
  readonly file: string;
  format?: LogFormat;
  bytes: number;
  lines: number;
  hits: number;
  invalidJson: number;
  oversizedLines: number;
  /** CSV records whose quoted field did not close within bounds (csv-continuation.ts): scanned as text. */
  unclosedCsvQuotes: number;
  suppressed: number;
  skipped?: string;
  error?: string;
}

/** A report with nothing counted yet. */
export const emptyReport = (file: string): FileReport => ({
  file,
  bytes: 0,
  lines: 0,
  hits: 0,
  invalidJson: 0,
  oversizedLines: 0,
  unclosedCsvQuotes: 0,
  suppressed: 0,
});

/**
 * One part of a big file swept by several workers (split-inputs.ts): bytes [start, end), whole lines,
 * of a file whose format the first line gave. Line numbers count from the part's first line.
 */
export interface FilePart {
  readonly start: number;
  /** Infinity for the last part: to the end of the file, however far it has grown. */
  readonly end: number;
  readonly format: LogFormat;
}

export interface SweepOptions {
  readonly allow?: IndicatorIndex;
  /** Drop hits whose log time is known and earlier (epoch ms). */
  readonly since?: number;
  /** The hunt's clock (epoch ms): dates year-less syslog times. */
  readonly now: number;
  readonly maxLine?: number;
  readonly limits?: DecompressionLimits;
  /** Largest JSON document (CloudTrail-style) parsed whole; bigger ones are scanned as text. */
  readonly maxJsonDocument?: number;
  /** The candidate token search in native code (scanner-choice.ts); absent: the JavaScript one. */
  readonly native?: NativeScanFactory;
}

export function detectFormat(path: string, firstLine: string): LogFormat {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (firstLine.startsWith('#separator') || firstLine.startsWith('#fields')) return 'zeek';
  const trimmed = firstLine.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      JSON.parse(trimmed);
      return 'jsonl';
    } catch {
      return name.endsWith('.json') ||
        trimmed === '{' ||
        trimmed === '[' ||
        trimmed.startsWith('{"Records"')
        ? 'json'
        : 'jsonl';
    }
  }
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  return 'text';
}

const NEWLINE = Buffer.from('\n');

export const startsWithBom = (chunk: Buffer) =>
  chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;

export class FileSweeper {
  private readonly matcher: RecordMatcher;
  constructor(
    index: IndicatorIndex,
    private readonly options: SweepOptions,
  ) {
    this.matcher = new RecordMatcher(index, options.native);
  }

  async sweep(
    path: string,
    onHits: (hits: SweepHit[]) => void,
    onBytes: (bytes: number) => void = () => undefined,
    part?: FilePart,
  ): Promise<FileReport> {
    const report = emptyReport(path);
    const { allow, since } = this.options;
    let batch: SweepHit[] = [];
    const found: RecordHit[] = [];
    // One hit per (line, field, indicator), the first occurrence not allowlisted, however often the
    // line repeats it and whether or not it came in pieces (an over-long line is matched piece by piece).
    let reportedLine = 0;
    const reported = new Set<string>();
    const emit = (line: number, time: number | undefined) => {
      if (line !== reportedLine) {
        reportedLine = line;
        reported.clear();
      }
      for (const h of found) {
        if (allow && isAllowlisted(allow, h)) {
          report.suppressed++;
          continue;
        }
        if (since !== undefined && time !== undefined && time < since) continue;
        const key = `${h.spec}\u0000${h.field}`;
        if (reported.has(key)) continue;
        reported.add(key);
        batch.push({
          file: path,
          line,
          field: h.field,
          value: h.value,
          spec: h.spec,
          ...(time === undefined ? {} : { time }),
          ...(since !== undefined && time === undefined ? { keptWithoutTime: true as const } : {}),
        });
      }
      found.length = 0;
      if (batch.length >= 256) flush();
    };
    const flush = () => {
      if (batch.length === 0) return;
      report.hits += batch.length;
      onHits(batch);
      batch = [];
    };
    const lineTime = (block: Buffer, s: number, e: number) =>
      textTime(block.toString('latin1', s, Math.min(e, s + 200)), this.options.now);
    const text = (block: Buffer, s: number, e: number, line: number, time = lineTime) => {
      this.matcher.matchText(block, s, e, found);
      if (found.length > 0) emit(line, time(block, s, e));
    };
    // Every piece of an over-long line has the time its first piece starts with.
    let pieceLine = 0;
    let pieceTime: number | undefined;
    const firstPieceTime = () => pieceTime;
    const record = (value: unknown, line: number, timeOf = () => recordTime(value)) => {
      this.matcher.matchRecord(value, found);
      if (found.length > 0) emit(line, timeOf());
    };
    const records = (doc: unknown, line: number) =>
      visitRecords(doc, (value, timeOf) => record(value, line, timeOf));

    let format: LogFormat | undefined;
    let header: string[] | undefined;
    let delimiter = ',';
    let jsonDoc: { buf: Buffer; line: number }[] | undefined;
    let jsonDocBytes = 0;
    const maxDoc = this.options.maxJsonDocument ?? 256 * 1024 ** 2;

    const escapes = new ByteFinder(92);
    const openRecord = new CsvContinuation();
    /** A CSV quote that does not close within bounds: its lines are scanned as text, and counted. */
    const giveUpRecord = () => {
      report.unclosedCsvQuotes++;
      for (const held of openRecord.drain()) text(held.buf, 0, held.buf.length, held.line);
    };

    /** A JSON line the prefilter let through: its records, or scanned as text when it does not parse. */
    const jsonLine = (block: Buffer, s: number, e: number, line: number) => {
      let value: unknown;
      try {
        value = JSON.parse(block.toString('utf8', s, e));
      } catch {
        report.invalidJson++;
        return text(block, s, e, line);
      }
      records(value, line);
    };
    /** A JSON line the prefilter passed over: counted as invalid unless it starts like JSON. */
    const unparsed = (block: Buffer, s: number) => {
      const c = block[s];
      if (c !== 123 && c !== 91) report.invalidJson++;
    };
    let marked = new Uint8Array(4096);
    /**
     * Whole JSON lines, many at a time (LineSplitter.onBlock): one raw scan and one escape search mark
     * the lines to parse; the others are only counted.
     */
    const jsonBlock = (block: Buffer, s: number, e: number) => {
      const newlines = splitter.blockNewlines();
      const count = newlines.length;
      if (marked.length < count) marked = new Uint8Array(count * 2);
      marked.fill(0, 0, count);
      const first = splitter.line;
      this.matcher.candidatesIn(block, s, e, (at) => (marked[splitter.lineAt(at) - first] = 1));
      for (let at = block.indexOf(92, s); at >= 0 && at < e;) {
        const i = splitter.lineAt(at) - first;
        marked[i] = 1;
        at = block.indexOf(92, newlines[i]! + 1);
      }
      for (let i = 0; i < count; i++) {
        const ls = i === 0 ? s : newlines[i - 1]! + 1;
        let le = newlines[i]!;
        if (le > ls && block[le - 1] === 13) le--;
        if (le === ls) continue;
        if (marked[i]) jsonLine(block, ls, le, first + i);
        else unparsed(block, ls);
      }
    };

    /** Whole text lines, many at a time (LineSplitter.onBlock). */
    const textBlock = (block: Buffer, s: number, e: number) =>
      this.matcher.matchTextBlock(block, s, e, found, (lineStart, lineEnd) =>
        emit(splitter.lineAt(lineStart), lineTime(block, lineStart, lineEnd)),
      );

    const setFormat = (detected: LogFormat): LogFormat => {
      format = detected;
      report.format = format;
      // LIKE/MATCHES patterns are tested line by line (RecordMatcher.matchText), not a block at a time.
      if (format === 'text' && !this.matcher.patternsOnText) splitter.onBlock = textBlock;
      if (format === 'jsonl' && this.matcher.prefilters) splitter.onBlock = jsonBlock;
      return detected;
    };
    const splitter = new LineSplitter((block, s, e, piece) => {
      const line = splitter.line;
      if (format === undefined)
        format = setFormat(detectFormat(path, block.toString('utf8', s, Math.min(e, s + 65536))));
      if (piece) {
        if (line !== pieceLine) {
          pieceLine = line;
          pieceTime = lineTime(block, s, e);
        }
        return text(block, s, e, line, firstPieceTime);
      }
      switch (format) {
        case 'text':
          return text(block, s, e, line);
        case 'jsonl': {
          if (e === s) return;
          // JSON escapes (`\/`, `\u00fc`) can hide a token from the raw scan: such lines are parsed.
          if (!this.matcher.mayHit(block, s, e) && !escapes.within(block, s, e))
            return unparsed(block, s);
          return jsonLine(block, s, e, line);
        }
        case 'csv':
        case 'zeek': {
          if (format === 'csv' && header) {
            // A quoted field holding line breaks: the record is read whole, reported on its first line.
            const odd = oddQuotes(block, s, e);
            if (openRecord.open) {
              openRecord.add(block, s, e, line);
              if (odd) {
                const first = openRecord.line;
                return record(rowRecord(header, splitCsvRow(openRecord.take(), delimiter)), first);
              }
              if (openRecord.overlong) giveUpRecord();
              return;
            }
            if (odd) return openRecord.add(block, s, e, line);
          }
          if (header && block[s] !== 35 && !this.matcher.mayHit(block, s, e)) return;
          const row = block.toString('utf8', s, e);
          if (format === 'zeek' && row.startsWith('#')) {
            if (row.startsWith('#separator')) delimiter = zeekSeparator(row);
            else if (row.startsWith('#fields')) header = row.split(delimiter).slice(1);
            return;
          }
          if (!header) {
            if (format === 'csv') {
              delimiter = path.toLowerCase().replace(/\.gz$/, '').endsWith('.tsv') ? '\t' : ',';
              header = splitCsvRow(row, delimiter);
              return;
            }
            return text(block, s, e, line);
          }
          const values = format === 'csv' ? splitCsvRow(row, delimiter) : row.split(delimiter);
          return record(
            rowRecord(header, values, format === 'zeek' ? ZEEK_UNSET : undefined),
            line,
          );
        }
        case 'json': {
          if (jsonDoc && jsonDocBytes + (e - s) <= maxDoc) {
            jsonDoc.push({ buf: Buffer.from(block.subarray(s, e)), line });
            jsonDocBytes += e - s + 1;
            return;
          }
          if (jsonDoc) {
            // Too big to parse whole: scan what was kept, and the rest, as text.
            for (const part of jsonDoc) text(part.buf, 0, part.buf.length, part.line);
            jsonDoc = undefined;
          }
          return text(block, s, e, line);
        }
      }
    }, this.options.maxLine);

    try {
      // A part after the first: its format is the file's, and its first bytes are no file head.
      const atFileHead = (part?.start ?? 0) === 0;
      let first = atFileHead;
      if (part) setFormat(part.format);
      const input = part
        ? openRange(path, part.start, part.end)
        : openInput(path, this.options.limits ?? DEFAULT_LIMITS);
      for await (const chunk of input) {
        if (first) {
          first = false;
          if (looksBinary(chunk)) {
            report.skipped = 'binary file (NUL bytes in the first 8 KiB)';
            return report;
          }
          jsonDoc = [];
        }
        report.bytes += chunk.length;
        onBytes(chunk.length);
        // A UTF-8 byte-order mark is no part of the first line (CSV header name, JSON, time).
        splitter.push(
          atFileHead && report.bytes === chunk.length && startsWithBom(chunk)
            ? chunk.subarray(3)
            : chunk,
        );
      }
      splitter.end();
      if (openRecord.open) giveUpRecord();
      if (format === 'json' && jsonDoc) this.sweepDocument(jsonDoc, report, records);
    } catch (error) {
      report.error =
        error instanceof InputError ? error.message : `${path}: ${(error as Error).message}`;
    } finally {
      flush();
      report.lines = splitter.line - 1;
      report.oversizedLines = splitter.oversizedLines;
    }
    return report;
  }

  /** A whole JSON document, parsed once it is read: its records (json-records.ts) are on its first line. */
  private sweepDocument(
    parts: readonly { buf: Buffer }[],
    report: FileReport,
    records: (doc: unknown, line: number) => void,
  ): void {
    let doc: unknown;
    try {
      doc = JSON.parse(
        Buffer.concat(parts.flatMap((p) => [p.buf, NEWLINE])).toString('utf8'),
      ) as unknown;
    } catch {
      report.invalidJson++;
      return;
    }
    records(doc, 1);
  }
}
