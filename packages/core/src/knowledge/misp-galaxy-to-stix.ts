/**
 * MISP galaxy clusters -> STIX 2.1 objects (docs/ARCHITECTURE.md, "MISP galaxies"). Pure and
 * deterministic: the same files and timestamp give byte-identical objects, so re-import is a no-op.
 *
 * Ids: clusters of named things get `vigilId(<stix type>, 'misp-galaxy', <cluster uuid>)`, never the
 * MISP uuid itself (the mitre-* galaxies reuse MITRE's uuids, and one uuid must not name two objects).
 * Countries, regions and sectors are shared vocabulary and get the architecture's key ids (location by
 * ISO alpha-2 or region-ov value, identity by name + class), so a country found in a report is the
 * same object as the galaxy's.
 */
import type { Issue } from '../result.ts';
import { issue } from '../result.ts';
import { normalizeName, vigilId, type StixId } from '../stix/ids.ts';
import type { ExternalReference, StixObject } from '../stix/object.ts';
import { vigilRelationship } from '../stix/vigil-relationship.ts';
import type { GalaxyCluster, GalaxyClusterFile } from './misp-galaxy.ts';
import { metaStrings } from './misp-galaxy.ts';
import { industrySectors, m49Region } from './misp-galaxy-vocab.ts';

/** The identity every converted object names in `created_by_ref`. */
export const MISP_IDENTITY_ID = vigilId('identity', normalizeName('MISP Project'), 'organization');

export const MISP_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: MISP_IDENTITY_ID,
  created: '2017-01-01T00:00:00.000Z',
  modified: '2017-01-01T00:00:00.000Z',
  name: 'MISP Project',
  identity_class: 'organization',
  description:
    'MISP galaxy clusters (https://github.com/MISP/misp-galaxy), CC0 1.0 or BSD-2-Clause.',
  external_references: [{ source_name: 'misp-galaxy', url: 'https://github.com/MISP/misp-galaxy' }],
};

export const locationIdForCountry = (iso2: string): StixId<'location'> =>
  vigilId('location', normalizeName(iso2));
export const locationIdForRegion = (region: string): StixId<'location'> =>
  vigilId('location', normalizeName(region));
export const sectorIdentityId = (name: string): StixId<'identity'> =>
  vigilId('identity', normalizeName(name), 'class');

/** The STIX type each supported galaxy becomes (threat actors are ATT&CK-style groups: intrusion-set). */
export const GALAXY_STIX_TYPE: Readonly<Record<string, string>> = {
  'threat-actor': 'intrusion-set',
  'mitre-intrusion-set': 'intrusion-set',
  malpedia: 'malware',
  ransomware: 'malware',
  'exploit-kit': 'malware',
  tool: 'tool',
  'mitre-attack-pattern': 'attack-pattern',
  'mitre-course-of-action': 'course-of-action',
  country: 'location',
  region: 'location',
  sector: 'identity',
};

/** Types whose STIX 2.1 definition has an `aliases` property. */
const HAS_ALIASES = new Set([
  'intrusion-set',
  'malware',
  'tool',
  'threat-actor',
  'campaign',
  'attack-pattern',
]);
/** meta keys mapped to standard properties instead of x_misp_* copies. */
const MAPPED_META = new Set(['synonyms', 'refs', 'external_id', 'kill_chain']);
/** mitre-* galaxies write "ZIRCONIUM - G0128": the name, then the ATT&CK id. */
const ATTACK_SUFFIX = /^(.*\S) - ([GSTMC]\d{4}(?:\.\d{3})?)$/;
const RELATIONSHIP_TYPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** MISP relationship words that STIX 2.1 §4 spells differently. */
const STIX_RELATIONSHIP: Readonly<Record<string, string>> = { 'located-in': 'located-at' };

export interface GalaxyConversion {
  readonly objects: readonly StixObject[];
  /** Clusters or links left out, with the reason (unsupported galaxy, dangling related uuid...). */
  readonly issues: readonly Issue[];
}

export const galaxyTag = (galaxyType: string, value: string): string =>
  `misp-galaxy:${galaxyType}="${value}"`;

/** x_misp_<meta key>; a `_ref`/`_refs` suffix is reserved for STIX identifiers (§3.1), so it is spelled out. */
function customName(key: string): string {
  const words = key
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = words.at(-1);
  if (last === 'ref' || last === 'refs')
    words[words.length - 1] = last === 'ref' ? 'reference' : 'references';
  return `x_misp_${words.join('_') || 'meta'}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'reference';
  } catch {
    return 'reference';
  }
}

function clusterId(galaxyType: string, stixType: string, cluster: GalaxyCluster): StixId {
  if (galaxyType === 'country') {
    const iso = metaStrings(cluster.meta, 'ISO')[0];
    if (iso && /^[A-Z]{2}$/i.test(iso)) return locationIdForCountry(iso);
  }
  if (galaxyType === 'region') return locationIdForRegion(m49Region(cluster.value).region);
  if (galaxyType === 'sector') return sectorIdentityId(cluster.value);
  return vigilId(stixType, 'misp-galaxy', cluster.uuid);
}

function externalReferences(galaxyType: string, cluster: GalaxyCluster, attackId?: string) {
  const refs: ExternalReference[] = [
    {
      source_name: 'misp-galaxy',
      external_id: cluster.uuid,
      description: galaxyTag(galaxyType, cluster.value),
      url: `https://github.com/MISP/misp-galaxy/blob/main/clusters/${galaxyType}.json`,
    },
  ];
  const urls = metaStrings(cluster.meta, 'refs');
  if (attackId) {
    const attackUrl = urls.find(
      (u) => u.includes('attack.mitre.org/') && u.endsWith(attackId.replace('.', '/')),
    );
    refs.push({
      source_name: 'mitre-attack',
      external_id: attackId,
      ...(attackUrl ? { url: attackUrl } : {}),
    });
  }
  for (const url of urls) refs.push({ source_name: hostOf(url), url });
  return refs;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** Meta values without a standard STIX home, kept as x_misp_* properties (nothing is dropped). */
function customProperties(cluster: GalaxyCluster): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cluster.meta ?? {})) {
    // STIX 2.1 §3.1: lists must not be empty; empty values carry nothing anyway.
    if (MAPPED_META.has(key) || isEmpty(value)) continue;
    props[customName(key)] = value;
  }
  return props;
}

function typeSpecific(galaxyType: string, stixType: string, cluster: GalaxyCluster) {
  const props: Record<string, unknown> = {};
  if (stixType === 'malware') {
    props.is_family = true;
    // STIX's malware-type-ov has a word for both galaxies that name a kind.
    if (galaxyType === 'ransomware' || galaxyType === 'exploit-kit') {
      props.malware_types = [galaxyType];
    }
  }
  if (galaxyType === 'country') {
    const iso = metaStrings(cluster.meta, 'ISO')[0];
    if (iso) props.country = iso.toUpperCase();
    props.name = cluster.description?.trim() || cluster.value;
  }
  if (galaxyType === 'region') {
    const region = m49Region(cluster.value);
    props.region = region.region;
    props.name = region.name;
    if (region.code) props.x_misp_m49_code = region.code;
  }
  if (galaxyType === 'sector') {
    props.identity_class = 'class';
    const sectors = industrySectors(cluster.value);
    if (sectors.length > 0) props.sectors = sectors;
  }
  if (stixType === 'attack-pattern') {
    const phases = new Set(
      metaStrings(cluster.meta, 'kill_chain').map((k) => k.slice(k.lastIndexOf(':') + 1)),
    );
    if (phases.size > 0) {
      props.kill_chain_phases = [...phases]
        .sort()
        .map((phase_name) => ({ kill_chain_name: 'mitre-attack', phase_name }));
    }
  }
  return props;
}

function convertCluster(
  file: GalaxyClusterFile,
  stixType: string,
  cluster: GalaxyCluster,
  id: StixId,
  timestamp: string,
): StixObject {
  const suffix = file.type.startsWith('mitre-') ? ATTACK_SUFFIX.exec(cluster.value) : null;
  const attackId = metaStrings(cluster.meta, 'external_id')[0] ?? suffix?.[2];
  const name = suffix?.[1] ?? cluster.value;
  const nameKey = normalizeName(name);
  const seen = new Set([nameKey]);
  const aliases = metaStrings(cluster.meta, 'synonyms').filter((alias) => {
    const key = normalizeName(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    type: stixType,
    spec_version: '2.1',
    id,
    created: timestamp,
    modified: timestamp,
    created_by_ref: MISP_IDENTITY_ID,
    name,
    ...(cluster.description?.trim() ? { description: cluster.description.trim() } : {}),
    ...(HAS_ALIASES.has(stixType) && aliases.length > 0 ? { aliases } : {}),
    ...(cluster.revoked ? { revoked: true } : {}),
    external_references: externalReferences(file.type, cluster, attackId),
    ...customProperties(cluster),
    ...typeSpecific(file.type, stixType, cluster),
    x_misp_galaxy: file.type,
    x_misp_value: cluster.value,
  };
}

/**
 * The `related` targets no cluster of these files holds. MISP's mitre-* galaxies reuse ATT&CK's UUIDs, so
 * such a link (the tool galaxy's DOGCALL "similar" to mitre-malware's DOGCALL) may name an ATT&CK object
 * the store already holds: the caller looks these up and passes what it found to galaxiesToStix.
 */
export function danglingRelatedUuids(files: readonly GalaxyClusterFile[]): string[] {
  const converted = new Set<string>();
  for (const file of files) {
    if (GALAXY_STIX_TYPE[file.type]) for (const cluster of file.values) converted.add(cluster.uuid);
  }
  const dangling = new Set<string>();
  for (const file of files) {
    for (const cluster of file.values) {
      for (const link of cluster.related ?? []) {
        if (!converted.has(link['dest-uuid'])) dangling.add(link['dest-uuid']);
      }
    }
  }
  return [...dangling];
}

/**
 * Converts cluster files (any subset of the supported galaxies) to STIX: the MISP identity, one
 * object per cluster, and relationships for `related` links whose target was converted too or is among
 * `known` (objects already held, by UUID: see danglingRelatedUuids), plus `originates-from` from groups to
 * their attributed country when the country galaxy is present.
 * `timestamp` is `created`/`modified` of new objects (the caller's clock: core has none).
 */
export function galaxiesToStix(
  files: readonly GalaxyClusterFile[],
  timestamp: string,
  known: ReadonlyMap<string, StixId> = new Map(),
): GalaxyConversion {
  const issues: Issue[] = [];
  const idByUuid = new Map<string, StixId>();
  const byId = new Map<string, StixObject>([[MISP_IDENTITY_ID, MISP_IDENTITY]]);
  const pending: { file: GalaxyClusterFile; cluster: GalaxyCluster; id: StixId }[] = [];
  const misp = { created: timestamp, createdBy: MISP_IDENTITY_ID };
  for (const file of files) {
    const stixType = GALAXY_STIX_TYPE[file.type];
    if (!stixType) {
      issues.push(
        issue('unsupported_galaxy', file.type, `galaxy "${file.type}" is not mapped to STIX`),
      );
      continue;
    }
    for (const cluster of file.values) {
      const id = clusterId(file.type, stixType, cluster);
      if (byId.has(id)) {
        issues.push(
          issue(
            'duplicate_cluster',
            `${file.type}/${cluster.uuid}`,
            `"${cluster.value}" maps to ${id}, already converted`,
          ),
        );
        continue;
      }
      byId.set(id, convertCluster(file, stixType, cluster, id, timestamp));
      idByUuid.set(cluster.uuid, id);
      pending.push({ file, cluster, id });
    }
  }
  for (const { file, cluster, id } of pending) {
    for (const link of cluster.related ?? []) {
      const target = idByUuid.get(link['dest-uuid']) ?? known.get(link['dest-uuid']);
      const word = link.type.toLowerCase();
      if (!target || !RELATIONSHIP_TYPE.test(word)) continue;
      const type = STIX_RELATIONSHIP[word] ?? word;
      const rel = vigilRelationship(
        type,
        id,
        target,
        misp,
        link.tags?.length ? { x_misp_tags: link.tags } : {},
      );
      if (!byId.has(rel.id)) byId.set(rel.id, rel);
    }
    const country = metaStrings(cluster.meta, 'country')[0];
    if (country && file.type === 'threat-actor') {
      const location = locationIdForCountry(country);
      if (byId.has(location)) {
        const rel = vigilRelationship('originates-from', id, location, misp);
        if (!byId.has(rel.id)) byId.set(rel.id, rel);
      }
    }
  }
  return { objects: [...byId.values()], issues };
}
