/** Checks one property value against its spec (property-spec.ts), appending precise issues. */
import type { Issue } from '../result.ts';
import { issue } from '../result.ts';
import { idType, isStixId } from './ids.ts';
import type { PropertySpec } from './property-spec.ts';
import { checkTimestamp } from './timestamp.ts';
import { categoryOf } from './type-registry.ts';
import { HASH_HEX_LENGTH } from './vocab.ts';

const HEX = /^(?:[0-9a-f]{2})*$/i;
const BASE64 = /^[\d+/a-z]*={0,2}$/i;
const HASH_VALUE = /^[0-9a-f]+$/i;
/** §2.7 dictionary keys / custom hash names: ASCII, at most 250 characters. */
const DICT_KEY = /^[\w-]{1,250}$/;
const GROUPS = new Set<string>(['*', 'sdo', 'sco', 'sro']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const kindName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

/** Whether an id may be the target of a reference restricted to `targets` (types or groups). */
export function refTargetAllowed(id: string, targets: readonly string[]): boolean {
  if (targets.length === 0 || targets.includes('*')) return true;
  const type = idType(id);
  if (targets.includes(type)) return true;
  const category = categoryOf(type);
  // Custom types (x-mitre-tactic…) have no known category; a group-typed reference accepts them.
  if (category === undefined) return targets.some((t) => GROUPS.has(t));
  return targets.includes(category);
}

export function checkProperty(
  value: unknown,
  spec: PropertySpec,
  path: string,
  out: Issue[],
): void {
  const wrongType = (expected: string): void => {
    out.push(issue('invalid_type', path, `expected ${expected}, got ${kindName(value)}`));
  };
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') wrongType('a string');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrongType('a boolean');
      return;
    case 'integer':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a number');
      if (spec.kind === 'integer' && !Number.isInteger(value)) return wrongType('an integer');
      if (
        (spec.min !== undefined && value < spec.min) ||
        (spec.max !== undefined && value > spec.max)
      ) {
        const range = `${spec.min ?? '-∞'}..${spec.max ?? '∞'}`;
        out.push(issue('out_of_range', path, `${value} is outside ${range}`));
      }
      return;
    }
    case 'timestamp': {
      if (typeof value !== 'string') return wrongType('a timestamp string');
      const problem = checkTimestamp(value, spec.millis);
      if (problem === 'precision') {
        out.push(
          issue('timestamp_precision', path, `${value} must have millisecond precision (§3.2)`),
        );
      } else if (problem) {
        out.push(
          issue('invalid_timestamp', path, `${value} is not an RFC 3339 UTC timestamp ending in Z`),
        );
      }
      return;
    }
    case 'identifier': {
      if (!isStixId(value)) {
        out.push(
          issue(
            'invalid_id',
            path,
            `${JSON.stringify(value)} is not a STIX identifier (type--UUID)`,
          ),
        );
      } else if (!refTargetAllowed(value, spec.targets)) {
        out.push(
          issue('invalid_ref_type', path, `${value} must reference ${spec.targets.join(' or ')}`),
        );
      }
      return;
    }
    case 'open-vocab':
      // Open vocabularies accept any string (§10); only the type is checked.
      if (typeof value !== 'string') wrongType('a string');
      return;
    case 'enum':
      if (typeof value !== 'string') return wrongType('a string');
      if (!spec.values.includes(value)) {
        out.push(
          issue(
            'invalid_enum',
            path,
            `${JSON.stringify(value)} is not one of ${spec.values.join(', ')}`,
          ),
        );
      }
      return;
    case 'hex':
      if (typeof value !== 'string' || !HEX.test(value)) wrongType('a hex string');
      return;
    case 'binary':
      if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) {
        wrongType('a base64 string');
      }
      return;
    case 'hashes':
      return checkHashes(value, path, out);
    case 'kill-chain-phase':
      return checkFields(value, path, out, { kill_chain_name: true, phase_name: true });
    case 'external-reference':
      return checkExternalReference(value, path, out);
    case 'granular-marking':
      return checkGranularMarking(value, path, out);
    case 'dictionary':
      if (!isPlainObject(value)) wrongType('an object');
      return;
    case 'extensions':
      return checkExtensions(value, path, out);
    case 'list': {
      if (!Array.isArray(value)) return wrongType('a list');
      if (spec.minItems !== undefined && value.length < spec.minItems) {
        out.push(issue('empty_list', path, 'list must not be empty'));
      }
      value.forEach((item, i) => checkProperty(item, spec.of, `${path}[${i}]`, out));
      return;
    }
  }
}

/** Required string fields of a small structured type (kill-chain phase…). */
function checkFields(
  value: unknown,
  path: string,
  out: Issue[],
  fields: Readonly<Record<string, boolean>>,
): void {
  if (!isPlainObject(value)) {
    out.push(issue('invalid_type', path, `expected an object, got ${kindName(value)}`));
    return;
  }
  for (const [name, isRequired] of Object.entries(fields)) {
    const v = value[name];
    if (v === undefined) {
      if (isRequired) out.push(issue('missing_property', `${path}.${name}`, `${name} is required`));
    } else if (typeof v !== 'string') {
      out.push(issue('invalid_type', `${path}.${name}`, `expected a string, got ${kindName(v)}`));
    }
  }
}

/** §2.5 hashes: keys from hash-algorithm-ov or custom names; known algorithms have fixed hex lengths. */
function checkHashes(value: unknown, path: string, out: Issue[]): void {
  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    out.push(issue('invalid_type', path, 'hashes must be a non-empty object'));
    return;
  }
  for (const [algorithm, digest] of Object.entries(value)) {
    const at = `${path}['${algorithm}']`;
    if (!DICT_KEY.test(algorithm))
      out.push(issue('invalid_hash', at, 'invalid hash algorithm name'));
    if (typeof digest !== 'string') {
      out.push(issue('invalid_type', at, `expected a string, got ${kindName(digest)}`));
      continue;
    }
    const length = HASH_HEX_LENGTH[algorithm];
    if (length !== undefined && (digest.length !== length || !HASH_VALUE.test(digest))) {
      out.push(issue('invalid_hash', at, `${algorithm} must be ${length} hex digits`));
    }
  }
}

/** §2.5 external-reference: source_name plus at least one of description, url, external_id. */
function checkExternalReference(value: unknown, path: string, out: Issue[]): void {
  checkFields(value, path, out, {
    source_name: true,
    description: false,
    url: false,
    external_id: false,
  });
  if (!isPlainObject(value)) return;
  if (value.hashes !== undefined) checkHashes(value.hashes, `${path}.hashes`, out);
  if (
    value.description === undefined &&
    value.url === undefined &&
    value.external_id === undefined
  ) {
    out.push(
      issue(
        'missing_property',
        path,
        'external reference needs description, url or external_id (§2.5)',
      ),
    );
  }
}

/** §7.2.3 granular marking: selectors plus exactly one of marking_ref or lang. */
function checkGranularMarking(value: unknown, path: string, out: Issue[]): void {
  if (!isPlainObject(value)) {
    out.push(issue('invalid_type', path, `expected an object, got ${kindName(value)}`));
    return;
  }
  checkProperty(
    value.selectors,
    { kind: 'list', of: { kind: 'string' }, minItems: 1 },
    `${path}.selectors`,
    out,
  );
  const hasRef = value.marking_ref !== undefined;
  if (hasRef === (value.lang !== undefined)) {
    out.push(
      issue('invalid_marking', path, 'granular marking needs exactly one of marking_ref or lang'),
    );
  }
  if (hasRef) {
    checkProperty(
      value.marking_ref,
      { kind: 'identifier', targets: ['marking-definition'] },
      `${path}.marking_ref`,
      out,
    );
  }
}

/** §7.3 extensions: keys are extension-definition ids or predefined `…-ext` names; values objects. */
function checkExtensions(value: unknown, path: string, out: Issue[]): void {
  if (!isPlainObject(value)) {
    out.push(issue('invalid_type', path, `expected an object, got ${kindName(value)}`));
    return;
  }
  for (const [key, ext] of Object.entries(value)) {
    const at = `${path}['${key}']`;
    const known = key.endsWith('-ext') || (isStixId(key) && idType(key) === 'extension-definition');
    if (!known)
      out.push(
        issue(
          'invalid_extension',
          at,
          'extension key must be an extension-definition id or end in -ext',
        ),
      );
    if (!isPlainObject(ext)) out.push(issue('invalid_type', at, 'extension must be an object'));
  }
}
