/**
 * `validateObject`: one STIX 2.1 object against its property table (type-registry.ts), the common rules
 * (§3.1 type names, §2.9 ids, §3.2 modified ≥ created) and its cross-property constraints. Errors make
 * the result fail (and are all it carries); warnings (unknown non-custom properties) ride along on a
 * successful result.
 */
import type { Issue, Result } from '../result.ts';
import { fail, issue, ok } from '../result.ts';
import { SCO_COMMON, SDO_COMMON } from './common-properties.ts';
import { checkConstraints } from './constraints.ts';
import { idType, isStixId } from './ids.ts';
import type { StixObject } from './object.ts';
import type { PropertyTable } from './property-spec.ts';
import { compareTimestamps, isTimestamp } from './timestamp.ts';
import { TYPE_DEFINITIONS } from './type-registry.ts';
import { checkProperty } from './validate-property.ts';

/** §3.1: a–z, 0–9 and single hyphens, 3 to 250 characters. */
const TYPE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** §3.1 property names: a–z, 0–9 and underscore, 3 to 250 characters (`id` is the one short name). */
const PROPERTY_NAME = /^[a-z0-9_]{3,250}$/;

export type ObjectCheck = (
  object: Readonly<Record<string, unknown>>,
  path: string,
  out: Issue[],
) => void;

export interface ValidateOptions {
  /** Path prefix of the object, e.g. `objects[3]`; '' for a lone object. */
  readonly path?: string;
  /** Extra per-object checks (the STIX pattern check is added by `validate-indicator-pattern.ts`). */
  readonly extraChecks?: readonly ObjectCheck[];
}

const at = (path: string, prop: string): string => (path ? `${path}.${prop}` : prop);

/** The property table an object is checked against, custom types included. */
function tableFor(type: string, object: Readonly<Record<string, unknown>>): PropertyTable {
  const known = TYPE_DEFINITIONS.get(type);
  if (known) return known.properties;
  // A custom object (x-mitre-tactic…) with `created` is SDO-like (§11.1); otherwise SCO-like (§11.2).
  return object.created !== undefined ? SDO_COMMON : SCO_COMMON;
}

function checkIdentity(
  o: Readonly<Record<string, unknown>>,
  path: string,
  errors: Issue[],
): string | undefined {
  const type = o.type;
  if (typeof type !== 'string') {
    errors.push(
      issue(
        type === undefined ? 'missing_property' : 'invalid_type',
        at(path, 'type'),
        'type must be a string',
      ),
    );
    return undefined;
  }
  if (type.length < 3 || type.length > 250 || !TYPE_NAME.test(type)) {
    errors.push(
      issue(
        'invalid_type_name',
        at(path, 'type'),
        `${JSON.stringify(type.slice(0, 60))} is not a STIX type name (§3.1)`,
      ),
    );
    return undefined;
  }
  const id = o.id;
  if (id === undefined) {
    errors.push(issue('missing_property', at(path, 'id'), 'id is required'));
  } else if (!isStixId(id)) {
    errors.push(
      issue(
        'invalid_id',
        at(path, 'id'),
        `${JSON.stringify(id)} is not a STIX identifier (type--UUID, §2.9)`,
      ),
    );
  } else if (idType(id) !== type) {
    errors.push(
      issue(
        'id_type_mismatch',
        at(path, 'id'),
        `id prefix ${idType(id)} does not match type ${type} (§2.9)`,
      ),
    );
  }
  return type;
}

export function validateObject(input: unknown, options: ValidateOptions = {}): Result<StixObject> {
  const path = options.path ?? '';
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(issue('not_object', path, 'a STIX object must be a JSON object'));
  }
  const o = input as Readonly<Record<string, unknown>>;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const type = checkIdentity(o, path, errors);
  if (type === undefined) return fail(...errors);
  const table = tableFor(type, o);

  for (const [name, spec] of Object.entries(table)) {
    if (name === 'id') continue;
    const value = o[name];
    if (value === undefined) {
      if (spec.required)
        errors.push(issue('missing_property', at(path, name), `${name} is required for ${type}`));
      continue;
    }
    checkProperty(value, spec, at(path, name), errors);
  }
  if (TYPE_DEFINITIONS.has(type)) {
    for (const name of Object.keys(o)) {
      if (name === 'type' || name in table || name.startsWith('x_') || o[name] === undefined)
        continue;
      const code = PROPERTY_NAME.test(name) ? 'unknown_property' : 'invalid_property_name';
      warnings.push(
        issue(code, at(path, name), `${name} is not a ${type} property; kept as given`),
      );
    }
  }
  if (errors.length === 0) {
    // §3.2: "modified ... MUST be later than or equal to the value of the created property".
    if (
      isTimestamp(o.created) &&
      isTimestamp(o.modified) &&
      compareTimestamps(o.modified, o.created) < 0
    ) {
      errors.push(
        issue(
          'invalid_order',
          at(path, 'modified'),
          'modified must not be earlier than created (§3.2)',
        ),
      );
    }
    checkConstraints(type, o, path, errors);
    for (const check of options.extraChecks ?? []) check(o, path, errors);
  }
  // A failed result carries its errors only: warnings matter once the object is usable.
  return errors.length > 0 ? fail(...errors) : ok(o as StixObject, warnings);
}
