import { describe, expect, it } from 'vitest';
import { extractIndicators } from './extract.ts';

const ipv4s = (text: string): string[] =>
  extractIndicators(text)
    .filter((i) => i.type === 'ipv4-addr')
    .map((i) => i.value);

describe('IPv4 addresses defanged with spaced dots', () => {
  it('joins every spaced dot, or only some, into one address marked defanged', () => {
    const text = 'Beacons went to 172 . 16 . 254 . 9 and later to 198.51.100 . 77 on port 443.';
    const found = extractIndicators(text).filter((i) => i.type === 'ipv4-addr');
    expect(found.map((i) => i.value)).toEqual(['172.16.254.9', '198.51.100.77']);
    expect(found.every((i) => i.defanged)).toBe(true);
    // The mention is the address as written, spaces included.
    expect(found[1]!.mentions[0]!.text).toBe('198.51.100 . 77');
  });

  it('accepts the address at the end of a sentence', () => {
    expect(ipv4s('The loader contacted 203 . 0 . 113 . 5.')).toEqual(['203.0.113.5']);
  });

  it('needs exactly four octets of at most 255', () => {
    expect(ipv4s('scores 10 . 20 . 30 were logged')).toEqual([]);
    expect(ipv4s('items 1 . 2 . 3 . 4 . 5 in the list')).toEqual([]);
    expect(ipv4s('the range 10 . 300 . 1 . 1 is no address')).toEqual([]);
    expect(ipv4s('counts 1000 . 2 . 3 . 4 differ')).toEqual([]);
  });

  it('leaves versions, glued words and uneven spacing alone', () => {
    expect(ipv4s('upgrade 1.2.3 . 4.5 today')).toEqual([]);
    expect(ipv4s('build v1.2.3 . 4 shipped')).toEqual([]);
    expect(ipv4s('sections 1.2.3 . 4a and more')).toEqual([]);
    expect(ipv4s('a list 192 .168 . 1 . 1 of numbers')).toEqual([]);
    expect(ipv4s('written 192  .  168 . 1 . 1 loosely')).toEqual([]);
  });
});
