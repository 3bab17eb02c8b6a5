/** The linking rules on small hand-made objects: what links, what never does, what analysts override. */
import { describe, expect, it } from 'vitest';
import { vigilId, type StixId } from '../stix/ids.ts';
import type { StixObject } from '../stix/object.ts';
import type { ManualDecision } from './entity-cluster-types.ts';
import { computeEntityClusters } from './entity-clusters.ts';

const MITRE = 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5';
const VENDOR_A = vigilId('identity', 'vendor a', 'organization');
const VENDOR_B = vigilId('identity', 'vendor b', 'organization');

function group(
  key: string,
  name: string,
  aliases: string[],
  extra: Partial<StixObject> & Record<string, unknown> = {},
): StixObject {
  return {
    type: 'intrusion-set',
    spec_version: '2.1',
    id: vigilId('intrusion-set', key),
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    name,
    aliases: [name, ...aliases],
    created_by_ref: VENDOR_A,
    ...extra,
  };
}

const attackGroup = (key: string, name: string, aliases: string[], gid: string, extra = {}) =>
  group(key, name, aliases, {
    created_by_ref: MITRE,
    external_references: [{ source_name: 'mitre-attack', external_id: gid }],
    ...extra,
  });

/** A malware family (a group's shape, another type). */
const family = (key: string, name: string, extra: Partial<StixObject>): StixObject => ({
  ...group(key, name, [], extra),
  type: 'malware',
  id: vigilId('malware', key),
  is_family: true,
});

const together = (
  objects: StixObject[],
  a: StixObject,
  b: StixObject,
  decisions: ManualDecision[] = [],
) => {
  const clustering = computeEntityClusters(objects, decisions);
  return clustering.clusterOf(a.id)?.id === clustering.clusterOf(b.id)?.id;
};

describe('computeEntityClusters', () => {
  it('never links on one shared alias alone, and reports the alias as contested', () => {
    const a = group('a', 'Alpha Bear', ['Shared Name']);
    const b = group('b', 'Beta Panda', ['Shared Name'], { created_by_ref: VENDOR_B });
    const clustering = computeEntityClusters([a, b]);
    expect(clustering.clusterOf(a.id)?.id).not.toBe(clustering.clusterOf(b.id)?.id);
    expect(
      clustering
        .lookup('shared name')
        .map((c) => c.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(clustering.conflicts.map((c) => c.alias)).toEqual(['shared name']);
    expect(clustering.clusterOf(a.id)?.conflicts).toEqual(['Shared Name']);
  });

  it("links a group's own name in two sources, not where their countries differ", () => {
    const a = group('a', 'Quillon Kitten', ['UNC9999'], { x_misp_country: 'IR' });
    const b = attackGroup('b', 'QUILLON KITTEN', [], 'G9999');
    expect(together([a, b], a, b)).toBe(true);
    expect(computeEntityClusters([a, b]).clusterOf(a.id)?.evidence[0]?.detail).toContain(
      'both name the group so',
    );
    const c = group('c', 'Quillon Kitten', [], { created_by_ref: VENDOR_B, x_misp_country: 'KP' });
    expect(together([a, c], a, c)).toBe(false);
    // An alias of one that is the other's own name is no such name.
    const d = group('d', 'Beta Panda', ['Quillon Kitten'], { created_by_ref: VENDOR_B });
    expect(together([a, d], a, d)).toBe(false);
  });

  it('links two sources sharing two distinctive aliases (medium), not on generic words', () => {
    const a = group('a', 'Alpha Bear', ['Fancy Thing']);
    const b = group('b', 'ALPHA BEAR', ['fancy-thing'], { created_by_ref: VENDOR_B });
    expect(together([a, b], a, b)).toBe(true);
    const evidence = computeEntityClusters([a, b]).clusterOf(a.id)?.evidence[0];
    expect(evidence?.kind).toBe('shared-aliases');
    expect(evidence?.confidence).toBeLessThan(90);
    const c = group('c', 'Unknown', ['Group', 'Alpha Bear'], { created_by_ref: VENDOR_B });
    expect(together([a, c], a, c)).toBe(false);
  });

  it('does not link when the attributed countries differ', () => {
    const a = group('a', 'Alpha Bear', ['Fancy Thing'], { x_misp_country: 'RU' });
    const b = group('b', 'Alpha Bear', ['Fancy Thing'], {
      created_by_ref: VENDOR_B,
      x_misp_country: 'CN',
    });
    const clustering = computeEntityClusters([a, b]);
    expect(clustering.clusterOf(a.id)?.id).not.toBe(clustering.clusterOf(b.id)?.id);
    expect(clustering.refused[0]?.reason).toContain('countries differ');
  });

  it("respects a source's own split: one collection is never auto-linked to itself", () => {
    const a = group('a', 'Alpha Bear', ['Fancy Thing']);
    const b = group('b', 'Alpha Bear 2', ['Alpha Bear', 'Fancy Thing']);
    expect(together([a, b], a, b)).toBe(false);
  });

  it('links an explicit ATT&CK id (high) and prefers the ATT&CK object as representative', () => {
    const attack = attackGroup('g', 'ZIRCONIUM', [], 'G0128');
    const mirror = group('m', 'Something Else', [], {
      created_by_ref: VENDOR_B,
      external_references: [{ source_name: 'x', url: 'https://attack.mitre.org/groups/G0128/' }],
    });
    const clustering = computeEntityClusters([mirror, attack]);
    const cluster = clustering.clusterOf(mirror.id);
    expect(cluster?.representative).toBe(attack.id);
    expect(cluster?.evidence.map((e) => [e.kind, e.confidence])).toEqual([['attack-id', 90]]);
  });

  it('never joins two active ATT&CK groups by computed links', () => {
    const g1 = attackGroup('g1', 'Alpha', ['Fancy Thing', 'Other Name'], 'G0001');
    const g2 = attackGroup('g2', 'Beta', ['Fancy Thing', 'Other Name'], 'G0002', {
      created_by_ref: VENDOR_B,
    });
    expect(together([g1, g2], g1, g2)).toBe(false);
  });

  it('follows revoked-by: the replacement represents and wins the revoked name', () => {
    const old = attackGroup('old', 'Old Name', [], 'G0074', { revoked: true });
    const replacement = attackGroup('new', 'New Name', [], 'G0035');
    const rel: StixObject = {
      type: 'relationship',
      id: vigilId('relationship', 'revoked-by', old.id, replacement.id),
      relationship_type: 'revoked-by',
      source_ref: old.id,
      target_ref: replacement.id,
    };
    const clustering = computeEntityClusters([old, replacement, rel]);
    expect(clustering.lookup('Old Name').map((c) => c.representative)).toEqual([replacement.id]);
  });

  it("applies analysts' decisions: latest per pair wins, over computed links", () => {
    const a = group('a', 'Alpha Bear', ['Fancy Thing']);
    const b = group('b', 'Alpha Bear', ['Fancy Thing'], { created_by_ref: VENDOR_B });
    const c = group('c', 'Gamma', [], { created_by_ref: VENDOR_B });
    const decision = (
      action: 'link' | 'unlink',
      x: StixId,
      y: StixId,
      at: string,
    ): ManualDecision => ({
      action,
      a: x,
      b: y,
      reason: 'test',
      actor: 'analyst',
      at,
    });
    expect(together([a, b], a, b, [decision('unlink', a.id, b.id, '2024-01-01T00:00:00Z')])).toBe(
      false,
    );
    expect(
      together([a, b], a, b, [
        decision('unlink', a.id, b.id, '2024-01-01T00:00:00Z'),
        decision('link', b.id, a.id, '2024-01-02T00:00:00Z'),
      ]),
    ).toBe(true);
    const linked = computeEntityClusters(
      [a, c],
      [decision('link', a.id, c.id, '2024-01-01T00:00:00Z')],
    );
    expect(linked.clusterOf(c.id)?.evidence.map((e) => e.kind)).toEqual(['manual']);
  });

  it('links one shared name when both cite a report few objects of that family cite', () => {
    const report = 'https://vendor.example/molerats-in-the-cloud.pdf';
    const cites = (url: string) => ({ external_references: [{ source_name: 'vendor', url }] });
    const malware = (key: string, name: string, extra: Partial<StixObject>): StixObject => ({
      ...group(key, name, [], extra),
      type: 'malware',
      id: vigilId('malware', key),
      is_family: true,
    });
    const a = malware('a', 'SharpStage', cites(report));
    const b = malware('b', 'SharpStage', { created_by_ref: VENDOR_B, ...cites(report) });
    // The report also backs many technique objects: it is still specific about malware.
    const techniques = Array.from({ length: 12 }, (_, n): StixObject => ({
      ...group(`t${n}`, `Technique ${n}`, [], cites(report)),
      type: 'attack-pattern',
      id: vigilId('attack-pattern', `t${n}`),
    }));
    expect(together([a, b, ...techniques], a, b)).toBe(true);
    // Both objects' own name lets a report about a dozen families tell; a report about many does not.
    const families = (count: number) =>
      Array.from({ length: count }, (_, n) => malware(`m${n}`, `Family ${n}`, cites(report)));
    expect(together([a, b, ...families(12)], a, b)).toBe(true);
    expect(together([a, b, ...families(20)], a, b)).toBe(false);
    // A shared alias that is not both own names needs a report few objects cite.
    const c = malware('c', 'LastConn', {
      created_by_ref: VENDOR_B,
      aliases: ['LastConn', 'SharpStage'],
      ...cites(report),
    });
    expect(together([a, c, ...families(12)], a, c)).toBe(false);
    expect(together([a, c], a, c)).toBe(true);
  });

  it("takes an article's slug on another host for the same citation, not a short path", () => {
    const at = (url: string) => ({ external_references: [{ source_name: 'vendor', url }] });
    const a = group(
      'a',
      'Whitefly',
      [],
      at('https://www.vendor.example/blogs/threat-intelligence/whitefly-espionage-singapore'),
    );
    // One name shared, the other's alias: only the citation links them.
    const moved = group('b', 'Shadow Fly', ['Whitefly'], {
      created_by_ref: VENDOR_B,
      ...at(
        'https://vendor-blogs.example.com/blogs/threat-intelligence/whitefly-espionage-singapore/',
      ),
    });
    expect(together([a, moved], a, moved)).toBe(true);
    const short = (key: string, creator: StixId, host: string) =>
      group(key, creator === VENDOR_A ? 'Whitefly' : 'Shadow Fly', ['Whitefly'], {
        created_by_ref: creator,
        ...at(`https://${host}/reports/apt-report.pdf`),
      });
    const [c, d] = [short('c', VENDOR_A, 'one.example'), short('d', VENDOR_B, 'two.example')];
    expect(together([c, d], c, d)).toBe(false);
  });

  it('links one shared own name when both sources call the family ransomware, not a namesake', () => {
    const leakSite = family('a', 'quillon', { malware_types: ['ransomware'] });
    const described = family('b', 'Quillon', {
      created_by_ref: VENDOR_B,
      description: 'Quillon is a ransomware family first seen in 2023.',
    });
    const cited = family('c', 'Quillon', {
      created_by_ref: MITRE,
      external_references: [
        { source_name: 'x', url: 'https://example.com/quillon-ransomware-analysis' },
      ],
    });
    const clustering = computeEntityClusters([leakSite, described]);
    expect(clustering.clusterOf(leakSite.id)?.members.length).toBe(2);
    // The name as the source with capitals writes it represents the cluster, whichever id sorts first.
    expect(clustering.clusterOf(leakSite.id)?.name).toBe('Quillon');
    const swapped = [
      family('b', 'quillon', { malware_types: ['ransomware'] }),
      { ...described, id: vigilId('malware', 'a') },
    ];
    expect(computeEntityClusters(swapped).clusterOf(swapped[0]!.id)?.name).toBe('Quillon');
    expect(together([leakSite, cited], leakSite, cited)).toBe(true);
    const rootkit = family('d', 'Quillon', {
      created_by_ref: MITRE,
      description: 'Quillon is a kernel rootkit. It was once found beside a ransomware payload.',
      external_references: [{ source_name: 'x', url: 'https://example.com/ransomware-report' }],
    });
    expect(together([leakSite, rootkit], leakSite, rootkit)).toBe(false);
  });

  it("links one shared own name when both cite the family's own site, archived or not", () => {
    const cite = (url: string) => ({ external_references: [{ source_name: 'x', url }] });
    const attack = family('a', 'Quill Strike', {
      created_by_ref: MITRE,
      ...cite('https://web.archive.org/web/20210825130434/https://quillstrike.com/manual.pdf'),
    });
    const galaxy = family('b', 'Quill Strike', {
      created_by_ref: VENDOR_B,
      ...cite('https://blog.quillstrike.com/2020/03/04/release-notes'),
    });
    expect(together([attack, galaxy], attack, galaxy)).toBe(true);
    const elsewhere = family('c', 'Quill Strike', {
      created_by_ref: VENDOR_B,
      ...cite('https://example.com/quillstrike-analysis'),
    });
    expect(together([attack, elsewhere], attack, elsewhere)).toBe(false);
  });

  it('reads "<X> Ransomware" as the ransomware X for linking, not as a name to find', () => {
    const galaxy = family('a', 'Quillon Ransomware', {
      description: 'Quillon Ransomware encrypts files and asks for Bitcoin.',
    });
    const other = family('b', 'Quillon', {
      created_by_ref: VENDOR_B,
      description: 'Quillon is a ransomware family first seen in 2023.',
    });
    const clustering = computeEntityClusters([galaxy, other]);
    const cluster = clustering.clusterOf(galaxy.id);
    expect(cluster?.members.length).toBe(2);
    expect(cluster?.name).toBe('Quillon');
    const swapped = [
      { ...galaxy, id: vigilId('malware', 'b') },
      { ...other, id: vigilId('malware', 'a') },
    ];
    expect(computeEntityClusters(swapped).clusterOf(swapped[0]!.id)?.name).toBe('Quillon');
    // The derived name links; a name no source writes is no alias ("Netflix" of "Netflix Ransomware").
    const alone = computeEntityClusters([family('c', 'Streamflix Ransomware', {})]);
    expect(alone.clusters[0]?.aliases).toEqual(['Streamflix Ransomware']);
    expect(alone.lookup('Streamflix')).toEqual([]);
    // A stealer named like the ransomware is another family.
    const stealer = family('d', 'Quillon', {
      created_by_ref: VENDOR_B,
      description: 'Quillon is an information stealer sold on forums.',
    });
    expect(together([galaxy, stealer], galaxy, stealer)).toBe(false);
  });

  it("never takes ATT&CK's name of one object as evidence for an object named after another", () => {
    const attack = (key: string, name: string, id: string, aliases: string[]) =>
      family(key, name, {
        created_by_ref: MITRE,
        aliases: [name, ...aliases],
        external_references: [{ source_name: 'mitre-attack', external_id: id }],
      });
    const quill = attack('a', 'Quill', 'S0901', []);
    const harrow = attack('b', 'Harrowcitor', 'S0902', ['Chanharrow']);
    // One source lists ATT&CK's "Quill" among Harrowcitor's names and calls it similar to its Quill.
    const harrowTool = family('c', 'Harrowcitor', {
      created_by_ref: VENDOR_A,
      aliases: ['Harrowcitor', 'Chanharrow', 'Quill'],
    });
    const quillFamily = family('d', 'Quill', {
      created_by_ref: VENDOR_B,
      aliases: ['Quill', 'Farquill'],
    });
    const similar: StixObject = {
      type: 'relationship',
      spec_version: '2.1',
      id: vigilId('relationship', 'c-d'),
      created: '2024-01-01T00:00:00.000Z',
      modified: '2024-01-01T00:00:00.000Z',
      relationship_type: 'similar',
      source_ref: harrowTool.id,
      target_ref: quillFamily.id,
    };
    const objects = [quill, harrow, harrowTool, quillFamily, similar];
    expect(together(objects, harrow, harrowTool)).toBe(true);
    expect(together(objects, harrowTool, quillFamily)).toBe(false);
    // Named after no ATT&CK object, a source's family may still use the name with that corroboration.
    const eternal = family('e', 'Eternal Quill', {
      created_by_ref: VENDOR_A,
      aliases: ['Eternal Quill', 'Quill'],
    });
    const linked = { ...similar, id: vigilId('relationship', 'e-d'), source_ref: eternal.id };
    expect(together([quill, eternal, quillFamily, linked], eternal, quillFamily)).toBe(true);
  });

  it('is deterministic whatever the input order', () => {
    const objects = [
      group('a', 'Alpha Bear', ['Fancy Thing', 'X1']),
      group('b', 'Alpha Bear', ['Fancy Thing'], { created_by_ref: VENDOR_B }),
      group('c', 'X1', [], { created_by_ref: VENDOR_B }),
    ];
    const forward = computeEntityClusters(objects).clusters;
    const backward = computeEntityClusters([...objects].reverse()).clusters;
    expect(backward).toEqual(forward);
  });
});
