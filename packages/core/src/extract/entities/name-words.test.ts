import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../../test-support/data.ts';
import { innerCapitals } from './name-words.ts';
import { tokenize } from './tokens.ts';

/** The definition the ASCII scan implements: a lower-case letter, digits, then a capital; or 2+ capitals, then lower case. */
const byDefinition = (word: string): boolean =>
  /\p{Ll}\p{N}*\p{Lu}/u.test(word) || /^\p{Lu}{2,}\p{Ll}/u.test(word);

const SAMPLES = [
  'AZORult',
  'REvil',
  'RustyBuer',
  'HTran',
  'Lazarus',
  'APT',
  'APT31',
  'a1B',
  'A1B',
  'x2-Y',
  'more_Eggs',
  'iPhone',
  'ÉTat',
  'cafÉ',
  'B',
  '',
];

describe('innerCapitals', () => {
  it('answers as the Unicode definition does', () => {
    for (const word of SAMPLES) expect(innerCapitals(word), word).toBe(byDefinition(word));
  });
});

describeWithData('innerCapitals on AnnoCTR reports', ['annoctr', 'text'], (dir) => {
  it('agrees with the Unicode definition on every word of every report', () => {
    const differing = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const t of tokenize(readFileSync(join(dir, file), 'utf8'))) {
        if (innerCapitals(t.text) !== byDefinition(t.text)) differing.add(t.text);
      }
    }
    expect([...differing]).toEqual([]);
  });
});
