/**
 * Whether a word ends inside a file's name: "Proton" of "Proton-decrypter.exe", "decrypter" of
 * "decrypter.exe". Bounded reads: a constant per question.
 */
import { FILE_EXTENSIONS } from './ioc/hosts.ts';

/** Longest rest of a file's name read after the word ("-decrypter" of "Proton-decrypter.exe"). */
const NAME_REST = 64;
const EXTENSION_MOST = 5;
const NAME_CHAR = /[\w-]/u;
const EXTENSION_CHAR = /[a-z\d]/iu;
const LETTER = /\p{L}/u;

/**
 * From `at`, the character right after a word: a hyphen or an underscore and more of the name, or at
 * once, a dot and a file extension that ends the run ("decrypter.exe"; not "decrypts files. Then").
 */
export function fileNameGoesOn(text: string, at: number): boolean {
  const first = text[at];
  if (first !== '-' && first !== '_' && first !== '.') return false;
  let i = at;
  if (first !== '.') {
    const stop = Math.min(text.length, at + NAME_REST);
    i++;
    while (i < stop && NAME_CHAR.test(text[i]!)) i++;
    if (text[i] !== '.' || i === at + 1) return false;
  }
  let e = i + 1;
  while (e < text.length && e - i <= EXTENSION_MOST && EXTENSION_CHAR.test(text[e]!)) e++;
  return (
    e > i + 1 &&
    !LETTER.test(text[e] ?? ' ') &&
    FILE_EXTENSIONS.has(text.slice(i + 1, e).toLowerCase())
  );
}
