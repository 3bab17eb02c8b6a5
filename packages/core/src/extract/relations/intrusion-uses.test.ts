import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { buildKnowledgeIndex } from '../entities/knowledge-index.ts';
import { splitSentences } from '../sentences.ts';
import { extractRelations } from './extract-relations.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'malware--5a3a31fe-5a8f-48e1-bff0-a753e5b1be70',
    type: 'malware',
    name: 'X-Agent',
    aliases: ['X-Agent'],
    externalId: 'S0023',
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);

/** "campaign -> family" of each use the text states of an intrusion. */
function intrusionUses(text: string): string[] {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, index);
  const names = new Map(entities.map((e) => [e.key, e.name]));
  return extractRelations(text, sentences, entities)
    .filter((r) => r.type === 'uses' && r.source.startsWith('campaign:'))
    .map((r) => `${names.get(r.source)} -> ${names.get(r.target)}`);
}

describe('what an intrusion into one victim used', () => {
  it('is the family a use verb right after its words names', () => {
    expect(intrusionUses('The attack on a dam in Norway used X-Agent.')).toEqual([
      'Intrusion into a dam in Norway -> X-Agent',
    ]);
    expect(
      intrusionUses(
        'Talos saw a destructive attack on a critical infrastructure entity in Ukraine that used a ' +
          'previously unknown implant we call X-Agent.',
      ),
    ).toEqual(['Intrusion into a critical infrastructure entity in Ukraine -> X-Agent']);
  });

  it('is the family a passive intrusion verb names after "by"', () => {
    expect(
      intrusionUses('Zorbacare, a network of 14 hospitals, was hit by X-Agent ransomware.'),
    ).toEqual(['Intrusion into Zorbacare -> X-Agent']);
    expect(
      intrusionUses('Zorbacare, a network of 14 hospitals, was hit in May, unlike X-Agent users.'),
    ).toEqual([]);
  });

  it('is the family whose gang claimed the intrusion', () => {
    const told = 'X-Agent is a ransomware strain. Zorbacare suffered a ransomware attack. ';
    expect(intrusionUses(`${told}The X-Agent ransomware gang later claimed the attack.`)).toEqual([
      'Intrusion into Zorbacare -> X-Agent',
    ]);
    expect(intrusionUses(`${told}X-Agent claimed responsibility for the attack.`)).toEqual([
      'Intrusion into Zorbacare -> X-Agent',
    ]);
    expect(intrusionUses(`${told}X-Agent was not behind the attack.`)).toEqual([]);
    expect(intrusionUses(`${told}X-Agent claimed that the attack was small.`)).toEqual([]);
  });

  it('is not a family the sentence names elsewhere', () => {
    expect(intrusionUses('The attack on a dam in Norway was unlike X-Agent.')).toEqual([]);
    expect(intrusionUses('The attack on a dam in Norway came after Acme used X-Agent.')).toEqual(
      [],
    );
    expect(intrusionUses('The attack on a dam in Norway. Others used X-Agent.')).toEqual([]);
    expect(intrusionUses('The attack on a dam came as hackers in Norway used X-Agent.')).toEqual(
      [],
    );
    expect(
      intrusionUses('The attack on a dam in Norway used a loader, and Acme later named X-Agent.'),
    ).toEqual([]);
  });
});
