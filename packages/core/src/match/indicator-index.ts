/**
 * The indicator index: every indicator broken into atoms (one observable value each) kept in hash maps
 * and sorted CIDR range tables, so a candidate token costs a few hash lookups or one binary search no
 * matter how many indicators there are.
 */
import { parseIPv4, parseIPv4Cidr, parseIPv6Cidr } from './ip.ts';
import { hashAlgorithm, normalizeEmail, normalizeHost, normalizeUrl, refang } from './normalize.ts';
import { HashFilter } from './hash-filter.ts';
import { RangeTable } from './range-table.ts';
import { tokenHash } from './token-hash.ts';
import {
  type PatternExpr,
  SUPPORTED_OPERATORS,
  comparisons,
  parsePatternSubset,
} from './pattern-subset.ts';
import { atomKindOfPath, isFieldPath } from './sco-paths.ts';
import type { AtomKind, IndexEntry, IndicatorSpec, UnsupportedIndicator } from './types.ts';

/**
 * Entries of one atom. Most atoms have one unconditional entry: it is stored as the bare spec number,
 * which keeps a million-indicator index small (no array and no object per atom).
 */
type Bucket = number | IndexEntry[];

function add<K>(map: Map<K, Bucket>, key: K, entry: IndexEntry): void {
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, entry.condition ? [entry] : entry.spec);
  else if (typeof bucket === 'number') map.set(key, [{ spec: bucket }, entry]);
  else bucket.push(entry);
}

const entries = (bucket: Bucket | undefined): readonly IndexEntry[] | undefined =>
  bucket === undefined ? undefined : typeof bucket === 'number' ? [{ spec: bucket }] : bucket;

const HOST_SHAPE = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+\.?$/u;

export class IndicatorIndex {
  readonly unsupported: UnsupportedIndicator[] = [];
  private readonly ipv4Exact = new Map<number, Bucket>();
  private ipv4Ranges: RangeTable<number, IndexEntry> | undefined;
  private readonly ipv6Exact = new Map<bigint, Bucket>();
  private ipv6Ranges: RangeTable<bigint, IndexEntry> | undefined;
  private readonly domains = new Map<string, Bucket>();
  /** tokenHash of every indexed host / digest: the scanner's allocation-free first test. */
  readonly domainHashes = new HashFilter();
  readonly digestHashes = new HashFilter();
  /** Every exact IPv4 indicator: a miss is dismissed without touching the Map. */
  private readonly ipv4Filter = new HashFilter();
  private readonly urls = new Map<string, Bucket>();
  private readonly emails = new Map<string, Bucket>();
  private readonly hashes = new Map<string, Bucket>();
  /** scoPath → normalized value → entries, for comparisons only structured records can answer. */
  private readonly fields = new Map<string, Map<string, Bucket>>();
  /** Number of atoms per kind, so the scanner skips work for kinds with none. */
  readonly counts: Record<AtomKind, number> = {
    ipv4: 0,
    ipv6: 0,
    domain: 0,
    url: 0,
    email: 0,
    hash: 0,
    field: 0,
  };
  /** Pattern branches with no =/IN to look up (LIKE/MATCHES only): tested against every record. */
  readonly scanned: IndexEntry[] = [];
  /** True when some entry needs a parsed record (conditions or field atoms). */
  needsRecords = false;

  /** A bare string stands for `{ ref: value, value }` (plain lists: no object per indicator). */
  constructor(specs: readonly (IndicatorSpec | string)[]) {
    const v4: { first: number; last: number; value: IndexEntry }[] = [];
    const v6: { first: bigint; last: bigint; value: IndexEntry }[] = [];
    specs.forEach((spec, i) => {
      const reason =
        typeof spec === 'string'
          ? this.addValue(spec, i, v4, v6)
          : spec.pattern !== undefined
            ? this.addPattern(spec.pattern, i, v4, v6)
            : this.addValue(spec.value ?? '', i, v4, v6);
      if (reason)
        this.unsupported.push({ ref: typeof spec === 'string' ? spec : spec.ref, reason });
    });
    if (v4.length > 0) this.ipv4Ranges = new RangeTable(v4, (k) => k + 1);
    if (v6.length > 0) this.ipv6Ranges = new RangeTable(v6, (k) => k + 1n);
  }

  /** Adds a bare value of the given kind (or guessed kind); returns a reason when it cannot be indexed. */
  private addAtom(
    kind: AtomKind | 'ip' | undefined,
    raw: string,
    entry: IndexEntry,
    v4: { first: number; last: number; value: IndexEntry }[],
    v6: { first: bigint; last: bigint; value: IndexEntry }[],
  ): string | undefined {
    const text = /[[({]|^[hf]xx/i.test(raw) ? refang(raw) : raw.trim();
    const guessed = kind === 'ip' ? (guessKind(text) ?? 'ip') : (kind ?? guessKind(text));
    if (!guessed) return `not a recognizable observable: ${text.slice(0, 80)}`;
    this.counts[guessed === 'ip' ? (text.includes(':') ? 'ipv6' : 'ipv4') : guessed]++;
    switch (guessed) {
      case 'ip':
      case 'ipv4':
      case 'ipv6': {
        if (!text.includes(':')) {
          const exact = parseIPv4(text);
          if (exact !== undefined) {
            this.ipv4Filter.add(exact);
            return void add(this.ipv4Exact, exact, entry);
          }
          const cidr = parseIPv4Cidr(text);
          if (!cidr) return `invalid IPv4 address or CIDR: ${text}`;
          if (cidr.first === cidr.last) {
            this.ipv4Filter.add(cidr.first);
            add(this.ipv4Exact, cidr.first, entry);
          } else v4.push({ ...cidr, value: entry });
          return undefined;
        }
        const cidr = parseIPv6Cidr(text);
        if (!cidr) return `invalid IPv6 address or CIDR: ${text}`;
        if (cidr.first === cidr.last) add(this.ipv6Exact, cidr.first, entry);
        else v6.push({ ...cidr, value: entry });
        return undefined;
      }
      case 'domain': {
        const host = normalizeHost(text);
        if (!host) return `invalid host name: ${text}`;
        this.domainHashes.add(tokenHash(host));
        return void add(this.domains, host, entry);
      }
      case 'url': {
        const url = normalizeUrl(text);
        if (!url) return `invalid URL: ${text}`;
        return void add(this.urls, url, entry);
      }
      case 'email': {
        const email = normalizeEmail(text);
        if (!email) return `invalid e-mail address: ${text}`;
        return void add(this.emails, email, entry);
      }
      case 'hash': {
        if (!hashAlgorithm(text)) return `not an MD5/SHA-1/SHA-256/SHA-512 hex digest: ${text}`;
        this.digestHashes.add(tokenHash(text));
        return void add(this.hashes, text.toLowerCase(), entry);
      }
      case 'field':
        return 'field atoms need a path';
    }
  }

  private addValue(
    value: string,
    spec: number,
    v4: { first: number; last: number; value: IndexEntry }[],
    v6: { first: bigint; last: bigint; value: IndexEntry }[],
  ): string | undefined {
    return this.addAtom(undefined, value, { spec }, v4, v6);
  }

  private addPattern(
    pattern: string,
    spec: number,
    v4: { first: number; last: number; value: IndexEntry }[],
    v6: { first: bigint; last: bigint; value: IndexEntry }[],
  ): string | undefined {
    let expr: PatternExpr;
    try {
      expr = parsePatternSubset(pattern);
    } catch (error) {
      return `unsupported pattern: ${error instanceof Error ? error.message : String(error)}`;
    }
    for (const cmp of comparisons(expr)) {
      if (!SUPPORTED_OPERATORS.has(cmp.op))
        return `operator ${cmp.op} is not evaluated (no linear-time engine)`;
      if (!atomKindOfPath(cmp.path) && !isFieldPath(cmp.path))
        return `no log field maps to ${cmp.path}`;
    }
    const branches = expr.kind === 'or' ? flattenOr(expr) : [expr];
    for (const branch of branches) {
      const anchors = branch.kind === 'cmp' ? [branch] : branch.kind === 'and' ? branch.items : [];
      const anchor =
        anchors.find((c) => c.kind === 'cmp' && isAnchor(c) && atomKindOfPath(c.path)) ??
        anchors.find((c) => c.kind === 'cmp' && isAnchor(c));
      if (anchor?.kind !== 'cmp') {
        if (!isScannable(branch))
          return 'needs an =, IN, LIKE or MATCHES comparison (a != alone matches almost everything)';
        // No value to look up: evaluated on every structured record (cost grows with their number).
        this.scanned.push({ spec, condition: branch });
        this.needsRecords = true;
        this.counts.field++;
        continue;
      }
      const entry: IndexEntry = branch === anchor ? { spec } : { spec, condition: branch };
      if (entry.condition) this.needsRecords = true;
      const kind = atomKindOfPath(anchor.path);
      for (const value of anchor.values) {
        if (kind) {
          const reason = this.addAtom(kind, String(value), entry, v4, v6);
          if (reason) return reason;
        } else {
          this.needsRecords = true;
          this.counts.field++;
          let byValue = this.fields.get(anchor.path);
          if (!byValue) this.fields.set(anchor.path, (byValue = new Map<string, Bucket>()));
          add(byValue, String(value), entry);
        }
      }
    }
    return undefined;
  }

  ipv4(address: number): readonly IndexEntry[] | undefined {
    const exact = this.ipv4Filter.has(address) ? entries(this.ipv4Exact.get(address)) : undefined;
    const range = this.ipv4Ranges?.lookup(address);
    return exact && range ? [...exact, ...range] : (exact ?? range);
  }

  ipv6(address: bigint): readonly IndexEntry[] | undefined {
    const exact = entries(this.ipv6Exact.get(address));
    const range = this.ipv6Ranges?.lookup(address);
    return exact && range ? [...exact, ...range] : (exact ?? range);
  }

  /** A host hits an indicator on itself or on any parent domain (`a.b.evil.com` → `evil.com`). */
  domain(host: string, onHit: (domain: string, entries: readonly IndexEntry[]) => void): void {
    let at = 0;
    while (at >= 0) {
      const suffix = at === 0 ? host : host.slice(at);
      const found = entries(this.domains.get(suffix));
      if (found) onHit(suffix, found);
      const dot = host.indexOf('.', at);
      at = dot < 0 ? -1 : dot + 1;
    }
  }

  /** Entries of exactly this (normalized) host, without parent domains. */
  domainEntries(host: string): readonly IndexEntry[] | undefined {
    return entries(this.domains.get(host));
  }

  url(normalized: string): readonly IndexEntry[] | undefined {
    return entries(this.urls.get(normalized));
  }
  email(normalized: string): readonly IndexEntry[] | undefined {
    return entries(this.emails.get(normalized));
  }
  hash(lowerHex: string): readonly IndexEntry[] | undefined {
    return entries(this.hashes.get(lowerHex));
  }
  field(scoPath: string, value: string): readonly IndexEntry[] | undefined {
    return entries(this.fields.get(scoPath)?.get(value));
  }
  hasFieldPath(scoPath: string): boolean {
    return this.fields.has(scoPath);
  }
}

const isAnchor = (e: PatternExpr): boolean =>
  e.kind === 'cmp' && !e.negated && (e.op === '=' || e.op === 'IN');

/** A branch some positive LIKE/MATCHES must hold for (so it cannot fire on every record). */
const isScannable = (e: PatternExpr): boolean =>
  e.kind === 'cmp'
    ? !e.negated && (e.op === 'LIKE' || e.op === 'MATCHES')
    : e.kind === 'and' && e.items.some(isScannable);

function flattenOr(expr: PatternExpr): PatternExpr[] {
  return expr.kind === 'or' ? expr.items.flatMap(flattenOr) : [expr];
}

/** Kind of a bare value from a plain IOC list. */
export function guessKind(text: string): AtomKind | 'ip' | undefined {
  if (text.includes('://')) return 'url';
  if (hashAlgorithm(text)) return 'hash';
  if (/^[\d./]+$/.test(text) || (text.includes(':') && /^[\da-f:./%]+$/i.test(text))) return 'ip';
  if (text.includes('@')) return 'email';
  if (HOST_SHAPE.test(text)) return 'domain';
  return undefined;
}
