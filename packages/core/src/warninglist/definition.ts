/**
 * A MISP warning list as published in MISP/misp-warninglists (`lists/<key>/list.json`): `name`,
 * `description`, `type` (string | substring | hostname | cidr | regex), `matching_attributes` (MISP
 * attribute types it applies to) and `list`. Validated here because it is outside input.
 */
import { CoreError } from '../errors.ts';

export type WarningListType = 'string' | 'substring' | 'hostname' | 'cidr' | 'regex';

export interface WarningListDefinition {
  /** Directory name of the list, used as its stable key. */
  readonly key: string;
  readonly name: string;
  readonly type: WarningListType;
  readonly matchingAttributes: readonly string[];
  readonly entries: readonly string[];
}

const TYPES: ReadonlySet<string> = new Set(['string', 'substring', 'hostname', 'cidr', 'regex']);

export function parseWarningList(key: string, json: unknown): WarningListDefinition {
  const fail = (why: string): never => {
    throw new CoreError('invalid_input', `warning list ${key}: ${why}`, { list: key });
  };
  if (!json || typeof json !== 'object') return fail('not a JSON object');
  const o = json as Record<string, unknown>;
  if (typeof o.name !== 'string') fail('"name" must be a string');
  if (typeof o.type !== 'string' || !TYPES.has(o.type)) fail(`unknown "type" ${String(o.type)}`);
  if (!Array.isArray(o.list) || !o.list.every((e) => typeof e === 'string'))
    fail('"list" must be strings');
  const attributes = o.matching_attributes;
  if (!Array.isArray(attributes) || !attributes.every((a) => typeof a === 'string')) {
    fail('"matching_attributes" must be strings');
  }
  return {
    key,
    name: o.name as string,
    type: o.type as WarningListType,
    matchingAttributes: attributes as string[],
    entries: o.list as string[],
  };
}
