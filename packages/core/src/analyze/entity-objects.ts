/** New named things found in a report -> the STIX objects Vigil creates for them (deterministic ids). */
import type { ExtractedEntity } from '../analysis/types.ts';
import type { StixObject } from '../stix/object.ts';
import { normalizeName, vigilId, type StixId } from '../stix/ids.ts';
import { isPerson } from '../analysis/person.ts';
import { NATIONALITY, STATE_SPONSORED } from '../extract/entities/state-sponsored.ts';

export interface CreationContext {
  readonly created: string;
  readonly createdBy: StixId;
  readonly markingRefs: readonly StixId[];
}

/** The id a new entity gets; stable across reports so the same new name found twice is one object. */
export function newEntityId(entity: ExtractedEntity): StixId {
  const props = entity.properties ?? {};
  switch (entity.type) {
    case 'location': {
      const key =
        (props.country as string | undefined) ??
        (props.region as string | undefined) ??
        normalizeName(entity.name);
      return vigilId('location', key.toLowerCase());
    }
    case 'identity':
      return vigilId(
        'identity',
        normalizeName(entity.name),
        typeof props.identity_class === 'string' ? props.identity_class : 'organization',
      );
    case 'vulnerability':
      return vigilId('vulnerability', (entity.externalId ?? entity.name).toUpperCase());
    case 'attack-pattern':
      return entity.externalId
        ? vigilId('attack-pattern', entity.externalId.toUpperCase())
        : vigilId('attack-pattern', normalizeName(entity.name));
    case 'intrusion-set':
    case 'threat-actor':
    case 'campaign':
    case 'malware':
    case 'tool':
      return vigilId(entity.type, normalizeName(entity.name));
  }
}

/** Properties a type requires that extraction may not have supplied (STIX 2.1 §4). */
function requiredDefaults(entity: ExtractedEntity): Record<string, unknown> {
  switch (entity.type) {
    case 'malware':
      return { is_family: true };
    case 'vulnerability': {
      const cve = (entity.externalId ?? entity.name).toUpperCase();
      return /^CVE-\d{4}-\d{4,}$/u.test(cve)
        ? { name: cve, external_references: [{ source_name: 'cve', external_id: cve }] }
        : {};
    }
    case 'attack-pattern':
      return entity.externalId
        ? { external_references: [{ source_name: 'mitre-attack', external_id: entity.externalId }] }
        : {};
    case 'identity':
      return { identity_class: 'organization' };
    case 'intrusion-set':
    case 'threat-actor':
    case 'campaign':
    case 'tool':
    case 'location':
      return {};
  }
}

/** Keys of ExtractedEntity.properties that are STIX properties of the type (others stay in the analysis). */
const STIX_PROPERTIES: Readonly<Record<ExtractedEntity['type'], readonly string[]>> = {
  'intrusion-set': ['aliases', 'first_seen', 'goals', 'resource_level', 'primary_motivation'],
  'threat-actor': [
    'aliases',
    'threat_actor_types',
    'roles',
    'sophistication',
    'resource_level',
    'primary_motivation',
  ],
  campaign: ['aliases', 'first_seen', 'last_seen', 'objective'],
  malware: ['aliases', 'malware_types', 'is_family'],
  tool: ['aliases', 'tool_types'],
  'attack-pattern': ['aliases'],
  vulnerability: [],
  identity: ['identity_class', 'sectors', 'roles', 'contact_information'],
  location: ['country', 'region', 'administrative_area', 'city'],
};

export function entityObject(entity: ExtractedEntity, context: CreationContext): StixObject {
  const props = entity.properties ?? {};
  const chosen: Record<string, unknown> = {};
  for (const key of STIX_PROPERTIES[entity.type]) {
    if (props[key] !== undefined) chosen[key] = props[key];
  }
  // "Chinese state hackers", "Iranian cyber actors" describe the actor; as an alias it would name it in every later report.
  // A person's surname written alone ("Khoroshev") is no other name of the person.
  const named =
    NAMED_BY_MENTIONS.has(entity.type) &&
    entity.via !== STATE_SPONSORED &&
    entity.via !== NATIONALITY &&
    !isPerson(entity);
  const written = named ? writtenAliases(entity) : [];
  if (chosen.aliases === undefined && written.length > 0) chosen.aliases = written;
  return {
    type: entity.type,
    spec_version: '2.1',
    id: newEntityId(entity),
    created: context.created,
    modified: context.created,
    created_by_ref: context.createdBy,
    name: entity.name,
    ...requiredDefaults(entity),
    ...chosen,
    ...(context.markingRefs.length > 0 ? { object_marking_refs: [...context.markingRefs] } : {}),
  };
}

/** Types whose mentions are names ("TA4321 is also known as Quillfish"), not descriptions of an event. */
const NAMED_BY_MENTIONS: ReadonlySet<ExtractedEntity['type']> = new Set([
  'intrusion-set',
  'threat-actor',
  'malware',
  'tool',
]);

/** The other names the report writes for a new object: its mentions unlike its name, first spelling kept. */
function writtenAliases(entity: ExtractedEntity): string[] {
  const seen = new Set([normalizeName(entity.name)]);
  const aliases: string[] = [];
  for (const { text } of entity.mentions) {
    const key = normalizeName(text);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(text);
  }
  return aliases;
}
