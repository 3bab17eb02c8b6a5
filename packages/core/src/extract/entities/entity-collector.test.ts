import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
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
