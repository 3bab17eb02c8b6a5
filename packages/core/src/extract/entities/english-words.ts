/**
 * Whether a lower-case word is an English word, by the ~275,000 words of an-array-of-english-words (MIT):
 * "havoc", "responder" and "dharma" are; "rclone", "mimikatz" and "nltest" are not. The list comes sorted in
 * code-unit order, so a binary search answers without building a set of it.
 */
import words from 'an-array-of-english-words' with { type: 'json' };

const WORDS: readonly string[] = words;

export function isEnglishWord(word: string): boolean {
  let low = 0;
  let high = WORDS.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = WORDS[middle]!;
    if (at === word) return true;
    if (at < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
