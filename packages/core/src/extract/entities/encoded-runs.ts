/**
 * Encoded blobs pasted into a report (a base64 PowerShell command, a key, a token): words found inside one
 * ("G7" or "EU" between a `+` and a `/`) are chance strings, not mentions. A blob is a run of at least 40
 * characters of the base64 alphabets without spacing, holding a digit and both letter cases, in which
 * two capitals often stand side by side: in random base64 a quarter of adjacent letter pairs are two
 * capitals, while paths, identifiers and CamelCase names ("/blogs/NetwireRAT/images", which AnnoCTR tags
 * as a mention; "WinHttpGetIEProxyConfig") have few (a capital mostly starts a lower-case word).
 */
const MIN_RUN = 40;
/** Share of adjacent letter pairs that are two capitals, from which a run reads as encoded. */
const MIN_CAPITAL_PAIRS = 0.12;

/** Base64 and base64url characters: letters, digits, `+ / = - _`. */
const ALPHABET = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_') {
  ALPHABET[ch.charCodeAt(0)] = 1;
}
const inAlphabet = (c: number) => c < 128 && ALPHABET[c] === 1;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The encoded runs of a text, in order. */
export class EncodedRuns {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /**
   * Probes every 40th character: a run that long covers one of them, so a probe outside the alphabet
   * rules out every run starting in the 40 characters before it, and prose costs a few reads per word.
   */
  constructor(text: string) {
    const n = text.length;
    let i = 0;
    while (i + MIN_RUN <= n) {
      const p = i + MIN_RUN - 1;
      if (!inAlphabet(text.charCodeAt(p))) {
        i = p + 1;
        continue;
      }
      let s = p;
      while (s > i && inAlphabet(text.charCodeAt(s - 1))) s--;
      let e = p + 1;
      while (e < n && inAlphabet(text.charCodeAt(e))) e++;
      if (e - s >= MIN_RUN && looksEncoded(text, s, e)) {
        this.starts.push(s);
        this.ends.push(e);
      }
      i = e + 1;
    }
  }

  /** True when `offset` lies in an encoded run. */
  contains(offset: number): boolean {
    if (this.starts.length === 0) return false;
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.ends[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low < this.starts.length && this.starts[low]! <= offset;
  }
}

/** A digit, both cases, and capitals side by side in at least MIN_CAPITAL_PAIRS of the letter pairs. */
function looksEncoded(text: string, start: number, end: number): boolean {
  let digits = 0;
  let lower = 0;
  let pairs = 0;
  let capitalPairs = 0;
  let previous = 0; // 1 upper, 2 lower, 0 not a letter
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = isUpper(c) ? 1 : isLower(c) ? 2 : 0;
    if (isDigit(c)) digits++;
    if (letter === 2) lower++;
    if (letter !== 0 && previous !== 0) {
      pairs++;
      if (letter === 1 && previous === 1) capitalPairs++;
    }
    previous = letter;
  }
  return digits > 0 && lower > 0 && capitalPairs > 0 && capitalPairs >= pairs * MIN_CAPITAL_PAIRS;
}
