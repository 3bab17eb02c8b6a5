/**
 * Names listed before a known family whose name ends in its kind word share that word: "VIDAR, LUMMA and
 * RACCOON STEALER" are stealers, known or new.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'malware--5490e175-42e7-5885-a4ee-ceb393c26b9a',
    type: 'malware',
    name: 'Lumma Stealer',
    aliases: ['Lumma Stealer', 'LummaC2 Stealer'],
  },
  {
    id: 'malware--8c8e8b01-b4b1-479b-a7a9-78c40a12b916',
    type: 'malware',
    name: 'Raccoon Stealer',
    aliases: ['Raccoon Stealer'],
  },
  {
    id: 'malware--2d0c2ca9-5a45-4a4e-9b0e-c2aa2bfd3f26',
    type: 'malware',
    name: 'Smoke Loader',
    aliases: ['Smoke Loader', 'Dofoil'],
  },
  {
    id: 'tool--da04ac30-27da-4959-a67d-450ce47d9470',
    type: 'tool',
    name: 'QuasarRAT',
    aliases: ['QuasarRAT', 'Quasar RAT'],
  },
  {
    id: 'tool--afc079f3-c0ea-4096-b75d-3f05338b7f60',
    type: 'tool',
    name: 'Mimikatz',
    aliases: ['Mimikatz'],
  },
  {
    id: 'tool--aafea02e-ece5-4bb2-91a6-3bf8c7f38a39',
    type: 'tool',
    name: 'Cobalt Strike',
    aliases: ['Cobalt Strike'],
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const names = (text: string): string[] =>
  extractEntities(text, splitSentences(text), index)
    .filter((e) => e.type === 'malware' || e.type === 'tool')
    .map((e) => `${e.type}:${e.name}:${e.mentions.map((m) => m.text).join('|')}`);

describe('names listed before a known family that ends in its kind word', () => {
  it('are the known family named with that word, else new families', () => {
    expect(
      names(
        'The credentials came from infostealers such as VIDAR, LUMMA, REDLINE and RACCOON STEALER.',
      ),
    ).toEqual([
      'malware:VIDAR:VIDAR',
      'malware:Lumma Stealer:LUMMA',
      'malware:REDLINE:REDLINE',
      'malware:Raccoon Stealer:RACCOON',
    ]);
  });

  it('are malware by the kind word, whatever type the knowledge gives the last name', () => {
    expect(names('The RTF document leads to NetwiredRC and Quasar RAT on the host.')).toEqual([
      'malware:NetwiredRC:NetwiredRC',
      'tool:QuasarRAT:Quasar',
    ]);
  });

  it('are not read before a known name without a kind word', () => {
    expect(names('The actors ran Zorvex, Kelvo and Mimikatz on the host.')).toEqual([
      'tool:Mimikatz:Mimikatz',
    ]);
    expect(names('The actors ran Zorvex, Kelvo and Cobalt Strike on the host.')).toEqual([
      'tool:Cobalt Strike:Cobalt Strike',
    ]);
  });

  it('stop at a title with an article, whose last word is no one-word name', () => {
    expect(
      names('The bundle may include AZORult, Predator the Thief, Smoke Loader on hosts.'),
    ).toEqual(['malware:Smoke Loader:Smoke Loader']);
    // A sentence's first word is capitalized anyway.
    expect(names('Since the Angler and Nuclear exploit kits died, others grew.')).toEqual([
      'malware:Angler:Angler',
      'malware:Nuclear:Nuclear',
    ]);
  });
});

describe('a new name listed after a known family before a plural kind word', () => {
  it('is a new family of that kind', () => {
    expect(names('In March the attackers deployed the Mimikatz and BIASBOOT backdoors.')).toEqual([
      'tool:Mimikatz:Mimikatz',
      'malware:BIASBOOT:BIASBOOT',
    ]);
    // A plural kind word after one new name alone names no family.
    expect(names('In March the attackers deployed the BIASBOOT backdoors.')).toEqual([]);
  });
});
