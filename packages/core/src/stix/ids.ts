/**
 * Identifier policy (docs/ARCHITECTURE.md, "Ids"): SCOs get the spec's UUIDv5 over their ID contributing
 * properties (STIX 2.1 §2.9); objects Vigil creates for named things get a UUIDv5 in Vigil's own namespace
 * over their normalized key, so the same thing found twice is the same object.
 */
import { v5 as uuidv5 } from 'uuid';
import { canonicalJson } from './jcs.ts';

/** STIX 2.1 §2.9: namespace for SCO identifiers. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Vigil's namespace for deterministic SDO/SRO identifiers (fixed forever: changing it re-keys every store). */
export const VIGIL_NAMESPACE = 'b0d5a3c2-6f1e-4c8b-9a57-3e2f8d41c0a9';

export type StixId<T extends string = string> = `${T}--${string}`;

// RFC 4122 §3: UUID hex digits are case-insensitive on input (OASIS examples contain upper-case ones).
const UUID =
  '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
const ID_RE = new RegExp(`^[a-z][a-z0-9-]*[a-z0-9]--${UUID}$`);

export const isStixId = (value: unknown): value is StixId =>
  typeof value === 'string' && ID_RE.test(value);

export const idType = (id: string): string => id.slice(0, id.indexOf('--'));
/** The UUID part of an identifier ("malware--<uuid>"). */
export const idUuid = (id: string): string => id.slice(id.indexOf('--') + 2);

/** SCO id from its ID contributing properties, serialized with RFC 8785 (JCS) as the spec requires. */
export function scoId<T extends string>(
  type: T,
  contributing: Readonly<Record<string, unknown>>,
): StixId<T> {
  const present = Object.fromEntries(
    Object.entries(contributing).filter(([, v]) => v !== undefined && v !== null),
  );
  if (Object.keys(present).length === 0) {
    throw new Error(`scoId: no contributing properties for ${type}`);
  }
  return `${type}--${uuidv5(canonicalJson(present), STIX_SCO_NAMESPACE)}`;
}

/** Normalizes a name for keys and alias lookups: Unicode NFKC, case-folded, punctuation and spaces squeezed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/gu, "'")
    .replace(/[\s_\-–—.,/]+/gu, ' ')
    .trim();
}

/** Deterministic id for an object Vigil creates, from its type and normalized key parts. */
export function vigilId<T extends string>(type: T, ...keyParts: readonly string[]): StixId<T> {
  if (keyParts.length === 0) throw new Error(`vigilId: no key for ${type}`);
  return `${type}--${uuidv5(`${type}|${keyParts.join('|')}`, VIGIL_NAMESPACE)}`;
}

/**
 * Whether an id is a name-based UUIDv5 (Vigil's own objects, such as MISP galaxy clusters without an
 * ATT&CK object, or deterministic SCO ids) rather than one a source issued at random (ATT&CK's v4 ids).
 */
export const isNameBasedId = (id: string): boolean => id.split('--')[1]?.[14] === '5';
