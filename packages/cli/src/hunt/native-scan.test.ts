/**
 * The native candidate scan (@vigil/scan-native) against the JavaScript scanner: the same hits in the
 * same order as the exhaustive reference (`new TokenScanner(index, true)`), on fixture logs, edge lines,
 * seeded random lines and multi-megabyte lines, for indexes the size of a 1k, a 100k and a 300k indicator
 * hunt.
 */
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_IOCS,
  fixtureLogTexts,
  hitsByLine,
  narrowOnly,
  randomLines,
} from '../../../../test-support/token-scan.ts';
import { seededPick } from '../../../../test-support/seeded.ts';
import { IndicatorIndex, nativeScanTables } from '@vigil/core/match';
import { TokenScanner } from '../../../core/src/match/scan-tokens.ts';
import { loadNativeScan } from '@vigil/scan-native';
import { chooseScanner } from './scanner-choice.ts';

const loaded = loadNativeScan();
const native = loaded instanceof Error ? undefined : loaded;

type Mode = 'native' | 'js' | 'exhaustive';
const scannerFor = (index: IndicatorIndex, mode: Mode) =>
  new TokenScanner(index, mode === 'exhaustive', mode === 'native' ? native : undefined);

/** Every hit of every line, one scan per line. */
const hitsByLineOf = (index: IndicatorIndex, texts: readonly Uint8Array[], mode: Mode) =>
  hitsByLine(scannerFor(index, mode), texts);

/** Every hit of each text scanned whole (many lines per scan, as the sweep does). */
function hitsByText(index: IndicatorIndex, texts: readonly Uint8Array[], mode: Mode): string[] {
  const scanner = scannerFor(index, mode);
  const hits: string[] = [];
  texts.forEach((text, file) => {
    scanner.forget();
    scanner.scan(text, 0, text.length, (kind, value, entries, at) => {
      for (const e of entries) hits.push(`${file}:${kind}:${value}:${e.spec}@${at}`);
    });
  });
  return hits;
}

const EXTRA_IOCS = [
  '198.51.100.0/28',
  '192.0.2.64/26',
  '2001:db8:1::/48',
  '2001:db8::bad:1',
  'http://127.0.0.1/p',
  'http://2130706433/x',
  'https://user:pw@cdn.evil-update.example/a%2fb%7Ex.js?q=1',
  'tcp://evil-update.example:9/',
  'smb://hAst.example/',
  'ftp://evil-update.example',
  'https://bücher-phish.example/login',
  'attacker@evil-update.example',
  'Ops@Bücher-Phish.example',
  'bücher-phish.example',
  '44D88612FEA8A8F36DE82E1278ABB02F',
  'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709',
];

/** Synthetic indicators (hosts, IPv4, SHA-256) so the tables get the sizes of a real hunt's. */
function synthetic(count: number, seed: number): string[] {
  const next = seededPick(seed);
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[next(16)]).join('');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    if (kind < 7)
      out.push(`w${i.toString(36)}.site${next(997)}.${['com', 'net', 'ru', 'io'][i % 4]}`);
    else if (kind < 9) out.push(`${11 + next(200)}.${next(256)}.${next(256)}.${next(256)}`);
    else out.push(hex(64));
  }
  return out;
}

function indexes(size: number): { index: IndicatorIndex; samples: string[] }[] {
  const samples = synthetic(size, size);
  const dotless = { ref: 'intranet', pattern: "[domain-name:value = 'intranet']" };
  return [
    { index: new IndicatorIndex([...narrowOnly(FIXTURE_IOCS), ...samples]), samples },
    {
      index: new IndicatorIndex([...FIXTURE_IOCS, ...EXTRA_IOCS, ...samples, dotless]),
      samples,
    },
  ];
}

describe.runIf(native !== undefined)('native candidate scan', () => {
  // 300k: the host table is big enough for its front bitmap (atom-table.ts), which the native probe reads too.
  for (const size of [1_000, 300_000]) {
    it(`gives the exhaustive scan's hits, in order, with ${size} indicators`, () => {
      const sets = indexes(size);
      expect(sets[0]!.index.data().domains.front !== undefined).toBe(size > 100_000);
      const texts = [
        ...fixtureLogTexts(),
        ...[1, 2, 3].map((seed) => randomLines(seed, 3000, sets[0]!.samples)),
      ];
      const kinds = new Set<string>();
      for (const { index } of sets) {
        const found = hitsByLineOf(index, texts, 'native');
        expect(found).toEqual(hitsByLineOf(index, texts, 'exhaustive'));
        expect(hitsByText(index, texts, 'native')).toEqual(hitsByText(index, texts, 'js'));
        expect(found.length).toBeGreaterThan(1000);
        for (const hit of found) kinds.add(hit.split(':')[1]!);
      }
      expect([...kinds].sort()).toEqual(['domain', 'email', 'hash', 'ipv4', 'ipv6', 'url']);
    });
  }

  it('gives the exhaustive hits on lines of several megabytes', () => {
    const [narrow, wide] = indexes(100_000);
    const line = (seed: number) =>
      randomLines(seed, 40_000, narrow!.samples).map((c) => (c === 10 ? 32 : c));
    const texts = [line(7), line(8)];
    expect(texts[0]!.length).toBeGreaterThan(2_000_000);
    for (const { index } of [narrow!, wide!]) {
      const found = hitsByText(index, texts, 'native');
      expect(found.length).toBeGreaterThan(10_000);
      expect(found).toEqual(hitsByText(index, texts, 'exhaustive'));
    }
  });
});

describe('candidate scan on a long wide token of many narrow ones', () => {
  // Each narrow token used to widen the whole wide token again (quadratic: minutes for this megabyte,
  // past the test timeout); the scans now remember a wide token without a colon.
  it('gives the exhaustive hits, JS and native alike, in linear time', () => {
    const index = new IndicatorIndex(['evil.example', 'http://evil.example/x', '198.51.100.7']);
    const text = new TextEncoder().encode('a.a/evil.example/1.2.3.4/198.51.100.7/'.repeat(30_000));
    const modes: Mode[] = native ? ['native', 'js', 'exhaustive'] : ['js', 'exhaustive'];
    const [first, ...rest] = modes.map((mode) => hitsByText(index, [text], mode));
    expect(first!.length).toBe(60_000);
    for (const other of rest) expect(other).toEqual(first);
  });
});

describe('native scanner loading', () => {
  it.runIf(process.env.CI === 'true')('loads the addon in CI (no silent fallback)', () => {
    expect(loaded).not.toBeInstanceOf(Error);
    expect(chooseScanner({ CI: 'true' }).name).toBe('native');
  });

  it('hunts with the JavaScript scanner when VIGIL_HUNT_SCANNER=js', () => {
    expect(chooseScanner({ VIGIL_HUNT_SCANNER: 'js' })).toEqual({ name: 'js' });
  });

  it('falls back to the JavaScript scanner, saying why, when the addon does not load', () => {
    const missing = () => new Error("Cannot find module '../build/Release/vigil_scan.node'\nstack");
    expect(chooseScanner({}, missing)).toEqual({
      name: 'js',
      fallback:
        "native scanner not loaded (Cannot find module '../build/Release/vigil_scan.node'): using the JavaScript one",
    });
  });
});

describe.runIf(native !== undefined)('native scanner edge', () => {
  const index = new IndicatorIndex(['evil.example', '198.51.100.7']);
  const tables = nativeScanTables(index.data());
  // The body of a skipped describe still runs: no native call here without the addon.
  const scan = native ? native(tables) : { scan: () => 0 };
  const bytes = new TextEncoder().encode('GET x.evil.example 198.51.100.7');
  const out = new Int32Array(64);

  it('reports hits as (kind, start, end, atom) quads', () => {
    expect(scan.scan(bytes, 0, bytes.length, out)).toBe(2);
    expect([...out.subarray(0, 8)]).toEqual([2, 4, 18, 0, 0, 19, 31, 0]);
    // Too small an output: the count says how much room is needed, nothing is written past it.
    const small = new Int32Array(5).fill(-9);
    expect(scan.scan(bytes, 0, bytes.length, small)).toBe(2);
    expect(small[4]).toBe(-9);
  });

  it('refuses wrong arguments with a TypeError and bad ranges with a RangeError', () => {
    const raw = scan.scan.bind(scan) as (...args: unknown[]) => number;
    expect(() => raw('text', 0, 4, out)).toThrow(TypeError);
    expect(() => raw(bytes, 0, 4, new Uint32Array(8))).toThrow(TypeError);
    expect(() => raw(bytes, 0.5, 4, out)).toThrow(TypeError);
    expect(() => raw(bytes, '0', 4, out)).toThrow(TypeError);
    expect(() => scan.scan(bytes, 0, bytes.length + 1, out)).toThrow(RangeError);
    expect(() => scan.scan(bytes, 5, 4, out)).toThrow(RangeError);
    expect(() => scan.scan(bytes, -1, 4, out)).toThrow(RangeError);
    expect(() => scan.scan(bytes.subarray(0, 4), 0, 5, out)).toThrow(RangeError);
  });

  it('refuses tables that would make a probe read out of bounds', () => {
    const make = native! as (t: unknown) => unknown;
    expect(() => make(undefined)).toThrow(TypeError);
    expect(() => make({ ...tables, has: undefined })).toThrow(TypeError);
    expect(() => make({ ...tables, ipv4Blocks: new Int32Array(3) })).toThrow(RangeError);
    const domains = tables.domains;
    expect(() => make({ ...tables, domains: { ...domains, slots: new Int32Array(6) } })).toThrow(
      RangeError,
    );
    const bad = new Int32Array(domains.slots);
    bad[1] = 1e6;
    expect(() => make({ ...tables, domains: { ...domains, slots: bad } })).toThrow(RangeError);
    const full = new Int32Array(domains.slots.length).fill(1);
    expect(() => make({ ...tables, domains: { ...domains, slots: full } })).toThrow(RangeError);
    const starts = new Int32Array(domains.starts!).fill(1e6, 1);
    expect(() => make({ ...tables, domains: { ...domains, starts } })).toThrow(RangeError);
    expect(() => make({ ...tables, domains: { ...domains, arena: [1, 2] } })).toThrow(TypeError);
    const ranges = { ipv4RangeStarts: new Float64Array(2), ipv4RangeEnds: new Float64Array(1) };
    expect(() => make({ ...tables, ...ranges })).toThrow(RangeError);
    expect(() => make({ ...tables, ipv4RangeEnds: new Int32Array(0) })).toThrow(TypeError);
  });
});
