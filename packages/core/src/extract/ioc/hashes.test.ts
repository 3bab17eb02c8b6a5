import { describe, expect, it } from 'vitest';
import { findHashes } from './hashes.ts';

type Hit = [string, string, number, number];

function hits(text: string): Hit[] {
  const out: Hit[] = [];
  findHashes(text, 0, text.length, (type, value, start, end) =>
    out.push([type, value, start, end]),
  );
  return out;
}

/** Maximal hex runs of hash length found the slow, obvious way: split on non-hex characters. */
function hexRunsOfHashLength(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const m of text.matchAll(/[\da-f]+/gi)) {
    if ([32, 40, 64, 128].includes(m[0].length)) runs.push([m.index, m.index + m[0].length]);
  }
  return runs;
}

describe('findHashes (probing every 32nd character)', () => {
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';

  it('finds runs at the very start and the very end of the text', () => {
    expect(hits(`${md5} and ${sha1}`).map((h) => h[0])).toEqual(['md5', 'sha1']);
    expect(hits(md5)).toEqual([['md5', md5, 0, 32]]);
  });

  it('never counts a hash-length run inside a longer hex string', () => {
    expect(hits(`${md5}a`)).toEqual([]);
    expect(hits(`a${md5}`)).toEqual([]);
    expect(hits(`${md5}${md5}0`)).toEqual([]);
  });

  it('agrees with a per-character scan at every alignment', () => {
    // Runs of every length from 1 to 70 separated by one non-hex character, shifted through all 32
    // probe alignments: the probes must find exactly the runs a full scan finds.
    const body = Array.from({ length: 70 }, (_, k) => 'ab12'.repeat(20).slice(0, k + 1)).join('-');
    for (let shift = 0; shift < 32; shift++) {
      const text = `${'x'.repeat(shift)} ${body} ${md5}.${sha1}`;
      const found = hits(text).map((h) => [h[2], h[3]]);
      expect(found).toEqual(hexRunsOfHashLength(text));
      expect(found.length).toBe(5); // the 32-, 40- and 64-long runs in body, then md5 and sha1
    }
  });

  it('skips imphash-labelled and 0x-prefixed runs', () => {
    expect(hits(`imphash: ${md5}`)).toEqual([]);
    expect(hits(`0x${md5}`)).toEqual([]);
  });
});
