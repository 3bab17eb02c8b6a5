/**
 * `parseBundle`: JSON text (a string) or an already parsed value to a validated STIX 2.1 bundle (§8). Every
 * object is validated with its index in the path; a repeated `(id, modified)` with identical content is
 * dropped with a warning, with different content it is an error (ARCHITECTURE.md "Versions").
 */
import type { Issue, Result } from '../result.ts';
import { fail, issue, ok } from '../result.ts';
import { isStixId, idType } from './ids.ts';
import { canonicalJson } from './jcs.ts';
import type { Bundle, StixObject } from './object.ts';
import type { ValidateOptions } from './validate.ts';
import { validateObject } from './validate.ts';

/** Parses JSON text into a value, or a clear issue for empty or malformed input. */
export function parseJsonText(text: string): Result<unknown> {
  if (text.trim() === '')
    return fail(issue('empty_input', '', 'input is empty: expected a STIX bundle'));
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(issue('malformed_json', '', `input is not valid JSON: ${detail}`));
  }
}

const versionKey = (o: StixObject): string =>
  `${o.id}|${typeof o.modified === 'string' ? o.modified : ''}`;

/** Deep equality by canonical JSON; nesting too deep to serialize counts as different. */
function sameContent(a: StixObject, b: StixObject): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

export function parseBundle(
  input: unknown,
  options: Pick<ValidateOptions, 'extraChecks'> = {},
): Result<Bundle> {
  let value: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(issue('not_object', '', 'a STIX bundle must be a JSON object'));
  }
  const b = value as Readonly<Record<string, unknown>>;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  if (b.type !== 'bundle') {
    errors.push(
      issue(
        b.type === undefined ? 'missing_property' : 'invalid_type',
        'type',
        `expected type "bundle", got ${JSON.stringify(b.type)}`,
      ),
    );
  }
  if (!isStixId(b.id) || idType(b.id) !== 'bundle') {
    errors.push(
      issue(
        b.id === undefined ? 'missing_property' : 'invalid_id',
        'id',
        'bundle id must be bundle--<UUID> (§8)',
      ),
    );
  }
  // §8: objects is optional; when present it is a non-empty list.
  const rawObjects = b.objects ?? [];
  if (!Array.isArray(rawObjects)) {
    errors.push(issue('invalid_type', 'objects', 'objects must be a list'));
    return { ok: false, issues: errors };
  }
  const objects: StixObject[] = [];
  // Canonical JSON only when an (id, modified) repeats: most bundles have no duplicates.
  const seen = new Map<string, { index: number; object: StixObject }>();
  rawObjects.forEach((raw, index) => {
    const path = `objects[${index}]`;
    const result = validateObject(raw, { path, extraChecks: options.extraChecks });
    if (!result.ok) {
      errors.push(...result.issues);
      return;
    }
    warnings.push(...(result.issues ?? []));
    const object = result.value;
    const key = versionKey(object);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { index, object });
      objects.push(object);
    } else if (sameContent(first.object, object)) {
      warnings.push(
        issue(
          'duplicate_object',
          path,
          `identical copy of objects[${first.index}] (${object.id}); dropped`,
        ),
      );
    } else {
      errors.push(
        issue(
          'duplicate_id_conflict',
          `${path}.id`,
          `${object.id} appears at objects[${first.index}] with different content and the same version`,
        ),
      );
    }
  });
  // Not `fail(...errors)`: a huge bad bundle has more issues than a call can take arguments.
  if (errors.length > 0) return { ok: false, issues: errors };
  const bundle = { ...b, objects } as unknown as Bundle;
  return ok(bundle, warnings);
}
