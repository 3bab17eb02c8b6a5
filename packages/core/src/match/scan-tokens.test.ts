import { describe, expect, it } from 'vitest';
import {
  FIXTURE_IOCS,
  fixtureLogTexts,
  hitsByLine,
  narrowOnly,
  randomLines,
} from '../../../../test-support/token-scan.ts';
import { IndicatorIndex } from './indicator-index.ts';
import { TokenScanner } from './scan-tokens.ts';

/** Every token hit of every line, by the candidate search or the exhaustive reference. */
const hitsOver = (index: IndicatorIndex, texts: readonly Uint8Array[], exhaustive: boolean) =>
  hitsByLine(new TokenScanner(index, exhaustive), texts);

describe('TokenScanner candidate search', () => {
  it('finds exactly the hits of the exhaustive scan on the fixture logs and edge lines', () => {
    const texts = fixtureLogTexts();
    const all = FIXTURE_IOCS;
    const indexes = [
      new IndicatorIndex(narrowOnly(all)),
      new IndicatorIndex(all),
      new IndicatorIndex([
        ...all,
        'http://127.0.0.1/p',
        'http://2130706433/x',
        'https://user:pw@cdn.evil-update.example/a%2fb%7Ex.js?q=1',
        'tcp://evil-update.example:9/',
        'smb://hAst.example/',
        'ftp://evil-update.example',
      ]),
    ];
    expect(indexes[0]!.counts.url + indexes[0]!.counts.ipv6).toBe(0);
    expect(indexes[1]!.counts.url * indexes[1]!.counts.ipv6).toBeGreaterThan(0);
    const kinds = new Set<string>();
    for (const index of indexes) {
      const fast = hitsOver(index, texts, false);
      expect(fast).toEqual(hitsOver(index, texts, true));
      for (const hit of fast) kinds.add(hit.split(':')[1]!);
    }
    expect([...kinds].sort()).toEqual(['domain', 'email', 'hash', 'ipv4', 'ipv6', 'url']);
    const urls = hitsOver(indexes[2]!, texts, false).filter((h) => h.includes(':url:'));
    // The edge lines' URLs in upper case, with userinfo, port, trailing dot, IPv4 number forms.
    expect(urls.filter((h) => h.startsWith(`${texts.length - 1}/`)).length).toBeGreaterThanOrEqual(
      6,
    );
  });
});

describe('TokenScanner candidate search on random lines', () => {
  it('finds exactly the hits of the exhaustive scan, with and without URL and IPv6 indicators', () => {
    const all = FIXTURE_IOCS;
    const texts = [randomLines(1, 4000), randomLines(2, 4000), randomLines(3, 4000)];
    let total = 0;
    for (const index of [new IndicatorIndex(narrowOnly(all)), new IndicatorIndex(all)]) {
      const fast = hitsOver(index, texts, false);
      expect(fast).toEqual(hitsOver(index, texts, true));
      total += fast.length;
    }
    expect(total).toBeGreaterThan(1000);
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
      expect(hits(index, `${'x'.repeat(pad)} ${md5.toUpperCase()}`)).toEqual([
        `hash:${md5.toUpperCase()}`,
      ]);
      expect(hits(index, `${'a'.repeat(pad)} ${md5}0 ${md5}.`)).toEqual([`hash:${md5}`]);
    }
    expect(hits(index, `${md5}${md5}`)).toEqual([]);
  });

  it('tells apart digests that share their last 16 digits (the key hashes only those)', () => {
    const md5 = '44d88612fea8a8f36de82e1278abb02f';
    const twin = `ffffffffffffffff${md5.slice(16)}`;
    const sha256 = `${'0123456789abcdef'.repeat(3)}${md5.slice(16)}`;
    const index = new IndicatorIndex([md5, sha256]);
    expect(hits(index, `a ${twin} b ${md5.toUpperCase()} c ${sha256}`)).toEqual([
      `hash:${md5.toUpperCase()}`,
      `hash:${sha256}`,
    ]);
    expect(index.hash(twin)).toBeUndefined();
    expect(index.hash(md5)).toHaveLength(1);
  });

  it('probes a host whose last label is the whole indicator (dotless host names)', () => {
    const index = new IndicatorIndex([{ ref: 'i', pattern: "[domain-name:value = 'intranet']" }]);
    expect(index.dotlessHosts).toBe(1);
    expect(hits(index, 'GET srv.intranet srv.intranet2')).toEqual(['domain:srv.intranet']);
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
