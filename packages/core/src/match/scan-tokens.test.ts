import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndicatorIndex } from './indicator-index.ts';
import { TokenScanner } from './scan-tokens.ts';

const LOGS = resolve(import.meta.dirname, '../../../../fixtures/logs');

/** Every token hit of every line of the fixture logs, as `line:kind:value:spec`. */
function hitsOver(index: IndicatorIndex, texts: readonly string[]): string[] {
  const scanner = new TokenScanner(index, { utf8Bytes: true });
  const hits: string[] = [];
  texts.forEach((text, file) => {
    let start = 0;
    let line = 0;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      scanner.scan(text, start, end, (kind, value, entries) => {
        for (const e of entries) hits.push(`${file}/${line}:${kind}:${value}:${e.spec}`);
      });
      line++;
      start = end + 1;
    }
  });
  return hits;
}

describe('TokenScanner single-pass path (no URL or IPv6 indicators)', () => {
  it('finds exactly the hits of the two-pass path on the fixture logs', () => {
    const texts = readdirSync(LOGS)
      .filter((name) => name !== 'iocs.txt' && name !== 'allowlist.txt')
      .map((name) => readFileSync(join(LOGS, name)).toString('latin1'));
    const values = readFileSync(join(LOGS, 'iocs.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(
        (l) => l && !l.startsWith('#') && !l.includes('://') && !/^[\da-f]*:[\da-f:]*$/i.test(l),
      );
    const narrowOnly = new IndicatorIndex(values);
    expect(narrowOnly.counts.url + narrowOnly.counts.ipv6).toBe(0);
    // The same indicators plus a URL no log holds force the wide-token pass.
    const withUrl = new IndicatorIndex([...values, 'https://absent.invalid/never']);
    expect(withUrl.counts.url).toBe(1);
    const single = hitsOver(narrowOnly, texts);
    expect(single.length).toBeGreaterThan(5);
    expect(single).toEqual(hitsOver(withUrl, texts));
  });
});
