/**
 * Matches one log record: a text line (token-aware, no fields) or a parsed structured record
 * (field-aware: every string value is token-scanned and reported with its field path, mapped fields feed
 * the pattern evaluation). Returns each (indicator, field, value) once per record.
 */
import { evaluate, witnessOf } from './condition.ts';
import { PACKED_HASH_FIELDS, scoPathsOfField } from './field-map.ts';
import type { IndicatorIndex } from './indicator-index.ts';
import type { NativeScanFactory } from './native-scan.ts';
import { canonicalHashPath } from './sco-paths.ts';
import { type TokenSink, TokenScanner } from './scan-tokens.ts';
import { textView } from './text-view.ts';
import type { AtomKind, IndexEntry, RecordHit } from './types.ts';

/** Deepest nesting walked in a record; deeper values are still token-scanned by the caller's prefilter. */
const MAX_DEPTH = 64;

const UTF8 = new TextEncoder();
const FROM_UTF8 = new TextDecoder();

export class RecordMatcher {
  private readonly scanner: TokenScanner;
  /** UTF-8 bytes of the record value being scanned (reused: no allocation per value). */
  private scratch = new Uint8Array(4096);
  /** State of the text sinks below, which are made once rather than once per line. */
  private textOut: RecordHit[] = [];
  private textSeen: Set<string> | undefined;
  private found = false;
  private readonly textSink: TokenSink = (kind, value, entries) => {
    for (const entry of entries) {
      if (entry.condition) continue;
      const key = `${entry.spec}\u0000${value}`;
      if ((this.textSeen ??= new Set()).has(key)) continue;
      this.textSeen.add(key);
      this.textOut.push({ field: '', value, kind, spec: entry.spec });
    }
  };
  private readonly foundSink: TokenSink = () => {
    this.found = true;
  };

  /** `native`: the candidate search in native code (native-scan.ts), when the caller could load it. */
  constructor(
    readonly index: IndicatorIndex,
    native?: NativeScanFactory,
  ) {
    this.scanner = new TokenScanner(index, false, native);
  }

  /**
   * Text line: UTF-8 bytes[start, end) (the sweep's form), or a string's [start, end). Patterns anchored
   * on a value are found by the token scan; LIKE and MATCHES comparisons are tested against the
   * observables the line's tokens show (text-view.ts); other conditions need fields and cannot fire.
   */
  matchText(text: Uint8Array | string, start: number, end: number, out: RecordHit[]): void {
    this.textOut = out;
    this.textSeen = undefined;
    if (typeof text === 'string') {
      const line = text.slice(start, end);
      this.scanValue(line, this.textSink);
      if (this.patternsOnText) this.matchPatterns(line);
    } else {
      this.scanner.scan(text, start, end, this.textSink);
      if (this.patternsOnText) this.matchPatterns(FROM_UTF8.decode(text.subarray(start, end)));
    }
  }

  /**
   * True when some indicator is a LIKE/MATCHES pattern, which every text line must be tested against:
   * the sweep then hands text lines over one by one (matchText), not a block at a time.
   */
  get patternsOnText(): boolean {
    return this.index.scanned.length > 0;
  }

  private matchPatterns(line: string): void {
    const view = textView(line);
    if (view.size === 0) return;
    for (const entry of this.index.scanned) {
      const found = witnessOf(entry.condition!, view);
      if (!found) continue;
      const key = `${entry.spec}\u0000${found.value}`;
      if ((this.textSeen ??= new Set()).has(key)) continue;
      this.textSeen.add(key);
      this.textOut.push({ field: '', value: found.value, kind: 'field', spec: entry.spec });
    }
  }

  /**
   * Whole text lines bytes[start, end) ('\n'-separated) in one scan: `onLine(lineStart, lineEnd)` for
   * each line with hits, in order, with that line's hits in `out` (as matchText gives them, line by
   * line), which the callback empties. One scan of many lines saves the per-line calls of matchText.
   */
  matchTextBlock(
    bytes: Uint8Array,
    start: number,
    end: number,
    out: RecordHit[],
    onLine: (lineStart: number, lineEnd: number) => void,
  ): void {
    let lineStart = start;
    let lineEnd = -1;
    const flush = () => {
      if (lineEnd >= 0 && out.length > 0) onLine(lineStart, lineEnd);
    };
    this.textOut = out;
    this.textSeen = undefined;
    this.scanner.scan(bytes, start, end, (kind, value, entries, at) => {
      if (at >= lineEnd) {
        flush();
        lineStart = Math.max(start, bytes.lastIndexOf(10, at) + 1);
        const nl = bytes.indexOf(10, at);
        lineEnd = nl < 0 || nl > end ? end : nl;
        this.textOut = out;
        this.textSeen = undefined;
      }
      this.textSink(kind, value, entries, at);
    });
    flush();
  }

  /** True when the raw bytes hold at least one token that could make a record hit (prefilter). */
  mayHit(bytes: Uint8Array, start: number, end: number): boolean {
    if (!this.prefilters) return true;
    this.found = false;
    this.scanner.scan(bytes, start, end, this.foundSink);
    return this.found;
  }

  /**
   * Raw bytes[start, end) of many lines: `onCandidate(at)` for each token that could make a record hit
   * (the prefilter of mayHit, a block at a time). Only when `prefilters` (no indicator needs every
   * record parsed).
   */
  candidatesIn(
    bytes: Uint8Array,
    start: number,
    end: number,
    onCandidate: (at: number) => void,
  ): void {
    this.scanner.scan(bytes, start, end, (_kind, _value, _entries, at) => onCandidate(at));
  }

  /** False when some indicator needs every record parsed (field conditions without an anchor token). */
  get prefilters(): boolean {
    return !this.index.needsRecords;
  }

  /** Token-scans one string value of a parsed record. */
  private scanValue(value: string, sink: TokenSink): void {
    if (value.length * 3 > this.scratch.length) this.scratch = new Uint8Array(value.length * 3);
    const { written } = UTF8.encodeInto(value, this.scratch);
    this.scanner.forget();
    this.scanner.scan(this.scratch, 0, written, sink);
  }

  matchRecord(record: unknown, out: RecordHit[]): void {
    const view = new Map<string, string[]>();
    /** The log field of each view value (same positions), to name the field a scanned pattern hit. */
    const viewFields = new Map<string, string[]>();
    const candidates: { hit: RecordHit; entry: IndexEntry }[] = [];
    const push = (field: string, kind: AtomKind, value: string, entries: readonly IndexEntry[]) => {
      for (const entry of entries)
        candidates.push({ hit: { field, value, kind, spec: entry.spec }, entry });
    };
    const leaf = (path: string, value: string) => {
      this.scanValue(value, (kind, v, entries) => push(path, kind, v, entries));
      const mapped = scoPathsOfField(path);
      if (mapped) {
        for (const scoPath of mapped) {
          addView(view, viewFields, scoPath, value, path);
          const entries = this.index.field(scoPath, value);
          if (entries) push(path, 'field', value, entries);
        }
      }
      const last = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
      if (PACKED_HASH_FIELDS.has(last)) {
        for (const part of value.split(',')) {
          const eq = part.indexOf('=');
          if (eq > 0)
            addView(
              view,
              viewFields,
              canonicalHashPath(`file:hashes.${part.slice(0, eq).trim()}`),
              part.slice(eq + 1).trim(),
              path,
            );
        }
      }
    };
    walk(record, '', 0, leaf);
    for (const entry of this.index.scanned) {
      const found = witnessOf(entry.condition!, view);
      if (!found) continue;
      const field = viewFields.get(found.path)![found.index]!;
      // Already evaluated: the candidate goes on without its condition.
      candidates.push({
        hit: { field, value: found.value, kind: 'field', spec: entry.spec },
        entry: { spec: entry.spec },
      });
    }
    const seen = new Set<string>();
    for (const { hit, entry } of candidates) {
      if (entry.condition && !evaluate(entry.condition, view)) continue;
      const key = `${hit.spec}\u0000${hit.field}\u0000${hit.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(hit);
    }
  }
}

function addView(
  view: Map<string, string[]>,
  fields: Map<string, string[]>,
  path: string,
  value: string,
  field: string,
): void {
  const values = view.get(path);
  if (values) {
    values.push(value);
    fields.get(path)!.push(field);
  } else {
    view.set(path, [value]);
    fields.set(path, [field]);
  }
}

function walk(
  value: unknown,
  path: string,
  depth: number,
  leaf: (path: string, value: string) => void,
): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') leaf(path, value);
  else if (typeof value === 'number' || typeof value === 'boolean') leaf(path, String(value));
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], `${path}[${i}]`, depth + 1, leaf);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      walk(child, path ? `${path}.${key}` : key, depth + 1, leaf);
  }
}
