/**
 * What the JavaScript token scanner's tests and the native scanner's share (both must find the same hits
 * on the same texts): the fixture logs and their indicators, lines built to sit on the scanner's edges, and
 * a line-by-line collector of hits.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededPick } from './seeded.ts';
import type { TokenSink } from '../packages/core/src/match/scan-tokens.ts';

const LOGS = resolve(import.meta.dirname, '../fixtures/logs');

/** The indicators of fixtures/logs/iocs.txt, comments and blank lines left out. */
export const FIXTURE_IOCS: readonly string[] = readFileSync(join(LOGS, 'iocs.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

/** Indicators without URLs and IPv6 addresses: the scanner then never reads wide tokens. */
export const narrowOnly = (iocs: readonly string[]): string[] =>
  iocs.filter((l) => !l.includes('://') && !/^[\da-f]*:[\da-f:]*$/i.test(l));

/** The fixture logs, then the edge lines, as bytes. */
export const fixtureLogTexts = (): Uint8Array[] => [
  ...readdirSync(LOGS)
    .filter((name) => name !== 'iocs.txt' && name !== 'allowlist.txt')
    .map((name) => new Uint8Array(readFileSync(join(LOGS, name)))),
  new TextEncoder().encode(edgeLines()),
];

/** Every hit of every line, as `file/line:kind:value:spec@at`, one scan per line. */
export function hitsByLine(
  scanner: { scan(bytes: Uint8Array, start: number, end: number, sink: TokenSink): void },
  texts: readonly Uint8Array[],
): string[] {
  const hits: string[] = [];
  texts.forEach((text, file) => {
    let start = 0;
    let line = 0;
    while (start <= text.length) {
      const nl = text.indexOf(10, start);
      const end = nl < 0 ? text.length : nl;
      scanner.scan(text, start, end, (kind, value, entries, at) => {
        for (const e of entries) hits.push(`${file}/${line}:${kind}:${value}:${e.spec}@${at}`);
      });
      line++;
      start = end + 1;
    }
  });
  return hits;
}

export const EDGE_MD5 = '44d88612fea8a8f36de82e1278abb02f';

export function edgeLines(): string {
  const lines: string[] = [];
  for (let pad = 0; pad < 70; pad++) {
    const fill = 'ab12'.repeat(20).slice(0, pad);
    lines.push(
      `${fill} ${EDGE_MD5}`,
      `${fill}${EDGE_MD5}`,
      `${fill}-${EDGE_MD5}.`,
      `${EDGE_MD5.slice(0, pad % 33)} x`,
    );
  }
  lines.push(
    '12:34:56.789 GET HTTPS://user:pw@CDN.Evil-Update.Example.:443/a%2fb%7Ex.js?q=1 200',
    'GET http://0x7f.1/x http://2130706433/ http://127.0.0.1./p http://[2001:db8::bad:1]/x',
    'conn 2001:DB8:0:0:0:0:BAD:1 and 2001:db8::bad:1.; 2001:db8::bad:10 fe80::1%eth0 a::b::c',
    '"url":"https://cdn.evil-update.example/a%2Fb~x.js?q=1#frag","ip":"198.51.100.7:8080"',
    'mail attacker@EVIL-UPDATE.example. from x@y a@b.c @evil-update.example user@198.51.100.7',
    'ftp://evil-update.example tcp://Evil-Update.Example:9/ smb://h%41st.example/ hxxp://evil-update.example/',
    'a:b:c:d a.b/c:d/e.f "::" ":" "a:" ::: ://x http:// x:// 1.2.3.4:: @@ ..evil-update.example..',
  );
  return lines.join('\n');
}

const SEPARATORS: readonly string[] = [
  ' ',
  ' ',
  '  ',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  ':',
  '/',
  '#',
  '=',
  ',',
  ';',
];
const MORE_SEPARATORS: readonly string[] = [
  '\t',
  '.',
  '-',
  '@',
  '|',
  '<',
  '>',
  '%',
  '?',
  '&',
  '_',
  '://',
  '\\',
];
/** Indicator values, near misses and look-alikes the random lines are glued from. */
const PIECES: readonly string[] = [
  '198.51.100.7',
  '198.51.100.70',
  '1.198.51.100.7',
  '198.51.100.15',
  '192.0.2.100',
  '203.0.113.9',
  '2001:db8::bad:1',
  '2001:db8::bad:10',
  '2001:DB8:1:0:0:0:0:9',
  'fe80::1%eth0',
  'evil-update.example',
  'a.evil-update.example',
  'notevil-update.example',
  'EVIL-UPDATE.EXAMPLE.',
  'https://cdn.evil-update.example/a%2fb%7Ex.js?q=1',
  'HTTPS://user:pw@CDN.Evil-Update.Example.:443/a%2fb%7Ex.js?q=1',
  'http://cdn.evil-update.example/',
  'http://127.0.0.1./p',
  'http://0x7f.1/x',
  'https://bücher-phish.example/login',
  'https://xn--bcher-phish-dlb.example/login',
  'attacker@evil-update.example',
  'ops@bücher-phish.example',
  'x@y.z',
  '44d88612fea8a8f36de82e1278abb02f',
  '44D88612FEA8A8F36DE82E1278ABB02F',
  '44D88612FEA8A8F36DE82E1278ABB02F0',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'ab12',
  '12:34:56.789',
  'GET',
  '1795824001.001',
  'file.js',
  'xn--bcher-kva.example',
  'bücher-phish.example',
  'srv.intranet',
  '::1',
];

/**
 * `count` lines glued from indicator values, near misses and every kind of separator, seeded; a third of
 * the pieces come from `samples` (as given, with a prefix, cut, or in upper case) when there are any.
 */
export function randomLines(
  seed: number,
  count: number,
  samples: readonly string[] = [],
): Uint8Array {
  const next = seededPick(seed);
  const separators = [...SEPARATORS, ...MORE_SEPARATORS];
  const piece = () => {
    if (samples.length === 0 || next(3) > 0) return PIECES[next(PIECES.length)]!;
    const sample = samples[next(samples.length)]!;
    // Near misses: a prefix, a suffix or upper case of an indexed value.
    switch (next(5)) {
      case 0:
        return `x${sample}`;
      case 1:
        return sample.slice(1);
      case 2:
        return sample.toUpperCase();
      default:
        return sample;
    }
  };
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = '';
    const parts = 1 + next(8);
    for (let k = 0; k < parts; k++) line += piece() + separators[next(separators.length)]!;
    lines.push(i % 9 === 4 ? `${line}\r` : line);
  }
  return new TextEncoder().encode(lines.join('\n'));
}
