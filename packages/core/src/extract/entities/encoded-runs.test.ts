import { describe, expect, it } from 'vitest';
import { seededPick } from '../../../../../test-support/seeded.ts';
import { EncodedRuns } from './encoded-runs.ts';

/** Base64 of `bytes` seeded random bytes, as pasted in reports (an encoded command, a key). */
function blob(pick: (n: number) => number, bytes: number): string {
  return Buffer.from(Array.from({ length: bytes }, () => pick(256))).toString('base64');
}

describe('EncodedRuns', () => {
  it('finds base64 blobs, and the words around them stay outside', () => {
    const pick = seededPick(3);
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const encoded = blob(pick, 60);
      const text = `The loader ran powershell -enc ${encoded} on the host.`;
      const runs = new EncodedRuns(text);
      if (runs.contains(text.indexOf(encoded) + 40)) found++;
      expect(runs.contains(text.indexOf('loader'))).toBe(false);
      expect(runs.contains(text.indexOf('host'))).toBe(false);
    }
    expect(found).toBeGreaterThanOrEqual(190);
  });

  it('leaves paths, identifiers, CamelCase names and digests alone, however long', () => {
    for (const text of [
      '/wp-content/uploads/2019/05/blogs/NetwireRAT/image1',
      'WinHttpGetIEProxyConfigForCurrentUser2AndMoreWordsHere',
      '44d88612fea8a8f36de82e1278abb02f44d88612fea8a8f36de82e1278abb02f',
      'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Run2',
    ]) {
      const runs = new EncodedRuns(`see ${text} here`);
      for (let i = 0; i < text.length + 9; i++) expect(runs.contains(i)).toBe(false);
    }
  });

  it('needs 40 characters', () => {
    const encoded = blob(seededPick(5), 60);
    const runs = (s: string) => new EncodedRuns(`x ${s} y`);
    expect(runs(encoded.slice(0, 39)).contains(3)).toBe(false);
    expect(runs(encoded).contains(3)).toBe(true);
  });

  it('finds the runs a character-by-character reading finds, on random mixes of prose and blobs', () => {
    const pick = seededPick(9);
    const pieces = ['the', 'APT31', ' ', ' ', '\n', '/', '+', 'NetwireRAT', '2019', '.', '-'];
    for (let round = 0; round < 50; round++) {
      let text = '';
      while (text.length < 3000) {
        text += pick(4) === 0 ? blob(pick, 20 + pick(60)) : pieces[pick(pieces.length)];
      }
      const runs = new EncodedRuns(text);
      // Reference: every maximal run of the alphabet found by a regex scan, judged on its own.
      const expected = new Set<number>();
      for (const match of text.matchAll(/[\w+/=-]+/g)) {
        const run = match[0];
        if (run.length < 40) continue;
        if (new EncodedRuns(`(${run})`).contains(1)) {
          for (let k = 0; k < run.length; k++) expected.add(match.index + k);
        }
      }
      for (let k = 0; k < text.length; k++) expect(runs.contains(k)).toBe(expected.has(k));
    }
  });
});
