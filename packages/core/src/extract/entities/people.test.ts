import { describe, expect, it } from 'vitest';
import { analysisToStix } from '../../analyze/to-stix.ts';
import { buildKnowledgeEntries } from '../../knowledge/build-knowledge-entries.ts';
import type { StixObject } from '../../stix/object.ts';
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
const people = (text: string): string[] =>
  read(text)
    .entities.filter((e) => e.properties?.['resource_level'] === 'individual')
    .map(
      (e) =>
        `${e.name}${e.properties?.['roles'] ? ` (${(e.properties['roles'] as string[]).join(',')})` : ''}: ${e.mentions.map((m) => m.text).join('|')}`,
    );

describe('people named by a role word in a sentence that accuses', () => {
  it('reads a list after the role word', () => {
    expect(
      people(
        'The DOJ unsealed an indictment against four hackers. Hainan Xiandun employee Wu Shurong ' +
          'carried out orders from Ministry of State Security intelligence officers Ding Xiaoyang, ' +
          'Zhu Yunmin, and Cheng Qingmin.',
      ),
    ).toEqual([
      'Wu Shurong: Wu Shurong',
      'Ding Xiaoyang: Ding Xiaoyang',
      'Zhu Yunmin: Zhu Yunmin',
      'Cheng Qingmin: Cheng Qingmin',
    ]);
  });

  it('reads a list "including" opens after the role word and its comma, where rewards accuse', () => {
    expect(
      people(
        'The State Department offered rewards for the defendants, including Noah Michael Urban and ' +
          'Ri Kyong Sik. The officials, including Mark Warner, spoke.',
      ),
    ).toEqual(['Noah Michael Urban: Noah Michael Urban', 'Ri Kyong Sik: Ri Kyong Sik']);
  });

  it('reads a list after the actor the role is of', () => {
    expect(
      people(
        'The DOJ charged five members of APT99: Noah Michael Urban and Tyler Robert Buchanan. ' +
          'Buchanan, a British national, was arrested in Spain. The members of APT99 Zorvex Dai met.',
      ),
    ).toEqual([
      'Noah Michael Urban: Noah Michael Urban',
      'Tyler Robert Buchanan: Tyler Robert Buchanan|Buchanan',
    ]);
  });

  it('reads the names an apposition counting them follows', () => {
    expect(
      people(
        'The DOJ charged Zorvan Petrik, Tyler Robert Buchanan and Ri Kyong Sik, three members of APT99.',
      ),
    ).toEqual([
      'Zorvan Petrik: Zorvan Petrik',
      'Tyler Robert Buchanan: Tyler Robert Buchanan',
      'Ri Kyong Sik: Ri Kyong Sik',
    ]);
    // A single name before "a" is one person; names before it that no count gathers are not read.
    expect(
      people('The DOJ charged Zorvan Petrik and Tyler Robert Buchanan, a member of APT99.'),
    ).toEqual(['Tyler Robert Buchanan: Tyler Robert Buchanan']);
    expect(
      people('The DOJ charged Zorvan Petrik; Tyler Robert Buchanan, two members of APT99, fled.'),
    ).toEqual(['Tyler Robert Buchanan: Tyler Robert Buchanan']);
    // The list may open the text.
    expect(people('Zorvan Petrik and Ri Kyong Sik, two members of APT99, were charged.')).toEqual([
      'Zorvan Petrik: Zorvan Petrik',
      'Ri Kyong Sik: Ri Kyong Sik',
    ]);
    // "the two" opens the apposition; actors are a role beside the actor's name.
    expect(
      people('Zorvan Petrik and Ri Kyong Sik, the two APT99 actors, are charged with fraud.'),
    ).toEqual(['Zorvan Petrik: Zorvan Petrik', 'Ri Kyong Sik: Ri Kyong Sik']);
    // A count opening the text has nothing before it.
    expect(people('The three are officers of APT99.')).toEqual([]);
    // After "actors" a list is of their deeds.
    expect(people('APT99 actors were charged. APT99 actors: Use Windows Restart Manager.')).toEqual(
      [],
    );
  });

  it("reads the defendants a court case says it includes, past an owner's apposition", () => {
    expect(
      people(
        "The defendants include Zorvan Petrik, Velk-Soft's founder, and Ri Kyong Sik, its chief operating officer.",
      ),
    ).toEqual(['Zorvan Petrik: Zorvan Petrik', 'Ri Kyong Sik: Ri Kyong Sik']);
    expect(people('The rules include Zorvan Petrik, the founder, and Ri Kyong Sik.')).toEqual([]);
  });

  it('reads a list after "members of the group" once an actor is named, past an apposition', () => {
    expect(
      people(
        'APT99 phished politicians. The UK sanctioned two members of the group, Zorvan Petrik, ' +
          'an FSB officer, and Andrey Korinets.',
      ),
    ).toEqual(['Zorvan Petrik: Zorvan Petrik', 'Andrey Korinets: Andrey Korinets']);
    expect(
      people('The UK thanked two members of the group, Zorvan Petrik and Andrey Korinets.'),
    ).toEqual([]);
  });

  it("reads the list after the colon that ends the long name of a role's actor", () => {
    expect(
      people(
        "Treasury sanctioned six officials of Iran's Ministry of Intelligence and Security (MOIS): " +
          'Hamid Reza Lashgarian and Milad Mansuri.',
      ),
    ).toEqual(['Hamid Reza Lashgarian: Hamid Reza Lashgarian', 'Milad Mansuri: Milad Mansuri']);
    // No actor before the colon; a clause after the actor.
    expect(
      people(
        'Treasury sanctioned six officials of the Zorvex club: Hamid Reza Lashgarian and Milad Mansuri.',
      ),
    ).toEqual([]);
    expect(
      people(
        "Treasury sanctioned six officials of Iran's Ministry of Intelligence and Security; guests include: Hamid Reza Lashgarian.",
      ),
    ).toEqual([]);
  });

  it('reads a name of English words once a list of people has begun', () => {
    expect(people('The defendants, Ni Gaobin and Noah Michael Urban, were charged.')).toEqual([
      'Ni Gaobin: Ni Gaobin',
      'Noah Michael Urban: Noah Michael Urban',
    ]);
    expect(people('Charged officials: Israel Linked to a cyberattack.')).toEqual([]);
  });

  it('reads a name in apposition, then the surname written alone', () => {
    expect(
      people(
        'Three governments sanctioned Dmitry Yuryevich Khoroshev, a Russian national, on Tuesday. ' +
          'Khoroshev used the handle LockBitSupp.',
      ),
    ).toEqual(['Dmitry Yuryevich Khoroshev: Dmitry Yuryevich Khoroshev|Khoroshev']);
  });

  it('reads a Korean or Chinese family name, written first, alone for the person', () => {
    expect(
      people(
        'Prosecutors charged Rim Jong Hyok, a North Korean national, in July. They said Rim hacked ' +
          'hospitals. Rim is a common word at a sentence start.',
      ),
    ).toEqual(['Rim Jong Hyok: Rim Jong Hyok|Rim']);
    expect(
      people('Prosecutors charged Dmitry Khoroshev, a Russian national. They said Dmitry hid.'),
    ).toEqual(['Dmitry Khoroshev: Dmitry Khoroshev']);
  });

  it('takes no surname that is an English word, nor part of a longer run of capitals', () => {
    expect(
      people(
        'Police arrested the hacker Xiong Wang, who was charged with fraud. Wang Labs said so.',
      ),
    ).toEqual(['Xiong Wang: Xiong Wang']);
    expect(
      people('Police arrested Senior Colonel Vladimir Ivanovich Dunaev, a Russian national.'),
    ).toEqual([]);
  });

  it("keeps the role a leader's or developer's title names", () => {
    expect(
      people(
        'Police arrested the ransomware developer Mikhail Vasiliev in Canada and the group leader, ' +
          'Evgeniy Polyanin.',
      ),
    ).toEqual([
      'Mikhail Vasiliev (malware-author): Mikhail Vasiliev',
      'Evgeniy Polyanin (director): Evgeniy Polyanin',
    ]);
  });

  it("reads a name whose first word names a place, not a place's name alone", () => {
    expect(people('Police arrested the hacker Jordan Petrov, who was charged with fraud.')).toEqual(
      ['Jordan Petrov: Jordan Petrov'],
    );
    expect(people('Police charged the hackers New Zealand and Hong Kong.')).toEqual([]);
  });

  it("takes the place's name inside a person's for no mention of the place", () => {
    const { entities } = read('Police arrested the hacker Jordan Petrov in Jordan for fraud.');
    expect(entities.find((e) => e.type === 'location')?.mentions.map((m) => m.start)).toEqual([44]);
    expect(
      read('Police arrested the hacker Jordan Petrov for fraud.').entities.map((e) => e.type),
    ).toEqual(['threat-actor']);
  });

  it("reads those beside an actor's name where nobody is accused", () => {
    expect(
      people(
        'Among them is Maksim Yakubets, the leader of APT99, who had worked for the FSB. ' +
          'Ministry of State Security officers Ding Xiaoyang and Zhu Yunmin gave the orders.',
      ),
    ).toEqual([
      'Maksim Yakubets (director): Maksim Yakubets',
      'Ding Xiaoyang: Ding Xiaoyang',
      'Zhu Yunmin: Zhu Yunmin',
    ]);
  });

  it("reads a family's people beside its name", () => {
    expect(people('The Zorvex ransomware developer Alla Witte wrote the loader.')).toEqual([
      'Alla Witte (malware-author): Alla Witte',
    ]);
  });

  it('reads no speakers: officials not of the actor, names before a verb of saying', () => {
    expect(
      people('Czech officials Jan Lipavsky and Petr Fiala said APT31 members were charged.'),
    ).toEqual([]);
    expect(
      people('Czech officials Jan Lipavsky and Petr Fiala condemned the charged APT31 members.'),
    ).toEqual([]);
    expect(people('Charged: two officials of APT31, Jan Lipavsky and Petr Fiala.')).toEqual([
      'Jan Lipavsky: Jan Lipavsky',
      'Petr Fiala: Petr Fiala',
    ]);
    expect(
      people('FBI agents said the suspects Jan Lipavsky and Petr Fiala told APT31 everything.'),
    ).toEqual([]);
  });

  it('reads no one whose role is no hostile one beside no actor, nobody accused', () => {
    expect(
      people('Microsoft employee Jonas Kowalczyk said APT29 broke into the ministry.'),
    ).toEqual([]);
    expect(people('The suspect Jonas Kowalczyk wrote the lures for APT29.')).toEqual([
      'Jonas Kowalczyk: Jonas Kowalczyk',
    ]);
  });

  it('reads no one where nobody is accused and no actor named', () => {
    expect(people('Company employee Jonas Kowalczyk said the network was down for a day.')).toEqual(
      [],
    );
  });

  it('reads no one in a Title Case heading, nor names made of English words', () => {
    expect(
      people('Seven International Cyber Defendants, Including Hackers, Charged In Connection'),
    ).toEqual([]);
    expect(people('Russian National Mikhail Matveev Charged With Ransomware Attacks')).toEqual([]);
    expect(
      people('Sanctions\nOfficials: Zorvex Agents Tied To A Disruptive Cyberattack On A Port'),
    ).toEqual([]);
    expect(people('The sanctioned hackers Golden Chickens sold access.')).toEqual([]);
  });
});

describe('what ties people to an actor', () => {
  const relations = (text: string): string[] =>
    read(text).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

  it('attributes the set the sentence names to them', () => {
    expect(
      relations('The defendants, Ni Gaobin and Weng Ming, were charged as members of APT31.'),
    ).toEqual([
      'intrusion-set:apt31 attributed-to threat-actor:ni gaobin',
      'intrusion-set:apt31 attributed-to threat-actor:weng ming',
    ]);
  });

  it('attributes to a person the set of several that the apposition names', () => {
    expect(
      relations(
        'The NCA said Aleksandr Ryzhenkov, a senior APT98 member, was charged as a member of APT97 too.',
      ),
    ).toEqual(['intrusion-set:apt98 attributed-to threat-actor:aleksandr ryzhenkov']);
  });

  it('attributes to each person the sets the role is of, listed before them', () => {
    expect(
      relations(
        'The EU sanctioned two members of the APT98 and APT97 ransomware groups, Mikhail Tsarev and ' +
          'Maksim Galochkin.',
      ),
    ).toEqual([
      'intrusion-set:apt98 attributed-to threat-actor:mikhail tsarev',
      'intrusion-set:apt97 attributed-to threat-actor:mikhail tsarev',
      'intrusion-set:apt98 attributed-to threat-actor:maksim galochkin',
      'intrusion-set:apt97 attributed-to threat-actor:maksim galochkin',
    ]);
    // Sets a role is not of: the people are of none of them.
    expect(
      relations(
        'APT98 hit banks and APT97 hit firms; the EU sanctioned hackers, including Mikhail Tsarev and ' +
          'Maksim Galochkin.',
      ).filter((r) => r.includes('attributed-to')),
    ).toEqual([]);
  });

  it('relates the people of a state organ to it when no set or family is named', () => {
    expect(
      relations(
        'Treasury sanctioned two officials of the Ministry of State Security: Hamid Reza ' +
          'Lashgarian and Milad Mansuri.',
      ),
    ).toEqual([
      'threat-actor:hamid reza lashgarian related-to threat-actor:ministry of state security',
      'threat-actor:milad mansuri related-to threat-actor:ministry of state security',
    ]);
  });

  it('relates each person to the organ named last before them, else first after them', () => {
    expect(
      relations(
        'The defendant Wu Shurong took orders from Ministry of State Security (MSS) Hainan State Security ' +
          'Department (HSSD) intelligence officers Ding Xiaoyang and Zhu Yunmin.',
      ),
    ).toEqual([
      'threat-actor:wu shurong related-to threat-actor:ministry of state security',
      'threat-actor:ding xiaoyang related-to threat-actor:hainan state security department',
      'threat-actor:zhu yunmin related-to threat-actor:hainan state security department',
    ]);
    expect(
      relations(
        'The defendant Wu Shurong took orders from Ministry of State Security officer Ding Xiaoyang and ' +
          'from the Hainan State Security Department.',
      ),
    ).toEqual([
      'threat-actor:wu shurong related-to threat-actor:ministry of state security',
      'threat-actor:ding xiaoyang related-to threat-actor:ministry of state security',
    ]);
  });

  it("makes a family's developer its author and anyone else its user", () => {
    const text =
      'Prosecutors charged Alla Witte, a developer of the TrickBot malware, in June. Vladimir ' +
      'Dunaev, a Russian national, was charged with deploying TrickBot.';
    expect(relations(text)).toEqual([
      'malware:trickbot authored-by threat-actor:alla witte',
      'threat-actor:vladimir dunaev uses malware:trickbot',
    ]);
  });
});

describe('a stored person', () => {
  it('has no surname for an alias, which would name anyone of that name', () => {
    const text = 'The US sanctioned Dmitry Khoroshev, a Russian national. Khoroshev ran LockBit.';
    const { entities, relations } = read(text);
    const analysis = {
      text,
      sentences: splitSentences(text),
      entities,
      relations,
      indicators: [],
      dates: [],
    };
    const { objects } = analysisToStix(analysis, { ingested: '2026-12-01T00:00:00.000Z' });
    const person = objects.find((o) => o.name === 'Dmitry Khoroshev');
    expect(person).toMatchObject({ type: 'threat-actor', resource_level: 'individual' });
    expect(person?.aliases).toBeUndefined();
  });

  it('is no name the knowledge matches in later reports', () => {
    const person = {
      type: 'threat-actor',
      spec_version: '2.1',
      id: 'threat-actor--11111111-1111-4111-8111-111111111111',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
      name: 'Zhao Guangzong',
      resource_level: 'individual',
    } as StixObject;
    const group = {
      ...person,
      id: 'threat-actor--22222222-2222-4222-8222-222222222222',
      name: 'Fox Kitten Crew',
      resource_level: 'organization',
    } as StixObject;
    expect(buildKnowledgeEntries([person, group]).map((e) => e.name)).toEqual(['Fox Kitten Crew']);
  });
});
