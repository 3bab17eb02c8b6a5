import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze/analyze-report.ts';
import { prepareKnowledge } from '../analyze/knowledge.ts';
import { extractTechniques } from '../extract/techniques/extract-techniques.ts';
import { vigilId } from '../stix/ids.ts';
import type { StixObject } from '../stix/object.ts';
import { knowledgeFromObjects } from './build-knowledge-entries.ts';

const technique = (key: string, name: string, id: string, extra = {}): StixObject => ({
  type: 'attack-pattern',
  spec_version: '2.1',
  id: vigilId('attack-pattern', 'test', key),
  name,
  external_references: [{ source_name: 'mitre-attack', external_id: id }],
  ...extra,
});

describe('knowledge entries', () => {
  const current = technique('current', 'DLL', 'T1574.001');
  const revoked = technique('revoked', 'DLL Side-Loading', 'T1574.002', { revoked: true });
  const revokedBy: StixObject = {
    type: 'relationship',
    spec_version: '2.1',
    id: vigilId('relationship', 'revoked-by', revoked.id, current.id),
    relationship_type: 'revoked-by',
    source_ref: revoked.id,
    target_ref: current.id,
  };
  const { entries } = knowledgeFromObjects([current, revoked, revokedBy]);

  it('keep the ATT&CK ids ATT&CK revoked into an object, and find the object by them', () => {
    expect(entries.map((e) => [e.name, e.externalId, e.formerIds])).toEqual([
      ['DLL', 'T1574.001', ['T1574.002']],
    ]);
    const knowledge = prepareKnowledge(entries);
    expect(knowledge.byExternalId.get('T1574.002')?.id).toBe(current.id);
    expect(knowledge.byExternalId.get('T1574.001')?.id).toBe(current.id);
  });

  it("carry a technique's ATT&CK tactics, from any ATT&CK kill chain", () => {
    const phases = [
      { kill_chain_name: 'mitre-attack', phase_name: 'reconnaissance' },
      { kill_chain_name: 'mitre-mobile-attack', phase_name: 'collection' },
      { kill_chain_name: 'lockheed-martin-cyber-kill-chain', phase_name: 'delivery' },
    ];
    const ip = technique('ip', 'IP Addresses', 'T1590.005', { kill_chain_phases: phases });
    const [entry] = knowledgeFromObjects([ip]).entries;
    expect(entry?.tactics).toEqual(['reconnaissance', 'collection']);
  });

  it('make one technique of a revoked id and the words for it, under the current object', () => {
    const knowledge = prepareKnowledge(entries);
    const text =
      'The loader sideloads its DLL through a signed binary (T1574.002). DLL side-loading hides it.';
    const techniques = analyzeReport(text, { knowledge, techniques: extractTechniques })
      .entities.filter((e) => e.type === 'attack-pattern')
      .map((e) => [e.key, e.name, e.ref, e.mentions.map((m) => m.text)]);
    expect(techniques).toEqual([
      [
        'attack-pattern:T1574.001',
        'DLL',
        current.id,
        ['sideloads', 'T1574.002', 'DLL side-loading'],
      ],
    ]);
  });

  it('let a current id win over another entry’s former id', () => {
    const other = technique('other', 'Other', 'T1574.002');
    const knowledge = prepareKnowledge(
      knowledgeFromObjects([current, revoked, revokedBy, other]).entries,
    );
    expect(knowledge.byExternalId.get('T1574.002')?.name).toBe('Other');
  });

  it("keep every source's spelling of a name, one listed spelling per name in the cluster", () => {
    const attack: StixObject = {
      type: 'malware',
      spec_version: '2.1',
      id: vigilId('malware', 'test', 'marrowlock'),
      name: 'MARROWLOCK',
      is_family: true,
      external_references: [{ source_name: 'mitre-attack', external_id: 'S9001' }],
    };
    const galaxy: StixObject = {
      type: 'malware',
      spec_version: '2.1',
      id: vigilId('malware', 'test', 'marrowlock-galaxy'),
      name: 'MarrowLock',
      aliases: ['Marrow Locker'],
      is_family: true,
      external_references: [{ source_name: 'x', url: 'https://attack.mitre.org/software/S9001' }],
    };
    const { entries, clustering } = knowledgeFromObjects([attack, galaxy]);
    expect(clustering.clusterOf(galaxy.id)?.aliases).toEqual(['MARROWLOCK', 'Marrow Locker']);
    expect(entries.map((e) => [e.name, e.aliases])).toEqual([
      ['MARROWLOCK', ['MARROWLOCK', 'Marrow Locker', 'MarrowLock']],
    ]);
  });
});
