/**
 * Issue 2 "Done when" for entity resolution, on both engines: ATT&CK enterprise + MISP galaxies in a
 * store; G0128's names resolve to one cluster; a real single-alias collision stays apart; conflicts
 * are reported; analysts' link/unlink round-trip through the audit trail; revoked ATT&CK objects lose
 * lookups to their replacements; galaxy re-import adds no version, one changed cluster adds one.
 */
import { expect, it, vi } from 'vitest';
import { idUuid, vigilId } from '@vigil/core';
import type { AliasConflict, GalaxyClusterFile, StixObject } from '@vigil/core';
import { dataPath, describeWithData } from '../../../../test-support/data.ts';
import {
  knowledgeTemplateKey,
  readAttackObjects,
  readGalaxyFiles,
} from '../../../../test-support/knowledge.ts';
import { withEachEngine } from '../../../../test-support/stores.ts';
import type { Repository } from '../repository.ts';
import { importMispGalaxy } from './import-misp-galaxy.ts';
import { knowledgeEntries } from './knowledge-entries.ts';
import { linkEntities } from './link-entities.ts';
import { CONFLICTS_META_KEY, recomputeEntityClusters } from './recompute-clusters.ts';
import { resolveEntity } from './resolve-entity.ts';

const G0128 = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';
const T0 = '2026-01-01T00:00:00.000Z';
/** The first test of each engine builds the template (ATT&CK + galaxies: ~1 min on PostgreSQL). */
vi.setConfig({ testTimeout: 300_000 });

let attack: StixObject[] | undefined;
let galaxies: GalaxyClusterFile[] | undefined;
const attackObjects = () =>
  (attack ??= readAttackObjects(dataPath('mitre-attack', 'enterprise-attack.json')!));
const galaxyFiles = () => (galaxies ??= readGalaxyFiles(dataPath('misp-galaxy')!));

async function fill(repo: Repository): Promise<void> {
  const objects = attackObjects();
  for (let i = 0; i < objects.length; i += 2000) await repo.put(objects.slice(i, i + 2000));
  await importMispGalaxy(repo, galaxyFiles(), T0);
}

/** The names MISP's threat-actor galaxy gives its APT31 cluster (gold from the data, not the code). */
function mispApt31Names(): string[] {
  const file = galaxyFiles().find((f) => f.type === 'threat-actor');
  const apt31 = file?.values.find((v) => v.uuid === '6bf7e6b6-5917-45a6-9567-f0baba79768c');
  return [apt31?.value ?? '', ...((apt31?.meta?.synonyms as string[] | undefined) ?? [])];
}

describeWithData(
  'entity resolution in the store',
  ['mitre-attack', 'enterprise-attack.json'],
  () => {
    describeWithData('with MISP galaxies', ['misp-galaxy'], () => {
      withEachEngine('knowledge', (_makeRepo, { template, cloneRepo }) => {
        const knowledgeRepo = async () =>
          cloneRepo(await template(knowledgeTemplateKey('knowledge'), fill));

        it('resolves ZIRCONIUM, APT31, Violet Typhoon, Judgment Panda to the G0128 cluster', async () => {
          const repo = await knowledgeRepo();
          for (const name of ['ZIRCONIUM', 'APT31', 'Violet Typhoon', 'Judgment Panda']) {
            const found = await resolveEntity(repo, name);
            expect(
              found.map((c) => c.representative),
              name,
            ).toEqual([G0128]);
            expect(found[0]?.members[0]?.source).toBe('mitre-attack G0128');
          }
          const [cluster] = await resolveEntity(repo, 'APT31');
          const sources = cluster?.members.map((m) => m.source) ?? [];
          expect(sources).toContain('misp-galaxy:threat-actor');
          expect(sources).toContain('misp-galaxy:mitre-intrusion-set');
          // Every name MISP gives APT31 is an alias of the cluster.
          const aliases = new Set(cluster?.aliases.map((a) => a.toLowerCase()));
          for (const name of mispApt31Names())
            expect(aliases.has(name.toLowerCase()), name).toBe(true);
          const entries = await knowledgeEntries(repo);
          const entry = entries.find((e) => e.id === G0128);
          expect(entry?.externalId).toBe('G0128');
          expect(entry?.aliases).toContain('Violet Typhoon');
        });

        it('keeps apart two groups sharing one alias (IRIDIUM: Sandworm Team vs the Iranian IRIDIUM)', async () => {
          const repo = await knowledgeRepo();
          const sandworm = attackObjects().find(
            (o) => o.type === 'intrusion-set' && o.name === 'Sandworm Team',
          );
          expect(sandworm?.aliases).toContain('IRIDIUM');
          const found = await resolveEntity(repo, 'IRIDIUM');
          expect(found.length).toBeGreaterThanOrEqual(2);
          const ofSandworm = found.find((c) => c.representative === sandworm?.id);
          const other = found.find((c) => c.representative !== sandworm?.id);
          expect(ofSandworm?.members.some((m) => m.id === other?.representative)).toBe(false);
          expect(ofSandworm?.conflicts).toContain('IRIDIUM');
          const conflicts = JSON.parse(
            (await repo.meta.get(CONFLICTS_META_KEY)) ?? '[]',
          ) as AliasConflict[];
          const iridium = conflicts.find((c) => c.alias === 'iridium');
          expect(iridium?.clusters).toEqual(expect.arrayContaining(found.map((c) => c.id)));
          // DOMAIN.md §5 pitfall: "Hurricane Panda" is another CrowdStrike actor, not APT31.
          const hurricane = await resolveEntity(repo, 'Hurricane Panda');
          expect(hurricane.map((c) => c.representative)).not.toContain(G0128);
        });

        it("joins the tool galaxy's clusters to the ATT&CK software they call similar (MISP's mitre-* UUIDs are ATT&CK's)", async () => {
          const repo = await knowledgeRepo();
          const attackByUuid = new Map(attackObjects().map((o) => [idUuid(o.id), o]));
          const tools = galaxyFiles().find((f) => f.type === 'tool')?.values ?? [];
          const pairs = tools.flatMap((cluster) =>
            (cluster.related ?? [])
              .filter((link) => link.type === 'similar')
              .map((link) => attackByUuid.get(link['dest-uuid']))
              .filter((o) => o?.type === 'malware' || o?.type === 'tool')
              .filter((o) => String(o?.name).toLowerCase() === cluster.value.toLowerCase())
              .map((attack) => ({ mispId: vigilId('tool', 'misp-galaxy', cluster.uuid), attack })),
          );
          expect(pairs.length).toBeGreaterThan(20);
          for (const { mispId, attack } of pairs) {
            const [cluster] = await resolveEntity(repo, mispId);
            expect(cluster?.representative, String(attack?.name)).toBe(attack?.id);
          }
        });

        it("gives revoked ATT&CK groups' names to their replacements", async () => {
          const repo = await knowledgeRepo();
          const objects = attackObjects();
          const byId = new Map(objects.map((o) => [o.id as string, o]));
          const replacedBy = new Map(
            objects
              .filter((o) => o.type === 'relationship' && o.relationship_type === 'revoked-by')
              .map((o) => [String(o.source_ref), String(o.target_ref)]),
          );
          const revokedGroups = objects.filter(
            (o) => o.type === 'intrusion-set' && o.revoked === true,
          );
          expect(revokedGroups.length).toBeGreaterThan(0);
          for (const group of revokedGroups) {
            let replacement = replacedBy.get(group.id);
            while (replacement && replacedBy.has(replacement))
              replacement = replacedBy.get(replacement);
            const found = await resolveEntity(repo, group.id);
            expect(found[0]?.representative, String(group.name)).toBe(replacement);
            expect(byId.get(found[0]?.representative ?? '')?.revoked).not.toBe(true);
          }
        });

        it('records manual unlink/link with who, when, why; decisions survive recomputation', async () => {
          const repo = await knowledgeRepo();
          const [before] = await resolveEntity(repo, 'Judgment Panda');
          const misp = before?.members.find((m) => m.source === 'misp-galaxy:threat-actor');
          expect(misp).toBeDefined();
          const unlinked = await linkEntities(repo, {
            action: 'unlink',
            a: G0128,
            b: misp!.id,
            reason: 'test: separate tracking',
            actor: 'analyst-1',
            at: '2026-02-01T10:00:00Z',
          });
          expect(unlinked.together).toBe(false);
          expect(
            (await resolveEntity(repo, 'Judgment Panda')).map((c) => c.representative),
          ).not.toContain(G0128);
          // A recomputation (as after the next sync) keeps the analyst's decision.
          await recomputeEntityClusters(repo);
          expect(
            (await resolveEntity(repo, 'Judgment Panda')).map((c) => c.representative),
          ).not.toContain(G0128);
          const linked = await linkEntities(repo, {
            action: 'link',
            a: G0128,
            b: misp!.id,
            reason: 'test: same group after all',
            actor: 'analyst-2',
            at: '2026-02-02T10:00:00Z',
          });
          expect(linked.together).toBe(true);
          expect(linked.clusterOfA.evidence.some((e) => e.kind === 'manual')).toBe(true);
          const trail = await repo.clusters.auditTrail(G0128);
          expect(trail.map((e) => [e.action, e.actor, e.reason, e.at])).toEqual([
            ['unlink', 'analyst-1', 'test: separate tracking', '2026-02-01T10:00:00Z'],
            ['link', 'analyst-2', 'test: same group after all', '2026-02-02T10:00:00Z'],
          ]);
        });

        it('re-import of the galaxy adds 0 versions; one changed cluster adds exactly one', async () => {
          const repo = await knowledgeRepo();
          const again = await importMispGalaxy(repo, galaxyFiles(), '2026-04-01T00:00:00.000Z');
          expect(again.added).toBe(0);
          expect(again.unchanged).toBe(again.read);
          const changed = galaxyFiles().map((f) =>
            f.type !== 'threat-actor'
              ? f
              : {
                  ...f,
                  values: f.values.map((v) =>
                    v.value === 'APT31' ? { ...v, description: 'edited' } : v,
                  ),
                },
          );
          const once = await importMispGalaxy(repo, changed, '2026-04-02T00:00:00.000Z');
          expect(once.added).toBe(1);
        });
      });
    });
  },
);
