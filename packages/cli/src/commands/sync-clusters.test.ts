/**
 * Every sync or import that changes entity knowledge leaves entity clusters up to date, on a real
 * SQLite file: `vigil sync attack` alone makes revoked ATT&CK groups resolve to their replacements, a
 * later `vigil import` of another source's group joins its ATT&CK cluster, and a sync that changes
 * nothing leaves the clusters alone.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { runVigil } from '../../../../test-support/cli.ts';
import { describeWithData } from '../../../../test-support/data.ts';

const G0128 = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';

describeWithData(
  'entity clusters after sync and import',
  ['mitre-attack', 'enterprise-attack.json'],
  (attack) => {
    let dir = '';
    let db = '';
    let objects: StixObject[] = [];
    const vigil = (...args: string[]) => runVigil(['--db', db, ...args]);
    const representativeOf = async (name: string) => {
      const run = await vigil('entity', 'show', name, '--json');
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { representative: string }[]).map((c) => c.representative);
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'vigil-sync-clusters-'));
      db = join(dir, 'vigil.sqlite');
      objects = (JSON.parse(readFileSync(attack, 'utf8')) as { objects: StixObject[] }).objects;
    });

    it('sync attack alone: revoked groups resolve to their replacement', async () => {
      const synced = await vigil('sync', 'attack', '--file', attack, '--json');
      expect(synced.code, synced.stderr).toBe(0);
      const summary = JSON.parse(synced.stdout) as { clustering?: { linked: number } };
      expect(summary.clustering?.linked).toBeGreaterThan(0);

      // Gold from the data: each revoked intrusion set and where its revoked-by chain ends.
      const byId = new Map(objects.map((o) => [o.id, o]));
      const revokedBy = new Map(
        objects
          .filter((o) => o.type === 'relationship' && o.relationship_type === 'revoked-by')
          .map((o) => [String(o.source_ref), String(o.target_ref)]),
      );
      const revoked = objects.filter((o) => o.type === 'intrusion-set' && o.revoked === true);
      expect(revoked.length).toBeGreaterThan(0);
      for (const group of revoked) {
        let replacement = revokedBy.get(group.id);
        while (replacement && revokedBy.has(replacement)) replacement = revokedBy.get(replacement);
        expect(byId.get(replacement as StixObject['id'])?.revoked, String(group.name)).not.toBe(
          true,
        );
        expect(await representativeOf(String(group.name)), String(group.name)).toEqual([
          replacement,
        ]);
      }
    });

    it("an imported group citing ATT&CK's page joins that cluster; an unchanged sync leaves clusters", async () => {
      expect((await vigil('entity', 'show', 'Fancy Judgment Test Panda')).code).toBe(1);
      const vendorGroup = {
        type: 'intrusion-set',
        spec_version: '2.1',
        id: 'intrusion-set--7d3c5a52-8f0e-4c55-9a63-0a6f0c1e2b31',
        created: '2026-01-05T00:00:00.000Z',
        modified: '2026-01-05T00:00:00.000Z',
        name: 'Fancy Judgment Test Panda',
        aliases: ['Fancy Judgment Test Panda'],
        external_references: [
          { source_name: 'vendor-report', url: 'https://attack.mitre.org/groups/G0128/' },
        ],
      };
      const file = join(dir, 'vendor-group.json');
      writeFileSync(file, JSON.stringify(vendorGroup));
      const imported = await vigil('import', file);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/^entity clusters: \d+ \(\d+ with several members\)/mu);
      expect(await representativeOf('Fancy Judgment Test Panda')).toEqual([G0128]);

      const again = await vigil('sync', 'attack', '--file', attack, '--json');
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).not.toHaveProperty('clustering');
      expect(await representativeOf('Fancy Judgment Test Panda')).toEqual([G0128]);
    });
  },
);
