import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.ts';

function splitInChunks(text: string, sizes: readonly number[]): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((block, start, end) =>
    lines.push(`${splitter.line}:${block.toString('utf8', start, end)}`),
  );
  const bytes = Buffer.from(text);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    splitter.push(bytes.subarray(at, at + size));
    at += size;
  }
  splitter.end();
  return lines;
}

describe('LineSplitter', () => {
  it('hands over the same numbered lines however the stream is cut', () => {
    const text =
      'alpha 1.2.3.4\r\nbravo\n\ncharlie evil.example\ndelta ü\nlast line without newline';
    const expected = text.split('\n').map((l, i) => `${i + 1}:${l.replace(/\r$/, '')}`);
    for (const sizes of [[1], [2, 3], [5], [7, 1, 13], [1000]])
      expect(splitInChunks(text, sizes)).toEqual(expected);
  });
});
