/**
 * `sco(type, props)`: builds an SCO with its spec id (STIX 2.1 §2.9, §6): UUIDv5 over the type's ID
 * contributing properties, serialized with RFC 8785. Only the properties present contribute.
 */
import { CoreError } from '../errors.ts';
import { scoId } from './ids.ts';
import type { ScoOf, ScoProperties, ScoType } from './object-types.ts';
import { SCO_ID_CONTRIBUTING } from './sco-tables.ts';
import { validateObject } from './validate.ts';

/**
 * §2.9 (python-stix2 `_choose_one_hash` implements the same): when `hashes` contributes to an id, only
 * one hash does, chosen in the order MD5, SHA-1, SHA-256, SHA-512, else the first one given.
 */
const HASH_PREFERENCE = ['MD5', 'SHA-1', 'SHA-256', 'SHA-512'] as const;

export function chooseOneHash(
  hashes: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> | undefined {
  for (const algorithm of HASH_PREFERENCE) {
    const digest = hashes[algorithm];
    if (digest !== undefined) return { [algorithm]: digest };
  }
  const first = Object.entries(hashes)[0];
  return first ? { [first[0]]: first[1] } : undefined;
}

/** The contributing properties of an SCO as they enter the id (hashes reduced to one). */
export function idContributingProperties(
  type: ScoType,
  props: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const contributing: Record<string, unknown> = {};
  for (const name of SCO_ID_CONTRIBUTING[type]) {
    const value = props[name];
    if (value === undefined || value === null) continue;
    contributing[name] =
      name === 'hashes' ? chooseOneHash(value as Readonly<Record<string, string>>) : value;
  }
  return contributing;
}

/** The spec id an SCO of `type` with these properties gets. */
export function scoIdFor<T extends ScoType>(type: T, props: Readonly<Record<string, unknown>>) {
  const contributing = idContributingProperties(type, props);
  if (Object.keys(contributing).length === 0) {
    throw new CoreError(
      'invalid_stix',
      `${type} needs one of ${SCO_ID_CONTRIBUTING[type].join(', ')}`,
      {
        type,
      },
    );
  }
  return scoId(type, contributing);
}

/**
 * Builds a valid SCO with `spec_version: "2.1"` and its deterministic id; throws CoreError
 * `invalid_stix` (with the issues) when the properties do not make a valid object.
 */
export function sco<T extends ScoType>(type: T, props: ScoProperties<T>): ScoOf<T> {
  const id = scoIdFor(type, props);
  const { type: _type, id: _id, ...rest } = props as Readonly<Record<string, unknown>>;
  const object = { type, spec_version: '2.1', id, ...rest };
  const result = validateObject(object);
  if (!result.ok) {
    const first = result.issues[0];
    throw new CoreError('invalid_stix', `invalid ${type}: ${first?.path} ${first?.message}`, {
      issues: result.issues,
    });
  }
  return object as unknown as ScoOf<T>;
}
