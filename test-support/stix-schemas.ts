/**
 * Test oracle: the official OASIS STIX 2.1 JSON schemas (VIGIL_DATA_DIR/oasis-stix2-json-schemas),
 * compiled with Ajv2020. Tests only: one schema pattern backtracks exponentially, so the schemas never
 * see untrusted input (docs/ARCHITECTURE.md, "STIX schema oracle").
 *
 * Use `expectSchemaValid(objects)` in a test to assert that what your code emits is schema-valid STIX 2.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { dataPath } from './data.ts';

const SCHEMA_ROOT = ['oasis-stix2-json-schemas', 'schemas'];
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

/** The schemas' own `type` pattern, `^([a-z][a-z0-9]*)+(-[a-z0-9]+)*\-?$`, is exponential on e.g. `aaaa…--`. */
const SAFE_TYPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?$/;

/** Schema file (relative to schemas/) for a STIX type; undefined when OASIS publishes none. */
function schemaFileFor(type: string, files: ReadonlySet<string>): string | undefined {
  for (const folder of ['sdos', 'sros', 'observables', 'common']) {
    const file = `${folder}/${type}.json`;
    if (files.has(file)) return file;
  }
  // Custom objects (`x-mitre-tactic`…) are checked against the common properties only (STIX 2.1 §11.1).
  return type.startsWith('x-') ? 'common/core.json' : undefined;
}

export interface SchemaOracle {
  /** Schema errors of one object, as `path: message` lines; empty when valid. */
  errors(object: unknown): string[];
  /** Errors of a whole bundle against `common/bundle.json` (plus each object on its own schema). */
  bundleErrors(bundle: unknown): string[];
}

let cached: SchemaOracle | undefined | null = null;

/** The compiled oracle, or undefined when VIGIL_DATA_DIR has no schemas. Compiled once per worker. */
export function stixSchemaOracle(): SchemaOracle | undefined {
  if (cached !== null) return cached;
  const root = dataPath(...SCHEMA_ROOT);
  if (!root) return (cached = undefined);
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    // Some schema patterns are not valid under the `u` flag (e.g. `\-` outside a class).
    unicodeRegExp: false,
    // Formats (uri, email, idn-hostname) are not checked: Ajv core ships no format validators.
    validateFormats: false,
  });
  const files = new Set<string>();
  for (const folder of readdirSync(root)) {
    for (const name of readdirSync(join(root, folder))) {
      if (!name.endsWith('.json')) continue;
      files.add(`${folder}/${name}`);
      ajv.addSchema(JSON.parse(readFileSync(join(root, folder, name), 'utf8')) as object);
    }
  }
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (file: string): ValidateFunction => {
    let fn = compiled.get(file);
    if (!fn) {
      fn = ajv.getSchema(BASE + file) as ValidateFunction;
      compiled.set(file, fn);
    }
    return fn;
  };
  const run = (fn: ValidateFunction, value: unknown, prefix: string): string[] =>
    fn(value)
      ? []
      : (fn.errors ?? []).map(
          (e) => `${prefix}${e.instancePath || '/'}: ${e.message ?? e.keyword}`,
        );

  const errors = (object: unknown, prefix = ''): string[] => {
    const type = (object as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !SAFE_TYPE.test(type) || type.length > 250) {
      return [`${prefix}/type: not a STIX type name: ${JSON.stringify(type)}`];
    }
    const file = schemaFileFor(type, files);
    if (!file) return [`${prefix}/type: no OASIS schema for type ${type}`];
    return run(validatorFor(file), object, prefix);
  };
  const bundleErrors = (bundle: unknown): string[] => {
    const objects = (bundle as { objects?: unknown } | null)?.objects;
    const list = Array.isArray(objects) ? (objects as unknown[]) : [];
    const perObject = list.flatMap((o, i) => errors(o, `/objects/${i}`));
    // Never hand the bundle schema an unsafe `type`: perObject already reported it.
    if (perObject.some((line) => line.includes('/type: not a STIX type name'))) return perObject;
    return [...run(validatorFor('common/bundle.json'), bundle, ''), ...perObject];
  };
  return (cached = { errors: (o) => errors(o), bundleErrors });
}

/**
 * Asserts every object is valid against its official OASIS schema. Fails (not skips) when the schemas
 * are absent, so call it inside `describeWithData(…, ['oasis-stix2-json-schemas'], …)`.
 */
export function expectSchemaValid(objects: readonly unknown[]): void {
  const oracle = stixSchemaOracle();
  if (!oracle) throw new Error('expectSchemaValid: VIGIL_DATA_DIR/oasis-stix2-json-schemas absent');
  const problems = objects.flatMap((o, i) =>
    oracle.errors(o).map((line) => `objects[${i}] ${describeObject(o)}${line}`),
  );
  expect(problems).toEqual([]);
}

function describeObject(o: unknown): string {
  const id = (o as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `(${id}) ` : '';
}
