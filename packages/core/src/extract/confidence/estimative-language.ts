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
  ['moderate confidence', 50],
  ['medium confidence', 50],
  ['low confidence', 15],
  // DNI (ICD 203) probability scale.
  ['almost certainly', 95],
  ['almost certain', 95],
  ['nearly certain', 95],
  ['very likely', 85],
  ['highly likely', 85],
  ['highly probable', 85],
  ['roughly even chance', 50],
  ['even chance', 50],
  ['very unlikely', 15],
  ['highly unlikely', 15],
  ['highly improbable', 15],
  ['almost no chance', 5],
  ['unlikely', 30],
  ['improbable', 30],
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

const WORD = /\p{L}+/gu;

/** Every estimative phrase in `text[from, to)`, in text order (hyphens count as spaces: "high-degree"). */
export function findEstimativePhrases(
  text: string,
  from = 0,
  to = text.length,
): EstimativePhrase[] {
  const slice = text.slice(from, to);
  const words = [...slice.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  const found: EstimativePhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = BY_FIRST_WORD.get(words[i]?.word ?? '') ?? [];
    for (const { words: phrase, confidence } of candidates) {
      const ok = phrase.every((w, k) => {
        const here = words[i + k];
        const previous = words[i + k - 1];
        if (!here || here.word !== w) return false;
        // Words of one phrase are separated by a space or a hyphen only.
        return k === 0 || !previous || here.start - previous.end === 1;
      });
      if (!ok) continue;
      const start = words[i]?.start ?? 0;
      const end = words[i + phrase.length - 1]?.end ?? start;
      found.push({ confidence, text: text.slice(start, end), start, end });
      i += phrase.length - 1;
      break;
    }
  }
  return found;
}
