import { describe, expect, it } from 'vitest';
import { extractRelations } from '../relations/extract-relations.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const read = (text: string) => {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, empty);
  return { entities, relations: extractRelations(text, sentences, entities) };
};
const governments = (text: string): string[] =>
  read(text)
    .entities.filter((e) => e.via === 'state-government')
    .map(
      (e) =>
        `${e.name} ${String(e.properties?.['country'])}: ${e.mentions.map((m) => m.text).join('|')}`,
    );

describe("a state's government named as what runs an actor", () => {
  it('is a nation-state sponsor, however the government is written', () => {
    expect(governments('APT98 is operated by the Chinese government.')).toEqual([
      'Government of China CN: Chinese government',
    ]);
    expect(governments('APT99 works on behalf of the government of Iran.')).toEqual([
      'Government of Iran IR: government of Iran',
    ]);
    expect(
      governments('Zorvex is a group sponsored and directed by the government of Iran.'),
    ).toEqual(['Government of Iran IR: government of Iran']);
    expect(governments("APT99 is a group working for Russia's government.")).toEqual([
      "Government of Russia RU: Russia's government",
    ]);
    expect(governments('APT99 is linked to the Chinese government.')).toEqual([
      'Government of China CN: Chinese government',
    ]);
    expect(governments('Hackers affiliated with the government of Iran struck.')).toEqual([
      'Government of Iran IR: government of Iran',
    ]);
    // Its services named as a whole, not one named organ.
    expect(governments('The hackers were linked to Russian intelligence services.')).toEqual([
      'Intelligence services of Russia RU: Russian intelligence services',
    ]);
    expect(governments("APT99 is a group working for Iran's security services.")).toEqual([
      "Security services of Iran IR: Iran's security services",
    ]);
    expect(governments('APT99 is linked to Russian financial services.')).toEqual([]);
    // "intelligence" alone, or its agencies, where the phrase ends on the word; not its officers.
    expect(governments('It was the work of actors linked to Russian intelligence.')).toEqual([
      'Intelligence services of Russia RU: Russian intelligence',
    ]);
    expect(governments('APT99 is linked to Russian intelligence agencies, Acme said.')).toEqual([
      'Intelligence services of Russia RU: Russian intelligence agencies',
    ]);
    expect(governments('APT99 is linked to Russian intelligence officers.')).toEqual([]);
    // The state, named by its adjective, where the phrase ends on the word; not its media or its security.
    expect(governments('Hackers working for the Chinese state were behind it.')).toEqual([
      'Government of China CN: Chinese state',
    ]);
    expect(governments('Hackers working for the Chinese state media were behind it.')).toEqual([]);
    expect(governments('Hackers working for the state were behind it.')).toEqual([]);
    expect(governments('Sanctions linked to the Chinese government hit APT99.')).toEqual([]);
  });

  it('is the sponsor the set is attributed to, with the confidence the source states', () => {
    const { relations } = read(
      'Microsoft has assessed with high confidence that APT99 is operated by the Chinese government.',
    );
    expect(
      relations
        .filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.source} ${r.target} ${r.confidence ?? 'none'}`),
    ).toEqual(['intrusion-set:apt99 threat-actor:government of china 85']);
  });

  it('rates the attribution to the state, not the one to a set another sentence names', () => {
    const { relations } = read(
      'Supo said hackers working for the Chinese state were likely behind the breach of the ' +
        'Finnish parliament. Police said the attack was carried out by APT99.',
    );
    expect(
      relations
        .filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.target} ${r.confidence ?? 'none'}`),
    ).toEqual(['threat-actor:government of china 70', 'intrusion-set:apt99 none']);
  });

  it('is the sponsor of the clause\'s subject in a second predicate after "and"', () => {
    const attributions = (text: string): string[] =>
      read(text)
        .relations.filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.source} ${r.target} ${r.confidence ?? 'none'}`);
    expect(
      attributions(
        'APT99 has been active since at least April 2024 and is very likely supported by the Russian government.',
      ),
    ).toEqual(['intrusion-set:apt99 threat-actor:government of russia 85']);
    // The "and" opens a predicate of something else than an actor.
    expect(
      governments(
        'The portal was built in 2019 and is funded by the Russian government, APT99 said.',
      ),
    ).toEqual([]);
  });

  it('is no government that speaks, denies or is targeted', () => {
    expect(governments('The Chinese government denied that APT99 exists.')).toEqual([]);
    expect(governments('APT99 was targeted by the Chinese government.')).toEqual([]);
    expect(governments('APT99 asked for the Chinese government to respond.')).toEqual([]);
    // What it runs is no actor; it only describes the actors.
    expect(
      governments('APT99 used a domain owned and operated by the Myanmar government.'),
    ).toEqual([]);
    expect(governments('APT99 is backed by Chinese government-linked firms.')).toEqual([]);
    expect(governments('APT99 hacked the government of Iran and was condemned by it.')).toEqual([]);
  });
});
