import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndicatorIndex } from './indicator-index.ts';
import { TokenScanner } from './scan-tokens.ts';

const LOGS = resolve(import.meta.dirname, '../../../../fixtures/logs');

/** Every token hit of every line of the fixture logs, as `line:kind:value:spec`. */
function hitsOver(index: IndicatorIndex, texts: readonly Uint8Array[]): string[] {
  const scanner = new TokenScanner(index);
  const hits: string[] = [];
  texts.forEach((text, file) => {
    let start = 0;
    let line = 0;
    while (start <= text.length) {
      const nl = text.indexOf(10, start);
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
      .map((name) => readFileSync(join(LOGS, name)));
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

describe('TokenScanner candidate path', () => {
  const hits = (index: IndicatorIndex, line: string): string[] => {
    const bytes = new TextEncoder().encode(line);
    const found: string[] = [];
    new TokenScanner(index).scan(bytes, 0, bytes.length, (kind, value) =>
      found.push(`${kind}:${value}`),
    );
    return found;
  };

  it('finds digests wherever they sit, at a sentence end too, never inside longer hex runs', () => {
    const md5 = '44d88612fea8a8f36de82e1278abb02f';
    const index = new IndicatorIndex([md5]);
    for (let pad = 0; pad < 40; pad++) {
      expect(hits(index, `${'x'.repeat(pad)} ${md5.toUpperCase()}`)).toEqual([`hash:${md5}`]);
      expect(hits(index, `${'a'.repeat(pad)} ${md5}0 ${md5}.`)).toEqual([`hash:${md5}`]);
    }
    expect(hits(index, `${md5}${md5}`)).toEqual([]);
  });

  it('probes a host whose last label is the whole indicator (dotless host names)', () => {
    const index = new IndicatorIndex([{ ref: 'i', pattern: "[domain-name:value = 'intranet']" }]);
    expect(index.dotlessHosts).toBe(1);
    expect(hits(index, 'GET srv.intranet srv.intranet2')).toEqual(['domain:intranet']);
  });

  it('reads consecutive lines of one buffer with one search, and rescans after forget', () => {
    const index = new IndicatorIndex(['evil.example', 'user@evil.example']);
    const scanner = new TokenScanner(index);
    const bytes = new TextEncoder().encode('a b c\nhost evil.example\nnone\nuser@evil.example x');
    const lines: string[] = [];
    let start = 0;
    for (const [n, line] of [
      'a b c',
      'host evil.example',
      'none',
      'user@evil.example x',
    ].entries()) {
      scanner.scan(bytes, start, start + line.length, (kind, value) =>
        lines.push(`${n}:${kind}:${value}`),
      );
      start += line.length + 1;
    }
    expect(lines).toEqual([
      '1:domain:evil.example',
      '3:email:user@evil.example',
      '3:domain:evil.example',
    ]);
    bytes.fill(32);
    bytes.set(new TextEncoder().encode('evil.example'), 0);
    const again: string[] = [];
    scanner.forget();
    scanner.scan(bytes, 0, 12, (kind, value) => again.push(`${kind}:${value}`));
    expect(again).toEqual(['domain:evil.example']);
  });
});
