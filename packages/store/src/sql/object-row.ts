/**
 * What the store derives from one STIX object before writing it: the version key, canonical JSON and its
 * digest, the indexed columns, alias keys and the full-text document. Validation of outside input
 * happens here, before anything is written.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, idType, isStixId, normalizeName } from '@vigil/core';
import type { StixObject } from '@vigil/core';
import { StoreError } from '../errors.ts';
import { modifiedSortKey } from './timestamp.ts';

/** Properties whose strings are names of the object (ARCHITECTURE.md "Entity clusters"). */
const ALIAS_PROPERTIES = ['aliases', 'x_mitre_aliases', 'x_opencti_aliases'] as const;

export interface AliasRow {
  readonly key: string;
  readonly name: string;
}

export interface SearchDocument {
  readonly name: string;
  readonly aliases: string;
  readonly description: string;
}

export interface ObjectRow {
  readonly id: string;
  /** '' when the object has no `modified` (SCOs, marking definitions): one version only. */
  readonly modified: string;
  readonly modifiedKey: string;
  readonly type: string;
  readonly revoked: number;
  readonly json: string;
  readonly digest: string;
  readonly sourceRef: string | null;
  readonly targetRef: string | null;
  readonly relationshipType: string | null;
  readonly markings: readonly string[];
  readonly aliases: readonly AliasRow[];
  readonly search: SearchDocument;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const optionalString = (object: StixObject, property: string): string | null => {
  const value = object[property];
  return typeof value === 'string' ? value : null;
};

function validate(object: unknown, index: number): asserts object is StixObject {
  const where = `object ${index}`;
  if (!object || typeof object !== 'object' || Array.isArray(object))
    throw new StoreError('invalid_input', `${where}: not a JSON object`);
  const { type, id, modified } = object as Record<string, unknown>;
  if (typeof type !== 'string' || type === '')
    throw new StoreError('invalid_input', `${where}: missing string "type"`);
  if (!isStixId(id) || idType(id) !== type)
    throw new StoreError('invalid_input', `${where}: "id" is not a ${type}--<uuid> identifier`);
  if (modified !== undefined && typeof modified !== 'string')
    throw new StoreError(
      'invalid_input',
      `${where} (${id}): "modified" must be a timestamp string`,
    );
}

export function aliasRows(object: StixObject): AliasRow[] {
  const names = [
    ...(typeof object.name === 'string' ? [object.name] : []),
    ...ALIAS_PROPERTIES.flatMap((property) => strings(object[property])),
  ];
  const seen = new Set<string>();
  const rows: AliasRow[] = [];
  for (const name of names) {
    const key = normalizeName(name);
    if (key === '' || seen.has(`${key}\u0000${name}`)) continue;
    seen.add(`${key}\u0000${name}`);
    rows.push({ key, name });
  }
  return rows;
}

/**
 * Relationships and sightings are not full-text indexed: ATT&CK's 20,000 procedure descriptions would
 * bury the techniques and groups a search is after; they are reached through `relationships()`.
 */
const UNSEARCHED_TYPES = new Set(['relationship', 'sighting']);
const EMPTY_DOCUMENT: SearchDocument = { name: '', aliases: '', description: '' };

export function searchDocument(object: StixObject): SearchDocument {
  if (UNSEARCHED_TYPES.has(object.type)) return EMPTY_DOCUMENT;
  const externalIds = (object.external_references ?? [])
    .map((reference) => reference.external_id)
    .filter((id): id is string => typeof id === 'string');
  return {
    name: optionalString(object, 'name') ?? optionalString(object, 'value') ?? '',
    aliases: [...ALIAS_PROPERTIES.flatMap((p) => strings(object[p])), ...externalIds].join(' '),
    description: optionalString(object, 'description') ?? optionalString(object, 'pattern') ?? '',
  };
}

export function toObjectRow(object: unknown, index: number): ObjectRow {
  validate(object, index);
  let json: string;
  try {
    json = canonicalJson(object);
  } catch (error) {
    throw new StoreError('invalid_input', `object ${index} (${object.id}): not JSON`, {
      cause: error,
    });
  }
  const modified = object.modified ?? '';
  const relationship = object.type === 'relationship';
  return {
    id: object.id,
    modified,
    modifiedKey: modifiedSortKey(modified),
    type: object.type,
    revoked: object.revoked === true ? 1 : 0,
    json,
    digest: createHash('sha256').update(json).digest('base64'),
    sourceRef: relationship ? optionalString(object, 'source_ref') : null,
    targetRef: relationship ? optionalString(object, 'target_ref') : null,
    relationshipType: relationship ? optionalString(object, 'relationship_type') : null,
    markings: [...new Set(strings(object.object_marking_refs))],
    aliases: aliasRows(object),
    search: searchDocument(object),
  };
}
