import { describe, expect, it } from 'vitest';
import { afterHeadingLine } from './heading-line.ts';

const body = (text: string): string => {
  const span = afterHeadingLine(text, { start: 0, end: text.length });
  return text.slice(span.start, span.end);
};

describe('afterHeadingLine', () => {
  it('leaves out a short capitalized first line above a sentence', () => {
    expect(body('Initial access\nThe attackers exploited CVE-2024-3400.')).toBe(
      'The attackers exploited CVE-2024-3400.',
    );
    expect(body('T1071.001\nWinnti backdoors use HTTP.')).toBe('Winnti backdoors use HTTP.');
  });

  it('keeps a sentence whose first line is no heading', () => {
    // Hard-wrapped: the next line goes on in lower case, or the line ends in punctuation or is long.
    for (const text of [
      'The Czech government said that APT31 had\nbreached the ministry.',
      'Indicators:\nThe list follows.',
      'Officials in Prague, Brno and Ostrava said the attackers\nChina backed were active.',
      'The attackers exploited CVE-2024-3400.',
    ])
      expect(body(text)).toBe(text);
  });
});
