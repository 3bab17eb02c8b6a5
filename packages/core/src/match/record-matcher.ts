/**
 * Matches one log record: a text line (token-aware, no fields) or a parsed structured record
 * (field-aware: every string value is token-scanned and reported with its field path, mapped fields feed
 * the pattern evaluation). Returns each (indicator, field, value) once per record.
 */
import { evaluate, witnessOf } from './condition.ts';
import { PACKED_HASH_FIELDS, scoPathsOfField } from './field-map.ts';
import type { IndicatorIndex } from './indicator-index.ts';
import { canonicalHashPath } from './sco-paths.ts';
import { TokenScanner } from './scan-tokens.ts';
import type { AtomKind, IndexEntry, RecordHit } from './types.ts';

/** Deepest nesting walked in a record; deeper values are still token-scanned by the caller's prefilter. */
const MAX_DEPTH = 64;

export class RecordMatcher {
  private readonly byteScanner: TokenScanner;
  private readonly stringScanner: TokenScanner;

  constructor(readonly index: IndicatorIndex) {
    this.byteScanner = new TokenScanner(index, { utf8Bytes: true });
    this.stringScanner = new TokenScanner(index);
  }

  /**
   * Text line text[start, end), where code units are UTF-8 bytes (latin1 view of a buffer). Indicators
   * whose pattern needs field values (conditions) cannot fire on plain text.
   */
  matchText(text: string, start: number, end: number, out: RecordHit[]): void {
    let seen: Set<string> | undefined;
    this.byteScanner.scan(text, start, end, (kind, value, entries) => {
      for (const entry of entries) {
        if (entry.condition) continue;
        const key = `${entry.spec}\u0000${value}`;
        if ((seen ??= new Set()).has(key)) continue;
        seen.add(key);
        out.push({ field: '', value, kind, spec: entry.spec });
      }
    });
  }

  /** True when the raw text holds at least one token that could make a record hit (prefilter). */
  mayHit(text: string, start: number, end: number): boolean {
    if (this.index.needsRecords) return true;
    let found = false;
    this.byteScanner.scan(text, start, end, () => {
      found = true;
    });
    return found;
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
      this.stringScanner.scan(value, 0, value.length, (kind, v, entries) =>
        push(path, kind, v, entries),
      );
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
