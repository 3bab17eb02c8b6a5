/**
 * Streams a STIX bundle object by object with bounded memory: a byte-level scanner finds where each
 * element of the top-level `objects` array starts and ends, and only that slice is JSON.parse'd. A 2 GB
 * bundle is never held whole; memory is bounded by the largest single object.
 *
 * People also pass what they have at hand: one STIX object (copied from a feed or a UI) or a JSON array
 * of objects. Both are read too, and the caller is told which container it was. A lone object is held
 * whole until its end (it may name its "type" last), then released as soon as it proves to be a bundle.
 *
 * Structural characters are ASCII and never occur inside a UTF-8 multi-byte sequence, so scanning raw
 * bytes is safe. The scanner is one pass, O(n), with a bracket stack capped at MAX_DEPTH.
 */
import { CoreError } from '@vigil/core';

/** What held the objects: a bundle, a bare JSON array of objects, or one STIX object on its own. */
export type BundleContainer = 'bundle' | 'array' | 'object';

export interface BundleReaderOptions {
  /** Reject input larger than this many bytes (counted as it streams). */
  readonly maxBytes?: number;
  /** Told once, after the last object, what the input was. */
  readonly onContainer?: (container: BundleContainer) => void;
}

export interface BundleEntry {
  /** Position in the bundle's `objects` array, for error messages (`objects[12]`). */
  readonly index: number;
  readonly object: Record<string, unknown>;
}

/** 2 GiB: the size the issue names as "large"; above it the caller must raise the cap on purpose. */
export const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const MAX_DEPTH = 256;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const BOM = [0xef, 0xbb, 0xbf];

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

type Phase =
  | 'start'
  | 'key'
  | 'colon'
  | 'value'
  | 'after-value'
  | 'objects-open'
  | 'element'
  | 'after-element'
  | 'end';

const decoder = new TextDecoder('utf-8', { fatal: true });

function malformed(message: string, details: Record<string, unknown>): CoreError {
  return new CoreError('invalid_input', message, details);
}

/** Collects the bytes of one JSON value (a key, a header value or one element) across chunks. */
class Capture {
  private pieces: Uint8Array[] = [];
  private size = 0;
  active = false;
  /** Bracket stack of the captured value, as the expected closing bytes. */
  readonly closers: number[] = [];
  inString = false;
  escaped = false;

  begin(): void {
    this.pieces = [];
    this.size = 0;
    this.active = true;
    this.closers.length = 0;
    this.inString = false;
    this.escaped = false;
  }

  add(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.size += piece.length;
  }

  /** Forgets what was collected (the value turned out not to be needed). */
  drop(): void {
    this.pieces = [];
    this.size = 0;
    this.active = false;
  }

  text(): string {
    this.active = false;
    let all = this.pieces[0] ?? new Uint8Array(0);
    if (this.pieces.length > 1) {
      all = new Uint8Array(this.size);
      let at = 0;
      for (const piece of this.pieces) {
        all.set(piece, at);
        at += piece.length;
      }
    }
    this.pieces = [];
    try {
      return decoder.decode(all);
    } catch {
      throw malformed('input is not valid UTF-8 (RFC 8259 §8.1)', {});
    }
  }
}

/**
 * Reads `{"type": "bundle", "id": ..., "objects": [ ... ]}` (keys in any order) and yields each element
 * of `objects`; also `[ {...}, ... ]` (each element) and one top-level STIX object (with string "type"
 * and "id"). Throws CoreError `invalid_input` for malformed JSON, an empty file or anything else, and
 * `too_large` above the size cap; messages name the object index and byte offset.
 */
export async function* readBundle(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: BundleReaderOptions = {},
): AsyncGenerator<BundleEntry, void, undefined> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let phase: Phase = 'start';
  let offset = 0; // bytes consumed before the current chunk
  let index = 0;
  let key = '';
  let sawObjects = false;
  /** The top-level "objects" was an array and its elements were yielded as a bundle's. */
  let streamedObjects = false;
  /** The top-level "type", once read. */
  let topType: unknown;
  let container: BundleContainer | undefined;
  const capture = new Capture();
  /** The whole top-level object, kept while it may be a lone STIX object rather than a bundle. */
  const whole = new Capture();
  let wholeText = '';
  /** The top-level object's text, when it was kept; `last` is its final piece. */
  const finishWhole = (last: Uint8Array): string => {
    if (!whole.active) return '';
    whole.add(last);
    return whole.text();
  };
  const where = (at: number) => ({ byte: offset + at, index });

  const finishHeaderValue = (raw: string, at: number): void => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw malformed(`malformed JSON in bundle property "${key}" at byte ${offset + at}`, {
        ...where(at),
        cause: String(error),
      });
    }
    if (key === 'type') {
      topType = value;
      if (value === 'bundle') whole.drop();
      else if (streamedObjects) throw notBundleType(value, where(at));
    }
  };

  for await (const chunk of source) {
    if (offset + chunk.length > maxBytes) {
      throw new CoreError(
        'too_large',
        `input is larger than the size cap of ${maxBytes} bytes; raise --max-bytes to import it`,
        { maxBytes },
      );
    }
    let captureFrom = capture.active ? 0 : -1;
    let wholeFrom = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (capture.active) {
        if (capture.inString) {
          if (capture.escaped) capture.escaped = false;
          else if (c === BACKSLASH) capture.escaped = true;
          else if (c === QUOTE) {
            capture.inString = false;
            if (capture.closers.length === 0) {
              // A string value (key or header string) ends here.
              capture.add(chunk.subarray(captureFrom, i + 1));
              const raw = capture.text();
              if (phase === 'key') {
                key = parseKey(raw, offset + i);
                phase = 'colon';
              } else {
                finishHeaderValue(raw, i);
                phase = 'after-value';
              }
            }
          }
          continue;
        }
        if (capture.closers.length === 0 && phase === 'value') {
          // A scalar header value (number, true, false, null) ends at the next delimiter.
          if (c === COMMA || c === CLOSE_BRACE || isSpace(c)) {
            capture.add(chunk.subarray(captureFrom, i));
            finishHeaderValue(capture.text(), i);
            phase = 'after-value';
            i--; // let the delimiter be read by 'after-value'
          }
          continue;
        }
        if (c === QUOTE) {
          capture.inString = true;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (capture.closers.length >= MAX_DEPTH) {
            throw malformed(`objects[${index}] nests deeper than ${MAX_DEPTH} levels`, where(i));
          }
          capture.closers.push(c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (capture.closers.pop() !== c) {
            const what = phase === 'element' ? `objects[${index}]` : `bundle property "${key}"`;
            throw malformed(
              `malformed JSON in ${what}: unexpected "${String.fromCharCode(c)}" at byte ${offset + i}`,
              where(i),
            );
          }
          if (capture.closers.length === 0) {
            capture.add(chunk.subarray(captureFrom, i + 1));
            const raw = capture.text();
            if (phase === 'element') {
              yield { index, object: parseElement(raw, index, offset + i) };
              index++;
              phase = 'after-element';
            } else {
              finishHeaderValue(raw, i);
              phase = 'after-value';
            }
          }
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (phase === 'start' && offset + i < 3 && c === BOM[offset + i]) continue; // UTF-8 BOM
      switch (phase) {
        case 'start':
          if (c === OPEN_BRACKET) {
            container = 'array';
            phase = 'element';
            break;
          }
          if (c !== OPEN_BRACE) {
            throw malformed(
              `not STIX: the input must be a bundle {"type": "bundle", ...}, a STIX object or an array of them (byte ${offset + i})`,
              where(i),
            );
          }
          whole.begin();
          wholeFrom = i;
          phase = 'key';
          break;
        case 'key':
          if (c === CLOSE_BRACE && key === '') {
            phase = 'end';
            wholeText = finishWhole(chunk.subarray(wholeFrom, i + 1));
            break;
          }
          if (c !== QUOTE) throw unexpected(c, offset + i, 'a property name');
          capture.begin();
          capture.inString = true;
          captureFrom = i;
          break;
        case 'colon':
          if (c !== COLON) throw unexpected(c, offset + i, '":"');
          if (key === 'objects' && (topType === undefined || topType === 'bundle')) {
            if (sawObjects) throw malformed('bundle has two "objects" properties', where(i));
            sawObjects = true;
            phase = 'objects-open';
          } else {
            phase = 'value';
          }
          break;
        case 'value':
          capture.begin();
          captureFrom = i;
          if (c === QUOTE) capture.inString = true;
          else if (c === OPEN_BRACE || c === OPEN_BRACKET)
            capture.closers.push(c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
          // A scalar: keep capturing until a delimiter.
          break;
        case 'after-value':
          if (c === COMMA) phase = 'key';
          else if (c === CLOSE_BRACE) {
            phase = 'end';
            wholeText = finishWhole(chunk.subarray(wholeFrom, i + 1));
          } else throw unexpected(c, offset + i, '"," or "}"');
          break;
        case 'objects-open':
          if (c !== OPEN_BRACKET) {
            if (topType === 'bundle') throw objectsNotArray(offset + i);
            // Maybe a lone object's own "objects" (STIX 2.0 observed-data): read it as a plain value.
            phase = 'value';
            i--;
            break;
          }
          // A bundle's objects stream from here; nothing needs the top-level object whole any more.
          whole.drop();
          streamedObjects = true;
          phase = 'element';
          break;
        case 'element':
          if (c === CLOSE_BRACKET && index === 0) {
            phase = container === 'array' ? 'end' : 'after-value';
            break;
          }
          if (c !== OPEN_BRACE) {
            throw malformed(
              `objects[${index}] is not a JSON object (byte ${offset + i})`,
              where(i),
            );
          }
          capture.begin();
          capture.closers.push(CLOSE_BRACE);
          captureFrom = i;
          break;
        case 'after-element':
          if (c === COMMA) phase = 'element';
          else if (c === CLOSE_BRACKET) phase = container === 'array' ? 'end' : 'after-value';
          else throw unexpected(c, offset + i, `"," or "]" after objects[${index - 1}]`);
          break;
        case 'end':
          throw malformed(`unexpected data after the bundle at byte ${offset + i}`, where(i));
      }
    }
    if (capture.active) capture.add(chunk.subarray(captureFrom));
    if (whole.active) whole.add(chunk.subarray(wholeFrom));
    offset += chunk.length;
  }

  if (offset === 0) throw malformed('empty input: expected a STIX bundle', { byte: 0, index: 0 });
  if (phase !== 'end') {
    const inside = phase === 'element' || capture.active ? ` inside objects[${index}]` : '';
    throw malformed(`unexpected end of input${inside} at byte ${offset} (truncated file?)`, {
      byte: offset,
      index,
    });
  }
  if (container !== 'array') {
    if (topType === 'bundle') {
      if (sawObjects && !streamedObjects) throw objectsNotArray(offset);
      container = 'bundle';
    } else if (streamedObjects) {
      throw malformed('not a STIX bundle: missing "type": "bundle"', { byte: offset });
    } else {
      yield { index: 0, object: loneObject(wholeText) };
      container = 'object';
    }
  }
  options.onContainer?.(container);
}

function notBundleType(value: unknown, details: Record<string, unknown>): CoreError {
  return malformed(
    `not a STIX bundle: top-level "type" is ${JSON.stringify(value)}, expected "bundle"`,
    details,
  );
}

function objectsNotArray(byte: number): CoreError {
  return malformed(`not a STIX bundle: "objects" must be an array (byte ${byte})`, { byte });
}

/** A top-level object that is not a bundle: accepted when it looks like one STIX object. */
function loneObject(raw: string): Record<string, unknown> {
  const object = JSON.parse(raw) as Record<string, unknown>;
  if (typeof object.type !== 'string' || typeof object.id !== 'string') {
    throw malformed(
      'not STIX: a JSON object that is neither a bundle ("type": "bundle") nor a STIX object (string "type" and "id")',
      { index: 0 },
    );
  }
  return object;
}

function unexpected(c: number, byte: number, expected: string): CoreError {
  const seen = c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16)}`;
  return malformed(`malformed JSON at byte ${byte}: found ${seen}, expected ${expected}`, { byte });
}

function parseElement(raw: string, index: number, byte: number): Record<string, unknown> {
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw malformed(`objects[${index}]: malformed JSON (${reason})`, { index, byte });
  }
}

function parseKey(raw: string, byte: number): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    throw malformed(`malformed property name at byte ${byte}`, { byte });
  }
}
