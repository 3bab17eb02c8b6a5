/**
 * CISA KEV sync on both engines: one vulnerability per catalog entry with a deterministic Vigil id,
 * flagged known-exploited; re-sync adds nothing; a changed entry adds exactly one version; bad catalogs
 * change nothing. Expected values are read from the catalog file.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { vigilId } from '@vigil/core';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { storeDigest, withEachEngine } from '../../../../test-support/stores.ts';
import { importKev } from './import-kev.ts';

interface Catalog {
  catalogVersion: string;
  dateReleased: string;
  vulnerabilities: Record<string, unknown>[];
}

describeWithData('CISA KEV sync', ['cisa-kev', 'known_exploited_vulnerabilities.json'], (path) => {
  const text = readFileSync(path, 'utf8');
  const catalog = JSON.parse(text) as Catalog;

  withEachEngine('importKev', (makeRepo) => {
    it(
      'one flagged vulnerability per entry, idempotent, one change = one version',
      { timeout: 300_000 },
      async () => {
        const repo = await makeRepo();
        const first = await importKev(repo, text);
        const entries = catalog.vulnerabilities;
        expect(first).toMatchObject({
          added: entries.length,
          catalogVersion: catalog.catalogVersion,
        });
        expect(await repo.meta.get('kev.catalog_version')).toBe(catalog.catalogVersion);

        const sample = entries.find((e) => e.knownRansomwareCampaignUse === 'Known')!;
        const cve = sample.cveID as string;
        const stored = await repo.get(vigilId('vulnerability', cve));
        expect(stored).toMatchObject({
          type: 'vulnerability',
          name: cve,
          x_vigil_known_exploited: true,
          x_cisa_kev: {
            dateAdded: sample.dateAdded,
            vendorProject: sample.vendorProject,
            product: sample.product,
            knownRansomwareCampaignUse: 'Known',
          },
        });
        expect(stored?.external_references).toContainEqual({
          source_name: 'cve',
          external_id: cve,
        });
        expectSchemaValid([stored]);

        expect(await importKev(repo, text)).toMatchObject({ added: 0, unchanged: entries.length });

        const edited: Catalog = {
          ...catalog,
          catalogVersion: `${catalog.catalogVersion}.1`,
          dateReleased: '2025-09-01T00:00:00.000Z',
          vulnerabilities: entries.map((e) =>
            e.cveID === cve ? { ...e, shortDescription: 'Updated in a test.' } : e,
          ),
        };
        const once = await importKev(repo, JSON.stringify(edited));
        expect(once).toMatchObject({ added: 1, unchanged: entries.length - 1 });
        const versions = await repo.versions(vigilId('vulnerability', cve));
        expect(versions.map((v) => v.description)).toEqual([
          sample.shortDescription,
          'Updated in a test.',
        ]);
        expect(versions[1]?.modified).toBe(edited.dateReleased);
        expect(await repo.meta.get('kev.catalog_version')).toBe(edited.catalogVersion);
      },
    );

    it('a bad catalog gives a clear error and changes nothing', async () => {
      const repo = await makeRepo();
      await importKev(
        repo,
        JSON.stringify({ ...catalog, vulnerabilities: catalog.vulnerabilities.slice(0, 3) }),
      );
      const before = await storeDigest(repo);
      const broken = catalog.vulnerabilities.map((e, i) =>
        i === 5 ? { ...e, cveID: 'CVE-20-1' } : e,
      );
      await expect(
        importKev(repo, JSON.stringify({ ...catalog, vulnerabilities: broken })),
      ).rejects.toThrow(/vulnerabilities\[5\]: cveID "CVE-20-1" is not a CVE id/);
      await expect(importKev(repo, '{"vulnerabilities": ')).rejects.toThrow(/not valid JSON/);
      await expect(importKev(repo, '[]')).rejects.toThrow(/expected a JSON object/);
      expect(await storeDigest(repo)).toEqual(before);
    });
  });
});
