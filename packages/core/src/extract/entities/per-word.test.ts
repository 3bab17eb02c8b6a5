import { describe, expect, it } from 'vitest';
import { PerWordNumber, PerWordTest } from './per-word.ts';
import { tokenize } from './tokens.ts';

describe('typed per-word caches', () => {
  const tokens = tokenize('the Lazarus group and the lazarus malware and the group');

  it('answer each distinct word once, 0 included, and give its value at every token', () => {
    const asked: string[] = [];
    const lengths = new PerWordNumber((t) => {
      asked.push(t.text);
      return t.text === 'the' ? 0 : t.text.length;
    }, tokens);
    expect(tokens.map((t) => lengths.get(t))).toEqual(
      tokens.map((t) => (t.text === 'the' ? 0 : t.text.length)),
    );
    expect(asked).toEqual(['the', 'Lazarus', 'group', 'and', 'lazarus', 'malware']);
  });

  it('answer yes/no questions', () => {
    const capitalized = new PerWordTest((t) => /^[A-Z]/u.test(t.text), tokens);
    expect(tokens.filter((t) => capitalized.get(t)).map((t) => t.text)).toEqual(['Lazarus']);
  });

  it('answer a token of another text without caching it', () => {
    const lengths = new PerWordNumber((t) => t.text.length, tokenize('a'));
    const other = tokenize('x yy zzz');
    expect(other.map((t) => lengths.get(t))).toEqual([1, 2, 3]);
  });
});
