/**
 * The STIX objects a hunt writes (docs/ARCHITECTURE.md, "Ids"): the organization's identity, indicators
 * for bare values of a plain list, and sightings keyed by (indicator, where sighted, scope) so the same
 * hunt over the same files always names the same sighting (STIX 2.1 §5.2).
 */
import type { StixObject } from '../stix/object.ts';
import { type StixId, normalizeName, vigilId } from '../stix/ids.ts';
import { guessKind } from './indicator-index.ts';
import { refang } from './normalize.ts';

const quote = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The STIX pattern for a bare observable value, or undefined when its kind is unknown. */
export function patternForValue(raw: string): string | undefined {
  const value = refang(raw);
  switch (guessKind(value)) {
    case 'ip':
    case 'ipv4':
    case 'ipv6':
      return value.includes(':')
        ? `[ipv6-addr:value = ${quote(value.toLowerCase())}]`
        : `[ipv4-addr:value = ${quote(value)}]`;
    case 'domain':
      return `[domain-name:value = ${quote(value.toLowerCase().replace(/\.$/, ''))}]`;
    case 'url':
      return `[url:value = ${quote(value)}]`;
    case 'email':
      return `[email-addr:value = ${quote(value)}]`;
    case 'hash': {
      const algorithm = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256', 128: 'SHA-512' }[
        value.length as 32 | 40 | 64 | 128
      ];
      return `[file:hashes.'${algorithm}' = ${quote(value.toLowerCase())}]`;
    }
    case 'field':
    case undefined:
      return undefined;
  }
}

export function organizationIdentity(name: string, nowIso: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: vigilId('identity', normalizeName(name), 'organization'),
    created: nowIso,
    modified: nowIso,
    name,
    identity_class: 'organization',
  };
}

/** An indicator for a plain-list value; valid_from is the hunt date, stated as such (no publication date). */
export function indicatorForValue(value: string, nowIso: string): StixObject | undefined {
  const pattern = patternForValue(value);
  if (!pattern) return undefined;
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: vigilId('indicator', pattern),
    created: nowIso,
    modified: nowIso,
    name: refang(value),
    pattern,
    pattern_type: 'stix',
    valid_from: nowIso,
    description:
      'From a plain IOC list given to vigil hunt; valid_from is the date of that hunt, not a publication date.',
  };
}

export interface SightingInput {
  readonly indicatorId: StixId;
  readonly identityId: StixId;
  /** Stable name of what was swept (e.g. a digest of the sorted input paths). */
  readonly scope: string;
  readonly scopeLabel: string;
  readonly count: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly nowIso: string;
  /** The stored version, when there is one: keeps `created`, and `modified` moves past it. */
  readonly previous?: StixObject;
}

export function sightingObject(input: SightingInput): StixObject {
  const id = vigilId('sighting', input.indicatorId, input.identityId, input.scope);
  const previousModified = input.previous?.modified;
  let modified = input.nowIso;
  if (previousModified && Date.parse(previousModified) >= Date.parse(modified)) {
    modified = new Date(Date.parse(previousModified) + 1).toISOString();
  }
  const times =
    input.firstSeen && input.lastSeen
      ? { first_seen: input.firstSeen, last_seen: input.lastSeen }
      : {};
  const when = input.firstSeen
    ? ''
    : ' The log lines carried no timestamp Vigil could parse, so first_seen/last_seen are absent.';
  return {
    type: 'sighting',
    spec_version: '2.1',
    id,
    created: input.previous?.created ?? input.nowIso,
    modified,
    sighting_of_ref: input.indicatorId,
    where_sighted_refs: [input.identityId],
    count: input.count,
    ...times,
    description: `vigil hunt over ${input.scopeLabel}: ${input.count} hit(s).${when}`,
  };
}
