/**
 * Bundle import on both engines: the OASIS examples round-trip through the store and export unchanged,
 * and every kind of bad input gets a clear error and leaves the store exactly as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CoreError, citedTlpDefinitions } from '@vigil/core';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { storeDigest, withEachEngine } from '../../../../test-support/stores.ts';
import type { Repository } from '../repository.ts';
import { exportBundle } from '../export/export-bundle.ts';
import { importBundleFile } from './import-file.ts';

type Json = Record<string, unknown>;
const byId = (a: Json, b: Json) => ((a.id as string) < (b.id as string) ? -1 : 1);

describeWithData('import → store → export', ['oasis-cti-documentation', 'example_json'], (docs) => {
  const schemaExamples = join(docs, '../../oasis-stix2-json-schemas/examples');
  const bundles = [
    ...readdirSync(docs).map((f) => join(docs, f)),
    ...readdirSync(schemaExamples)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(schemaExamples, f)),
    join(schemaExamples, 'threat-reports/apt1.json'),
    join(schemaExamples, 'threat-reports/poisonivy.json'),
  ].filter((path) => (JSON.parse(readFileSync(path, 'utf8')) as Json).type === 'bundle');

  withEachEngine('OASIS example bundles', (makeRepo) => {
    it(
      'round-trip deep-equal to the input (plus the TLP definitions it cites) and export schema-valid STIX 2.1',
      { timeout: 600_000 },
      async () => {
        expect(bundles.length).toBeGreaterThanOrEqual(16);
        for (const path of bundles) {
          const input = (JSON.parse(readFileSync(path, 'utf8')) as { objects: Json[] }).objects;
          const repo = await makeRepo();
          const summary = await importBundleFile(repo, path);
          expect(summary.added, path).toBe(input.length);
          const exported = JSON.parse((await exportBundle(repo, { maxTlp: 'red' })).text) as {
            objects: Json[];
          };
          // Every bundle Vigil writes carries the TLP definitions its objects cite (ARCHITECTURE.md).
          const expected = [...input, ...(citedTlpDefinitions(input) as unknown as Json[])];
          expect([...exported.objects].sort(byId), path).toEqual(expected.sort(byId));
          expectSchemaValid(exported.objects);
          await repo.close();
        }
      },
    );
  });
});

const id = (type: string, n: number) =>
  `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const identity = {
  type: 'identity',
  spec_version: '2.1',
  id: id('identity', 1),
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  name: 'Example Org',
  identity_class: 'organization',
};
const malware = {
  type: 'malware',
  spec_version: '2.1',
  id: id('malware', 2),
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  created_by_ref: identity.id,
  name: 'ExampleRAT',
  is_family: true,
};
const relationship = {
  type: 'relationship',
  spec_version: '2.1',
  id: id('relationship', 3),
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  relationship_type: 'related-to',
  source_ref: malware.id,
  target_ref: id('tool', 99), // in neither the bundle nor the store
};

withEachEngine('bad input', (makeRepo) => {
  let dir: string;
  let repo: Repository;
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const bundle = (...objects: unknown[]) =>
    JSON.stringify({ type: 'bundle', id: id('bundle', 7), objects });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-import-test-'));
  });

  /** Runs the import, expects a CoreError matching `message`, and checks the store did not change. */
  async function rejects(path: string, message: RegExp, options = {}): Promise<CoreError> {
    repo = await makeRepo();
    await importBundleFile(repo, file('seed.json', bundle(identity)));
    const before = await storeDigest(repo);
    const error = await importBundleFile(repo, path, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).message).toMatch(message);
    expect(await storeDigest(repo)).toEqual(before);
    return error as CoreError;
  }

  it('malformed JSON names the object', async () => {
    const text = bundle(identity, malware).replace('"name":"ExampleRAT"', '"name":ExampleRAT');
    await rejects(file('malformed.json', text), /objects\[1\]: malformed JSON/);
  });

  it('an error late in the file rolls back everything written before it', async () => {
    const many = Array.from({ length: 2500 }, (_, n) => ({
      ...malware,
      id: id('malware', 1000 + n),
    }));
    const text = bundle(...many, { ...malware, id: 'malware--not-a-uuid' });
    await rejects(file('late.json', text), /objects\[2500\].*not a STIX identifier/);
  });

  it('wrong property types and bad ids', async () => {
    await rejects(
      file('types.json', bundle({ ...malware, is_family: 'yes' })),
      /objects\[0\].*is_family/,
    );
    await rejects(file('created.json', bundle({ ...malware, created: 20240101 })), /created/);
    await rejects(file('badid.json', bundle({ ...malware, id: 'malware--1234' })), /identifier/);
    await rejects(
      file('prefix.json', bundle({ ...malware, id: id('tool', 2) })),
      /does not match type malware/,
    );
  });

  it('empty file, JSON that is not STIX and over the size cap', async () => {
    await rejects(file('empty.json', ''), /empty input/);
    await rejects(file('object.json', JSON.stringify({ name: 'x' })), /nor a STIX object/);
    await rejects(file('text.json', '"malware"'), /^not STIX: the input must be/);
    const big = file('big.json', bundle(identity, malware));
    const error = await rejects(big, /size cap of 100 bytes/, { maxBytes: 100 });
    expect(error.code).toBe('too_large');
  });

  it('one STIX object or an array of objects is imported like a bundle of them', async () => {
    repo = await makeRepo();
    const lone = await importBundleFile(repo, file('lone.json', JSON.stringify(malware)));
    expect(lone).toMatchObject({ container: 'object', read: 1, added: 1 });
    const array = await importBundleFile(
      repo,
      file('array.json', JSON.stringify([identity, malware])),
    );
    expect(array).toMatchObject({ container: 'array', read: 2, added: 1, unchanged: 1 });
    expect(await importBundleFile(repo, file('b.json', bundle(identity)))).toMatchObject({
      container: 'bundle',
    });
    await rejects(
      file('lone-bad.json', JSON.stringify({ ...malware, is_family: 'yes' })),
      /is_family/,
    );
  });

  it('duplicate id with different content is rejected; an identical repeat is fine', async () => {
    const changed = { ...malware, name: 'OtherRAT' };
    await rejects(
      file('dup.json', bundle(identity, malware, changed)),
      /objects\[2\] repeats id malware--.* of objects\[1\] with different content/,
    );
    repo = await makeRepo();
    const summary = await importBundleFile(
      repo,
      file('same.json', bundle(identity, malware, malware)),
    );
    expect(summary.added).toBe(2);
  });

  it('dangling refs: imported with a warning list, or rejected under --strict', async () => {
    const path = file('dangling.json', bundle(identity, malware, relationship));
    await rejects(path, /1 dangling reference.*target_ref → tool--/, { strict: true });
    repo = await makeRepo();
    const summary = await importBundleFile(repo, path);
    expect(summary.added).toBe(3);
    expect(summary.danglingRefs).toEqual([
      { index: 2, id: relationship.id, property: 'target_ref', ref: relationship.target_ref },
    ]);
    // A reference to an object already in the store is not dangling.
    const later = await importBundleFile(
      repo,
      file('later.json', bundle({ ...malware, id: id('malware', 5) })),
      {
        strict: true,
      },
    );
    expect(later.danglingRefs).toEqual([]);
  });
});
