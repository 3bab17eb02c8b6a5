/**
 * What `vigil sync attack` says about the release it loaded, on real ATT&CK data: from the bundle's
 * x-mitre-collection, from a versioned file name (said so), or plainly unknown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { runVigil } from '../../../../test-support/cli.ts';
import { describeWithData } from '../../../../test-support/data.ts';

type Json = Record<string, unknown>;

describeWithData('vigil sync attack: the release', ['mitre-attack', 'ics-attack.json'], (ics) => {
  let dir = '';
  let collection: Json = {};
  let withoutCollection: Json = {};
  const metaOf = async (db: string) => {
    const repo = await openRepository(db);
    try {
      return await repo.meta.all();
    } finally {
      await repo.close();
    }
  };
  const sync = (db: string, file: string) =>
    runVigil(['--db', join(dir, db), 'sync', 'attack', '--file', file]);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-attack-release-'));
    const bundle = JSON.parse(readFileSync(ics, 'utf8')) as Json & { objects: Json[] };
    collection = bundle.objects.find((o) => o.type === 'x-mitre-collection')!;
    // As mitre/cti publishes ATT&CK: the same objects without the collection.
    withoutCollection = {
      ...bundle,
      objects: bundle.objects.filter((o) => o.type !== 'x-mitre-collection'),
    };
  });

  it('names the release from the x-mitre-collection', async () => {
    const run = await sync('collection.sqlite', ics);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      `ATT&CK ${String(collection.x_mitre_version)}, ATT&CK spec ${String(collection.x_mitre_attack_spec_version)}`,
    );
    expect(await metaOf(join(dir, 'collection.sqlite'))).toMatchObject({
      'attack.version': collection.x_mitre_version,
      'attack.version_source': 'x-mitre-collection',
    });
  });

  it('without a collection: the release from a versioned file name, said so; else unknown', async () => {
    const named = join(dir, 'ics-attack-18.1.json');
    writeFileSync(named, JSON.stringify(withoutCollection));
    const run = await sync('named.sqlite', named);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^ATT&CK 18\.1 \(from the file name ics-attack-18\.1\.json: the bundle has no x-mitre-collection\)/u,
    );
    expect(await metaOf(join(dir, 'named.sqlite'))).toMatchObject({
      'attack.version': '18.1',
      'attack.version_source': 'file name',
    });

    const plain = join(dir, 'ics-attack.json');
    writeFileSync(plain, JSON.stringify(withoutCollection));
    const unknown = await sync('plain.sqlite', plain);
    expect(unknown.code, unknown.stderr).toBe(0);
    expect(unknown.stdout).toMatch(/^ATT&CK release unknown \(no x-mitre-collection/u);
    const meta = await metaOf(join(dir, 'plain.sqlite'));
    expect(meta).not.toHaveProperty('attack.version');
    expect(meta['attack.latest_modified']).toMatch(/^\d{4}-\d\d-\d\dT/u);
  });
});
