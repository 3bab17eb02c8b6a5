import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { EntityCollector, type EntityFinding } from './entity-collector.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  // As the MISP ransomware galaxy names it.
  {
    id: 'malware--079d03f6-dfa2-541a-bb6a-a83f0b95c43a',
    type: 'malware',
    name: 'rhysida',
    aliases: ['rhysida'],
  },
  // As ATT&CK names it: a command, in lower case on purpose.
  {
    id: 'tool--c9703cd3-141c-43a0-a926-380082be5d04',
    type: 'tool',
    name: 'schtasks',
    aliases: ['schtasks'],
    externalId: 'S0111',
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const names = (text: string) =>
  extractEntities(text, splitSentences(text), index)
    .filter((e) => e.type === 'malware' || e.type === 'tool')
    .map((e) => e.name);

describe('entity names', () => {
  it("write a lower-case knowledge name as the text writes it, but keep ATT&CK's", () => {
    expect(
      names(
        'The Rhysida ransomware encrypted the servers. Rhysida then wiped the backups, and the ' +
          'operators ran Schtasks to keep the rhysida binary running.',
      ),
    ).toEqual(['Rhysida', 'schtasks']);
  });
});

describe("an entity's properties", () => {
  const finding = (properties: Record<string, unknown>, recognition = 60): EntityFinding => ({
    key: 'identity:acme',
    type: 'identity',
    name: 'Acme',
    properties,
    recognition,
    via: 'company-name',
  });
  const mention = (start: number) => ({ start, end: start + 4, text: 'Acme', sentence: 0 });
  const propertiesOf = (...findings: EntityFinding[]) => {
    const collector = new EntityCollector();
    findings.forEach((f, i) => collector.add(f, mention(i * 10)));
    return collector.entities()[0]?.properties;
  };

  it("take a country or sectors another mention's words tell, the first told winning", () => {
    expect(propertiesOf(finding({}), finding({ country: 'NL' }))).toEqual({ country: 'NL' });
    expect(propertiesOf(finding({ country: 'DE' }), finding({ country: 'NL' }))).toEqual({
      country: 'DE',
    });
    expect(propertiesOf(finding({ country: 'DE' }), finding({ sectors: ['retail'] }, 90))).toEqual({
      sectors: ['retail'],
      country: 'DE',
    });
  });

  it('take no other clusters one mention alone was ambiguous with', () => {
    expect(propertiesOf(finding({}), finding({ candidates: ['identity--x'] }))).toEqual({});
  });
});
