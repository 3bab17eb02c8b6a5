/**
 * A report's misspellings of a name it spells right elsewhere are mentions of that name.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';
import { oneEditApart } from './misspelled-names.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e81',
    type: 'intrusion-set',
    name: 'Harrowfen',
    aliases: ['Harrowfen'],
  },
  {
    id: 'malware--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e82',
    type: 'malware',
    name: 'Quillstealer',
    aliases: ['Quillstealer'],
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const mentions = (text: string): string[] =>
  extractEntities(text, splitSentences(text), index).map(
    (e) => `${e.name}:${e.mentions.map((m) => m.text).join('|')}`,
  );

describe('a misspelled name', () => {
  it('is the name the report spells right elsewhere: a letter added, dropped, changed or swapped', () => {
    expect(
      mentions('Harrowfen used Quillstealer. Harowfen and Harrowfenn came back with Quillsteaelr.'),
    ).toEqual([
      'Harrowfen:Harrowfen|Harowfen|Harrowfenn',
      'Quillstealer:Quillstealer|Quillsteaelr',
    ]);
  });

  it('is nothing when the report never spells it right, in a plural, a kind word, a path or quotes', () => {
    expect(mentions('Harowfen came back.')).toEqual([]);
    expect(mentions('Harrowfen came back. The Harrowfens and /img/Harowfen/a.png.')).toEqual([
      'Harrowfen:Harrowfen',
    ]);
    // A word set in quotes is a name given on purpose: Harrowfen's module 'Harowfen'.
    expect(mentions("Harrowfen now offers 'Harowfen', a module. Harowfen runs first.")).toEqual([
      'Harrowfen:Harrowfen',
    ]);
  });
});

describe('oneEditApart', () => {
  it.each([
    ['MuddWater', 'MuddyWater', true],
    ['GandGrab', 'GandCrab', true],
    ['EvilExtracrtor', 'EvilExtractor', true],
    ['Rhadamanthys', 'Rhandamanthys', true],
    ['HermaticWiper', 'HermeticWiper', true],
    ['Harrowfen', 'Harrowfen', false],
    ['Harrowfen', 'Harrowfield', false],
    ['Loader', 'Zloader', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});
