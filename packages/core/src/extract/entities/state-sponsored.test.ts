/** Actors a text names only by the state behind them, and the words that describe a named group instead. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const actors = (text: string) =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'threat-actor' || e.type === 'intrusion-set')
    .map((e) => ({
      name: e.name,
      country: e.properties?.['country'],
      types: e.properties?.['threat_actor_types'],
      mentions: e.mentions.map((m) => m.text),
    }));

describe('an actor named only by its state', () => {
  it('is a nation-state threat actor located in that state, one per state', () => {
    expect(
      actors(
        'Chinese state hackers breached the network. Later, state-sponsored cyber actors from ' +
          "the People's Republic of China returned.",
      ),
    ).toEqual([
      {
        name: 'Chinese state-sponsored actor',
        country: 'CN',
        types: ['nation-state'],
        mentions: [
          'Chinese state hackers',
          "state-sponsored cyber actors from the People's Republic of China",
        ],
      },
    ]);
    expect(actors('Chinese government-linked hackers breached it.')).toEqual([
      expect.objectContaining({
        name: 'Chinese state-sponsored actor',
        mentions: ['Chinese government-linked hackers'],
      }),
    ]);
    expect(
      actors('Iranian government-backed hacking groups and Russia’s state-sponsored actors.'),
    ).toEqual([
      expect.objectContaining({ name: 'Iranian state-sponsored actor', country: 'IR' }),
      expect.objectContaining({ name: 'Russian state-sponsored actor', country: 'RU' }),
    ]);
    // Working for the state, acting on its behalf.
    for (const work of ['working for', 'acting on behalf of']) {
      expect(
        actors(`A state-sponsored actor ${work} the People's Republic of China did it.`),
      ).toEqual([
        expect.objectContaining({ name: 'Chinese state-sponsored actor', country: 'CN' }),
      ]);
    }
    expect(actors("A state-sponsored actor waiting for the People's Republic of China.")).toEqual(
      [],
    );
  });

  it('needs the state as sponsor and an actor: not a nationality, a state or an activity', () => {
    // A nationality's people at work are an actor the nationality describes, no state's.
    expect(actors('Chinese hackers breached the network.')).toEqual([
      {
        name: 'Chinese cyber actors',
        country: 'CN',
        types: undefined,
        mentions: ['Chinese hackers'],
      },
    ]);
    expect(actors('The Chinese state denied it.')).toEqual([]);
    expect(actors('Russian state-sponsored activity rose in 2023.')).toEqual([]);
    expect(actors('Hackers from the Netherlands state that they did it.')).toEqual([]);
  });

  it("is the state's people at work, where the text names no sponsor", () => {
    expect(
      actors(
        'Since October, Iranian cyber actors have used password spraying to compromise accounts. ' +
          "The advisory warns of Iranian cyber actors' use of brute force. Iranian actors also " +
          'targeted hospitals.',
      ),
    ).toEqual([
      {
        name: 'Iranian cyber actors',
        country: 'IR',
        types: undefined,
        mentions: ['Iranian cyber actors', 'Iranian cyber actors', 'Iranian actors'],
      },
    ]);
    // Beside its sponsored actor, the same actor.
    expect(
      actors('Russian state-sponsored actors were active. Russian hackers breached a bank.'),
    ).toEqual([
      {
        name: 'Russian state-sponsored actor',
        country: 'RU',
        types: ['nation-state'],
        mentions: ['Russian state-sponsored actors', 'Russian hackers'],
      },
    ]);
    // The workers of North Korea's scheme, in capitals.
    expect(
      actors('Since 2022, North Korean IT workers have used stolen identities to get jobs.').map(
        (a) => a.mentions,
      ),
    ).toEqual([['North Korean IT workers']]);
    expect(actors('Since 2022, North Korean workers have used stolen identities.')).toEqual([]);
    // North Korea's IT workers are the threat wherever named, a headline's capitals too; another state's act.
    expect(
      actors(
        "Actions to Combat North Korean Remote Information Technology Workers' Illicit Revenue Schemes",
      ).map((a) => a.mentions),
    ).toEqual([['North Korean Remote Information Technology Workers']]);
    expect(
      actors('The DPRK IT workers were paid in cryptocurrency.').map((a) => a.mentions),
    ).toEqual([['DPRK IT workers']]);
    expect(actors('Chinese IT workers are common in the region.')).toEqual([]);
    expect(actors('It works: North Korean IT software is rare.')).toEqual([]);
    // Not the people at work: a possessive, a country's name, a verb of no intrusion.
    expect(actors("The Iranian hackers' forum was closed.")).toEqual([]);
    expect(actors('Iran hackers used phishing.')).toEqual([]);
    expect(actors('Iranian hackers said they were students.')).toEqual([]);
  });

  it('is not read beside a named group, which the words describe', () => {
    expect(actors('APT99, a Chinese state-sponsored group, breached the network.')).toEqual([
      expect.objectContaining({ name: 'APT99', mentions: ['APT99'] }),
    ]);
  });
});

describe('a state an attack is laid at', () => {
  const names = (text: string) => actors(text).map((a) => `${a.name}: ${a.mentions.join(' | ')}`);
  it('is that state’s nation-state actor', () => {
    expect(
      names('The minister attributed the attack on the water supply of a Polish city to Russia.'),
    ).toEqual(['Russian state-sponsored actor: Russia']);
    expect(names('The government blamed Russia for the cyberattack.')).toEqual([
      'Russian state-sponsored actor: Russia',
    ]);
    expect(names('Seoul blamed North Korean hackers for the attack on the exchange.')).toEqual([
      'North Korean state-sponsored actor: North Korean hackers',
    ]);
    expect(
      names('The FBI said North Korea was responsible for the theft from the exchange.'),
    ).toEqual(['North Korean state-sponsored actor: North Korea']);
    expect(names('Officials said Chinese hackers were behind the intrusion.')).toEqual([
      'Chinese state-sponsored actor: Chinese hackers',
    ]);
    // The state's services named as who carried the attack out.
    expect(
      names('The minister said the cyberattack on the agency was carried out by Russian services.'),
    ).toEqual(['Russian state-sponsored actor: Russian services']);
    expect(
      names('Officials said the intrusion was conducted by Russian intelligence services.'),
    ).toEqual(['Russian state-sponsored actor: Russian intelligence services']);
    // An actor the state's name describes, the attack attributed to it.
    expect(
      names(
        'We attribute the attack with high confidence to a Russia-nexus advanced persistent threat actor.',
      ),
    ).toEqual(['Russian state-sponsored actor: Russia-nexus advanced persistent threat actor']);
  });
  it('is none where no attack is laid at it', () => {
    expect(names('The survey was carried out by Russian services.')).toEqual([]);
    expect(names('We attribute the attack to a Russia-based company.')).toEqual([]);
    expect(names('We attribute the attack to a Russia based group.')).toEqual([]);
    expect(names('Russia was responsible for the decline in prices.')).toEqual([]);
    expect(names('China is behind many products.')).toEqual([]);
    expect(names('The report attributed the decline in exports to China.')).toEqual([]);
    expect(names('They blamed China for the decline.')).toEqual([]);
    expect(names('Officials said the attack spread to Russia.')).toEqual([]);
  });
});
