import { describe, expect, it } from 'vitest';
import { WordLookup } from './word-lookup.ts';

describe('WordLookup', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  const lookup = new WordLookup(words.map((w, i) => [w, i] as const));

  it('answers like a Map for stored and absent words', () => {
    const map = new Map(words.map((w, i) => [w, i]));
    for (const probe of [...words, 'x', '', 'w', 'wzzzz', 'W0', 'w0 ', 'é', 'w1w1']) {
      expect(lookup.get(probe)).toBe(map.get(probe));
    }
  });

  it('looks up a prefix of a word without cutting it', () => {
    const stems = new WordLookup([['exf', 'exfil'] as const, ['per', 'persist'] as const]);
    expect(stems.prefix('exfiltration', 3)).toBe('exfil');
    expect(stems.prefix('persistence', 3)).toBe('persist');
    expect(stems.prefix('pe', 2)).toBeUndefined();
    expect(stems.prefix('expand', 3)).toBeUndefined();
  });
});
