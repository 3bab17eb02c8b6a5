/**
 * Estimative language to STIX confidence (STIX 2.1 Appendix A; ../shared/DOMAIN.md §3): the DNI/ICD 203
 * scale for probability words ("likely" 70, "almost certainly" 95), the None/Low/Med/High scale for
 * confidence words ("high confidence" 85, "moderate confidence" 50). A bare "linked to" states none.
 */
export interface EstimativePhrase {
  /** STIX confidence value. */
  readonly confidence: number;
  /** The words as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * "with high confidence", "with a moderate degree of confidence": a source's rating as a regex source, for the
 * patterns that read a judgement's words around it (set-origin.ts, linked-sets.ts, family-attributed.ts).
 */
export const RATED_CONFIDENCE = String.raw`with\s{1,2}(?:a\s{1,2})?(?:high|medium|moderate|low)\s{1,2}(?:(?:degree|level)\s{1,2}of\s{1,2})?confidence`;

/** Phrases (lower case, single spaces); longer phrases are tried first so "very likely" beats "likely". */
const SCALE: readonly (readonly [string, number])[] = [
  // None/Low/Med/High scale: High -> 85, Med -> 50, Low -> 15.
  ['high degree of certainty', 85],
  ['high degree of confidence', 85],
  ['high level of confidence', 85],
  ['high certainty', 85],
  ['high confidence', 85],
  ['highly confident', 85],
  ['moderate degree of confidence', 50],
  ['moderate level of confidence', 50],
  ['medium degree of confidence', 50],
  ['medium level of confidence', 50],
  ['moderate confidence', 50],
  ['medium confidence', 50],
  ['moderately confident', 50],
  ['low degree of confidence', 15],
  ['low level of confidence', 15],
  ['low confidence', 15],
  // DNI (ICD 203) probability scale; "almost certainly not" is WEP's 10, never the 95 of its first words.
  ['almost certainly not', 10],
  ['almost certainly', 95],
  ['almost certain', 95],
  ['nearly certain', 95],
  ['very likely', 85],
  ['highly likely', 85],
  ['highly probable', 85],
  ['high probability', 85],
  ['roughly even chance', 50],
  ['roughly even odds', 50],
  ['even chance', 50],
  ['even odds', 50],
  // The UK's probability yardstick (PHIA), which NCSC advisories use: "a realistic possibility" (25–50 %),
  // read at the DNI band it overlaps most; "remote chance" is DNI's Remote.
  ['realistic possibility', 40],
  ['remote chance', 5],
  ['very unlikely', 15],
  ['highly unlikely', 15],
  ['highly improbable', 15],
  ['almost no chance', 5],
  ['unlikely', 30],
  ['improbable', 30],
  ['low probability', 30],
  ['probably not', 30],
  ['likely', 70],
  ['probably', 70],
  ['probable', 70],
];

const BY_FIRST_WORD = new Map<string, { words: string[]; confidence: number }[]>();
for (const [phrase, confidence] of SCALE) {
  const words = phrase.split(' ');
  const first = words[0] ?? '';
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push({ words, confidence });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST_WORD.set(first, list);
}

/** A first word longer than this starts no phrase (lower-casing never shortens a word). */
const LONGEST_FIRST_WORD = Math.max(...[...BY_FIRST_WORD.keys()].map((w) => w.length));
const LONGEST_PHRASE = Math.max(...SCALE.map(([phrase]) => phrase.split(' ').length));

/** Two scanners: one walks the words, the other reads the few words after a possible phrase start. */
const WORD = /\p{L}+/gu;
const NEXT_WORD = /\p{L}+/gu;

interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** The word `first` (a match in `slice`) and up to `count` words after it, lower-cased. */
function wordsFrom(slice: string, first: RegExpExecArray, count: number): Word[] {
  const words = [
    { word: first[0].toLowerCase(), start: first.index, end: first.index + first[0].length },
  ];
  NEXT_WORD.lastIndex = first.index + first[0].length;
  for (let k = 0; k < count; k++) {
    const m = NEXT_WORD.exec(slice);
    if (!m) break;
    words.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** Whether the phrase's words are the words from the start, one separator character apart. */
function fits(phrase: readonly string[], words: readonly Word[]): boolean {
  return phrase.every((w, k) => {
    const here = words[k];
    const previous = words[k - 1];
    if (!here || here.word !== w) return false;
    // Words of one phrase are separated by a space or a hyphen only.
    return k === 0 || !previous || here.start - previous.end === 1;
  });
}

/**
 * Every estimative phrase in `text[from, to)`, in text order (hyphens count as spaces: "high-degree"); at
 * most `limit` of them. Only a word that may open a phrase is lower-cased and looked at further.
 */
export function findEstimativePhrases(
  text: string,
  from = 0,
  to = text.length,
  limit = Infinity,
): EstimativePhrase[] {
  const slice = text.slice(from, to);
  const found: EstimativePhrase[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m && found.length < limit; m = WORD.exec(slice)) {
    if (m[0].length > LONGEST_FIRST_WORD) continue;
    const candidates = BY_FIRST_WORD.get(m[0].toLowerCase());
    if (!candidates) continue;
    const words = wordsFrom(slice, m, LONGEST_PHRASE - 1);
    for (const { words: phrase, confidence } of candidates) {
      if (!fits(phrase, words)) continue;
      const start = from + (words[0]?.start ?? 0);
      const end = from + (words[phrase.length - 1]?.end ?? 0);
      found.push({ confidence, text: text.slice(start, end), start, end });
      // The phrase's words are used up: scanning resumes after its last word.
      WORD.lastIndex = end - from;
      break;
    }
  }
  return found;
}

/** The first estimative phrase in `text[from, to)`, if any. */
export const firstEstimativePhrase = (
  text: string,
  from = 0,
  to = text.length,
): EstimativePhrase | undefined => findEstimativePhrases(text, from, to, 1)[0];
