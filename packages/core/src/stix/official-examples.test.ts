/**
 * Every official OASIS example (cti-documentation and the schema repository's examples) parses with
 * Vigil's validator, comes back deep-equal when re-serialized, and the re-serialized form is valid
 * against the official JSON schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPath, describeWithData } from '../../../../test-support/data.ts';
import { stixSchemaOracle } from '../../../../test-support/stix-schemas.ts';
import { parseBundle } from './bundle.ts';
import { validateObject } from './validate.ts';

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFiles(join(dir, entry.name))
      : entry.name.endsWith('.json')
        ? [join(dir, entry.name)]
        : [],
  );

function checkExampleFiles(dir: string): void {
  const files = jsonFiles(dir);
  it('finds the example files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file.slice(dir.length + 1), () => {
      const text = readFileSync(file, 'utf8');
      const input = JSON.parse(text) as { type?: string };
      const oracle = stixSchemaOracle();
      if (input.type !== 'bundle') {
        // interop-objectmarking-test.json is one campaign, not a bundle.
        const result = validateObject(input);
        expect(result.ok ? [] : result.issues).toEqual([]);
        if (oracle) expect(oracle.errors(JSON.parse(JSON.stringify(input)))).toEqual([]);
        return;
      }
      const result = parseBundle(text);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (!result.ok) return;
      const reserialized = JSON.parse(JSON.stringify(result.value)) as unknown;
      expect(reserialized).toEqual(input);
      if (oracle) expect(oracle.bundleErrors(reserialized)).toEqual([]);
    });
  }
}

describeWithData(
  'OASIS cti-documentation examples',
  ['oasis-cti-documentation', 'example_json'],
  checkExampleFiles,
);
describeWithData(
  'OASIS schema repository examples',
  ['oasis-stix2-json-schemas', 'examples'],
  checkExampleFiles,
);

describe('schema oracle availability', () => {
  it('is present whenever the schema data is', () => {
    expect(stixSchemaOracle() !== undefined).toBe(
      dataPath('oasis-stix2-json-schemas', 'schemas') !== undefined,
    );
  });
});
