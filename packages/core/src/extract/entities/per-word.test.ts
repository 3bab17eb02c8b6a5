import { describe, expect, it } from 'vitest';
import { PerWord, WordCache } from './per-word.ts';
import { tokenize, vocabularyStart, type Token } from './tokens.ts';

/** A cache whose computation counts its calls and answers something only the word decides. */
function counted<T>(make: new (compute: (t: Token) => string) => T): {
  cache: T;
  calls: () => number;
} {
  let calls = 0;
  const cache = new make((t) => {
    calls++;
    return `${t.norm}!`;
  });
  return { cache, calls: () => calls };
}

describe('WordCache', () => {
  it('computes once per distinct word, across texts', () => {
    const { cache, calls } = counted(WordCache<string>);
    const first = tokenize('Alpha beta alpha BETA gamma');
    const second = tokenize('gamma beta delta');
    const answers = [...first, ...second].map((t) => cache.get(t));
    expect(answers).toEqual([...first, ...second].map((t) => `${t.norm}!`));
    expect(calls()).toBe(new Set([...first, ...second].map((t) => t.text)).size);
  });

  it('answers right for tokens of a vocabulary since replaced, and for the new one', () => {
    const { cache, calls } = counted(WordCache<string>);
    const before = tokenize('shared word before');
    for (const t of before) cache.get(t);
    const start = vocabularyStart();
    // Enough new words to fill the vocabulary: the next text starts a new one.
    tokenize(Array.from({ length: 500_000 }, (_, i) => `w${i.toString(36)}x`).join(' '));
    const after = tokenize('shared word after');
    expect(vocabularyStart()).toBeGreaterThan(start);
    expect(after[0]!.word).not.toBe(before[0]!.word);
    const counting = calls();
    expect([...before, ...after].map((t) => cache.get(t))).toEqual([
      'shared!',
      'word!',
      'before!',
      'shared!',
      'word!',
      'after!',
    ]);
    // The new vocabulary's words are computed once each; the old ones every time (not remembered).
    expect(after.map((t) => cache.get(t))).toEqual(['shared!', 'word!', 'after!']);
    expect(calls() - counting).toBe(before.length + after.length);
  });
});

describe('PerWord', () => {
  it('computes once per distinct word of its text', () => {
    const { cache, calls } = counted(PerWord<string>);
    const tokens = tokenize('one two one TWO three');
    expect(tokens.map((t) => cache.get(t))).toEqual(['one!', 'two!', 'one!', 'two!', 'three!']);
    expect(calls()).toBe(4);
  });
});
