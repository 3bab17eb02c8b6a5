/**
 * IpRangeSet answers as a scan of every block would: merging sorted, overlapping, nested and touching
 * blocks into their union loses no address and adds none.
 */
import { describe, expect, it } from 'vitest';
import { IpRangeSet, ipv4ToNumber } from './ip-ranges.ts';

/** A small deterministic generator (mulberry32), so a failure names its case. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dotted = (n: number): string =>
  [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** Whether `address` is in the block `cidr`, by arithmetic on the one block. */
function inBlock(cidr: string, address: number): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits ?? 32));
  const start = ipv4ToNumber(base!)! - (ipv4ToNumber(base!)! % size);
  return address >= start && address < start + size;
}

describe('IpRangeSet', () => {
  it('reads an address as its number', () => {
    expect(ipv4ToNumber('192.0.2.7')).toBe(192 * 2 ** 24 + 2 * 256 + 7);
    expect(ipv4ToNumber('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(ipv4ToNumber('010.0.0.1')).toBe(10 * 2 ** 24 + 1);
    expect(ipv4ToNumber('256.0.0.1')).toBeUndefined();
  });

  it('holds exactly the addresses of its blocks, however they overlap', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      // Blocks crowded into one /16, so they overlap, nest and touch.
      const blocks = Array.from({ length: 40 }, () => {
        const address = 0x0a000000 + Math.floor(next() * 65536);
        return `${dotted(address)}/${20 + Math.floor(next() * 13)}`;
      });
      const set = new IpRangeSet(blocks);
      for (let probe = 0; probe < 300; probe++) {
        const address = 0x0a000000 - 256 + Math.floor(next() * (65536 + 512));
        expect(set.has(dotted(address)), `seed ${seed}, ${dotted(address)}`).toBe(
          blocks.some((block) => inBlock(block, address)),
        );
      }
    }
  });
});
