import { describe, expect, it } from 'vitest';
import { HashFilter } from './hash-filter.ts';
import { tokenHash } from './token-hash.ts';

describe('HashFilter', () => {
  it('answers membership exactly like a Set over many keys, across growth', () => {
    const filter = new HashFilter();
    const reference = new Set<number>();
    // IPv4-like keys (shared high bits), token hashes, zero and negative int32 values.
    let x = 0x0a000001;
    for (let i = 0; i < 50_000; i++) {
      const key = i % 3 === 0 ? (x += 7) >>> 0 : i % 3 === 1 ? tokenHash(`h${i}.example`) : -i;
      filter.add(key);
      reference.add(key | 0);
    }
    filter.add(0);
    reference.add(0);
    expect(filter.size).toBe(reference.size);
    for (const key of reference) expect(filter.has(key)).toBe(true);
    let falseHits = 0;
    for (let i = 0; i < 50_000; i++) {
      const probe = tokenHash(`absent-${i}.test`);
      if (filter.has(probe) !== reference.has(probe)) falseHits++;
    }
    expect(falseHits).toBe(0);
  });

  it('treats an unsigned address and its int32 view as the same key', () => {
    const filter = new HashFilter();
    filter.add(0xc0a80001);
    expect(filter.has(0xc0a80001)).toBe(true);
    expect(filter.has(0xc0a80002)).toBe(false);
    expect(filter.has(0)).toBe(false);
  });
});
