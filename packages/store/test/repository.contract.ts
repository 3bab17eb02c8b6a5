/**
 * The Repository contract: every engine runs these same tests (sqlite.test.ts, postgres.test.ts).
 * Semantics from docs/ARCHITECTURE.md "Versions", "Entity clusters", "Provenance", "TLP markings".
 */
import { canonicalJson, vigilId } from '@vigil/core';
import type { StixObject } from '@vigil/core';
import { expect, it } from 'vitest';
import { StoreError } from '../src/errors.ts';
import type { Repository } from '../src/repository.ts';
import { T0, T1, TLP_AMBER, TLP_GREEN, generated, relationship, sdo } from './objects.ts';

type MakeRepo = () => Promise<Repository>;

async function all(
  repo: Repository,
  page: (after?: string) => ReturnType<Repository['query']>,
): Promise<StixObject[]> {
  const items: StixObject[] = [];
  let after: string | undefined;
  do {
    const result = await page(after);
    items.push(...result.items);
    after = result.next;
  } while (after);
  return items;
}

export function runRepositoryContract(makeRepo: MakeRepo): void {
  runVersionContract(makeRepo);
  runQueryContract(makeRepo);
  runTransactionContract(makeRepo);
  runSideTableContract(makeRepo);
}

function runVersionContract(makeRepo: MakeRepo): void {
  it('returns the latest version by default and every version on request', async () => {
    const repo = await makeRepo();
    const v1 = sdo('malware', 'emotet', { name: 'Emotet', is_family: true });
    const v2 = { ...v1, modified: T1, description: 'banking trojan turned loader' };
    expect(await repo.put([v2, v1])).toEqual({ added: 2, unchanged: 0, conflicts: [] });
    expect(await repo.get(v1.id)).toEqual(v2);
    expect(await repo.versions(v1.id)).toEqual([v1, v2]);
    expect(await repo.get(vigilId('malware', 'absent'))).toBeUndefined();
  });

  it('is idempotent and reports, without overwriting, different content under the same (id, modified)', async () => {
    const repo = await makeRepo();
    const original = sdo('tool', 'mimikatz', { name: 'Mimikatz' });
    await repo.put([original]);
    // Same content with keys in another order is the same version.
    const reordered = Object.fromEntries(Object.entries(original).reverse()) as StixObject;
    const changed = { ...original, name: 'mimikatz.exe' };
    const result = await repo.put([reordered, changed]);
    expect(result).toEqual({
      added: 0,
      unchanged: 1,
      conflicts: [{ id: original.id, modified: T0 }],
    });
    expect(await repo.get(original.id)).toEqual(original);
    expect(await repo.versions(original.id)).toHaveLength(1);
  });

  it('keeps objects without modified (SCOs, marking definitions) as one version', async () => {
    const repo = await makeRepo();
    const ip = {
      type: 'ipv4-addr',
      spec_version: '2.1',
      id: vigilId('ipv4-addr', '198.51.100.7'),
      value: '198.51.100.7',
    };
    expect((await repo.put([ip, ip])).added).toBe(1);
    const other = { ...ip, value: '198.51.100.8' };
    expect((await repo.put([other])).conflicts).toEqual([{ id: ip.id }]);
    expect(await repo.get(ip.id)).toEqual(ip);
  });

  it('orders versions by instant, not by how many fraction digits the timestamp has', async () => {
    const repo = await makeRepo();
    const early = sdo('campaign', 'c', { name: 'C', modified: '2024-01-01T00:00:00Z' });
    const later = { ...early, modified: '2024-01-01T00:00:00.5Z', name: 'C later' };
    await repo.put([later, early]);
    expect((await repo.get(early.id))?.name).toBe('C later');
  });

  it('stores canonical JSON: what comes out is byte-identical for identical input', async () => {
    const repo = await makeRepo();
    const object = sdo('report', 'r', {
      name: 'Ünïcode “quotes” 🚀',
      published: T0,
      object_refs: [vigilId('malware', 'x')],
      confidence: 85,
      x_custom: { nested: [1, 2.5, null, true], z: 'last', a: 'first' },
    });
    await repo.put([object]);
    const stored = await repo.get(object.id);
    expect(stored).toEqual(object);
    expect(canonicalJson(stored)).toBe(canonicalJson(object));
  });

  it('rejects invalid objects with invalid_input and writes nothing', async () => {
    const repo = await makeRepo();
    const good = sdo('malware', 'ok', { name: 'ok', is_family: true });
    const bad = {
      type: 'malware',
      id: 'malware--not-a-uuid',
      name: 'bad',
    } as unknown as StixObject;
    const mismatched = { ...good, id: vigilId('tool', 'ok') };
    for (const invalid of [bad, mismatched, { ...good, modified: 5 } as unknown as StixObject]) {
      const error = await repo.put([good, invalid]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('invalid_input');
    }
    expect(await repo.get(good.id)).toBeUndefined();
  });
}

function runQueryContract(makeRepo: MakeRepo): void {
  it('leaves revoked objects out of queries unless asked, and says so in alias hits', async () => {
    const repo = await makeRepo();
    const live = sdo('intrusion-set', 'live', { name: 'Live Group' });
    const revoked = sdo('intrusion-set', 'gone', {
      name: 'Gone Group',
      revoked: true,
      aliases: ['Live Group'],
    });
    await repo.put([live, revoked]);
    expect((await repo.query({ types: ['intrusion-set'] })).items.map((o) => o.id)).toEqual([
      live.id,
    ]);
    const withRevoked = await repo.query({ types: ['intrusion-set'], includeRevoked: true });
    expect(withRevoked.items.map((o) => o.id).sort()).toEqual([live.id, revoked.id].sort());
    expect(await repo.get(revoked.id)).toEqual(revoked);
    const hits = await repo.lookupAlias('live group');
    expect(hits.find((h) => h.objectId === revoked.id)?.revoked).toBe(true);
    expect(hits.find((h) => h.objectId === live.id)?.revoked).toBeUndefined();
  });

  it('finds relationships by source, target and type', async () => {
    const repo = await makeRepo();
    const group = sdo('intrusion-set', 'g', { name: 'G' });
    const malware = sdo('malware', 'm', { name: 'M', is_family: true });
    const tool = sdo('tool', 't', { name: 'T' });
    const uses1 = relationship('uses', group, malware);
    const uses2 = relationship('uses', group, tool);
    const attributed = relationship('attributed-to', malware, group);
    await repo.put([group, malware, tool, uses1, uses2, attributed]);
    const ids = async (q: Parameters<Repository['relationships']>[0]) =>
      (await repo.relationships(q)).items.map((o) => o.id).sort();
    expect(await ids({ sourceRef: group.id })).toEqual([uses1.id, uses2.id].sort());
    expect(await ids({ targetRef: group.id })).toEqual([attributed.id]);
    expect(await ids({ sourceRef: group.id, targetRef: tool.id })).toEqual([uses2.id]);
    expect(await ids({ relationshipType: 'attributed-to' })).toEqual([attributed.id]);
    expect(await ids({ relationshipType: ['uses', 'attributed-to'] })).toHaveLength(3);
  });

  it('resolves names and aliases through normalizeName, following the latest version', async () => {
    const repo = await makeRepo();
    const group = sdo('intrusion-set', 'zirconium', {
      name: 'ZIRCONIUM',
      aliases: ['APT31', 'Violet Typhoon'],
      x_mitre_aliases: ['Judgment Panda'],
    });
    const tool = sdo('tool', 'violet', { name: 'violet   typhoon' });
    await repo.put([group, tool]);
    expect((await repo.lookupAlias('zirconium')).map((h) => h.objectId)).toEqual([group.id]);
    expect((await repo.lookupAlias('JUDGMENT PANDA')).map((h) => h.name)).toEqual([
      'Judgment Panda',
    ]);
    const both = await repo.lookupAlias('Violet_Typhoon');
    expect(both.map((h) => h.objectId).sort()).toEqual([group.id, tool.id].sort());
    expect((await repo.lookupAlias('violet typhoon', ['tool'])).map((h) => h.type)).toEqual([
      'tool',
    ]);
    // A new version without the alias no longer answers to it.
    await repo.put([{ ...group, modified: T1, aliases: ['APT31'] }]);
    expect((await repo.lookupAlias('violet typhoon')).map((h) => h.objectId)).toEqual([tool.id]);
    expect(await repo.lookupAlias('  ')).toEqual([]);
  });

  it('searches names, aliases, descriptions and report text', async () => {
    const repo = await makeRepo();
    const group = sdo('intrusion-set', 'fts', { name: 'Sandworm Team', aliases: ['Voodoo Bear'] });
    const malware = sdo('malware', 'fts', {
      name: 'Industroyer',
      is_family: true,
      description: 'Targets electrical substations through IEC-104',
    });
    const report = sdo('report', 'fts', {
      name: 'Quarterly note',
      published: T0,
      object_refs: [group.id],
    });
    await repo.reportText.put(report.id, 'The operators pivoted into the historian network.');
    await repo.put([group, malware, report]);
    const found = async (text: string) => (await repo.query({ text })).items.map((o) => o.id);
    expect(await found('sandworm')).toEqual([group.id]);
    expect(await found('voodoo bear')).toEqual([group.id]);
    expect(await found('electrical substations')).toEqual([malware.id]);
    expect(await found('historian')).toEqual([report.id]);
    expect(await found('sandworm historian')).toEqual([]);
    // Report text stored after the report is searchable too; query syntax is never interpreted.
    await repo.reportText.put(report.id, 'Later text mentions OT-NEAR ("quoted") AND* -things');
    expect(await found('OT-NEAR "quoted" AND*')).toEqual([report.id]);
    expect(await found('historian')).toEqual([]);
    expect(await found('*** ""')).toEqual([]);
    expect(await found('voodoo')).toEqual([group.id]);
    expect((await repo.query({ text: 'sandworm', types: ['malware'] })).items).toEqual([]);
  });

  it('ranks search hits: a name match before objects that only mention the words', async () => {
    const repo = await makeRepo();
    const inText = sdo('report', 'rank', { name: 'Weekly digest', published: T0, object_refs: [] });
    const inDescription = sdo('malware', 'rank', {
      name: 'BlackEnergy',
      is_family: true,
      description: 'Used by the Sandworm operators against utilities',
    });
    const inName = sdo('intrusion-set', 'rank', { name: 'Sandworm Team' });
    const revoked = sdo('intrusion-set', 'rank-revoked', { name: 'Sandworm', revoked: true });
    await repo.put([inText, inDescription, inName, revoked]);
    await repo.reportText.put(inText.id, 'Sandworm again. Sandworm everywhere: sandworm.');
    const ids = (await repo.search('sandworm')).map((o) => o.id);
    expect(ids[0]).toBe(inName.id);
    expect(ids.slice(1).sort()).toEqual([inDescription.id, inText.id].sort());
    expect((await repo.search('sandworm', { includeRevoked: true, limit: 1 })).length).toBe(1);
    expect((await repo.search('sandworm', { types: ['malware'] })).map((o) => o.id)).toEqual([
      inDescription.id,
    ]);
    expect(await repo.search('"*"')).toEqual([]);
  });

  it('filters by marking refs', async () => {
    const repo = await makeRepo();
    const amber = sdo('indicator', 'a', {
      pattern: "[domain-name:value = 'a.example']",
      pattern_type: 'stix',
      valid_from: T0,
      object_marking_refs: [TLP_AMBER],
    });
    const green = sdo('indicator', 'g', {
      pattern: "[domain-name:value = 'g.example']",
      pattern_type: 'stix',
      valid_from: T0,
      object_marking_refs: [TLP_GREEN],
    });
    const unmarked = sdo('indicator', 'u', {
      pattern: "[domain-name:value = 'u.example']",
      pattern_type: 'stix',
      valid_from: T0,
    });
    await repo.put([amber, green, unmarked]);
    const ids = async (q: Parameters<Repository['query']>[0]) =>
      (await repo.query(q)).items.map((o) => o.id).sort();
    expect(await ids({ markings: [TLP_AMBER] })).toEqual([amber.id]);
    expect(await ids({ excludeMarkings: [TLP_AMBER] })).toEqual([green.id, unmarked.id].sort());
    expect(await ids({ ids: [amber.id, unmarked.id], excludeMarkings: [TLP_GREEN] })).toEqual(
      [amber.id, unmarked.id].sort(),
    );
  });

  it('pages through 10,500 objects by cursor without gaps or repeats', async () => {
    const repo = await makeRepo();
    const objects = generated(10_500);
    await repo.put(objects);
    const pages: number[] = [];
    const items = await all(repo, async (after) => {
      const page = await repo.query({ limit: 1000, ...(after ? { after } : {}) });
      pages.push(page.items.length);
      return page;
    });
    const ids = items.map((o) => o.id);
    expect(new Set(ids).size).toBe(objects.length);
    expect(ids).toEqual(objects.map((o) => o.id).sort());
    expect(pages).toHaveLength(11);
    const someIds = objects.slice(0, 5_000).map((o) => o.id);
    const byIds = await all(repo, (after) =>
      repo.query({ ids: someIds, limit: 10_000, ...(after ? { after } : {}) }),
    );
    expect(byIds.map((o) => o.id)).toEqual([...someIds].sort());
    const malware = await all(repo, (after) =>
      repo.query({ types: ['malware'], limit: 777, ...(after ? { after } : {}) }),
    );
    expect(malware).toHaveLength(objects.filter((o) => o.type === 'malware').length);
    const info = await repo.info();
    expect(info.countsByType.indicator).toBe(3500);
    expect(info.versions).toBe(10_500);
  });

  it('rejects cursors and limits it did not make', async () => {
    const repo = await makeRepo();
    for (const query of [{ after: 'bm90IGEgY3Vyc29y' }, { limit: 0 }, { limit: 10_001 }]) {
      const error = await repo.query(query).catch((e: unknown) => e);
      expect((error as StoreError).code).toBe('invalid_input');
    }
  });
}

function runTransactionContract(makeRepo: MakeRepo): void {
  it('commits a transaction together and rolls all of it back on failure', async () => {
    const repo = await makeRepo();
    const a = sdo('malware', 'tx-a', { name: 'A', is_family: true });
    const b = sdo('malware', 'tx-b', { name: 'B', is_family: true });
    const failure = new Error('boom');
    const result = await repo
      .transaction(async (tx) => {
        await tx.put([a]);
        await tx.meta.set('attack.version', '18.1');
        expect(await tx.get(a.id)).toEqual(a);
        throw failure;
      })
      .catch((e: unknown) => e);
    expect(result).toBe(failure);
    expect(await repo.get(a.id)).toBeUndefined();
    expect(await repo.meta.get('attack.version')).toBeUndefined();

    await repo.transaction(async (tx) => {
      await tx.put([a]);
      // A nested transaction that fails rolls back only itself.
      await tx
        .transaction(async (inner) => {
          await inner.put([b]);
          throw failure;
        })
        .catch(() => undefined);
    });
    expect(await repo.get(a.id)).toEqual(a);
    expect(await repo.get(b.id)).toBeUndefined();
  });

  it('lets calls on the store itself during a transaction join it (same on both engines)', async () => {
    const repo = await makeRepo();
    const a = sdo('tool', 'join-a', { name: 'A' });
    const failed = await repo
      .transaction(async () => {
        await repo.put([a]);
        expect(await repo.get(a.id)).toEqual(a);
        throw new Error('undo');
      })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(await repo.get(a.id)).toBeUndefined();
  });
}

function runSideTableContract(makeRepo: MakeRepo): void {
  it('keeps report text, evidence, drafts, feed state, rejected mentions and meta', async () => {
    const repo = await makeRepo();
    const report = vigilId('report', 'side');
    const group = vigilId('intrusion-set', 'side');
    await repo.reportText.put(report, 'APT31 used spear phishing.');
    expect(await repo.reportText.get(report)).toBe('APT31 used spear phishing.');
    // The same words read again from elsewhere (a URL) are found together; other words are not.
    const fromUrl = vigilId('report', 'side-url');
    await repo.reportText.put(fromUrl, 'APT31 used spear phishing.');
    await repo.reportText.put(vigilId('report', 'other'), 'APT31 used spear phishing!');
    expect(await repo.reportText.withSameText('APT31 used spear phishing.')).toEqual(
      [report, fromUrl].sort(),
    );
    expect(await repo.reportText.withSameText('Nothing like it.')).toEqual([]);
    const span = {
      reportId: report,
      objectRef: group,
      start: 0,
      end: 5,
      sentenceStart: 0,
      sentenceEnd: 26,
    };
    await repo.evidence.replaceForReport(report, [
      span,
      { ...span, start: 6, end: 10, confidence: 0.5 },
    ]);
    expect(await repo.evidence.forObject(group)).toEqual([
      span,
      { ...span, start: 6, end: 10, confidence: 0.5 },
    ]);
    await repo.evidence.replaceForReport(report, [span]);
    expect(await repo.evidence.forReport(report)).toEqual([span]);

    await repo.drafts.put({
      id: 'd1',
      created: T0,
      payload: { objects: [1, 'two'] },
      status: 'open',
    });
    await repo.drafts.put({ id: 'd2', created: T1, payload: null, status: 'done' });
    expect((await repo.drafts.list('open')).map((d) => d.payload)).toEqual([
      { objects: [1, 'two'] },
    ]);
    await repo.drafts.remove('d1');
    expect((await repo.drafts.list()).map((d) => d.id)).toEqual(['d2']);

    await repo.feedSeen.markSeen('https://feed.example/rss', ['a', 'b'], T0);
    await repo.feedSeen.markSeen('https://feed.example/rss', ['b', 'c'], T1);
    expect(
      [...(await repo.feedSeen.seen('https://feed.example/rss', ['a', 'c', 'z']))].sort(),
    ).toEqual(['a', 'c']);
    expect((await repo.feedSeen.seen('https://other.example', ['a'])).size).toBe(0);

    const rejected = { textNorm: 'lazarus', objectRef: group };
    await repo.rejectedMentions.add(rejected);
    await repo.rejectedMentions.add(rejected);
    expect(await repo.rejectedMentions.has(rejected)).toBe(true);
    expect(await repo.rejectedMentions.list()).toEqual([rejected]);

    await repo.meta.set('attack.version', '18.0');
    await repo.meta.set('attack.version', '18.1');
    expect(await repo.meta.all()).toEqual({ 'attack.version': '18.1' });
  });

  it('keeps entity clusters with members and an audit trail', async () => {
    const repo = await makeRepo();
    const attack = vigilId('intrusion-set', 'zirconium');
    const misp = vigilId('intrusion-set', 'apt31');
    const other = vigilId('intrusion-set', 'other');
    const cluster = {
      id: 'cluster-1',
      representative: attack,
      confidence: 0.95,
      evidence: { sharedAliases: ['apt31', 'violet typhoon'] },
      origin: 'computed' as const,
      members: [misp, attack].sort(),
    };
    await repo.clusters.put(cluster);
    await repo.clusters.put({
      ...cluster,
      id: 'cluster-2',
      origin: 'manual',
      members: [other],
      representative: other,
    });
    expect(await repo.clusters.get('cluster-1')).toEqual(cluster);
    expect((await repo.clusters.forObject(misp)).map((c) => c.id)).toEqual(['cluster-1']);
    await repo.clusters.put({ ...cluster, members: [attack] });
    expect(await repo.clusters.forObject(misp)).toEqual([]);
    await repo.clusters.removeAll('computed');
    expect((await repo.clusters.list()).map((c) => c.id)).toEqual(['cluster-2']);
    await repo.clusters.remove('cluster-2');
    expect(await repo.clusters.list('manual')).toEqual([]);

    const link = {
      at: T0,
      action: 'link',
      objectIds: [attack, misp],
      actor: 'analyst',
      reason: 'same group',
    };
    const unlink = {
      at: T1,
      action: 'unlink',
      objectIds: [misp, other],
      actor: 'analyst',
      reason: 'wrong',
    };
    await repo.clusters.audit(link);
    await repo.clusters.audit(unlink);
    expect(await repo.clusters.auditTrail()).toEqual([link, unlink]);
    expect(await repo.clusters.auditTrail(other)).toEqual([unlink]);
  });
}
