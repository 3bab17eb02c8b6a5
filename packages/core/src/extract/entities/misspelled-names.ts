/**
 * A report's misspellings of a name it names correctly elsewhere ("MuddWater" beside MuddyWater, "Engima"
 * beside Enigma Stealer's Enigma): one letter added, dropped, changed or two swapped, in a coined word of
 * seven letters or more that is no ordinary word. Only names the report itself spells right count, so a
 * misspelling never introduces a name; each distinct word is compared once.
 */
import type { Hit } from './hits.ts';
import { isCommonWord } from './common-words.ts';
import { cueKind } from './cue-words.ts';
import { PerWord } from './per-word.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized, QUOTE_MARKS } from './tokens.ts';

/** Shortest name a misspelling is read for: shorter names are one letter from other words too often. */
const MIN_LENGTH = 7;

/**
 * Every untaken token that misspells the one-word name of a hit, as a hit of that name. `hits` are the
 * recognized names so far; `taken` marks their tokens.
 */
export function misspelledRepeats(
  ctx: TextContext,
  hits: readonly Hit[],
  taken: Uint8Array,
): Hit[] {
  const models = new Map<string, Hit>();
  for (const hit of hits) {
    if (hit.kind !== 'alias' && hit.kind !== 'discovered') continue;
    if (hit.to - hit.from !== 1) continue;
    const text = ctx.tokens[hit.from]?.text ?? '';
    if (text.length >= MIN_LENGTH && !models.has(text)) models.set(text, hit);
  }
  if (models.size === 0) return [];
  const byEnds = namesByEnds(models.keys());
  const misspells = new PerWord<string | null>((token) => {
    const word = token.text;
    if (word.length < MIN_LENGTH - 1 || !isCapitalized(word) || isCommonWord(token.norm)) {
      return null;
    }
    // "Loader" is one letter from "Zloader", "Blackwaters" a plural: words of their own.
    if (models.has(word) || cueKind(token.norm) !== undefined) return null;
    return (
      misspelledName(word, byEnds.get(head(word))) ?? misspelledName(word, byEnds.get(tail(word)))
    );
  }, ctx.tokens);
  const found: Hit[] = [];
  const quoted = new Set<string>();
  ctx.tokens.forEach((token, i) => {
    if (taken[i]) return;
    // The word's answer first (cached, nearly always none), the characters around this token after.
    const name = misspells.get(token);
    const model = name === null ? undefined : models.get(name);
    if (!model || inPath(ctx.text, token.start, token.end)) return;
    found.push({ ...model, from: i, to: i + 1 });
    if (inQuotes(ctx.text, token.start, token.end)) quoted.add(token.text);
  });
  // A word the report sets in quotes is a name it gives on purpose ("TrickBot Now Offers 'TrickBoot'",
  // TrickBot's firmware module), not a slip.
  return found.filter((hit) => !quoted.has(ctx.tokens[hit.from]!.text));
}

/** The first of `names` the word misspells, if any (a loop: asked of most capitalized words). */
function misspelledName(word: string, names: readonly string[] | undefined): string | null {
  for (const name of names ?? []) if (oneEditApart(word, name) && !plural(word, name)) return name;
  return null;
}

const inQuotes = (text: string, start: number, end: number): boolean =>
  QUOTE_MARKS.has(text[start - 1] ?? '') && QUOTE_MARKS.has(text[end] ?? '');

/**
 * One edit in a word of six letters or more leaves its first three letters or its last three as they were:
 * a word is compared only with the names that share one of them, at most this many per key, so a hostile
 * text of many names and many words stays linear.
 */
const PER_KEY = 16;
const head = (word: string): string => `<${word.slice(0, 3).toLowerCase()}`;
const tail = (word: string): string => `>${word.slice(-3).toLowerCase()}`;

function namesByEnds(names: Iterable<string>): Map<string, string[]> {
  const byEnds = new Map<string, string[]>();
  for (const name of names) {
    for (const key of [head(name), tail(name)]) {
      const bucket = byEnds.get(key) ?? [];
      if (bucket.length < PER_KEY) bucket.push(name);
      byEnds.set(key, bucket);
    }
  }
  return byEnds;
}

const plural = (a: string, b: string): boolean =>
  a.toLowerCase() === `${b.toLowerCase()}s` || b.toLowerCase() === `${a.toLowerCase()}s`;

/** A folder of a path ("/blogs/M00D3v/…"): its spelling is a file system's, not the author's. */
const inPath = (text: string, start: number, end: number): boolean =>
  text[start - 1] === '/' || text[end] === '/';

/**
 * Whether `a` and `b` differ by one added, dropped or changed letter, or two adjacent letters swapped
 * (Damerau's single edit), compared without regard to case. Linear in the words' length.
 */
export function oneEditApart(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true; // one changed letter
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2); // swapped
  }
  // One letter more in the longer word at the first difference.
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}
