import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { withDeclaredSameSets } from './declared-same-sets.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const entry = (
  n: number,
  name: string,
  aliases: string[],
  externalId?: string,
): KnowledgeEntry => ({
  id: `intrusion-set--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a${40 + n}`,
  type: 'intrusion-set',
  name,
  aliases: [name, ...aliases],
  ...(externalId ? { externalId } : {}),
});
// An ATT&CK group, and a MISP-only cluster whose synonyms name it: one shared alias, no link.
const KNOWLEDGE = [
  entry(1, 'Zorbatross', [], 'G9101'),
  entry(2, 'Quillheron', ['Zorbatross', 'Fenfinch']),
  entry(3, 'Marrowgull', ['Zorbatross'], 'G9103'),
  entry(4, 'Brackenowl', []),
  entry(5, 'Gullwrack', [], 'G9105'),
  // A ransomware family, whose gang the words may make a set.
  { ...entry(6, 'Velkcrypt', [], 'S9106'), type: 'malware' as const },
];
const byId = new Map<string, KnowledgeEntry>(KNOWLEDGE.map((e) => [e.id, e]));
const index = buildKnowledgeIndex(KNOWLEDGE);

/** Each intrusion set of the text after the merge, as "name: mention texts". */
function sets(text: string): string[] {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, index);
  return withDeclaredSameSets(text, sentences, entities, (ref) => byId.get(ref))
    .filter((e) => e.type === 'intrusion-set')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

describe('sets a report declares one', () => {
  it('are one where the knowledge lists the one name among the other set’s names', () => {
    expect(
      sets(
        'Acme tracks the group as Zorbatross and has for years. Other researchers call it ' +
          'Quillheron and Fenfinch. Quillheron struck again.',
      ),
    ).toEqual(['Zorbatross: Zorbatross, Quillheron, Fenfinch, Quillheron']);
    expect(sets('The espionage group Zorbatross (Quillheron) struck banks again.')).toEqual([
      'Zorbatross: Zorbatross, Quillheron',
    ]);
  });

  it('are one where a list of names declares them, each item after the first named by the words before it', () => {
    // "the threat actor industry reporting tracks as Salt Typhoon, OPERATOR PANDA, RedMike and GhostEmperor".
    expect(
      sets(
        'The activity overlaps with the threat actor industry reporting tracks as Zorbatross, Fenfinch, ' +
          'UNC5807 and Quillheron.',
      ),
    ).toEqual(['Zorbatross: Zorbatross, Fenfinch, UNC5807, Quillheron']);
    // An activity's names are its doers, each a set.
    expect(sets('Acme tracks the activity as Zorbatross and Quillheron.')).toEqual([
      'Zorbatross: Zorbatross',
      'Quillheron: Quillheron',
    ]);
    // A list of examples declares nothing.
    expect(sets('Groups such as Zorbatross and Quillheron hit banks.')).toEqual([
      'Zorbatross: Zorbatross',
      'Quillheron: Quillheron',
    ]);
  });

  it('take a new vendor-scheme name declared another name of a known set into that set', () => {
    expect(
      sets(
        'Officials said a group they call Laundry Bear was behind it. Acme, which tracks the group ' +
          'as Brackenowl, agreed.',
      ),
    ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    for (const tracks of [
      'which tracks the same actor as',
      'where it is tracked by Acme Labs as',
    ]) {
      expect(
        sets(`The agencies named the group Laundry Bear. Acme, ${tracks} Brackenowl, agreed.`),
      ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    }
    expect(
      sets(
        'Officials said a group they call Laundry Bear was behind it. It is related to the group ' +
          'known as Brackenowl.',
      ),
    ).toEqual(['Laundry Bear: Laundry Bear', 'Brackenowl: Brackenowl']);
    // Two new names across sentences are one as in one sentence, the first named keeping its name.
    expect(
      sets(
        'Officials said a group they call Laundry Bear was behind it. Acme, which tracks the group ' +
          'as Gravel Panda, agreed.',
      ),
    ).toEqual(['Laundry Bear: Laundry Bear, Gravel Panda']);
    expect(
      sets(
        'Officials said a group they call Laundry Bear was behind it. Acme linked it to the group ' +
          'known as Gravel Panda.',
      ),
    ).toEqual(['Laundry Bear: Laundry Bear', 'Gravel Panda: Gravel Panda']);
    // "which Acme tracks as"; a sentence between them; an earlier sentence's "work-related" ties nothing.
    expect(
      sets('The agencies named the group Laundry Bear, which Acme tracks as Brackenowl.'),
    ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    expect(
      sets(
        'A group they named Laundry Bear stole work-related contact details. The agencies said it ' +
          'is state-backed. Acme tracks the same actor as Brackenowl.',
      ),
    ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    expect(
      sets(
        'A group they named Laundry Bear stole data related to contracts. The agencies said it is ' +
          'state-backed. Acme tracks the same actor as Brackenowl.',
      ),
    ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    expect(
      sets(
        'They named the group Laundry Bear for its work-related thefts, and Acme tracks it as ' +
          'Brackenowl.',
      ),
    ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    // Words naming the set again reach back to the set named last, up to five sentences.
    expect(
      sets(
        'A group they named Laundry Bear stole data. The agencies said it is state-backed. It hit ' +
          'banks. Acme tracks the same actor as Brackenowl.',
      ),
    ).toEqual(['Brackenowl: Laundry Bear, Brackenowl']);
    expect(
      sets(
        'A group they named Laundry Bear stole data. It is state-backed. It hit banks. It hit ' +
          'ports. It hit mines. It hit farms. Acme tracks the same actor as Brackenowl.',
      ),
    ).toEqual(['Laundry Bear: Laundry Bear', 'Brackenowl: Brackenowl']);
    expect(
      sets(
        'A group they named Laundry Bear stole data. The agencies said it is state-backed. It hit ' +
          'banks. Acme calls it Brackenowl.',
      ),
    ).toEqual(['Laundry Bear: Laundry Bear', 'Brackenowl: Brackenowl']);
    // A set the words bring in as one more is named after them, not the one before.
    expect(
      sets(
        'Acme said Brackenowl had exploited the flaws. A third China-based group, tracked as ' +
          'Storm-9603, was also exploiting them.',
      ),
    ).toEqual(['Brackenowl: Brackenowl', 'Storm-9603: Storm-9603']);
    expect(
      sets(
        'Acme said Brackenowl had exploited the flaws. Another group, tracked as Storm-9603, did too.',
      ),
    ).toEqual(['Brackenowl: Brackenowl', 'Storm-9603: Storm-9603']);
    expect(
      sets(
        'Two of them, Gullwrack and Brackenowl, are Chinese; the third, tracked as Storm-9603, too.',
      ),
    ).toEqual(['Gullwrack: Gullwrack', 'Brackenowl: Brackenowl', 'Storm-9603: Storm-9603']);
  });

  it('take a set named after its malware, declared another name of a known set, into that set', () => {
    expect(
      sets(
        'The Velkcrypt ransomware gang claimed the attack. The Velkcrypt gang, also known as ' +
          'Gullwrack, began in May.',
      ),
    ).toEqual(['Gullwrack: Velkcrypt, Velkcrypt, Gullwrack']);
    expect(
      sets(
        'The Velkcrypt ransomware gang claimed the attack. The Velkcrypt gang, which is linked to ' +
          'Gullwrack, began in May.',
      ),
    ).toEqual(['Velkcrypt: Velkcrypt, Velkcrypt', 'Gullwrack: Gullwrack']);
  });

  it('stay apart without such words, without the knowledge, or when both are ATT&CK groups', () => {
    expect(sets('Zorbatross struck banks in May. Quillheron struck them in June.')).toEqual([
      'Zorbatross: Zorbatross',
      'Quillheron: Quillheron',
    ]);
    expect(sets('Zorbatross struck banks. Others call it Brackenowl, the vendor said.')).toEqual([
      'Zorbatross: Zorbatross',
      'Brackenowl: Brackenowl',
    ]);
    expect(
      sets('Zorbatross struck banks in May. It went on for months. Others call it Quillheron.'),
    ).toEqual(['Zorbatross: Zorbatross', 'Quillheron: Quillheron']);
    // The name in brackets is another of the set right before it, not of one named earlier.
    expect(sets('Zorbatross struck banks in May. Quillheron (Fenfinch) struck in June.')).toEqual([
      'Zorbatross: Zorbatross',
      'Quillheron: Quillheron, Fenfinch',
    ]);
    expect(sets('The espionage group Marrowgull, also known as Zorbatross, struck.')).toEqual([
      'Marrowgull: Marrowgull',
      'Zorbatross: Zorbatross',
    ]);
  });
});
