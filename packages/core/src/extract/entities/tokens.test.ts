import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../../test-support/data.ts';
import { normalizeToken, tokenize } from './tokens.ts';

/** The definition the hand-written scanner implements: maximal runs of letters, digits and marks. */
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

const byDefinition = (text: string): { start: number; text: string }[] =>
  [...text.matchAll(WORD_RUN)].map((m) => ({ start: m.index, text: m[0] }));

const scanned = (text: string): { start: number; text: string }[] =>
  tokenize(text).map((t) => ({ start: t.start, text: t.text }));

/** Texts that exercise the scanner's and the normalization's special cases. */
const SAMPLES = [
  'APT31 (ZIRCONIUM) targets the Czech MFA since 2022.',
  'Café naïve co\u0301operation ß İstanbul ﬁle',
  'emoji 😀 between, 𝐀𝐁𝐂 math letters, Arabic digits ١٢٣ and 漢字',
  'lone \ud800 high and \udc00 low surrogates, joiner a\u200db, nbsp a\u00a0b',
  '',
  '...',
];

describe('tokenize', () => {
  it('finds the runs of letters, digits and marks the Unicode definition finds', () => {
    for (const text of SAMPLES) expect(scanned(text)).toEqual(byDefinition(text));
  });

  it('gives every occurrence of a word the same id, numbered in order of first use', () => {
    const tokens = tokenize(`${'the Foo and the foo and FOO the '.repeat(20)}end`);
    const ids = new Map<string, number>();
    for (const t of tokens) {
      if (!ids.has(t.text)) expect(t.word).toBe(ids.size);
      ids.set(t.text, ids.get(t.text) ?? t.word);
      expect(t.word).toBe(ids.get(t.text));
    }
    expect(tokens.filter((t) => t.text === 'FOO').every((t) => t.norm === 'foo')).toBe(true);
  });
});

/** The definition normalizeToken's fast paths must keep: NFKD, combining marks dropped, lower case. */
const normalizedByDefinition = (word: string): string =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

describe('normalizeToken', () => {
  it('gives the normal form of the definition, for ASCII and other words', () => {
    const words = tokenize(SAMPLES.join(' ')).map((t) => t.text);
    for (const word of words) expect(normalizeToken(word)).toBe(normalizedByDefinition(word));
  });
});

describeWithData('tokenize on AnnoCTR reports', ['annoctr', 'text'], (dir) => {
  it('agrees with the Unicode definition on every report', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      // Compared as strings: a deep equality of ~3,000 tokens per report is slow in Vitest.
      expect(JSON.stringify(scanned(text)), file).toBe(JSON.stringify(byDefinition(text)));
    }
  });

  it('normalizes every word of every report as the definition does', () => {
    const differing = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const t of tokenize(readFileSync(join(dir, file), 'utf8'))) {
        if (t.norm !== normalizedByDefinition(t.text)) differing.add(t.text);
      }
    }
    expect([...differing]).toEqual([]);
  });
});
