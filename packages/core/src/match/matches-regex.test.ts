import { describe, expect, it } from 'vitest';
import { compileMatches } from './matches-regex.ts';

function matcher(expression: string) {
  const compiled = compileMatches(expression);
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.matcher;
}

describe('STIX MATCHES on the linear-time engine', () => {
  it('searches anywhere in the value unless anchored', () => {
    expect(matcher('evil').test('www.evil.com')).toBe(true);
    expect(matcher('^evil').test('www.evil.com')).toBe(false);
    expect(matcher('\\.exe$').test('C:\\Temp\\x.exe')).toBe(true);
    expect(matcher('(?i)POWERSHELL.+-enc').test('powershell.exe -nop -enc SQBFAFgA')).toBe(true);
  });

  it('runs (a+)+$ over 100k characters without backtracking', () => {
    const hostile = matcher('(a+)+$');
    expect(hostile.test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(matcher('^(a|aa)+$').test(`${'a'.repeat(100_000)}b`)).toBe(false);
  });

  it('refuses what needs backtracking, naming the construct', () => {
    const reason = (expression: string): string => {
      const compiled = compileMatches(expression);
      return compiled.ok ? 'compiled' : compiled.reason;
    };
    expect(reason('(a)\\1')).toMatch(/backreference/);
    expect(reason('foo(?=bar)')).toMatch(/lookaround/);
    expect(reason('(?<!x)foo')).toMatch(/lookaround/);
    expect(reason('a++')).toMatch(/possessive/);
    expect(reason('(?>a)')).toMatch(/atomic group/);
    expect(reason('a{2,1}')).toMatch(/not RE2 syntax/);
  });
});
