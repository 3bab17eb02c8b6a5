/**
 * ATT&CK Enterprise through the importer on both engines: what lands (counts by type, custom x-mitre
 * objects, revoked/deprecated flags, release meta), idempotent re-import, exactly one new version for one
 * changed object, and a byte-identical export when nothing changed. Expected figures are computed from
 * the data file itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { upgradeToStix21 } from '@vigil/core';
import { attackBundlePath, attackTemplate } from '../../../../test-support/attack-store.ts';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { withEachEngine } from '../../../../test-support/stores.ts';
import { exportBundle } from '../export/export-bundle.ts';
import { importAttack } from './import-attack.ts';

type Json = Record<string, unknown> & { id: string; type: string };
const LONG = 900_000;

describeWithData('ATT&CK import', ['mitre-attack', 'enterprise-attack.json'], (path) => {
  const objects = (JSON.parse(readFileSync(path, 'utf8')) as { objects: Json[] }).objects;
  const countBy = (list: Json[]) => {
    const counts: Record<string, number> = {};
    for (const o of list) counts[o.type] = (counts[o.type] ?? 0) + 1;
    return counts;
  };
  const zirconium = objects.find(
    (o) =>
      o.type === 'intrusion-set' &&
      (o.external_references as { external_id?: string }[]).some((r) => r.external_id === 'G0128'),
  )!;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-attack-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  withEachEngine('ATT&CK Enterprise', (_makeRepo, context) => {
    it(
      'stores every object once, per type as in the bundle, with the release in meta',
      { timeout: LONG },
      async () => {
        expect(attackBundlePath()).toBe(path);
        const repo = await context.cloneRepo(await attackTemplate(context.engine));
        const info = await repo.info();
        expect(info.versions).toBe(objects.length);
        expect(info.countsByType).toEqual(countBy(objects));
        const specVersions = objects
          .map((o) => o.x_mitre_attack_spec_version)
          .filter(Boolean) as string[];
        const newest = objects
          .map((o) => o.modified as string | undefined)
          .filter(Boolean)
          .sort()
          .at(-1);
        expect(await repo.meta.get('attack.spec_version')).toBe(
          specVersions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1),
        );
        expect(await repo.meta.get('attack.latest_modified')).toBe(newest);
      },
    );

    it(
      'keeps x-mitre objects and revoked/deprecated flags as given (plus spec_version 2.1)',
      { timeout: LONG },
      async () => {
        const repo = await context.cloneRepo(await attackTemplate(context.engine));
        const custom = objects.filter((o) => o.type.startsWith('x-mitre-'));
        const flagged = objects.filter((o) => o.revoked === true || o.x_mitre_deprecated === true);
        expect(custom.length).toBeGreaterThan(2000);
        expect(flagged.length).toBeGreaterThan(300);
        for (const original of [...custom.slice(0, 300), ...flagged]) {
          // Stored exactly as upgraded (the upgrade rules are checked against MITRE's 2.1 data in core).
          const stored = await repo.get(original.id);
          expect(stored).toEqual(upgradeToStix21(original));
          expect([stored?.revoked, stored?.x_mitre_deprecated]).toEqual([
            original.revoked,
            original.x_mitre_deprecated,
          ]);
        }
        expect(await repo.get(zirconium.id)).toMatchObject({
          name: zirconium.name,
          spec_version: '2.1',
        });
      },
    );

    it(
      're-import adds 0 versions; one changed object adds exactly 1',
      { timeout: LONG },
      async () => {
        const repo = await context.cloneRepo(await attackTemplate(context.engine));
        const again = await importAttack(repo, path);
        expect(again).toMatchObject({ read: objects.length, added: 0, unchanged: objects.length });
        expect(again.conflicts).toEqual([]);
        expect((await repo.info()).versions).toBe(objects.length);

        const changed = {
          ...zirconium,
          modified: '2026-01-01T00:00:00.000Z',
          description: 'Changed in a test.',
        };
        const edited = join(dir, `edited-${context.engine}.json`);
        writeFileSync(
          edited,
          JSON.stringify({
            type: 'bundle',
            id: 'bundle--6b2c1a36-4c39-4f6f-9c52-1f1e3c1d2b3a',
            objects: objects.map((o) => (o.id === zirconium.id ? changed : o)),
          }),
        );
        const once = await importAttack(repo, edited);
        expect(once).toMatchObject({ added: 1, unchanged: objects.length - 1 });
        expect((await repo.info()).versions).toBe(objects.length + 1);
        expect(await repo.get(zirconium.id)).toMatchObject({ description: 'Changed in a test.' });
        expect((await repo.versions(zirconium.id)).map((v) => v.modified)).toEqual([
          zirconium.modified,
          changed.modified,
        ]);
      },
    );

    it(
      'exports byte-identically when nothing changed; an intrusion set with what it uses',
      { timeout: LONG },
      async () => {
        const repo = await context.cloneRepo(await attackTemplate(context.engine));
        const first = await exportBundle(repo);
        expect(first.objects).toBe(objects.length);
        await importAttack(repo, path);
        const second = await exportBundle(repo);
        expect(second.text).toBe(first.text);
        expect(second.bundleId).toBe(first.bundleId);

        const set = await exportBundle(repo, { intrusionSet: 'APT31' });
        const exported = (JSON.parse(set.text) as { objects: Json[] }).objects;
        const related = objects.filter(
          (o) =>
            o.type === 'relationship' &&
            o.revoked !== true &&
            (o.source_ref === zirconium.id || o.target_ref === zirconium.id),
        );
        expect(related.length).toBeGreaterThan(5);
        const ids = new Set(exported.map((o) => o.id));
        expect(ids.has(zirconium.id)).toBe(true);
        for (const r of related) {
          expect(ids.has(r.id)).toBe(true);
          expect(ids.has(r.target_ref as string) && ids.has(r.source_ref as string)).toBe(true);
        }
        expectSchemaValid(exported);
      },
    );
  });
});
