/**
 * Which object an alias names when a group and its malware carry the same name.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e01',
    type: 'intrusion-set',
    name: 'Harrowfen',
    aliases: ['Harrowfen'],
  },
  {
    id: 'malware--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e02',
    type: 'malware',
    name: 'Harrowfen',
    aliases: ['Harrowfen'],
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const types = (text: string): string[] =>
  extractEntities(text, splitSentences(text), index).map((e) => `${e.type}:${e.name}`);

describe('a name shared by a group and its malware', () => {
  it('is the malware with the kind word right beside it', () => {
    expect(types('The Harrowfen backdoor was found on the file server.')).toEqual([
      'malware:Harrowfen',
    ]);
  });

  it('is the group when the kind word stands further away', () => {
    expect(types('Harrowfen used a new backdoor against the ministry.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });
});
