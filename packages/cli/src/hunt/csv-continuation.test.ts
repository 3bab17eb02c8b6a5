import { describe, expect, it } from 'vitest';
import { CsvContinuation, MAX_RECORD_LINES, oddQuotes } from './csv-continuation.ts';

const odd = (text: string) => oddQuotes(Buffer.from(`x${text}y`), 1, text.length + 1);

describe('oddQuotes', () => {
  it('counts quotes inside the range only; a doubled quote keeps the parity', () => {
    expect(odd('a,"b')).toBe(true);
    expect(odd('a,"b ""c"" d",e')).toBe(false);
    expect(odd('still in the field" ,f')).toBe(true);
    expect(odd('')).toBe(false);
    expect(oddQuotes(Buffer.from('"a",b'), 3, 5)).toBe(false);
  });
});

describe('CsvContinuation', () => {
  it('joins the held lines with the newline the split removed, from the first line number', () => {
    const c = new CsvContinuation();
    const block = Buffer.from('a,"x\ny",b');
    c.add(block, 0, 4, 7);
    c.add(block, 5, 9, 8);
    expect([c.open, c.line]).toEqual([true, 7]);
    expect(c.take()).toBe('a,"x\ny",b');
    expect(c.open).toBe(false);
  });

  it('is overlong past its line bound, and drain empties it', () => {
    const c = new CsvContinuation();
    const line = Buffer.from('filler');
    for (let i = 0; i <= MAX_RECORD_LINES; i++) c.add(line, 0, line.length, i + 1);
    expect(c.overlong).toBe(true);
    expect(c.drain().map((h) => h.line)).toHaveLength(MAX_RECORD_LINES + 1);
    expect(c.open).toBe(false);
  });
});
