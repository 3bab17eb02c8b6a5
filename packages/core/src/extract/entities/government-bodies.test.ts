/**
 * Government bodies named generically resolve to the state's body under its own name: the article
 * where the country's name takes one, and the official name where the state's differs from
 * "Ministry of Foreign Affairs of X" (so the generic and the named mention are one identity).
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const identities = (text: string) =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'identity')
    .map((e) => ({ name: e.name, key: e.key, country: e.properties?.['country'], via: e.via }));
const bodies = (text: string) =>
  identities(text)
    .filter((e) => e.via === 'government-body')
    .map((e) => `${e.name} [${String(e.country)}]`);

describe('generic government bodies', () => {
  it('writes "the" before a country name that takes it', () => {
    expect(bodies('Hackers breached the Dutch foreign ministry last year.')).toEqual([
      'Ministry of Foreign Affairs of the Netherlands [NL]',
    ]);
    expect(bodies('Hackers breached the Philippine defence ministry.')).toEqual([
      'Ministry of Defence of the Philippines [PH]',
    ]);
    expect(bodies("Norway's foreign ministry said the attack failed.")).toEqual([
      'Ministry of Foreign Affairs of Norway [NO]',
    ]);
    expect(bodies('The Czech foreign ministry was breached.')).toEqual([
      'Ministry of Foreign Affairs of Czechia [CZ]',
    ]);
  });

  it('reads two ministries sharing their head noun, both of the state the text speaks of', () => {
    expect(
      bodies(
        "Japan's National Police Agency said hackers targeted the foreign and defence ministries.",
      ),
    ).toEqual(['Ministry of Foreign Affairs of Japan [JP]', 'Ministry of Defence of Japan [JP]']);
    expect(
      bodies('The Polish government said the foreign and justice ministries were hit.'),
    ).toEqual(['Ministry of Foreign Affairs of Poland [PL]', 'Ministry of Justice of Poland [PL]']);
    // A state's own official speaks for its government: "Singapore's coordinating minister".
    expect(bodies("Singapore's coordinating minister said the foreign ministry was hit.")).toEqual([
      'Ministry of Foreign Affairs of Singapore [SG]',
    ]);
    expect(bodies("Singapore's Cyber Security Agency said the foreign ministry was hit.")).toEqual([
      'Ministry of Foreign Affairs of Singapore [SG]',
    ]);
    expect(
      bodies(
        'The Czech government said the foreign ministry was hit. The Polish government said its ' +
          'defence ministry was hit.',
      ),
    ).toEqual([
      'Ministry of Foreign Affairs of Czechia [CZ]',
      'Ministry of Defence of Poland [PL]',
    ]);
    expect(
      bodies('The Polish government said the foreign and domestic ministries were hit.'),
    ).toEqual([]);
    expect(
      bodies('The Polish government said the foreign and defence companies were hit.'),
    ).toEqual([]);
    expect(bodies("China's Ministry of State Security said the foreign ministry was hit.")).toEqual(
      [],
    );
  });

  it('reads one ministry of each state listed after "ministries of"', () => {
    expect(
      bodies(
        'The victims included the foreign ministries of Taiwan, India, South Korea, and Indonesia.',
      ),
    ).toEqual([
      'Ministry of Foreign Affairs of Taiwan [TW]',
      'Ministry of External Affairs of India [IN]',
      'Ministry of Foreign Affairs of South Korea [KR]',
      'Ministry of Foreign Affairs of Indonesia [ID]',
    ]);
    // The list ends where no state follows; a state in another phrase is no ministry's.
    expect(bodies('They hit the defence ministries of Poland in May, and Latvia said so.')).toEqual(
      ['Ministry of Defence of Poland [PL]'],
    );
    expect(bodies('They hit the defence ministries of several states, Latvia said.')).toEqual([]);
    expect(bodies('They hit the defence ministries and Latvia in May.')).toEqual([]);
    expect(bodies('They phished the foreign minister of Poland in May.')).toEqual([]);
    expect(bodies('They hit the defence ministries of Poland Latvia.')).toEqual([
      'Ministry of Defence of Poland [PL]',
    ]);
  });

  it("reads a state's police in lower case, not a city's department nor a table's cell", () => {
    expect(bodies('Hackers breached the Dutch police in September.')).toEqual([
      'Police of the Netherlands [NL]',
    ]);
    expect(bodies('Hackers breached a major US police department.')).toEqual([]);
    expect(bodies('| Netherlands | Dutch | Police |')).toEqual([]);
    expect(bodies("Japan's National Police Agency (NPA) said so.")).toEqual([]);
  });

  it("reads a parliament's own name as its state's, whatever state the text speaks of", () => {
    expect(bodies('Russian hackers stole data in the 2015 hack of the Bundestag.')).toEqual([
      'Parliament of Germany [DE]',
    ]);
    expect(bodies('The Danish government said the Storting was hacked.')).toEqual([
      'Parliament of Norway [NO]',
    ]);
  });

  it('reads a chamber as its parliament, of the state the words give', () => {
    expect(bodies("Canada's House of Commons is investigating a data breach.")).toEqual([
      'Parliament of Canada [CA]',
    ]);
  });

  it('reads no chamber where its name opens a committee of it', () => {
    expect(
      bodies(
        "China's foreign ministry denied it. Mark Warner, chairman of the Senate Intelligence Committee, spoke.",
      ),
    ).toEqual(['Ministry of Foreign Affairs of China [CN]']);
    expect(bodies("Canada's House of Commons Standing Committee on Public Safety met.")).toEqual(
      [],
    );
  });

  it("reads the service that runs a parliament as that parliament's", () => {
    expect(
      bodies(
        'The New Zealand government said hackers were behind the 2021 compromise of the ' +
          'Parliamentary Service.',
      ),
    ).toEqual(['Parliament of New Zealand [NZ]']);
  });

  it("reads a state's National Guard, also after a US state's possessive", () => {
    expect(bodies("Hackers compromised the network of a US state's Army National Guard.")).toEqual([
      'National Guard of the United States [US]',
    ]);
    expect(bodies('The Ukrainian National Guard was hit.')).toEqual([
      'National Guard of Ukraine [UA]',
    ]);
  });

  it('reads the armed forces as a body of defense', () => {
    const found = extractEntities(
      'Hackers gained access to a network of the Dutch armed forces.',
      splitSentences('Hackers gained access to a network of the Dutch armed forces.'),
      empty,
    ).filter((e) => e.via === 'government-body');
    expect(found.map((e) => [e.name, e.properties?.['sectors']])).toEqual([
      ['Armed Forces of the Netherlands', ['government-national', 'defense']],
    ]);
  });

  it('reads the state after "of the", and no body in the tail of a name found before it', () => {
    expect(bodies('Ukraine said so. The Armed Forces of the Russian Federation attacked.')).toEqual(
      ['Armed Forces of Russia [RU]'],
    );
    expect(
      bodies(
        'Ukraine said so. APT28 is linked to the Main Directorate of the General Staff of the Armed ' +
          'Forces of the Russian Federation.',
      ),
    ).toEqual([]);
  });

  it("resolves each state's usual names for its foreign ministry to its official name", () => {
    expect(bodies('The UK foreign office said hackers linked to Russia breached it.')).toEqual([
      'Foreign, Commonwealth & Development Office [GB]',
    ]);
    expect(bodies("Britain's foreign ministry said it was breached.")).toEqual([
      'Foreign, Commonwealth & Development Office [GB]',
    ]);
    expect(bodies('The German foreign ministry confirmed the intrusion.')).toEqual([
      'Federal Foreign Office [DE]',
    ]);
    expect(bodies("India's external affairs ministry denied the breach.")).toEqual([
      'Ministry of External Affairs of India [IN]',
    ]);
    expect(bodies('The American foreign ministry was targeted.')).toEqual([
      'Department of State [US]',
    ]);
    // Britain's and Germany's both go by "Foreign Office".
    expect(
      bodies("Germany's government blamed APT28. The Foreign Office in Berlin summoned the envoy."),
    ).toEqual(['Federal Foreign Office [DE]']);
    expect(bodies('The lure shows the logo of the German Federal Foreign Office.')).toEqual([
      'Federal Foreign Office [DE]',
    ]);
    // A place ending the sentence before is not the body's state.
    expect(
      bodies(
        'The UK government said the lawmakers criticised policies in Xinjiang and Hong Kong. ' +
          'The Foreign Office summoned the ambassador.',
      ),
    ).toEqual(['Foreign, Commonwealth & Development Office [GB]']);
  });

  it("places a body by its own state, not by the attackers' sponsor", () => {
    const text =
      'Chinese state hackers breached the defence ministry. The Dutch government said the attack ' +
      "on the ministry's network failed, and the country's defence ministry restored it.";
    expect(bodies(text)).toEqual(['Ministry of Defence of the Netherlands [NL]']);
    expect(
      bodies("Russian state-sponsored actors hit the foreign ministry, Estonia's government said."),
    ).toEqual(['Ministry of Foreign Affairs of Estonia [EE]']);
    // A government that supports or funds an actor is its sponsor, not the state the text speaks of.
    expect(
      bodies(
        'A Russian group breached the police. The Dutch government said the group is supported by the ' +
          'Russian government and is funded by the Russian government too.',
      ),
    ).toEqual(['Police of the Netherlands [NL]']);
  });

  it('is the same identity as the body named outright', () => {
    const generic = identities('The UK foreign office was breached.').find(
      (e) => e.via === 'government-body',
    );
    const named = identities('The FCDO was breached.').find((e) => e.via === 'organization-name');
    expect(generic?.key).toBeDefined();
    expect(generic?.key).toBe(named?.key);
    const state = identities('The US State Department said the breach was contained.');
    expect(state.map((e) => e.name)).toEqual(['Department of State']);
  });

  it('names the intrusion into it after the same body', () => {
    const text = 'Hackers breached the UK foreign office in 2023.';
    const campaigns = extractEntities(text, splitSentences(text), empty).filter(
      (e) => e.type === 'campaign',
    );
    expect(campaigns.map((c) => c.name)).toEqual([
      'Intrusion into the Foreign, Commonwealth & Development Office',
    ]);
  });

  it('makes no victim of a body that tells of the intrusion', () => {
    const campaignsOf = (text: string) =>
      extractEntities(text, splitSentences(text), empty)
        .filter((e) => e.type === 'campaign')
        .map((c) => c.name);
    expect(
      campaignsOf(
        'Finnish police said that hackers were behind a cyber attack on the Finnish parliament.',
      ),
    ).toEqual(['Intrusion into the Parliament of Finland']);
    // Naming the suspect is telling of the intrusion too.
    expect(campaignsOf('Finnish police name APT31 as suspect in parliament hack')).toEqual([]);
    // So is linking the attacks to someone; a body linked to someone is no teller.
    expect(campaignsOf('Japan police link MirrorFace cyberattacks to China')).toEqual([]);
    expect(campaignsOf('Japan police linked to the ministry were hacked by MirrorFace')).toEqual([
      'Intrusion into the Police of Japan',
    ]);
    // Police acting on the suspects, and a body telling after the rest of its name.
    expect(
      campaignsOf('UK police arrested four people in July in connection with the attacks.'),
    ).toEqual([]);
    expect(
      campaignsOf(
        'No group has claimed the attack so far, and the Dutch police are investigating.',
      ),
    ).toEqual([]);
    expect(
      campaignsOf("The ministry said an attack hit the Dutch police's network, which was down."),
    ).toEqual(['Intrusion into the Police of the Netherlands']);
    expect(
      campaignsOf(
        "Norway's police security service PST said hackers were behind an attack on a dam.",
      ),
    ).toEqual(['Intrusion into a dam']);
    expect(campaignsOf("Norway's police security service PST was hacked in May.")).toEqual([
      'Intrusion into the Police of Norway',
    ]);
  });

  it('reads "the" body as the one of its kind named last with its state', () => {
    const text =
      'APT31 was behind an operation against the Finnish parliament. The intrusion, first disclosed by ' +
      'the parliament in 2021, compromised email accounts. The UK and the US accused APT31.';
    expect(bodies(text)).toEqual(['Parliament of Finland [FI]']);
    // A government the text turns to since is the state "the" body is then of.
    const turned =
      'Hackers breached the Finnish parliament. The Swedish government said the parliament was safe.';
    expect(bodies(turned)).toEqual(['Parliament of Finland [FI]', 'Parliament of Sweden [SE]']);
  });
});
