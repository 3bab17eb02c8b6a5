/**
 * What entity resolution reads from one STIX object: its names, normalized keys, ATT&CK ids it is or
 * points to, attributed country, and whether it may represent a cluster (revoked/deprecated may not).
 */
import { normalizeName, type StixId } from '../stix/ids.ts';
import type { StixObject } from '../stix/object.ts';
import { MISP_IDENTITY_ID } from './misp-galaxy-to-stix.ts';

/** Objects link only within a family: an intrusion set never joins a malware cluster. */
export type EntityFamily =
  'actor' | 'software' | 'attack-pattern' | 'course-of-action' | 'campaign';

export const FAMILY_OF_TYPE: Readonly<Record<string, EntityFamily>> = {
  'intrusion-set': 'actor',
  'threat-actor': 'actor',
  malware: 'software',
  tool: 'software',
  'attack-pattern': 'attack-pattern',
  'course-of-action': 'course-of-action',
  campaign: 'campaign',
};

/** ATT&CK id prefixes per family; mitigations before v7 reused T ids, hence T for course-of-action. */
const ATTACK_PREFIXES: Readonly<Record<EntityFamily, string>> = {
  actor: 'G',
  software: 'S',
  'attack-pattern': 'T',
  'course-of-action': 'MT',
  campaign: 'C',
};

const ATTACK_SOURCES = new Set(['mitre-attack', 'mitre-ics-attack', 'mitre-mobile-attack']);
const ATTACK_ID = /^[GSTMC]\d{4}(?:\.\d{3})?$/;
const ATTACK_URL =
  /attack\.mitre\.org\/(?:groups|software|techniques|mitigations|campaigns)\/([GSTMC]\d{4})(?:\/(\d{3}))?/;

export interface EntityFacts {
  readonly id: StixId;
  readonly type: string;
  readonly family: EntityFamily;
  readonly name: string;
  /** Every name as written: name, aliases, x_mitre_aliases (first spelling of each key kept). */
  readonly names: readonly string[];
  /** normalizeName of each entry of `names`. */
  readonly keys: readonly string[];
  /**
   * Keys of the object's own name: its name, and for a ransomware named "<X> Ransomware" (MISP's galaxy
   * writes 252 so) also X, the name other sources give the family ("Ryuk ransomware" is Ryuk's). The
   * derived X only links clusters (alias-evidence.ts); it is no name to find in a text ("Netflix").
   */
  readonly ownKeys: readonly string[];
  /** This object's own ATT&CK id, when it is ATT&CK's object or a mirror stating the id. */
  readonly attackId?: string;
  /** ATT&CK ids this object points to without being ATT&CK's own object (refs, name attributions). */
  readonly attackRefs: readonly string[];
  /** MITRE's own object (not a MISP mirror of it). */
  readonly isAttack: boolean;
  /** Revoked or x_mitre_deprecated: never represents a cluster. */
  readonly inactive: boolean;
  readonly country?: string;
  /** The source collection: objects of one collection are that source's own split, never auto-linked. */
  readonly collection: string;
  /** Cited documents (normalized URLs, ATT&CK and MISP's own pages left out): corroborating evidence. */
  readonly citedUrls: readonly string[];
  /** Ransomware by the source's own word (describesRansomware). */
  readonly ransomware: boolean;
  /** Cites a page of a site named after its own name ("cobaltstrike.com" for Cobalt Strike). */
  readonly citesOwnSite: boolean;
}

/** "https://www.Example.com/a/" -> "example.com/a", so two spellings of one citation compare equal. */
export function normalizeUrl(url: string): string {
  let rest = url.trim().toLowerCase();
  const scheme = rest.indexOf('://');
  if (scheme >= 0) rest = rest.slice(scheme + 3);
  if (rest.startsWith('www.')) rest = rest.slice(4);
  while (rest.endsWith('/')) rest = rest.slice(0, -1);
  return rest;
}

/**
 * Blogs move ("symantec.com/blogs/threat-intelligence/whitefly-espionage-singapore" is now on
 * symantec-enterprise-blogs.security.com): an article's slug of several words names it on any host.
 */
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}(?:\.[a-z]{2,4})?$/u;

function articleSlug(url: string): string | undefined {
  const path = url.split(/[?#]/u)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path.includes('/') && last.length >= 24 && SLUG.test(last) ? last : undefined;
}

/** Where a description says what the thing is ("X is a ransomware family that …"). */
const DESCRIPTION_OPENING = 200;
const firstSentence = (text: string): string => {
  const end = text.indexOf('. ');
  return end < 0 ? text : text.slice(0, end);
};
const RANSOM = /ransom/iu;

/**
 * Ransomware by the source's own word: its malware types, else its description's first sentence, else (no
 * description, as for many malpedia entries) a page it cites. A described object is not judged by its
 * citations: ATT&CK's Donut, a shellcode generator, cites a ransomware report.
 */
function describesRansomware(object: StixObject): boolean {
  if (strings(object.malware_types).includes('ransomware')) return true;
  const description = typeof object.description === 'string' ? object.description.trim() : '';
  if (description) return RANSOM.test(firstSentence(description.slice(0, DESCRIPTION_OPENING)));
  return (object.external_references ?? []).some((ref) => RANSOM.test(ref.url ?? ''));
}

function citedUrls(object: StixObject): string[] {
  const urls = new Set<string>();
  for (const ref of object.external_references ?? []) {
    if (!ref.url || ref.source_name === 'misp-galaxy' || ATTACK_SOURCES.has(ref.source_name))
      continue;
    const url = normalizeUrl(ref.url);
    if (!url || url.startsWith('attack.mitre.org')) continue;
    urls.add(url);
    const slug = articleSlug(url);
    if (slug) urls.add(`…/${slug}`);
  }
  return [...urls];
}

/** An archived page is the page it archives ("web.archive.org/web/2021…/https://cobaltstrike.com/…"). */
const ARCHIVED = /^web\.archive\.org\/web\/\d+\//u;
/** Shortest own name a site's name may match: shorter ones are words many sites carry. */
const SITE_NAME_MIN = 5;

/** Whether a cited page is on a site whose name is the object's own name, spaces removed. */
function citesOwnSite(urls: readonly string[], ownKeys: readonly string[]): boolean {
  const names = new Set(
    ownKeys.map((k) => k.replaceAll(' ', '')).filter((k) => k.length >= SITE_NAME_MIN),
  );
  if (names.size === 0) return false;
  return urls.some((url) => {
    const page = ARCHIVED.test(url) ? normalizeUrl(url.replace(ARCHIVED, '')) : url;
    const labels = (page.split('/')[0] ?? '').split('.');
    return labels.length >= 2 && names.has(labels[labels.length - 2] ?? '');
  });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];

function attackIdsIn(object: StixObject): { own?: string; refs: string[] } {
  let own: string | undefined;
  const refs = new Set<string>();
  for (const ref of object.external_references ?? []) {
    if (ATTACK_SOURCES.has(ref.source_name) && ref.external_id && ATTACK_ID.test(ref.external_id)) {
      own ??= ref.external_id;
    }
    const match = ref.url ? ATTACK_URL.exec(ref.url) : null;
    if (match?.[1]) refs.add(match[2] ? `${match[1]}.${match[2]}` : match[1]);
  }
  // MISP threat-actor `name-attribution` entries read "G0006:<namer uuid>".
  for (const entry of strings(object.x_misp_name_attribution)) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : entry;
    if (ATTACK_ID.test(id)) refs.add(id);
  }
  if (own) refs.delete(own);
  return { ...(own ? { own } : {}), refs: [...refs].sort() };
}

/** "Ryuk ransomware" -> "Ryuk": the family's name without the kind word (at least three characters). */
const RANSOMWARE_SUFFIX = 'ransomware';
function ransomwareFamilyName(name: string): string | undefined {
  if (!name.toLowerCase().endsWith(RANSOMWARE_SUFFIX)) return undefined;
  const rest = name.slice(0, -RANSOMWARE_SUFFIX.length);
  if (rest.trimEnd() === rest) return undefined; // "CryptoRansomware" is one word
  const family = rest.trim();
  return family.length >= 3 ? family : undefined;
}

/**
 * Facts per object for as long as the object lives: a command that builds the knowledge again after each
 * report that stored a new entity (cli analysis-session.ts) hands over the same 13,000 objects each time.
 * A STIX object version is never changed in place; a new version is a new object.
 */
const FACTS = new WeakMap<StixObject, EntityFacts | null>();

export function entityFacts(object: StixObject): EntityFacts | undefined {
  const known = FACTS.get(object);
  if (known !== undefined) return known ?? undefined;
  const facts = readFacts(object);
  FACTS.set(object, facts ?? null);
  return facts;
}

function readFacts(object: StixObject): EntityFacts | undefined {
  const family = FAMILY_OF_TYPE[object.type];
  const name = typeof object.name === 'string' ? object.name.trim() : '';
  if (!family || !name) return undefined;
  const names: string[] = [];
  const keys: string[] = [];
  for (const candidate of [name, ...strings(object.aliases), ...strings(object.x_mitre_aliases)]) {
    const key = normalizeName(candidate);
    if (!key || keys.includes(key)) continue;
    names.push(candidate.trim());
    keys.push(key);
  }
  const ownKeys = keys.slice(0, 1);
  const familyName = ransomwareFamilyName(name);
  const ransomware = describesRansomware(object);
  const familyKey = familyName && ransomware ? normalizeName(familyName) : '';
  if (familyKey && !ownKeys.includes(familyKey)) ownKeys.push(familyKey);
  const prefixes = ATTACK_PREFIXES[family];
  const { own, refs } = attackIdsIn(object);
  const cited = citedUrls(object);
  const fits = (id: string) => prefixes.includes(id[0] ?? '');
  const isMisp = object.created_by_ref === MISP_IDENTITY_ID;
  const country =
    typeof object.x_misp_country === 'string' ? object.x_misp_country.trim().toUpperCase() : '';
  const galaxy = typeof object.x_misp_galaxy === 'string' ? `/${object.x_misp_galaxy}` : '';
  return {
    id: object.id,
    type: object.type,
    family,
    name,
    names,
    keys,
    ownKeys,
    ...(own && fits(own) ? { attackId: own } : {}),
    attackRefs: refs.filter(fits),
    isAttack: Boolean(own) && !isMisp,
    inactive: object.revoked === true || object.x_mitre_deprecated === true,
    ...(/^[A-Z]{2}$/.test(country) ? { country } : {}),
    collection: `${object.created_by_ref ?? 'unknown'}${galaxy}`,
    ransomware,
    citedUrls: cited,
    citesOwnSite: citesOwnSite(cited, ownKeys),
  };
}
