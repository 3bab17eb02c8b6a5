/**
 * Words the text itself also writes in lower case as plain words ("widespread", "driver", "access"): there,
 * a capitalized occurrence is a heading or a sentence start, not a coined name. Coined names (Buer, Osiris,
 * TrickBot) stay capitalized wherever the author writes them in prose; their lower-case forms sit in URLs and
 * file names ("/winnti/index.html", "m00nd3v[.]com"), which do not count.
 */
import type { TextContext } from './text-context.ts';
import { perText } from './per-text.ts';
import { codesOf } from './tokens.ts';

/**
 * Characters that glue a lower-case word into a path, a domain, a file name or an identifier, or set it
 * apart as a quoted or emphasized string ("an executable named *blacksoul*").
 */
const GLUE = codesOf('/\\._-@=%[]*`"\'“”‘’');

/** Built once per text, on the first question: most texts never need it. */
const lowercaseWords = perText((ctx): ReadonlySet<string> => {
  const found = new Set<string>();
  const { text, tokens } = ctx;
  // Word ids are dense and below the token count: a byte per word says it is in already.
  const added = new Uint8Array(tokens.length);
  for (const t of tokens) {
    if (added[t.word] === 1 || t.text !== t.norm || t.text.length < 3) continue;
    // Codes, not characters: no one-letter string per token (NaN past either end of the text is no glue).
    if (GLUE.has(text.charCodeAt(t.start - 1)) || GLUE.has(text.charCodeAt(t.end))) continue;
    // Digit-only tokens get in too: harmless, a name asked about always has a capital.
    found.add(t.norm);
    added[t.word] = 1;
  }
  return found;
});

/**
 * Whether the word at token i is only capitalized ("Driver", not "BlackSoul": inner capitals are coined)
 * here but written as a plain lower-case word elsewhere.
 */
export function writtenLowercaseElsewhere(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.text === t.norm || !sameAfterFirst(t.text, t.norm)) return false;
  return lowercaseWords(ctx).has(t.norm);
}

/** a.slice(1) === b.slice(1), without making the two strings. */
function sameAfterFirst(a: string, b: string): boolean {
  if (Math.max(a.length, 1) !== Math.max(b.length, 1)) return false;
  for (let k = 1; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}
