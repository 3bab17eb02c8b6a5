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

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** `+ / = - _`: the base64 and base64url extras. */
const isExtra = (c: number) => c === 43 || c === 47 || c === 61 || c === 45 || c === 95;

/** The encoded runs of a text, in order. */
export class EncodedRuns {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string) {
    let i = 0;
    const n = text.length;
    while (i < n) {
      const start = i;
      let digits = 0;
      let lower = 0;
      let pairs = 0;
      let capitalPairs = 0;
      let previous = 0; // 1 upper, 2 lower, 0 not a letter
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        const letter = isUpper(c) ? 1 : isLower(c) ? 2 : 0;
        if (letter === 0 && !isDigit(c) && !isExtra(c)) break;
        if (isDigit(c)) digits++;
        if (letter === 2) lower++;
        if (letter !== 0 && previous !== 0) {
          pairs++;
          if (letter === 1 && previous === 1) capitalPairs++;
        }
        previous = letter;
      }
      const mixed = digits > 0 && lower > 0 && capitalPairs > 0;
      if (i - start >= MIN_RUN && mixed && capitalPairs >= pairs * MIN_CAPITAL_PAIRS) {
        this.starts.push(start);
        this.ends.push(i);
      }
      if (i === start) i++;
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
