/**
 * Indicator specs held compactly for the length of a hunt: every string of every spec concatenated
 * into a few long strings, with the field lengths in typed arrays, and a spec rebuilt as an object
 * only when a hit or the summary asks for it. A million specs as objects are about two million heap
 * objects that every major GC of the thread holding them marks again: the first two 300 MB sweeps of a
 * million indicators on one thread cost 0.67-0.72 and 0.52-0.54 s of CPU with them live, 0.43-0.44 and
 * 0.41 packed (docs/ARCHITECTURE.md, "Specs during a hunt"); packed, they are a few dozen objects.
 */
import type { IndicatorSpec } from './types.ts';

/** Read access to specs by position, as an array or a PackedSpecs gives it. */
export interface IndicatorSpecList {
  readonly length: number;
  at(index: number): IndicatorSpec | undefined;
}

/** Field slots per spec in `lengths`. */
const REF = 0;
const PATTERN = 1;
const VALUE = 2;
const NAME = 3;
const FIELDS = 4;
/** `lengths` marks: the field is absent; the value is the ref itself (plain IOC lists). */
const ABSENT = -1;
const SAME_AS_REF = -2;
/** A chunk's string stays under this many UTF-16 units (V8 caps a string near 2^29). */
const CHUNK_UNITS = 2 ** 27;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `contextOf` mark: the spec has no context. */
const NO_CONTEXT = -1;

export class PackedSpecs implements IndicatorSpecList {
  private constructor(
    private readonly chunks: readonly string[],
    /** Chunk of spec i, and where its first field starts in it. */
    private readonly chunkOf: Int32Array,
    private readonly startOf: Int32Array,
    /** FIELDS entries per spec: each field's length, or ABSENT / SAME_AS_REF. */
    private readonly lengths: Int32Array,
    /** Index into `contexts` per spec (NO_CONTEXT: none); specs of one list share one context array. */
    private readonly contextOf: Int32Array,
    private readonly contexts: readonly (readonly string[])[],
  ) {}

  /** `chunkUnits`: longest chunk string (tests pass small ones to cross chunk boundaries). */
  static of(specs: readonly IndicatorSpec[], chunkUnits = CHUNK_UNITS): PackedSpecs {
    const n = specs.length;
    const chunkOf = new Int32Array(n);
    const startOf = new Int32Array(n);
    const lengths = new Int32Array(n * FIELDS);
    const contextOf = new Int32Array(n);
    const contexts: (readonly string[])[] = [];
    const contextBySame = new Map<readonly string[], number>();
    const contextByContent = new Map<string, number>();
    const chunks: string[] = [];
    let parts: string[] = [];
    let used = 0;
    const put = (text: string, slot: number) => {
      lengths[slot] = text.length;
      parts.push(text);
      used += text.length;
    };
    for (let i = 0; i < n; i++) {
      const spec = specs[i]!;
      const size =
        spec.ref.length +
        (spec.pattern?.length ?? 0) +
        (spec.value !== undefined && spec.value !== spec.ref ? spec.value.length : 0) +
        (spec.name?.length ?? 0);
      if (used > 0 && used + size > chunkUnits) {
        chunks.push(parts.join(''));
        parts = [];
        used = 0;
      }
      chunkOf[i] = chunks.length;
      startOf[i] = used;
      const at = i * FIELDS;
      put(spec.ref, at + REF);
      if (spec.pattern === undefined) lengths[at + PATTERN] = ABSENT;
      else put(spec.pattern, at + PATTERN);
      if (spec.value === undefined) lengths[at + VALUE] = ABSENT;
      else if (spec.value === spec.ref) lengths[at + VALUE] = SAME_AS_REF;
      else put(spec.value, at + VALUE);
      if (spec.name === undefined) lengths[at + NAME] = ABSENT;
      else put(spec.name, at + NAME);
      const context = spec.context;
      if (context === undefined) {
        contextOf[i] = NO_CONTEXT;
        continue;
      }
      let id = contextBySame.get(context);
      if (id === undefined) {
        const key = context.join('\u0000');
        id = contextByContent.get(key);
        if (id === undefined) {
          id = contexts.length;
          contexts.push(context);
          contextByContent.set(key, id);
        }
        contextBySame.set(context, id);
      }
      contextOf[i] = id;
    }
    chunks.push(parts.join(''));
    return new PackedSpecs(chunks, chunkOf, startOf, lengths, contextOf, contexts);
  }

  get length(): number {
    return this.chunkOf.length;
  }

  at(index: number): IndicatorSpec | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const text = this.chunks[this.chunkOf[index]!]!;
    const lengths = this.lengths;
    const at = index * FIELDS;
    let cursor = this.startOf[index]! + lengths[at + REF]!;
    const spec: Mutable<IndicatorSpec> = { ref: text.slice(this.startOf[index], cursor) };
    for (const slot of [PATTERN, VALUE, NAME]) {
      const length = lengths[at + slot]!;
      if (length === SAME_AS_REF) spec.value = spec.ref;
      if (length < 0) continue;
      const value = text.slice(cursor, (cursor += length));
      if (slot === PATTERN) spec.pattern = value;
      else if (slot === VALUE) spec.value = value;
      else spec.name = value;
    }
    const context = this.contextOf[index]!;
    if (context !== NO_CONTEXT) spec.context = this.contexts[context]!;
    return spec;
  }
}
