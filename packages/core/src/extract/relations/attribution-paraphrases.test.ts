/**
 * A government's attribution written in different words, by different states: each yields the intrusion
 * as a campaign against the state's own body, attributed to the named set (hand-made knowledge).
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { buildKnowledgeIndex } from '../entities/knowledge-index.ts';
import { splitSentences } from '../sentences.ts';
import { extractRelations } from './extract-relations.ts';

const set = (name: string, externalId: string, id: string): KnowledgeEntry => ({
  id: `intrusion-set--${id}`,
  type: 'intrusion-set',
  name,
  aliases: [],
  externalId,
});
const index = buildKnowledgeIndex([
  set('APT28', 'G0007', 'bef4c620-0787-42a8-a96d-b7eb6e85917c'),
  set('APT29', 'G0016', '899ce53f-13a0-479b-a0e4-67d46e241542'),
  set('APT31', 'G0128', '4283ae19-69c7-4347-a35e-b56f08eb660b'),
]);

function attribution(text: string) {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, index);
  const relations = extractRelations(text, sentences, entities);
  const campaign = entities.find((e) => e.type === 'campaign');
  const victim = entities.find((e) => e.key === campaign?.properties?.['victim']);
  const to = relations
    .filter((r) => r.type === 'attributed-to' && r.source === campaign?.key)
    .map((r) => r.target);
  return { victim: victim?.name, attributedTo: to };
}

const CASES: readonly (readonly [string, string, string])[] = [
  [
    'The government of Norway publicly attributed a significant cyber intrusion in its foreign ministry to APT31, a group linked to China’s Ministry of State Security.',
    'Ministry of Foreign Affairs of Norway',
    'intrusion-set:G0128',
  ],
  [
    'Norway blamed APT31 for the hack of its foreign ministry.',
    'Ministry of Foreign Affairs of Norway',
    'intrusion-set:G0128',
  ],
  [
    'Denmark on Tuesday accused APT28 of the breach of its defence ministry.',
    'Ministry of Defence of Denmark',
    'intrusion-set:G0007',
  ],
  [
    "Canada's government linked the compromise of its parliament to APT29.",
    'Parliament of Canada',
    'intrusion-set:G0016',
  ],
  [
    'The government of the Netherlands pinned the intrusion into its interior ministry on APT29.',
    'Ministry of the Interior of the Netherlands',
    'intrusion-set:G0016',
  ],
  [
    'Sweden has publicly named APT28 as responsible for the attack on its parliament.',
    'Parliament of Sweden',
    'intrusion-set:G0007',
  ],
  [
    'Estonian authorities attributed the cyberattack on its justice ministry to APT28.',
    'Ministry of Justice of Estonia',
    'intrusion-set:G0007',
  ],
  [
    'Oslo blamed APT31 for the hack of its foreign ministry.',
    'Ministry of Foreign Affairs of Norway',
    'intrusion-set:G0128',
  ],
  [
    "The hack of Norway's parliament was attributed to APT31.",
    'Parliament of Norway',
    'intrusion-set:G0128',
  ],
  [
    'Lithuanian officials accused APT28 of hacking its defence ministry.',
    'Ministry of Defence of Lithuania',
    'intrusion-set:G0007',
  ],
  [
    "The breach of the country's foreign ministry, which Norway pinned on APT31, lasted months.",
    'Ministry of Foreign Affairs of Norway',
    'intrusion-set:G0128',
  ],
];

describe('attribution paraphrases', () => {
  for (const [text, victim, actor] of CASES) {
    it(text, () => {
      expect(attribution(text)).toEqual({ victim, attributedTo: [actor] });
    });
  }

  it('reads no government in an origin written before a set ("Russia-linked APT28")', () => {
    expect(
      attribution('Russia-linked APT28 breached its foreign ministry.').victim,
    ).toBeUndefined();
  });

  it('places the body in the attributing state, not the sponsor’s', () => {
    const text =
      'APT31 is tied to China. Norway blamed APT31 for the hack of its foreign ministry; China denied it.';
    expect(attribution(text).victim).toBe('Ministry of Foreign Affairs of Norway');
  });
});
