/**
 * Deterministic hunting benchmark data: proxy (squid), DNS (BIND query log) and ECS JSON-lines logs with
 * planted indicator hits and substring decoys, plus nested indicator sets (the 1k set is a prefix of the
 * 100k set, which is a prefix of the 1M set) so every set has the same planted hits.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export const GENERATOR_VERSION = 'hunt-logs-v2';

export interface Planted {
  readonly file: string;
  readonly line: number;
  readonly indicator: string;
}

export interface BenchData {
  readonly dir: string;
  readonly files: readonly string[];
  readonly bytes: number;
  readonly planted: readonly Planted[];
  /** (file, line) of lines holding only a decoy: a hit there is a false positive. */
  readonly decoys: readonly { file: string; line: number }[];
  readonly iocFile: (count: number) => string;
}

/** Mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'alpha',
  'cloud',
  'update',
  'cdn',
  'static',
  'mail',
  'login',
  'secure',
  'portal',
  'media',
  'api',
  'files',
  'sync',
  'data',
  'news',
  'shop',
];
const TLDS = ['com', 'net', 'org', 'info', 'io', 'ru', 'xyz', 'top'];
const hex = (r: () => number, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
};

/** Indicator i of the nested sets: domains and IPv4 (never in 10/8 or 198.18/15, used by background) and SHA-256. */
export function indicatorValue(i: number): string {
  const r = rng(i * 7919 + 17);
  switch (i % 5) {
    case 0:
    case 1:
      return `${WORDS[i % WORDS.length]}-${i.toString(36)}.${TLDS[Math.floor(r() * TLDS.length)]}`;
    case 2:
    case 3: {
      // Multiplying by an odd constant modulo 2^32 is a bijection: distinct i, distinct address.
      const v = Number((BigInt(i) * 2654435761n + 0x2d000000n) % 4294967296n);
      const a = v >>> 24;
      if (a === 10 || a === 198 || a === 0 || a >= 224 || a === 127)
        return `${WORDS[i % WORDS.length]}-${i.toString(36)}.net`;
      return `${a}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
    }
    default:
      // First nibble 0-7 for indicators, 8-f for background hashes: the two never collide.
      return `${Math.floor(r() * 8).toString(16)}${hex(r, 63)}`;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

interface Kind {
  readonly name: string;
  readonly line: (r: () => number, n: number, host: string, ip: string, hash: string) => string;
}

const time = (n: number) => {
  const s = n % 86400;
  return { hh: pad(Math.floor(s / 3600)), mm: pad(Math.floor(s / 60) % 60), ss: pad(s % 60) };
};

const KINDS: readonly Kind[] = [
  {
    name: 'proxy',
    line: (r, n, host, ip) =>
      `${1795824000 + (n % 86400)}.${pad(n % 1000, 3)} ${Math.floor(r() * 900)} 10.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)} TCP_MISS/200 ${Math.floor(r() * 90000)} GET http://${host}/${WORDS[n % 16]}/${n.toString(36)}.js - HIER_DIRECT/${ip} application/javascript`,
  },
  {
    name: 'dns',
    line: (r, n, host) => {
      const t = time(n);
      return `28-Nov-2026 ${t.hh}:${t.mm}:${t.ss}.${pad(n % 1000, 3)} queries: info: client @0x7f3a 10.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}#${1024 + Math.floor(r() * 60000)} (${host}): query: ${host} IN A +E(0)K (10.0.0.53)`;
    },
  },
  {
    name: 'ecs',
    line: (r, n, host, ip, hash) => {
      const t = time(n);
      return JSON.stringify({
        '@timestamp': `2026-11-28T${t.hh}:${t.mm}:${t.ss}.${pad(n % 1000, 3)}Z`,
        event: { kind: 'event', category: ['network'], dataset: 'proxy' },
        source: {
          ip: `10.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}`,
          port: 40000 + (n % 20000),
        },
        destination: { ip, port: 443 },
        url: { full: `https://${host}/${WORDS[n % 16]}?id=${n}` },
        dns: { question: { name: host } },
        file: { hash: { sha256: hash } },
      });
    },
  },
];

/** Background value pools: never equal to, nor a subdomain of, any indicator (no hyphenated labels). */
function backgroundPools(r: () => number): { hosts: string[]; ips: string[]; hashes: string[] } {
  const hosts: string[] = [];
  for (let i = 0; i < 20000; i++)
    hosts.push(`${r() < 0.5 ? 'www.' : ''}${WORDS[i % 16]}${i}.${TLDS[i % TLDS.length]}`);
  const ips: string[] = [];
  for (let i = 0; i < 20000; i++) ips.push(`198.${18 + (i % 2)}.${(i >> 8) & 255}.${i & 255}`);
  const hashes: string[] = [];
  for (let i = 0; i < 5000; i++)
    hashes.push(`${(8 + Math.floor(r() * 8)).toString(16)}${hex(r, 63)}`);
  return { hosts, ips, hashes };
}

/** Generates (or reuses, when the manifest matches) about `totalMb` MB of logs under `dir`. */
export function generateBenchData(dir: string, totalMb = 300): BenchData {
  const manifestPath = join(dir, 'manifest.json');
  const key = `${GENERATOR_VERSION}:${totalMb}`;
  mkdirSync(dir, { recursive: true });
  const iocFile = (count: number): string => {
    const path = join(dir, `iocs-${count}.txt`);
    if (!existsSync(path)) {
      const lines: string[] = [];
      for (let i = 0; i < count; i++) lines.push(indicatorValue(i));
      writeFileSync(path, `${lines.join('\n')}\n`);
    }
    return path;
  };
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Omit<
      BenchData,
      'iocFile'
    > & { key: string };
    if (manifest.key === key) return { ...manifest, iocFile };
  }
  const r = rng(20261128);
  const pools = backgroundPools(r);
  const files: string[] = [];
  const planted: Planted[] = [];
  const decoys: { file: string; line: number }[] = [];
  let bytes = 0;
  const perFile = (totalMb * 1e6) / (KINDS.length * 2);
  let plantSeq = 0;
  for (const kind of KINDS) {
    for (let part = 0; part < 2; part++) {
      const file = join(dir, `${kind.name}-${part}.${kind.name === 'ecs' ? 'jsonl' : 'log'}`);
      const fd = openSync(file, 'w');
      let written = 0;
      let n = 0;
      let buffer: string[] = [];
      while (written < perFile) {
        n++;
        let host = pools.hosts[Math.floor(r() * pools.hosts.length)]!;
        let ip = pools.ips[Math.floor(r() * pools.ips.length)]!;
        let hash = pools.hashes[Math.floor(r() * pools.hashes.length)]!;
        // Every 5000th line plants a real hit; every 5000th (offset) line plants a substring decoy.
        if (n % 5000 === 1234) {
          const indicator = indicatorValue(plantSeq++ % 1000);
          if (indicator.length === 64) hash = indicator;
          else if (/^\d/.test(indicator)) ip = indicator;
          else host = `a.b.${indicator}`;
          if (kind.name === 'dns' && indicator.length === 64)
            host = indicator.slice(0, 20) + '.example';
          if (kind.name === 'dns' && /^\d/.test(indicator)) host = `${indicator}.in-addr.example`;
          if (kind.name === 'proxy' && indicator.length === 64) host = `cdn.example/${indicator}`;
          if (!(kind.name === 'dns' && (indicator.length === 64 || /^\d/.test(indicator))))
            planted.push({ file, line: n, indicator });
        } else if (n % 5000 === 3456) {
          const indicator = indicatorValue(plantSeq++ % 1000);
          if (indicator.length === 64) hash = `${indicator}00`;
          else if (/^\d/.test(indicator)) ip = `${indicator}5`;
          else host = r() < 0.5 ? `not${indicator}` : `${indicator}.cdn.net`;
          decoys.push({ file, line: n });
        }
        const line = kind.line(r, n, host, ip, hash);
        buffer.push(line);
        written += line.length + 1;
        if (buffer.length >= 10000) {
          writeSync(fd, `${buffer.join('\n')}\n`);
          buffer = [];
        }
      }
      if (buffer.length > 0) writeSync(fd, `${buffer.join('\n')}\n`);
      closeSync(fd);
      files.push(file);
      bytes += written;
    }
  }
  const data = { dir, files, bytes, planted, decoys };
  writeFileSync(manifestPath, JSON.stringify({ key, ...data }));
  return { ...data, iocFile };
}
