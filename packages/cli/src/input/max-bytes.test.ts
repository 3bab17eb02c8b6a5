import { expect, it } from 'vitest';
import { parseMaxBytes } from './max-bytes.ts';

it('reads --max-bytes as bytes or with K/M/G (powers of 1024), and refuses the rest', () => {
  expect(parseMaxBytes(undefined)).toBeUndefined();
  expect(parseMaxBytes('52428800')).toBe(50 * 1024 ** 2);
  expect(parseMaxBytes('50M')).toBe(50 * 1024 ** 2);
  expect(parseMaxBytes(' 2g ')).toBe(2 * 1024 ** 3);
  expect(parseMaxBytes('1KB')).toBe(1024);
  for (const bad of ['0', '0M', '-5', '1.5M', 'lots', '5T', '', '9'.repeat(30)])
    expect(() => parseMaxBytes(bad), bad).toThrow(/not a size like 500M/);
});
