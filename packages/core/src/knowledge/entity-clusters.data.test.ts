/** Entity resolution on the real ATT&CK enterprise bundle + MISP galaxies (issue 2 "Done when"). */
import { expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { loadKnowledgeFromData } from '../../../../test-support/knowledge.ts';

const G0128 = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';

describeWithData('entity clusters over ATT&CK + MISP galaxies', ['misp-galaxy'], () => {
  it('resolves ZIRCONIUM, APT31, Violet Typhoon and Judgment Panda to the G0128 cluster', () => {
    const { clustering } = loadKnowledgeFromData();
    for (const name of ['ZIRCONIUM', 'APT31', 'Violet Typhoon', 'Judgment Panda']) {
      const found = clustering.lookup(name);
      expect(
        found.map((c) => c.representative),
        name,
      ).toEqual([G0128]);
    }
    const cluster = clustering.clusterOf(G0128);
    expect(cluster?.attackId).toBe('G0128');
    expect(cluster?.evidence.some((e) => e.kind === 'attack-id')).toBe(true);
  });

  it('joins a group both sources give one name as its own: APT42, Void Manticore', () => {
    const { clustering } = loadKnowledgeFromData();
    // The ten such pairs the data holds, each read (docs/ARCHITECTURE.md, QUALITY.md).
    const ownNames = [
      'APT42',
      'Void Manticore',
      'TA577',
      'TA578',
      'Windshift',
      'Gelsemium',
      'Metador',
      'RedEcho',
      'DarkVishnya',
      'Operation Wocao',
    ];
    for (const name of ownNames) {
      // A malware or a campaign of the same name is another entity ("Gelsemium", "Operation Wocao").
      const sets = clustering.lookup(name).filter((c) => c.type === 'intrusion-set');
      expect(sets.length, name).toBe(1);
    }
    expect(clustering.lookup('Karma').map((c) => c.type)).toContain('intrusion-set');
    expect(clustering.lookup('Void Manticore')[0]?.aliases).toContain('Karma');
  });

  it('gives one knowledge entry per cluster, named by its representative', () => {
    const { entries, clustering } = loadKnowledgeFromData();
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const apt31 = entries.filter((e) => e.aliases.includes('APT31'));
    expect(apt31.map((e) => e.id)).toEqual([G0128]);
    expect(apt31[0]?.members?.[0]).toBe(G0128);
    expect(apt31[0]?.members?.length).toBe(clustering.clusterOf(G0128)?.members.length);
  });
});
