import { describe, expect, it } from 'vitest';
import { compileLike } from './like.ts';

const like = (pattern: string, value: string): boolean => compileLike(pattern).test(value);

describe('SQL LIKE (STIX §9.5)', () => {
  it('matches the whole value: literal, % for any run, _ for one character', () => {
    expect(like('evil.com', 'evil.com')).toBe(true);
    expect(like('evil.com', 'evil.com.au')).toBe(false);
    expect(like('%.evil.com', 'a.b.evil.com')).toBe(true);
    expect(like('%.evil.com', 'evil.com')).toBe(false);
    expect(like('%evil%', 'notevil.community')).toBe(true);
    expect(like('cmd_.exe', 'cmd1.exe')).toBe(true);
    expect(like('cmd_.exe', 'cmd.exe')).toBe(false);
    expect(like('cmd_.exe', 'cmd12.exe')).toBe(false);
    expect(like('%', '')).toBe(true);
    expect(like('', '')).toBe(true);
    expect(like('', 'x')).toBe(false);
    expect(like('_%_', 'a')).toBe(false);
    expect(like('_%_', 'ab')).toBe(true);
  });

  it('is case-sensitive and reads _ as one code point, astral ones included', () => {
    expect(like('%Evil%', 'evil')).toBe(false);
    expect(like('a_b', 'a😈b')).toBe(true);
    expect(like('a__b', 'a😈b')).toBe(false);
    expect(like('%😈%', 'x😈y')).toBe(true);
  });

  it('needs the segments in order without overlap', () => {
    expect(like('%ab%ba%', 'aba')).toBe(false);
    expect(like('%ab%ba%', 'abba')).toBe(true);
    expect(like('a%a', 'a')).toBe(false);
    expect(like('a%a', 'aa')).toBe(true);
  });

  it('handles patterns longer than one machine word', () => {
    const long = `${'x'.repeat(40)}%${'y_'.repeat(30)}`;
    expect(like(long, `${'x'.repeat(40)}zzz${'yq'.repeat(30)}`)).toBe(true);
    expect(like(long, `${'x'.repeat(40)}zzz${'yq'.repeat(29)}y`)).toBe(false);
  });

  it('runs a hostile pattern over 100k characters in one pass', () => {
    // A backtracking glob tries each split of the a-run between the %: quadratic or worse.
    const pattern = `${'%a'.repeat(20)}%b`;
    expect(like(pattern, 'a'.repeat(100_000))).toBe(false);
    expect(like(pattern, `${'a'.repeat(100_000)}b`)).toBe(true);
  });

  it('agrees with a reference backtracking matcher on generated cases', () => {
    const reference = (p: string, v: string): boolean =>
      new RegExp(
        `^${[...p].map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c)).join('')}$`,
        'su',
      ).test(v);
    const alphabet = ['a', 'b', '%', '_'];
    let seed = 7;
    const pick = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (length: number, letters: number): string =>
      Array.from({ length }, () => alphabet[pick(letters)]).join('');
    for (let i = 0; i < 2000; i++) {
      const p = word(pick(6), 4);
      const v = word(pick(7), 2);
      expect(like(p, v), `${p} ~ ${v}`).toBe(reference(p, v));
    }
    // Past 31 elements the state set spans several words (the carry between them matters).
    let matched = 0;
    for (let i = 0; i < 500; i++) {
      const p = `${word(20 + pick(20), 4)}%${'_'.repeat(pick(12))}`;
      const v = word(25 + pick(30), 2);
      const expected = reference(p, v);
      if (expected) matched++;
      expect(like(p, v), `${p} ~ ${v}`).toBe(expected);
    }
    expect(matched).toBeGreaterThan(0);
  });
});
