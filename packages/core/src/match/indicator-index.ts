/**
 * The indicator index (IndicatorIndex, at the end) and its builder (IndexBuilder): every indicator broken
 * into atoms, one observable value each.
 */
import { parseIPv4, parseIPv4Cidr, parseIPv6Cidr } from './ip.ts';
import {
  hashAlgorithm,
  normalizeEmail,
  normalizeHost,
  normalizeUrl,
  refangIfDefanged,
} from './normalize.ts';
import { type AddedAtom, AtomTable, AtomTableBuilder, type AtomTableData } from './atom-table.ts';
import { EntryLists } from './entry-lists.ts';
import { urlHostKeyOf } from './url-host.ts';
import { type RangeData, RangeTable } from './range-table.ts';
import {
  type PatternExpr,
  SUPPORTED_OPERATORS,
  comparisons,
  parsePatternSubset,
} from './pattern-subset.ts';
import { atomKindOfPath, isFieldPath } from './sco-paths.ts';
import type { AtomKind, IndexEntry, IndicatorSpec, UnsupportedIndicator } from './types.ts';

/**
 * Specs to index by position: an array (a bare string stands for `{ ref: value, value }`) or a
 * PackedSpecs.
 */
export interface SpecSource {
  readonly length: number;
  at(index: number): IndicatorSpec | string | undefined;
}

type Range<K> = { first: K; last: K; value: IndexEntry };

const HOST_SHAPE = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+\.?$/u;

/**
 * The index as plain data: typed arrays over SharedArrayBuffers (shared with worker threads, not
 * copied) plus the few structured-cloned parts (entry lists, CIDR segments, field comparisons).
 */
export interface IndexData {
  readonly ipv4: AtomTableData;
  readonly ipv6: AtomTableData;
  readonly domains: AtomTableData;
  /** Last label of every indexed host (`com`, `example`): a logged host ending otherwise needs no probe. */
  readonly hostLastLabels: AtomTableData;
  readonly urls: AtomTableData;
  /** urlHostKey of every indexed URL with a plain host (url-host.ts). */
  readonly urlHosts: AtomTableData;
  readonly emails: AtomTableData;
  readonly hashes: AtomTableData;
  readonly lists: IndexEntry[][];
  readonly ipv4Ranges: RangeData<number, IndexEntry> | undefined;
  /**
   * One bit per /16 holding some indexed IPv4 address or range (8 KB, stays cached): the many logged
   * addresses in blocks no indicator touches (internal 10/8, 192.168/16…) cost no probe of the big table.
   */
  readonly ipv4Blocks: Int32Array;
  readonly ipv6Ranges: RangeData<bigint, IndexEntry> | undefined;
  /** scoPath → value → entry head, for comparisons only structured records can answer. */
  readonly fields: Map<string, Map<string, number>>;
  readonly scanned: IndexEntry[];
  readonly counts: Record<AtomKind, number>;
  readonly needsRecords: boolean;
  /** Indexed host names without a dot (`localhost`), which every last label of a host is probed for. */
  readonly dotlessHosts: number;
  readonly unsupported: UnsupportedIndicator[];
}

/** Breaks specs into atoms; used once per hunt, by the main thread. */
class IndexBuilder {
  readonly unsupported: UnsupportedIndicator[] = [];
  private readonly lists = new EntryLists();
  private readonly ipv4 = new AtomTableBuilder(true);
  private readonly ipv6 = new AtomTableBuilder(false);
  private readonly domains = new AtomTableBuilder(false);
  private readonly hostLastLabels = new AtomTableBuilder(false);
  private readonly urls = new AtomTableBuilder(false);
  private readonly urlHosts = new AtomTableBuilder(true);
  private readonly emails = new AtomTableBuilder(false);
  /** Digests are random: 16 hex digits make a well-spread key. */
  private readonly hashes = new AtomTableBuilder(false, 16);
  private readonly v4: Range<number>[] = [];
  private readonly ipv4Blocks = new Int32Array(new SharedArrayBuffer(65536 / 8));
  private readonly v6: Range<bigint>[] = [];
  private readonly fields = new Map<string, Map<string, number>>();
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
  /**
   * True when some indicator can hit a record whose raw line holds no indexed token: comparisons
   * anchored on a non-observable field (`process:name = …`) and branches with only LIKE/MATCHES. The
   * raw-line prefilter of structured lines is then off.
   */
  needsRecords = false;
  private dotlessHosts = 0;

  /** A bare string stands for `{ ref: value, value }` (plain lists: no object per indicator). */
  constructor(specs: SpecSource) {
    for (let i = 0; i < specs.length; i++) {
      const spec = specs.at(i)!;
      const reason =
        typeof spec === 'string'
          ? this.addValue(spec, i)
          : spec.pattern !== undefined
            ? this.addPattern(spec.pattern, i)
            : this.addValue(spec.value ?? '', i);
      if (reason)
        this.unsupported.push({ ref: typeof spec === 'string' ? spec : spec.ref, reason });
    }
  }

  data(): IndexData {
    return {
      ipv4: this.ipv4.freeze().data(),
      ipv6: this.ipv6.freeze().data(),
      domains: this.domains.freeze().data(),
      hostLastLabels: this.hostLastLabels.freeze().data(),
      urls: this.urls.freeze().data(),
      urlHosts: this.urlHosts.freeze().data(),
      emails: this.emails.freeze().data(),
      hashes: this.hashes.freeze().data(),
      lists: this.lists.lists,
      ipv4Ranges: this.v4.length > 0 ? RangeTable.build(this.v4, (k) => k + 1).data : undefined,
      ipv4Blocks: this.ipv4Blocks,
      ipv6Ranges: this.v6.length > 0 ? RangeTable.build(this.v6, (k) => k + 1n).data : undefined,
      fields: this.fields,
      scanned: this.scanned,
      counts: this.counts,
      needsRecords: this.needsRecords,
      dotlessHosts: this.dotlessHosts,
      unsupported: this.unsupported,
    };
  }

  private attach(table: AtomTableBuilder, found: AddedAtom, entry: IndexEntry): void {
    table.setHead(
      found.atom,
      this.lists.add(found.isNew ? undefined : table.head(found.atom), entry),
    );
  }

  /** Adds a bare value of the given kind (or guessed kind); returns a reason when it cannot be indexed. */
  private addAtom(
    kind: AtomKind | 'ip' | undefined,
    raw: string,
    entry: IndexEntry,
  ): string | undefined {
    const text = refangIfDefanged(raw);
    const guessed = kind === 'ip' ? (guessKind(text) ?? 'ip') : (kind ?? guessKind(text));
    if (!guessed) return `not a recognizable observable: ${text.slice(0, 80)}`;
    this.counts[guessed === 'ip' ? (text.includes(':') ? 'ipv6' : 'ipv4') : guessed]++;
    switch (guessed) {
      case 'ip':
      case 'ipv4':
      case 'ipv6': {
        if (!text.includes(':')) {
          const exact = parseIPv4(text);
          const cidr = exact === undefined ? parseIPv4Cidr(text) : { first: exact, last: exact };
          if (!cidr) return `invalid IPv4 address or CIDR: ${text}`;
          for (let block = cidr.first >>> 16; block <= cidr.last >>> 16; block++)
            this.ipv4Blocks[block >>> 5]! |= 1 << (block & 31);
          if (cidr.first === cidr.last) this.attach(this.ipv4, this.ipv4.addKey(cidr.first), entry);
          else this.v4.push({ ...cidr, value: entry });
          return undefined;
        }
        const cidr = parseIPv6Cidr(text);
        if (!cidr) return `invalid IPv6 address or CIDR: ${text}`;
        if (cidr.first === cidr.last)
          this.attach(this.ipv6, this.ipv6.addString(ipv6Key(cidr.first)), entry);
        else this.v6.push({ ...cidr, value: entry });
        return undefined;
      }
      case 'domain': {
        const host = normalizeHost(text);
        if (!host) return `invalid host name: ${text}`;
        const added = this.domains.addString(host);
        if (added.isNew) {
          if (!host.includes('.')) this.dotlessHosts++;
          this.hostLastLabels.addString(host.slice(host.lastIndexOf('.') + 1));
        }
        return void this.attach(this.domains, added, entry);
      }
      case 'url': {
        const url = normalizeUrl(text);
        if (!url) return `invalid URL: ${text}`;
        const host = urlHostKeyOf(url);
        if (host !== undefined) this.urlHosts.addKey(host);
        return void this.attach(this.urls, this.urls.addString(url), entry);
      }
      case 'email': {
        const email = normalizeEmail(text);
        if (!email) return `invalid e-mail address: ${text}`;
        return void this.attach(this.emails, this.emails.addString(email), entry);
      }
      case 'hash': {
        if (!hashAlgorithm(text)) return `not an MD5/SHA-1/SHA-256/SHA-512 hex digest: ${text}`;
        return void this.attach(this.hashes, this.hashes.addString(text.toLowerCase()), entry);
      }
      case 'field':
        return 'field atoms need a path';
    }
  }

  private addValue(value: string, spec: number): string | undefined {
    return this.addAtom(undefined, value, { spec });
  }

  private addPattern(pattern: string, spec: number): string | undefined {
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
      // A condition anchored on an observable needs no flag: the record cannot hit unless the raw line
      // holds the anchor's token, so the raw-line prefilter stays valid.
      const entry: IndexEntry = branch === anchor ? { spec } : { spec, condition: branch };
      const kind = atomKindOfPath(anchor.path);
      for (const value of anchor.values) {
        if (kind) {
          const reason = this.addAtom(kind, String(value), entry);
          if (reason) return reason;
        } else {
          this.needsRecords = true;
          this.counts.field++;
          let byValue = this.fields.get(anchor.path);
          if (!byValue) this.fields.set(anchor.path, (byValue = new Map<string, number>()));
          byValue.set(String(value), this.lists.add(byValue.get(String(value)), entry));
        }
      }
    }
    return undefined;
  }
}

/**
 * The indicator index: every indicator broken into atoms (one observable value each) kept in shared
 * hash tables and sorted CIDR segment tables, so a candidate token costs a few probes or one binary
 * search no matter how many indicators there are. Built from specs once (main thread); a worker gets
 * `data()` in a message and wraps it with `new IndicatorIndex(data)`, sharing the tables.
 */
export class IndicatorIndex {
  readonly unsupported: UnsupportedIndicator[];
  readonly ipv4Atoms: AtomTable;
  readonly ipv6Atoms: AtomTable;
  /** Normalized host names; the scanner probes it with right-to-left suffix hashes (no allocation). */
  readonly domainAtoms: AtomTable;
  readonly hostLastLabels: AtomTable;
  readonly urlAtoms: AtomTable;
  /** Host keys of the indexed URLs: a logged URL whose plain host has none is not normalized. */
  readonly urlHostKeys: AtomTable;
  readonly emailAtoms: AtomTable;
  /** Lower-case hex digests. */
  readonly hashAtoms: AtomTable;
  private readonly lists: EntryLists;
  private readonly ipv4Ranges: RangeTable<number, IndexEntry> | undefined;
  private readonly ipv4Blocks: Int32Array;
  private readonly ipv6Ranges: RangeTable<bigint, IndexEntry> | undefined;
  private readonly fields: Map<string, Map<string, number>>;
  readonly scanned: readonly IndexEntry[];
  readonly counts: Readonly<Record<AtomKind, number>>;
  readonly needsRecords: boolean;
  readonly dotlessHosts: number;
  private readonly shared: IndexData;

  /** Specs to index (a bare string stands for `{ ref: value, value }`), or another index's `data()`. */
  constructor(source: SpecSource | IndexData) {
    const data = isIndexData(source) ? source : new IndexBuilder(source).data();
    this.shared = data;
    this.unsupported = data.unsupported;
    this.ipv4Atoms = new AtomTable(data.ipv4);
    this.ipv6Atoms = new AtomTable(data.ipv6);
    this.domainAtoms = new AtomTable(data.domains);
    this.hostLastLabels = new AtomTable(data.hostLastLabels);
    this.urlAtoms = new AtomTable(data.urls);
    this.urlHostKeys = new AtomTable(data.urlHosts);
    this.emailAtoms = new AtomTable(data.emails);
    this.hashAtoms = new AtomTable(data.hashes);
    this.lists = new EntryLists(data.lists);
    this.ipv4Ranges = data.ipv4Ranges && new RangeTable(data.ipv4Ranges);
    this.ipv4Blocks = data.ipv4Blocks;
    this.ipv6Ranges = data.ipv6Ranges && new RangeTable(data.ipv6Ranges);
    this.fields = data.fields;
    this.scanned = data.scanned;
    this.counts = data.counts;
    this.needsRecords = data.needsRecords;
    this.dotlessHosts = data.dotlessHosts;
  }

  /** Plain data for a worker thread: the hash tables are shared, not copied. */
  data(): IndexData {
    return this.shared;
  }

  /** Entries of atom `atom` of `table` (one of this index's tables). */
  entriesOf(table: AtomTable, atom: number): readonly IndexEntry[] {
    return this.lists.entries(table.heads[atom]!);
  }

  private entriesIn(table: AtomTable, atom: number): readonly IndexEntry[] | undefined {
    return atom < 0 ? undefined : this.entriesOf(table, atom);
  }

  ipv4(address: number): readonly IndexEntry[] | undefined {
    const block = address >>> 16;
    if ((this.ipv4Blocks[block >>> 5]! & (1 << (block & 31))) === 0) return undefined;
    const key = address | 0;
    const atoms = this.ipv4Atoms;
    const exact = atoms.mayHave(key) ? this.entriesIn(atoms, atoms.findKey(key)) : undefined;
    const range = this.ipv4Ranges?.lookup(address);
    return exact && range ? [...exact, ...range] : (exact ?? range);
  }

  ipv6(address: bigint): readonly IndexEntry[] | undefined {
    const atoms = this.ipv6Atoms;
    const exact =
      atoms.size > 0 ? this.entriesIn(atoms, atoms.findString(ipv6Key(address))) : undefined;
    const range = this.ipv6Ranges?.lookup(address);
    return exact && range ? [...exact, ...range] : (exact ?? range);
  }

  /** A host hits an indicator on itself or on any parent domain (`a.b.evil.com` → `evil.com`). */
  domain(host: string, onHit: (domain: string, entries: readonly IndexEntry[]) => void): void {
    let at = 0;
    while (at >= 0) {
      const suffix = at === 0 ? host : host.slice(at);
      const found = this.domainEntries(suffix);
      if (found) onHit(suffix, found);
      const dot = host.indexOf('.', at);
      at = dot < 0 ? -1 : dot + 1;
    }
  }

  /** Entries of exactly this (normalized) host, without parent domains. */
  domainEntries(host: string): readonly IndexEntry[] | undefined {
    return this.entriesIn(this.domainAtoms, this.domainAtoms.findString(host));
  }

  url(normalized: string): readonly IndexEntry[] | undefined {
    return this.entriesIn(this.urlAtoms, this.urlAtoms.findString(normalized));
  }
  email(normalized: string): readonly IndexEntry[] | undefined {
    return this.entriesIn(this.emailAtoms, this.emailAtoms.findString(normalized));
  }
  hash(lowerHex: string): readonly IndexEntry[] | undefined {
    return this.entriesIn(this.hashAtoms, this.hashAtoms.findString(lowerHex));
  }
  field(scoPath: string, value: string): readonly IndexEntry[] | undefined {
    const head = this.fields.get(scoPath)?.get(value);
    return head === undefined ? undefined : this.lists.entries(head);
  }
  hasFieldPath(scoPath: string): boolean {
    return this.fields.has(scoPath);
  }
}

const isIndexData = (source: SpecSource | IndexData): source is IndexData =>
  typeof (source as SpecSource).at !== 'function';

/** An IPv6 address as an atom value: its 128-bit number in hex, so every spelling is one key. */
const ipv6Key = (address: bigint): string => address.toString(16);

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
