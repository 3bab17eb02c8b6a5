/**
 * Every type Vigil emits: the sample object is valid for Vigil's validator and for the official OASIS
 * schemas, and dropping any required property (the schema's required list, plus Vigil's stricter
 * ones) yields a `missing_property` issue at that property's path.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPath, describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid, stixSchemaOracle } from '../../../../test-support/stix-schemas.ts';
import { parseBundle } from './bundle.ts';
import { SAMPLE_OBJECTS } from './sample-objects.fixture.ts';
import { TYPE_DEFINITIONS } from './type-registry.ts';
import { validateObject } from './validate.ts';

/** The `required` lists of a schema file and of the schemas it includes through `allOf`. */
function schemaRequired(file: string): Set<string> {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as {
    required?: string[];
    allOf?: { $ref?: string; required?: string[] }[];
  };
  const out = new Set(schema.required ?? []);
  for (const part of schema.allOf ?? []) {
    if (part.$ref)
      for (const name of schemaRequired(normalize(join(dirname(file), part.$ref)))) out.add(name);
    for (const name of part.required ?? []) out.add(name);
  }
  return out;
}

function schemaFile(type: string): string | undefined {
  for (const folder of ['sdos', 'sros', 'observables', 'common']) {
    const file = dataPath('oasis-stix2-json-schemas', 'schemas', folder, `${type}.json`);
    if (file) return file;
  }
  return undefined;
}

const without = (o: object, name: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...o };
  delete copy[name];
  return copy;
};

describe('sample objects of every emitted type', () => {
  it('cover every type in the type registry', () => {
    const covered = new Set(SAMPLE_OBJECTS.map((o) => o.type));
    const missing = [...TYPE_DEFINITIONS.keys()].filter(
      (t) => !covered.has(t) && t !== 'extension-definition' && t !== 'infrastructure',
    );
    expect(missing).toEqual([]);
  });

  it.each(SAMPLE_OBJECTS.map((o) => [o.type, o] as const))(
    '%s is valid for Vigil',
    (_type, object) => {
      const result = validateObject(object);
      expect(result.ok ? (result.issues ?? []) : result.issues).toEqual([]);
    },
  );

  it('are valid together as one bundle', () => {
    const result = parseBundle({
      type: 'bundle',
      id: 'bundle--6b0f2a47-3a61-4b8e-9d3c-2f0e1a9b8c7d',
      objects: SAMPLE_OBJECTS,
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describeWithData(
  'emitted types against the OASIS schemas',
  ['oasis-stix2-json-schemas', 'schemas'],
  () => {
    it('every sample object is schema-valid', () => {
      expectSchemaValid(SAMPLE_OBJECTS);
    });

    for (const object of SAMPLE_OBJECTS) {
      const type = object.type;
      describe(`${type} (${object.id})`, () => {
        const file = schemaFile(type);
        const gold = file ? schemaRequired(file) : new Set<string>();
        const ours = Object.entries(TYPE_DEFINITIONS.get(type)?.properties ?? {})
          .filter(([, spec]) => spec.required)
          .map(([name]) => name);
        const names = [...new Set([...gold, ...ours, 'type', 'id'])].filter((n) => n in object);

        it('Vigil requires at least what the schema requires', () => {
          expect([...gold].filter((n) => !ours.includes(n) && n !== 'type')).toEqual([]);
        });

        it.each(names)('dropping %s gives missing_property at objects[0].%s', (name) => {
          const broken = without(object, name);
          const result = parseBundle({
            type: 'bundle',
            id: 'bundle--6b0f2a47-3a61-4b8e-9d3c-2f0e1a9b8c7d',
            objects: [broken],
          });
          expect(result.ok).toBe(false);
          expect(result.issues).toContainEqual(
            expect.objectContaining({ code: 'missing_property', path: `objects[0].${name}` }),
          );
          // The gold agrees that a schema-required property is needed.
          if (gold.has(name)) expect(stixSchemaOracle()?.errors(broken).length).toBeGreaterThan(0);
        });
      });
    }
  },
);
