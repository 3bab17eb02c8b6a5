/**
 * `vigil import` of what people have at hand besides bundles: one STIX object, or a JSON array of
 * objects, taken from the OASIS APT1 example report. Each is read, validated as strictly as a bundle's
 * objects, and the summary says what the file held.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { runVigil } from '../../../../test-support/cli.ts';
import { describeWithData } from '../../../../test-support/data.ts';

type Json = Record<string, unknown>;

describeWithData(
  'vigil import: one object, an array of objects',
  ['oasis-stix2-json-schemas', 'examples', 'threat-reports', 'apt1.json'],
  (apt1) => {
    let dir = '';
    let objects: Json[] = [];
    const file = (name: string, value: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(value, null, 2));
      return path;
    };
    const vigil = (db: string, ...args: string[]) =>
      runVigil(['--db', join(dir, db), 'import', ...args]);
    const storedIds = async (db: string) => {
      const repo = await openRepository(join(dir, db));
      try {
        return (await repo.query({ limit: 1000 })).items.map((o) => o.id).sort();
      } finally {
        await repo.close();
      }
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'vigil-import-'));
      objects = (JSON.parse(readFileSync(apt1, 'utf8')) as { objects: Json[] }).objects;
    });

    it('imports a single STIX object and says it was not a bundle', async () => {
      const group = objects.find((o) => o.type === 'intrusion-set')!;
      const run = await vigil('one.sqlite', file('group.json', group));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(
        /^read one STIX intrusion-set object \(not a bundle\) in .* s: 1 new version,/u,
      );
      expect(await storedIds('one.sqlite')).toEqual([group.id]);
      const json = await vigil('one.sqlite', file('group.json', group), '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({ container: 'object', read: 1, unchanged: 1 });
    });

    it('imports a JSON array of objects, all or nothing', async () => {
      const actors = objects.filter((o) => o.type === 'threat-actor' || o.type === 'identity');
      const run = await vigil('array.sqlite', file('actors.json', actors));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`read a JSON array of ${actors.length} objects (not a bundle)`);
      expect(await storedIds('array.sqlite')).toEqual(actors.map((o) => o.id).sort());

      // One invalid element rejects the whole array: the store keeps only what it had.
      const broken = [objects.find((o) => o.type === 'malware')!, { ...actors[0], id: 'nope' }];
      const rejected = await vigil('array.sqlite', file('broken.json', broken));
      expect(rejected.code).toBe(2);
      expect(rejected.stderr).toMatch(/objects\[1\] is not valid STIX 2\.1: .*id/u);
      expect(await storedIds('array.sqlite')).toEqual(actors.map((o) => o.id).sort());
    });

    it('stays strict: a lone object is validated, and JSON that is not STIX is refused', async () => {
      const { pattern: _dropped, ...noPattern } = objects.find((o) => o.type === 'indicator')!;
      const invalid = await vigil('strict.sqlite', file('no-pattern.json', noPattern));
      expect(invalid.code).toBe(2);
      expect(invalid.stderr).toMatch(/objects\[0\] is not valid STIX 2\.1/u);
      const notStix = await vigil('strict.sqlite', file('config.json', { name: 'x', port: 1 }));
      expect(notStix.code).toBe(2);
      expect(notStix.stderr).toMatch(/neither a bundle .* nor a STIX object/u);
      const numbers = await vigil('strict.sqlite', file('numbers.json', [1, 2]));
      expect(numbers.code).toBe(2);
      expect(numbers.stderr).toMatch(/objects\[0\] is not a JSON object/u);
      expect(await storedIds('strict.sqlite')).toEqual([]);
    });
  },
);
