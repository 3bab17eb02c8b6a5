/**
 * Relations on hand-written reports with a small hand-made knowledge (no data needed).
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { buildKnowledgeIndex } from '../entities/knowledge-index.ts';
import { splitSentences } from '../sentences.ts';
import { extractRelations } from './extract-relations.ts';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { extractTechniques } from '../techniques/extract-techniques.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c',
    type: 'intrusion-set',
    name: 'APT28',
    aliases: ['Fancy Bear'],
    externalId: 'G0007',
    // As MISP attributes it: a state organ's acronym (GRU) needs its state in the text or its groups.
    country: 'RU',
  },
  {
    id: 'intrusion-set--899ce53f-13a0-479b-a0e4-67d46e241542',
    type: 'intrusion-set',
    name: 'APT29',
    aliases: ['Cozy Bear'],
    externalId: 'G0016',
    country: 'RU',
  },
  {
    id: 'malware--5a3a31fe-5a8f-48e1-bff0-a753e5b1be70',
    type: 'malware',
    name: 'X-Agent',
    aliases: ['X-Agent', 'CHOPSTICK'],
    externalId: 'S0023',
  },
  {
    id: 'campaign--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e71',
    type: 'campaign',
    name: 'Operation Ostrana',
    aliases: ['Operation Ostrana'],
    externalId: 'C0999',
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);

function analyze(text: string) {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, index);
  return { entities, relations: extractRelations(text, sentences, entities) };
}

/** "source target" of each relation of one type the text states. */
/** The same from the whole pipeline, which reads CVE ids too. */
const analyzedPairs = (type: string, text: string): string[] =>
  analyzeReport(text, { knowledge: prepareKnowledge(KNOWLEDGE) })
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.source} ${r.target}`);

const pairs = (type: string, text: string): string[] =>
  analyze(text)
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.source} ${r.target}`);

/**
 * "source target" of each use a sentence states (not inferred), the whole pipeline reading techniques too, with
 * KNOWLEDGE and these techniques ([ATT&CK id, name, two digits of a test object id]).
 */
const statedUsesWith = (techniques: readonly (readonly [string, string, string])[]) => {
  const knowledge = prepareKnowledge([
    ...KNOWLEDGE,
    ...techniques.map(([externalId, name, n]): KnowledgeEntry => ({
      id: `attack-pattern--0b3c9d1e-4a5f-4e6b-8c7d-1e2f3a4b5c${n}`,
      type: 'attack-pattern',
      name,
      aliases: [name],
      externalId,
    })),
  ]);
  return (text: string) =>
    analyzeReport(text, { knowledge, techniques: extractTechniques })
      .relations.filter((r) => r.type === 'uses' && !r.inferred)
      .map((r) => `${r.source} ${r.target}`);
};

describe('extractRelations', () => {
  it('reads what a set specializes in as what it uses, and a technique opening on its own verb', () => {
    const stated = statedUsesWith([
      ['T1566.004', 'Spearphishing Voice', '11'],
      ['T1656', 'Impersonation', '12'],
    ]);
    expect(stated('APT28 is a cluster that specializes in vishing campaigns.')).toEqual([
      'intrusion-set:G0007 attack-pattern:T1566.004',
    ]);
    expect(
      stated('APT28 breached networks by having its operators impersonate IT support personnel.'),
    ).toEqual(['intrusion-set:G0007 attack-pattern:T1656']);
    expect(
      stated('APT28 breached networks, while APT29 operators impersonate IT support personnel.'),
    ).toEqual(['intrusion-set:G0016 attack-pattern:T1656']);
  });

  it('reads malware the set works "via" as malware it uses', () => {
    expect(
      pairs('uses', 'APT28 targeted governmental institutions via X-Agent loaders and USB drives.'),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
    expect(pairs('uses', 'APT28 targeted governmental institutions. X-Agent is old.')).toEqual([]);
  });

  it('does not attribute an intrusion to an actor a relative clause names about another', () => {
    const text =
      'The Danish government said hackers breached its foreign ministry. It attributed the breach ' +
      'to APT29, which it said works beside APT28.';
    const attributed = analyze(text)
      .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
      .map((r) => r.target);
    expect(attributed).toEqual(['intrusion-set:G0016']);
  });

  it('attributes a claimed intrusion to the claimer, not to the sets an aside ties it to', () => {
    expect(
      pairs(
        'attributed-to',
        'Hackers breached the Dutch foreign ministry in 2023. TA455, which has links to the APT28 and ' +
          'APT29 groups, claimed responsibility for the attack in a post.',
      ),
    ).toEqual([
      'campaign:intrusion into the ministry of foreign affairs of the netherlands intrusion-set:ta455',
    ]);
  });

  it('attributes the intrusion told of to the attacker a later sentence says it was', () => {
    const breach = 'Hackers breached the Dutch foreign ministry in 2023.';
    expect(
      pairs(
        'attributed-to',
        `${breach} The ministry did not name the group, but investigators later said it was APT29.`,
      ),
    ).toEqual([
      'campaign:intrusion into the ministry of foreign affairs of the netherlands intrusion-set:G0016',
    ]);
    expect(
      pairs('attributed-to', `${breach} Investigators identified the hackers as APT29.`),
    ).toEqual([
      'campaign:intrusion into the ministry of foreign affairs of the netherlands intrusion-set:G0016',
    ]);
    // Of two intrusions, the one told of most.
    expect(
      pairs(
        'attributed-to',
        `${breach} The breach of the ministry came after hackers breached a software provider, ` +
          'Zorvex Soft. Investigators said it was APT29.',
      ),
    ).toEqual([
      'campaign:intrusion into the ministry of foreign affairs of the netherlands intrusion-set:G0016',
    ]);
    // Said of something else, or of an actor the words do not name as the culprit.
    expect(
      pairs('attributed-to', `${breach} Officials said it was serious. APT29 is a Russian group.`),
    ).toEqual([]);
  });

  it('attributes a theft a company tells of to the actor whose hallmarks it bore', () => {
    expect(
      pairs(
        'attributed-to',
        'Initech Corp. said one of its multisig wallets had been breached and $230 million stolen. ' +
          'Analysts said the theft bore the hallmarks of APT28.',
      ),
    ).toEqual(['campaign:intrusion into initech corp intrusion-set:G0007']);
    expect(
      pairs(
        'attributed-to',
        'Initech Corp. said one of its multisig wallets had been breached. Analysts said the ' +
          'ransom note bore no sign of APT28.',
      ),
    ).toEqual([]);
  });

  it('keeps conflicting attributions, each with its own confidence and evidence', () => {
    const text =
      'The Danish government said hackers breached its foreign ministry. Officials assess with moderate confidence that APT28 was behind the breach of the ministry. A vendor said the foreign ministry intrusion was likely the work of APT29.';
    const { relations } = analyze(text);
    const attributed = relations
      .filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
      .map((r) => [r.target, r.confidence, r.confidenceText])
      .sort();
    expect(attributed).toEqual([
      ['intrusion-set:G0007', 50, 'moderate confidence'],
      ['intrusion-set:G0016', 70, 'likely'],
    ]);
  });

  it("takes the source's own rating of the attribution from a later sentence", () => {
    const campaignAttributions = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => [r.target, r.confidence, r.confidenceText, r.evidence.length]);
    const rated =
      'The Danish government said APT28 was likely behind the breach of its foreign ministry. ' +
      'The attackers read e-mail for months. ' +
      'The agency said it had assessed the attribution with moderate confidence.';
    expect(campaignAttributions(rated)).toEqual([
      ['intrusion-set:G0007', 50, 'moderate confidence', 2],
    ]);
    // An intrusion the text tells of only after the rating is another attribution, not the one rated.
    const later =
      'Hackers breached the Danish foreign ministry in 2023. ' +
      'The agency said with high confidence that the intrusion was carried out by APT28. ' +
      'The agency also linked the group to the breach of Acme Corp. in 2019.';
    expect(
      analyze(later)
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => [r.source, r.confidence]),
    ).toEqual([
      ['campaign:intrusion into the ministry of foreign affairs of denmark', 85],
      ['campaign:intrusion into acme corp', undefined],
    ]);
    // Two actors named before it: the rating cannot say which attribution it is about.
    const twoActors =
      'The Danish government said APT28 was likely behind the breach of its foreign ministry. ' +
      'A vendor said APT29 was probably behind the breach of the foreign ministry. ' +
      'The agency said it had assessed the attribution with moderate confidence.';
    expect(
      campaignAttributions(twoActors).map(([target, confidence]) => [target, confidence]),
    ).toEqual([
      ['intrusion-set:G0007', 70],
      ['intrusion-set:G0016', 70],
    ]);
  });

  it('attributes an intrusion to the group a filing refers to', () => {
    const attributed = analyze(
      'APT28 breached banks across Europe in 2023. Acme Corp. disclosed in a filing with the SEC that the group had breached its network.',
    )
      .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
      .map((r) => `${r.source} ${r.target}`);
    expect(attributed).toEqual(['campaign:intrusion into acme corp intrusion-set:G0007']);
  });

  it('attributes an intrusion to the group "by the same group" refers to, wherever it stands', () => {
    const attributed = (second: string) =>
      analyze(`APT28 breached banks across Europe in 2023. ${second}`)
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => `${r.source} ${r.target}`);
    expect(
      attributed('Acme Corp. disclosed in a filing that it had been hit by the same group in May.'),
    ).toEqual(['campaign:intrusion into acme corp intrusion-set:G0007']);
    expect(
      attributed(
        'Acme Corp. disclosed in a filing that it had been hit by a different group in May.',
      ),
    ).toEqual([]);
  });

  it('links to an organ the set a relative clause closes on, not the sets the clause names', () => {
    const sponsored = (text: string) =>
      pairs('attributed-to', text).filter((p) =>
        p.endsWith('threat-actor:ministry of state security'),
      );
    expect(
      sponsored(
        'APT28, which overlaps with activity tracked as APT29 and APT33, is believed to be operated by ' +
          "China's Ministry of State Security.",
      ),
    ).toEqual(['intrusion-set:G0007 threat-actor:ministry of state security']);
    // A clause not closed before the link is the sentence's own.
    expect(
      sponsored(
        "APT28 hands its tools to APT29, which is believed to be operated by China's Ministry of State Security.",
      ),
    ).toEqual(['intrusion-set:G0016 threat-actor:ministry of state security']);
  });

  it('targets the place whose victims "by the same group" was the agent of', () => {
    const czech = (first: string, second: string) =>
      pairs('targets', `${first} ${second}`).filter((p) => p.endsWith('location:CZ'));
    const run = "Germany attributed the cyberattack to APT28, a hacker group run by Russia's GRU.";
    const told = 'The Czech Republic said on Monday its institutions had also been targeted by';
    expect(czech(run, `${told} the same group in 2023.`)).toEqual([
      'intrusion-set:G0007 location:CZ',
    ]);
    // Not where the clause denies it.
    expect(
      czech(
        run,
        'Czech institutions were targeted by criminals, but we cannot confirm that the attacks were committed by the same group.',
      ),
    ).toEqual([]);
    // Before the opening "the same group", the speaker's clause.
    expect(
      czech(run, 'The Czech Republic said on Monday the same group had targeted banks in 2023.'),
    ).toEqual([]);
  });

  it("rates no attribution by a judgement of the actor's description", () => {
    const rated = analyze(
      'Hackers breached the Danish foreign ministry in 2023. A vendor attributed the intrusion to APT28, a group it said was likely operating out of Russia, citing infrastructure seen in APT28 operations. Another vendor said APT29 was likely behind the breach of the ministry.',
    )
      .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
      .map((r) => [r.target, r.confidence]);
    expect(rated).toEqual([
      ['intrusion-set:G0007', undefined],
      ['intrusion-set:G0016', 70],
    ]);
  });

  it('rates the attribution by a judgement set after the closed apposition of the actor', () => {
    const rated = (judged: string) =>
      analyze(`Hackers breached the Danish foreign ministry in 2023. ${judged}`)
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => [r.target, r.confidence]);
    expect(
      rated(
        'A vendor attributed the intrusion to APT28, a Russian hacking group, with high confidence.',
      ),
    ).toEqual([['intrusion-set:G0007', 85]]);
    expect(
      rated('A vendor attributed the intrusion to APT28, a group known with high confidence.'),
    ).toEqual([['intrusion-set:G0007', undefined]]);
  });

  it('attributes no intrusion that only dates what the actor did', () => {
    const attributed = analyze(
      'Hackers breached the Danish foreign ministry in 2023. APT28 moved to a new forum, following the attacks on the foreign ministry.',
    ).relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'));
    expect(attributed).toEqual([]);
  });

  it('takes no confidence from a judgement of what the actor behind the attack did next', () => {
    const confidences = (last: string) =>
      analyze(
        `The Danish government said hackers breached its foreign ministry. It said APT28 was behind the breach. ${last}`,
      )
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => r.confidence);
    expect(
      confidences(
        'Researchers said the group behind the breach likely gained access with stolen passwords.',
      ),
    ).toEqual([undefined]);
    expect(
      confidences(
        'Researchers said the affiliate behind the breach likely gained access with stolen passwords.',
      ),
    ).toEqual([undefined]);
    expect(confidences('Officials judged with high confidence who was behind the breach.')).toEqual(
      [85],
    );
    const stated = analyze(
      'The Danish government said hackers breached its foreign ministry. APT28 was behind the breach, officials said with high confidence.',
    ).relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'));
    expect(stated.map((r) => r.confidence)).toEqual([85]);
  });

  it('lets a family that opens its sentence and acts use the techniques the sentence names', () => {
    const stated = statedUsesWith([
      ['T1547.001', 'Registry Run Keys / Startup Folder', '01'],
      ['T1055', 'Process Injection', '02'],
      ['T1486', 'Data Encrypted for Impact', '03'],
    ]);
    // Only what the sentence states: the uses inferred for a report's one family are left out.
    const others = ' CHOPSTICK and Zebrocy are older.';
    expect(stated(`X-Agent persists through a Run key.${others}`)).toEqual([
      'malware:S0023 attack-pattern:T1547.001',
    ]);
    expect(stated(`4. X-Agent then injects Zebrocy into explorer.exe.${others}`)).toEqual([
      'malware:S0023 attack-pattern:T1055',
    ]);
    expect(
      stated(`X-Agent, a backdoor written in C, persists through a Run key.${others}`),
    ).toEqual(['malware:S0023 attack-pattern:T1547.001']);
    // A plural noun after the name, a passive, another family's kind: no act of the family.
    expect(stated(`X-Agent payloads persist through a Run key.${others}`)).toEqual([]);
    expect(stated(`X-Agent was installed through a Run key.${others}`)).toEqual([]);
    expect(stated(`X-Agent drops ransomware on the host.${others}`)).toEqual([]);
  });

  it('reads a family named as a set the report names, acting at its opening, as that set', () => {
    const akira: KnowledgeEntry[] = [
      {
        id: 'intrusion-set--6f8c6a1b-2d3e-4f5a-8b7c-9d0e1f2a3b4c',
        type: 'intrusion-set',
        name: 'Akira',
        aliases: ['Akira'],
        externalId: 'G1024',
      },
      {
        id: 'malware--6f8c6a1b-2d3e-4f5a-8b7c-9d0e1f2a3b4d',
        type: 'malware',
        name: 'Akira',
        aliases: ['Akira'],
        externalId: 'S1129',
      },
    ];
    const knowledge = prepareKnowledge(akira);
    const targets = (text: string) =>
      analyzeReport(text, { knowledge })
        .relations.filter((r) => r.type === 'targets')
        .map((r) => `${r.source} ${r.target}`);
    const set = 'Akira threat actors use valid accounts.';
    expect(
      targets(`${set} Since March 2023, Akira ransomware has impacted businesses in Australia.`),
    ).toEqual(['intrusion-set:G1024 location:AU']);
    // A family acting without a set of its name, or a set named elsewhere acting on nothing.
    expect(targets('Akira ransomware has impacted businesses in Australia.')).toEqual([]);
    expect(targets(`${set} Victims of Akira ransomware sit in Australia.`)).toEqual([]);
  });

  it("reads 'this campaign' beside an actor as the one campaign the report names", () => {
    const attributed = (text: string) => pairs('attributed-to', text);
    const opening = 'Operation Ostrana is a campaign against routers. ';
    expect(attributed(`${opening}APT28 deployed X-Agent as part of this campaign.`)).toEqual([
      'campaign:C0999 intrusion-set:G0007',
    ]);
    expect(attributed(`${opening}APT28 deployed X-Agent as part of the campaign.`)).toEqual([]);
    // "the campaign" as the object of the report's own judgement.
    expect(
      attributed(`${opening}We attribute the campaign with medium confidence to APT28.`),
    ).toEqual(['campaign:C0999 intrusion-set:G0007']);
    expect(attributed(`${opening}Others attribute the campaign to APT28.`)).toEqual([]);
    // Of two campaigns, "this" may be either.
    expect(
      attributed(
        `${opening}Operation Kelvreth hit banks. APT28 deployed X-Agent as part of this campaign.`,
      ),
    ).toEqual([]);
  });

  it('lets a named operation target and use what its sentence says, as an actor does', () => {
    const { relations } = analyze(
      'In 2019 Operation Kelvreth used X-Agent against banks in Poland.',
    );
    const of = (type: string) =>
      relations
        .filter((r) => r.type === type && r.source === 'campaign:operation kelvreth')
        .map((r) => r.target)
        .sort();
    expect(of('uses')).toEqual(['malware:S0023']);
    expect(of('targets')).toEqual(['identity:sector financial-services', 'location:PL']);
    const known = analyze('In 2019 Operation Ostrana used X-Agent against banks in Poland.');
    expect(
      known.relations
        .filter((r) => r.source === 'campaign:C0999')
        .map((r) => `${r.type} ${r.target}`),
    ).toEqual(expect.arrayContaining(['uses malware:S0023', 'targets location:PL']));
  });

  it('reads the family an attack is made with as one the attacker uses, with no use word', () => {
    const uses = (text: string) => pairs('uses', text);
    const apt28 = ['intrusion-set:G0007 malware:S0023'];
    expect(
      uses('APT28 has been targeting embassies in Berlin with a custom backdoor called X-Agent.'),
    ).toEqual(apt28);
    expect(uses('APT28 attacked banks in Poland with X-Agent.')).toEqual(apt28);
    // A family the attack is only said to resemble; another actor's.
    expect(uses('APT28 targeted banks, activity associated with the X-Agent backdoor.')).toEqual(
      [],
    );
    expect(
      uses('APT28 targeted banks, while APT29, which hit ministries with X-Agent, waited.'),
    ).toEqual(['intrusion-set:G0016 malware:S0023']);
  });

  it("takes no family the words only liken to what an actor used for the actor's", () => {
    const uses = (text: string) => pairs('uses', text);
    expect(
      uses('The Zorvex wiper shares similarities with X-Agent, which was used by APT28.'),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
    expect(uses('The Zorvex wiper and X-Agent were used by APT28 in 2022.')).toEqual([
      'intrusion-set:G0007 malware:zorvex',
      'intrusion-set:G0007 malware:S0023',
    ]);
    // After the actor: what its tooling is likened to.
    expect(
      uses(
        'We attribute the attack to APT28, based on tooling which overlaps with that of earlier ' +
          'wipers used against banks such as X-Agent.',
      ),
    ).toEqual([]);
    expect(uses('APT28 used X-Agent, which is similar to the Zorvex wiper.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
  });

  it('reads the sector a campaign targets as the target of the actor that carried it out', () => {
    expect(
      pairs(
        'targets',
        'A campaign targeting banks that hold aid funds was carried out by APT28, officials said.',
      ),
    ).toEqual(['intrusion-set:G0007 identity:sector financial-services']);
    expect(
      pairs('targets', 'A campaign praising banks that hold aid funds was carried out by APT28.'),
    ).toEqual([]);
  });

  it("reads a family found on the one intruded victim's systems as the intrusion's", () => {
    const used = (text: string) =>
      analyzeReport(text, { knowledge: prepareKnowledge(KNOWLEDGE) })
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target}`);
    const breach = 'Acme Corp said hackers had breached its network in May. ';
    expect(
      used(`${breach}Investigators found malware on 23 of the company's servers, mostly X-Agent.`),
    ).toEqual(['campaign:intrusion into acme corp malware:S0023']);
    // Not systems the words give to no victim, nor without an intrusion.
    expect(used(`${breach}Researchers found X-Agent on VirusTotal in June.`)).toEqual([]);
    expect(used("Investigators found X-Agent on the company's servers.")).toEqual([]);
    // Two intrusions: which one's servers the words mean is not told.
    expect(
      used(
        `${breach}Initech Ltd said hackers had breached its network too. Investigators found X-Agent on the company's servers.`,
      ),
    ).toEqual([]);
  });

  it('states no confidence for a bare link to a state organ', () => {
    const { relations } = analyze("Russia's APT28, a group linked to the GRU, was seen again.");
    const link = relations.find(
      (r) => r.source === 'intrusion-set:G0007' && r.target === 'threat-actor:gru',
    );
    expect(link).toBeDefined();
    expect(link?.confidence).toBeUndefined();
    expect(relations).toContainEqual(
      expect.objectContaining({
        type: 'originates-from',
        source: 'intrusion-set:G0007',
        target: 'location:RU',
      }),
    );
  });

  it('attributes an intrusion to the set "the group" stands for, also after a body that speaks', () => {
    const { relations } = analyze(
      'APT28 attacked Polish firms. The agency said the group, which is linked to the GRU, also ' +
        'leaked data stolen from Acme Corp. in May.',
    );
    expect(
      relations
        .filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => `${r.source} ${r.target}`),
    ).toEqual(['campaign:intrusion into acme corp intrusion-set:G0007']);
  });

  it('reads sets a clause after "the group" ties it to as an aside, not as who acted', () => {
    const attributions = (text: string) =>
      pairs('attributed-to', text).filter((pair) => pair.startsWith('campaign:'));
    const opening = 'APT28 attacked Polish firms. The group, which ';
    expect(
      attributions(
        `${opening}overlaps with activity tracked as APT29 and Cozy Bear, broke into Acme Corp. in May.`,
      ),
    ).toEqual(['campaign:intrusion into acme corp intrusion-set:G0007']);
    expect(
      attributions(`${opening}is linked to APT29, later broke into Acme Corp. in May.`),
    ).toEqual(['campaign:intrusion into acme corp intrusion-set:G0007']);
    // A clause that only names the set again is no tie to another.
    expect(
      attributions(`${opening}Microsoft tracks as APT29, broke into Acme Corp. in May.`),
    ).toEqual(['campaign:intrusion into acme corp intrusion-set:G0016']);
  });

  it("lets a family's own people act where the report keeps the name a family", () => {
    const targets = (text: string) => pairs('targets', text);
    const opening = 'X-Agent is a backdoor used in many intrusions. ';
    expect(targets(`${opening}X-Agent operators have hit banks in Poland.`)).toEqual([
      'malware:S0023 identity:sector financial-services',
      'malware:S0023 location:PL',
    ]);
    expect(
      targets(`${opening}X-Agent developers and affiliates have hit banks in Poland.`),
    ).toHaveLength(2);
    // The code found somewhere does nothing.
    expect(targets(`${opening}X-Agent samples have hit banks in Poland.`)).toEqual([]);
    // The family opening its sentence as the subject of an attack verb is its people attacking.
    const attacked = `${opening}X-Agent has been active since May 2024 and has attacked banks in Poland.`;
    expect(targets(attacked)).toEqual([
      'malware:S0023 identity:sector financial-services',
      'malware:S0023 location:PL',
    ]);
    expect(targets(`${opening}The X-Agent ransomware hit banks in Poland.`)).toHaveLength(2);
    // An aside between the family and its verb.
    expect(
      targets(
        `${opening}X-Agent ransomware, first observed in May 2024, has targeted banks in Poland.`,
      ),
    ).toHaveLength(2);
    expect(
      targets(`${opening}X-Agent ransomware, Acme said, was found at banks in Poland.`),
    ).toEqual([]);
    expect(targets(`${opening}Acme said X-Agent has attacked banks in Poland.`)).toEqual([]);
    expect(targets(`${opening}X-Agent has been found at banks in Poland.`)).toEqual([]);
    // The family its users target with, as the text says they used it to.
    const both = ['malware:S0023 identity:sector financial-services', 'malware:S0023 location:PL'];
    expect(targets(`${opening}Affiliates have used X-Agent to target banks in Poland.`)).toEqual(
      both,
    );
    expect(targets(`${opening}X-Agent has been used to attack banks in Poland.`)).toEqual(both);
    expect(targets(`${opening}X-Agent has also been used to attack banks in Poland.`)).toEqual(
      both,
    );
    expect(targets(`${opening}Affiliates have used X-Agent to steal data in Poland.`)).toEqual([]);
    expect(targets(`${opening}It has used X-Agent to target banks in Poland.`)).toEqual([]);
    expect(
      targets(`${opening}Banks in Poland have used X-Agent samples to target their networks.`),
    ).toEqual([]);
    // A sentence calling the family a gang makes it the gang acting; calling it a strain does not.
    expect(
      targets(
        `${opening}X-Agent, also known as Agendix, has been one of the most active ransomware groups of 2025, ` +
          'hitting banks in Poland.',
      ),
    ).toEqual(['malware:S0023 identity:sector financial-services', 'malware:S0023 location:PL']);
    expect(
      targets(`${opening}X-Agent is a ransomware strain that has hit banks in Poland.`),
    ).toEqual([]);
    // "Its affiliates" after the gang's sentence are its people; "its attacks" are no people acting.
    const gang = `${opening}X-Agent has been one of the most active ransomware groups of 2025. `;
    expect(targets(`${gang}Its affiliates hit banks in Poland.`)).toEqual([
      'malware:S0023 identity:sector financial-services',
      'malware:S0023 location:PL',
    ]);
    expect(targets(`${gang}Its attacks hit banks in Poland.`)).toEqual([]);
    // "The actors" after them carry them on; "the actor" is as often a partner the text brings in.
    const carried = `${opening}X-Agent operators stole data. The actors later hit banks in Poland.`;
    expect(targets(carried)).toHaveLength(2);
    expect(targets(carried.replace('The actors', 'The actor'))).toEqual([]);
  });

  it("rates where a set comes from by the source's words rating that claim", () => {
    const rated = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'originates-from')
        .map((r) => `${r.target} ${r.confidence ?? 'unrated'}`);
    expect(
      rated('We assess with moderate confidence that APT28 is a Russian hacking group.'),
    ).toEqual(['location:RU 50']);
    expect(rated('APT28 is likely a Russian hacking group.')).toEqual(['location:RU 70']);
    expect(rated('APT28 is a Russian hacking group.')).toEqual(['location:RU unrated']);
    // A source naming the set and judging what it is.
    expect(
      rated(
        'Volexity tracks the actor as APT28 and believes with medium confidence that it is a Russian nation-state-level actor.',
      ),
    ).toEqual(['location:RU 50']);
    expect(
      rated(
        'Volexity tracks the actor as APT28 and believes that it is a Russian espionage group.',
      ),
    ).toEqual(['location:RU unrated']);
    expect(
      rated('Volexity tracks the actor as APT28 and believes that it targets Russian telecoms.'),
    ).toEqual([]);
    // A judgement of something else in the sentence.
    expect(
      rated('With high confidence the loader is new, and APT28 is a Russian hacking group.'),
    ).toEqual(['location:RU unrated']);
    // A judgement that the set serves a state's interests.
    expect(
      rated(
        "Acme saw attacks by APT28, who we assess with moderate confidence aligns with Russia's interests.",
      ),
    ).toEqual(['location:RU 50']);
    expect(rated("Acme saw attacks by APT28, who we assess targets Russia's interests.")).toEqual(
      [],
    );
  });

  it("reads where a vendor's names for a country's activity come from, each name of the list", () => {
    const origins = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'originates-from')
        .map((r) => `${r.source} ${r.target}`);
    expect(
      origins(
        'Microsoft tracks North Korean IT remote worker activity as Jasper Sleet, Storm-0287, and Moonstone Sleet.',
      ),
    ).toEqual([
      'intrusion-set:jasper sleet location:KP',
      'intrusion-set:storm 0287 location:KP',
      'intrusion-set:moonstone sleet location:KP',
    ]);
    expect(
      origins(
        'The FBI refers to this specific DPRK malicious cyber activity as "TraderTraitor." TraderTraitor actors moved.',
      ),
    ).toEqual(['intrusion-set:tradertraitor location:KP']);
    // The activity's victims, not its people, are the country's.
    expect(
      origins('Microsoft tracks activity against North Korean defectors as Jasper Sleet.'),
    ).toEqual([]);
    expect(origins('Microsoft tracks attacks on Iranian hackers as Jasper Sleet.')).toEqual([]);
  });

  it('reads where a set comes from in the words describing it, not a sympathy or a victim', () => {
    const origins = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'originates-from')
        .map((r) => `${r.source} ${r.target}`);
    const fromRussia = ['intrusion-set:G0007 location:RU'];
    expect(
      origins('APT28, a Russian state-sponsored cyber espionage group, was seen again.'),
    ).toEqual(fromRussia);
    expect(origins('APT28 is a Russian hacking group.')).toEqual(fromRussia);
    // An influence network or operation is an actor too, and so are criminals.
    expect(origins('APT28, a Russian influence network, spread videos.')).toEqual(fromRussia);
    expect(origins('APT28, a group of Russian cybercriminals, hit banks.')).toEqual(fromRussia);
    expect(origins('Russian cyber criminals known as APT28 hit banks.')).toEqual(fromRussia);
    expect(origins('Storm-1516, a Russian disinformation operation, spread videos.')).toEqual([
      'intrusion-set:storm 1516 location:RU',
    ]);
    // A suspicion is a description; so is what a vendor described it as.
    expect(origins('APT28 is a suspected Russia-nexus espionage actor.')).toEqual(fromRussia);
    expect(
      origins('Acme tracks it as APT28 and described it as a suspected Russia-nexus actor.'),
    ).toEqual(fromRussia);
    expect(origins('Acme tracks it as APT28 and described a Russia-nexus actor.')).toEqual([]);
    expect(
      origins("They named APT28, which Globex's Acme has described as a Russia-nexus actor."),
    ).toEqual(fromRussia);
    expect(origins('They named APT28, which Acme described as dangerous to Russia.')).toEqual([]);
    expect(origins('A Russian state-backed group called APT28 was seen again.')).toEqual(
      fromRussia,
    );
    expect(origins('A Russian state-backed group it tracks as APT28 was seen again.')).toEqual(
      fromRussia,
    );
    expect(
      origins('It was a Russia-nexus threat cluster that Acme tracks as APT28, the firm said.'),
    ).toEqual(fromRussia);
    expect(origins('The Russian hacking group APT28 was seen again.')).toEqual(fromRussia);
    expect(origins('APT28, a group directed by the Russian government, was seen again.')).toEqual(
      fromRussia,
    );
    expect(origins('APT28, which is linked to Russia, was seen again.')).toEqual(fromRussia);
    expect(
      origins('APT28, which is widely believed to be linked to Russia, was seen again.'),
    ).toEqual(fromRussia);
    expect(origins('APT28, cyber actors associated with Russia, stole funds.')).toEqual(fromRussia);
    expect(origins('APT28, a cluster of Russian cyber actors, stole funds.')).toEqual(fromRussia);
    expect(origins('APT28, a new Russian hacking group, stole funds.')).toEqual(fromRussia);
    expect(origins('APT28, a previously unknown Russian group, stole funds.')).toEqual(fromRussia);
    // An apposition after two listed sets describes both; a place listed with the set is another thing.
    expect(origins('APT28 and APT29, cyber actors associated with Russia, stole funds.')).toEqual([
      ...fromRussia,
      'intrusion-set:G0016 location:RU',
    ]);
    expect(origins('APT28 and Poland, which is linked to Russia, met.')).toEqual([]);
    // So does a counted one: "X and Y, two Chinese nation-state groups".
    expect(origins('It named APT28 and APT29, two Russian nation-state groups.')).toEqual([
      ...fromRussia,
      'intrusion-set:G0016 location:RU',
    ]);
    expect(origins('It named APT28 and APT29, two groups targeting Russian banks.')).toEqual([]);
    expect(origins('It named APT28 and APT29, two Russian banks.')).toEqual([]);
    // And a plural predicate: "X and Y are Chinese nation-state actors".
    for (const listed of ['APT28 and APT29 are', 'Two of them, APT28 and APT29, are'])
      expect(origins(`${listed} Russian nation-state actors.`)).toEqual([
        ...fromRussia,
        'intrusion-set:G0016 location:RU',
      ]);
    expect(origins('APT28 and APT29 are stealing Russian secrets.')).toEqual([]);
    // Who links the set may stand in the relative clause, before its auxiliary.
    expect(origins("APT28, a group that Google's Mandiant has linked to Russia, is back.")).toEqual(
      fromRussia,
    );
    expect(origins('APT28, a group that targets firms linked to Russia, is back.')).toEqual([]);
    // A plural description before two listed sets describes both.
    expect(origins('Two Russian nation-state actors, APT28 and APT29, stole funds.')).toEqual([
      ...fromRussia,
      'intrusion-set:G0016 location:RU',
    ]);
    expect(origins('Two Russian nation-state groups, APT28 and APT29, stole funds.')).toEqual([
      ...fromRussia,
      'intrusion-set:G0016 location:RU',
    ]);
    expect(origins('A Russian nation-state actor, APT28 and APT29 stole funds.')).toEqual(
      fromRussia,
    );
    expect(
      origins('APT28 is believed to operate from Russia or another Eastern European country.'),
    ).toEqual(fromRussia);
    expect(origins('APT28, based in Russia, was seen again.')).toEqual(fromRussia);
    expect(origins('APT28 actors, located in Russia, conduct attacks.')).toEqual(fromRussia);
    // Its people described, then where they are.
    expect(
      origins('APT28 is a loosely organized group of young adults based in Russia and Belarus.'),
    ).toEqual([...fromRussia, 'intrusion-set:G0007 location:BY']);
    expect(origins('APT28, based in Russia, Belarus and Kazakhstan, was seen again.')).toEqual([
      ...fromRussia,
      'intrusion-set:G0007 location:BY',
      'intrusion-set:G0007 location:KZ',
    ]);
    expect(origins('APT28, based in Russia or Belarus, was seen again.')).toEqual(fromRussia);
    expect(origins('APT28 is a group hacking firms based in Russia.')).toEqual([]);
    expect(origins('APT28 is a threat to companies based in Russia.')).toEqual([]);
    expect(
      origins('A vendor named APT28, a group it said was likely operating out of Russia, again.'),
    ).toEqual(fromRussia);
    expect(origins('APT28 operates in Russia-linked networks.')).toEqual([]);
    expect(
      origins('He was linked to the APT28 hacking group, a Russia-based cybercrime group.'),
    ).toEqual(fromRussia);
    expect(origins('APT28, a pro-Russian hacktivist group, was seen again.')).toEqual([]);
    expect(origins('The pro-Russian hacktivist group APT28 was seen again.')).toEqual([]);
    expect(origins('Pro-Russian APT28 was seen again.')).toEqual([]);
    expect(origins('APT28, a group targeting Polish banks, was seen again.')).toEqual([]);
    expect(origins('APT28, a group that attacked Russian banks, was seen again.')).toEqual([]);
  });

  it('reads what a sentence tells of an actor the next sentence names', () => {
    const told = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.source === 'intrusion-set:G0007')
        .map((r) => `${r.type} ${r.target}`)
        .sort();
    expect(
      told(
        'WARSAW, May 2, 2024 - A Russia-based hacking group targeted banks in Poland. Researchers said ' +
          'the group, which they track as APT28, used X-Agent.',
      ),
    ).toEqual([
      'originates-from location:RU',
      'targets identity:sector financial-services',
      'targets location:PL',
      'uses malware:S0023',
    ]);
    expect(
      told(
        'A Russia-based hacking group targeted banks in Poland, Zorbaco said. The company tracks ' +
          'the group as APT28.',
      ),
    ).toEqual([
      'originates-from location:RU',
      'targets identity:sector financial-services',
      'targets location:PL',
    ]);
    // A next sentence that names a set without saying it is that actor tells nothing of it.
    expect(
      told(
        'A Russia-based hacking group breached Polish banks. Researchers said APT28 used X-Agent.',
      ),
    ).toEqual(['uses malware:S0023']);
    // Hackers a speaker tells of, whose campaign a later sentence attributes, the sentence between naming
    // no set.
    expect(
      told(
        'The FBI said on Wednesday that hackers compromised banks in Poland. The joint statement said ' +
          'the actors stole records. The campaign has been attributed to APT28, also known as Sofacy.',
      ),
    ).toEqual(['targets identity:sector financial-services', 'targets location:PL']);
    // A longer speaker; a vendor's name for them three sentences on; the state they are affiliated with.
    expect(
      told(
        'The FBI and the Cybersecurity Agency (CISA) said on Wednesday that hackers affiliated with ' +
          'the Russian government compromised banks in Poland. The agencies said more victims may ' +
          'exist. The actors stole records. Zorbaco tracks the group as APT28.',
      ),
    ).toEqual([
      'attributed-to threat-actor:government of russia',
      'originates-from location:RU',
      'targets identity:sector financial-services',
      'targets location:PL',
    ]);
    // Speakers named by what they are, and "actors" with no "that" before them.
    expect(
      told(
        'The agencies said actors affiliated with the Russian government compromised banks in Poland. ' +
          'The group, which Zorbaco tracks as APT28, stole records.',
      ),
    ).toEqual([
      'attributed-to threat-actor:government of russia',
      'originates-from location:RU',
      'targets identity:sector financial-services',
      'targets location:PL',
    ]);
    // The actors' campaign the speakers revealed, which a later sentence attributes.
    expect(
      told(
        'The FBI and CISA revealed a campaign by actors affiliated with the Russian government, who ' +
          'compromised banks in Poland. The agencies later attributed the campaign to APT28.',
      ),
    ).toEqual([
      'attributed-to threat-actor:government of russia',
      'originates-from location:RU',
      'targets identity:sector financial-services',
      'targets location:PL',
    ]);
    expect(
      told(
        'The FBI revealed a campaign against actors affiliated with the Russian government, who ' +
          'compromised banks in Poland. The agencies later attributed the campaign to APT28.',
      ),
    ).toEqual([]);
    // Capitalized "Hackers" opening the sentence, and "The group, calling itself …".
    expect(
      told(
        "Hackers affiliated with Russia's military hit banks in Poland. The group, calling itself " +
          'APT28, posted a message.',
      ),
    ).toEqual(['targets identity:sector financial-services', 'targets location:PL']);
    // "The group, tracked by Zorbaco as APT28," opening the next sentence names them too.
    expect(
      told(
        'The FBI said on Wednesday that hackers linked to Russia compromised banks in Poland. The ' +
          'group, tracked by Zorbaco as APT28, stole records.',
      ),
    ).toEqual([
      'originates-from location:RU',
      'targets identity:sector financial-services',
      'targets location:PL',
    ]);
    expect(
      told(
        'The FBI said on Wednesday that hackers compromised banks in Poland. Zorbaco said APT28 ' +
          'used X-Agent.',
      ),
    ).toEqual(['uses malware:S0023']);
    expect(
      told(
        'The FBI said on Wednesday that hackers compromised banks in Poland. The campaign resembles ' +
          'what APT28 did in 2019.',
      ),
    ).toEqual([]);
    // After a dateline; a speaker attributing the campaign to the group the next sentence names; the
    // sentence also telling of an intrusion into a party.
    expect(
      told(
        'BERLIN, May 3, 2024 - Germany said on Friday that hackers had targeted the Social Democratic ' +
          'Party, as well as banks in Poland. The minister said the government could now clearly ' +
          'attribute the campaign to the group APT28.',
      ),
    ).toEqual([
      'targets identity:sector financial-services',
      'targets identity:social democratic party',
      'targets location:PL',
    ]);
    expect(
      told(
        'Germany said on Friday that hackers had targeted banks in Poland. The minister said the ' +
          'government could now clearly compare the campaign to the group APT28.',
      ),
    ).toEqual([]);
  });

  it('takes "the attackers" for no set where the sentences before dispute which set did it', () => {
    const uses = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target}`);
    const disputed =
      'Hackers breached the Danish foreign ministry in May. Mandiant said the intrusion was the work of ' +
      'APT29. Another firm attributed the breach to APT28. The attackers used X-Agent.';
    expect(uses(disputed).filter((p) => p.startsWith('intrusion-set:'))).toEqual([]);
    // One set in both: the attackers are that set.
    expect(uses(disputed.replace('to APT28', 'to APT29'))).toEqual([
      'intrusion-set:G0016 malware:S0023',
    ]);
  });

  it('reads "the attackers" with no set named for them as the doers of the one intrusion told of', () => {
    const done = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.source.startsWith('campaign:') && r.type === 'uses')
        .map((r) => `${r.type} ${r.target}`);
    expect(
      done('Acme Corp said hackers had breached its network in May. The attackers used X-Agent.'),
    ).toEqual(['uses malware:S0023']);
    // A set named between, the doers' words not opening the sentence, or other words: none.
    expect(
      done(
        'Acme Corp said hackers had breached its network in May. APT28 and APT29 were active then. ' +
          'The attackers used X-Agent.',
      ),
    ).toEqual([]);
    expect(
      done(
        'Acme Corp said hackers had breached its network in May. Later the attackers used X-Agent.',
      ),
    ).toEqual([]);
    expect(
      done('Acme Corp said hackers had breached its network in May. The actor used X-Agent.'),
    ).toEqual([]);
    expect(
      done('Acme Corp said hackers had breached its network in May. They used X-Agent.'),
    ).toEqual([]);
    expect(
      done(
        'Acme Corp said hackers had breached its network in May. It was patched. The firm said so. ' +
          'Two weeks later it hired staff. The attackers used X-Agent.',
      ),
    ).toEqual([]);
  });

  it("links a state organ to the group an apposition makes the organ's unit", () => {
    const linked = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.target === 'threat-actor:gru')
        .map((r) => r.source);
    expect(linked('APT28, a Russian military intelligence cyberwarfare unit, struck.')).toEqual([
      'intrusion-set:G0007',
    ]);
    expect(linked('APT28, a Russian military intelligence target, was named.')).toEqual([]);
  });

  it('links a state organ to the group across a link word, not across a semicolon', () => {
    const { relations } = analyze(
      'Russian groups abound: the FBI named officers of APT29; or APT28, a group linked to the GRU.',
    );
    const sponsored = relations
      .filter((r) => r.type === 'attributed-to' && r.target === 'threat-actor:gru')
      .map((r) => r.source);
    expect(sponsored).toEqual(['intrusion-set:G0007']);
  });

  it('lets "the group" stand for a set a short statement names', () => {
    const targeted = (text: string) =>
      pairs('targets', text).filter((p) => p.startsWith('intrusion-set'));
    expect(targeted('APT28 is active. The group targeted banks in Poland.')).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:PL',
    ]);
    // A set the sentence between names only as what the activity overlaps with is not it.
    for (const overlap of ['with groups tracked as TA455 and', 'with'])
      expect(
        targeted(`APT28 is active. The activity overlaps ${overlap} APT29. The group hit banks.`),
      ).toEqual(['intrusion-set:G0007 identity:sector financial-services']);
    expect(targeted('APT28 is active. Acme attributed it to APT29. The group hit banks.')).toEqual([
      'intrusion-set:G0016 identity:sector financial-services',
    ]);
  });

  it('takes no country for a target where it is what the targeted people study', () => {
    const places = (text: string) => pairs('targets', text).filter((p) => p.includes('location:'));
    expect(places('APT28 targeted Russia experts and Poland watchers in Germany.')).toEqual([
      'intrusion-set:G0007 location:DE',
    ]);
    expect(places('APT28 targeted Polish experts.')).toEqual(['intrusion-set:G0007 location:PL']);
  });

  it('reads "the attackers" opening a sentence under a heading line', () => {
    const used = (text: string) => pairs('uses', text);
    expect(used('APT28 is active.\n\nLateral movement\nThe attackers then used X-Agent.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    // A hard-wrapped line that goes on in lower case is no heading.
    expect(used('APT28 is active.\n\nLater that year the\nattackers used X-Agent.')).toEqual([]);
  });

  it('links a group to the state organ that tasks it, with the judgement on the tasking', () => {
    const tasked = analyze(
      'APT28 struck banks in May. The group is likely tasked by the GRU, the agency assessed.',
    ).relations.filter((r) => r.type === 'attributed-to' && r.target === 'threat-actor:gru');
    expect(tasked.map((r) => [r.source, r.confidence])).toEqual([['intrusion-set:G0007', 70]]);
  });

  it('links a state organ to the nearer of two groups, unless the two are listed together', () => {
    const sponsored = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.target === 'threat-actor:gru')
        .map((r) => r.source);
    expect(
      sponsored('APT29 likely worked with APT28, a Russian group that is linked to the GRU.'),
    ).toEqual(['intrusion-set:G0007']);
    for (const listed of [
      'APT29 and APT28 are both linked to the Russian GRU.',
      'APT29 (aka Cozy Bear), APT28 are linked to the Russian GRU.',
    ]) {
      expect(sponsored(listed)).toEqual(['intrusion-set:G0016', 'intrusion-set:G0007']);
    }
  });

  it('reads a state organ already in the store as the sponsor, with the same relations', () => {
    const stored = buildKnowledgeIndex([
      ...KNOWLEDGE,
      {
        id: 'threat-actor--2351cbdf-a477-5920-ae26-d6262ebf58d7',
        type: 'threat-actor',
        name: 'GRU',
        aliases: ['GRU', 'Main Intelligence Directorate'],
      },
    ]);
    const text =
      "The Danish government attributed with high confidence the intrusion into its foreign ministry to APT28, a group linked to Russia's GRU.";
    const sentences = splitSentences(text);
    const read = (knowledge: typeof index) => {
      const entities = extractEntities(text, sentences, knowledge);
      const relations = extractRelations(text, sentences, entities);
      return relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.confidence}`).sort();
    };
    const withStored = read(stored);
    expect(withStored).toEqual(read(index));
    expect(withStored).toContain('intrusion-set:G0007 attributed-to threat-actor:gru undefined');
    expect(withStored).toContain('threat-actor:gru located-at location:RU undefined');
    const gru = extractEntities(text, sentences, stored).find((e) => e.key === 'threat-actor:gru');
    expect(gru).toMatchObject({
      ref: 'threat-actor--2351cbdf-a477-5920-ae26-d6262ebf58d7',
      properties: { threat_actor_types: ['nation-state'], country: 'RU' },
    });
  });

  it('rates a link to a state organ by the judgement on the link, not on an attribution to the set', () => {
    const linkRated = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.target === 'threat-actor:gru')
        .map((r) => r.confidence);
    expect(
      linkRated(
        'Officials attributed the attack with high confidence to APT28, a unit of the GRU.',
      ),
    ).toEqual([undefined]);
    expect(linkRated('Officials said with high confidence APT28 is a unit of the GRU.')).toEqual([
      85,
    ]);
  });

  it('reads "the group" as the one set the sentence before names', () => {
    const sponsorOf = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.target === 'threat-actor:gru')
        .map((r) => [r.source, r.evidence.length]);
    expect(sponsorOf('APT28 sent phishing e-mails. The group is linked to the GRU.')).toEqual([
      ['intrusion-set:G0007', 2],
    ]);
    expect(sponsorOf('APT28 and APT29 were active. The group is linked to the GRU.')).toEqual([]);
    // The organ as the subject that runs the set, named or standing for it.
    expect(sponsorOf("APT28 sent phishing e-mails. Russia's GRU runs the group.")).toEqual([
      ['intrusion-set:G0007', 2],
    ]);
    expect(sponsorOf("Russia's GRU is behind APT28.")).toEqual([['intrusion-set:G0007', 1]]);
    expect(sponsorOf("APT28 sent phishing e-mails. Russia's GRU tracks the group.")).toEqual([]);
    expect(sponsorOf("Russia's GRU, not APT28, runs the network.")).toEqual([]);
    // "The attacks" stand for whoever made them.
    expect(
      sponsorOf('APT28 hit firms in 2024. The police said the attacks are linked to the GRU.'),
    ).toEqual([['intrusion-set:G0007', 2]]);
    // The clause a speaker reports opens on "the group" too.
    expect(
      sponsorOf('APT28 was behind the breach. Officials said that the group is linked to the GRU.'),
    ).toEqual([['intrusion-set:G0007', 2]]);
    expect(
      sponsorOf(
        'APT28 was behind the breach. The Danish Security Service said the group of states linked to the GRU …',
      ),
    ).toEqual([]);
    expect(
      sponsorOf('APT28 was behind the breach. Officials met the group and the GRU was not named.'),
    ).toEqual([]);
    // A warning, told with its month.
    expect(
      sponsorOf(
        'APT28 was behind the breach. The FBI and CISA warned in December that the group is linked to the GRU.',
      ),
    ).toEqual([['intrusion-set:G0007', 2]]);
    // Actors tied to the organ, then the name they go by.
    expect(
      sponsorOf(
        "Cyber actors affiliated with Russia's GRU, calling themselves APT28, hacked PLCs in May.",
      ),
    ).toEqual([['intrusion-set:G0007', 1]]);
    expect(
      sponsorOf("Cyber actors who briefed Russia's GRU, calling themselves APT28, hacked PLCs."),
    ).toEqual([]);
    expect(
      sponsorOf("Cyber actors affiliated with Russia's GRU hit banks, and APT28 hit PLCs."),
    ).toEqual([]);
    // Agencies speaking together, named by their country.
    for (const speakers of ['The agencies said', 'The Dutch services said', 'Researchers say']) {
      expect(
        sponsorOf(`APT28 was behind the breach. ${speakers} that the group is linked to the GRU.`),
      ).toEqual([['intrusion-set:G0007', 2]]);
    }
    // A speaker's full name with its acronym, and a verb after two words of time.
    expect(
      sponsorOf(
        'APT28 was behind the breach. The Danish Security and Intelligence Service (PET) had earlier ' +
          'said with moderate confidence that the group was linked to the GRU.',
      ),
    ).toEqual([['intrusion-set:G0007', 2]]);
    // After a phrase of place, as after one of time.
    expect(
      analyze('APT28 has focused on Ukraine. Outside Ukraine, the group targeted banks in Poland.')
        .relations.filter((r) => r.target === 'location:PL')
        .map((r) => r.source),
    ).toEqual(['intrusion-set:G0007']);
    // A word of time, then a phrase of time: "Earlier, in 2024, the group …".
    expect(
      analyze('APT28 has focused on Ukraine. Earlier, in 2024, the group targeted banks in Poland.')
        .relations.filter((r) => r.target === 'location:PL')
        .map((r) => r.source),
    ).toEqual(['intrusion-set:G0007']);
    // After a period opening the sentence.
    expect(
      analyze(
        'APT28 has focused on Ukraine. Between December 2024 and January 2025, the group targeted banks in Poland.',
      )
        .relations.filter((r) => r.target === 'location:PL')
        .map((r) => r.source),
    ).toEqual(['intrusion-set:G0007']);
    // After whom the deed was done on: "On a small number of targets, mostly …, the actors deployed …".
    expect(
      analyze(
        'APT28 has focused on Ukraine. On a small number of targets, mostly banks, the actors hit servers in Poland.',
      )
        .relations.filter((r) => r.target === 'location:PL')
        .map((r) => r.source),
    ).toEqual(['intrusion-set:G0007']);
    // "The attackers" stands for it as "the group" does, also in what a speaker told someone.
    const polandTargeted = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.target === 'location:PL')
        .map((r) => r.source);
    expect(
      polandTargeted('APT28 claimed the breach. The attackers targeted banks in Poland.'),
    ).toEqual(['intrusion-set:G0007']);
    expect(
      polandTargeted(
        'APT28 claimed the breach. Its chief executive told lawmakers that the hackers targeted banks in Poland.',
      ),
    ).toEqual(['intrusion-set:G0007']);
    expect(
      polandTargeted('APT28 claimed the breach. Other attackers targeted banks in Poland.'),
    ).toEqual([]);
    // "These Russia-linked cyber actors", after a phrase of time with its date.
    expect(
      polandTargeted(
        'APT28 claimed the breach. Beginning on May 2, 2024, these Russia-linked cyber actors ' +
          'targeted banks in Poland.',
      ),
    ).toEqual(['intrusion-set:G0007']);
    // Up to three sentences back, past sentences that name no set.
    expect(
      sponsorOf(
        'APT28 was behind the breach. The attackers read e-mail for months. The group is linked to the GRU.',
      ),
    ).toEqual([['intrusion-set:G0007', 2]]);
    expect(
      sponsorOf('APT28 was behind the breach. One. Two. Three. The group is linked to the GRU.'),
    ).toEqual([]);
    expect(
      sponsorOf('APT28 sent phishing e-mails. Analysts linked the campaign to the GRU.'),
    ).toEqual([]);
  });

  it('reads what "the group" uses and targets as told of the set the sentence before names', () => {
    const told = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type !== 'attributed-to')
        .map((r) => [r.type, r.source, r.target, r.evidence.length]);
    expect(told('APT28 sent phishing e-mails. The group used X-Agent against banks.')).toEqual([
      ['targets', 'intrusion-set:G0007', 'identity:sector financial-services', 2],
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
    ]);
    // After a speaker's judgement: "Researchers assess with moderate confidence that the group …".
    expect(
      told(
        'APT28 sent phishing e-mails. Researchers assess with moderate confidence that the group used X-Agent.',
      ),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    // After a phrase of what came before.
    expect(
      told('APT28 sent phishing e-mails. After gaining access, the actors used X-Agent.'),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    // Or of its purpose.
    for (const opening of ['For initial access', 'To move laterally'])
      expect(told(`APT28 sent phishing e-mails. ${opening}, the actors used X-Agent.`)).toEqual([
        ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
      ]);
    // "the actors", "these actors", after a short opening phrase of time.
    expect(told('APT28 sent phishing e-mails. Since 2022, the actors have used X-Agent.')).toEqual([
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
    ]);
    // A longer opening of time, with a possessive.
    expect(
      told(
        "APT28 sent phishing e-mails. Since Russia's invasion of Ukraine, the group has used X-Agent.",
      ),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    // An opening ending on a year needs no comma.
    expect(
      told('APT28 sent phishing e-mails. Since April 2025 the group has also used X-Agent.'),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(told('APT28 sent phishing e-mails. In April the group used X-Agent.')).toEqual([]);
    // The means told after the words for the set: "Among the tools the group deployed are …".
    expect(
      told(
        'APT28 sent phishing e-mails. Among the tools the group deployed are X-Agent and Mimikatz.',
      ),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(
      told('APT28 sent phishing e-mails. Among the tools the researchers found is X-Agent.'),
    ).toEqual([]);
    // After the source quoted, with what it is in an aside.
    expect(
      told(
        "APT28 sent phishing e-mails. According to a report by ANSSI, the country's cyber agency, " +
          'the hackers used X-Agent.',
      ),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(
      told('APT28 sent phishing e-mails. According to the Acme Report, the hackers used X-Agent.'),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(
      told(
        'APT28 sent phishing e-mails. According to the Acme Threat Research Centre (ATRC), ' +
          'the hackers used X-Agent.',
      ),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(told('APT28 sent phishing e-mails. These actors used X-Agent.')).toEqual([
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
    ]);
    expect(told('APT28 and APT29 were active. This actor used X-Agent.')).toEqual([]);
    // "They" too, unless researchers speak: "They further described X-Agent as …".
    expect(told('APT28 sent phishing e-mails. They then used X-Agent.')).toEqual([
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
    ]);
    expect(
      told(
        'Their research linked APT28 to it. They further described X-Agent as being used on targets.',
      ),
    ).toEqual([]);
    // "they" after an opening clause; not a speaker's "they".
    expect(
      told('APT28 sent phishing e-mails. After gaining access, they deployed X-Agent.'),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(told('APT28 sent phishing e-mails. Analysts said they deployed X-Agent.')).toEqual([]);
    // "It" with a verb of targeting, when the sentence before opens on the set and names no malware.
    expect(told('APT28 is known for phishing. It has targeted banks since 2022.')).toEqual([
      ['targets', 'intrusion-set:G0007', 'identity:sector financial-services', 2],
    ]);
    expect(told('APT28 used X-Agent. It has targeted banks since 2022.')).toEqual([
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 1],
    ]);
    // After the set's article, and an adverb before the verb.
    expect(told('The APT28 group is known for phishing. It mainly targets banks.')).toEqual([
      ['targets', 'intrusion-set:G0007', 'identity:sector financial-services', 2],
    ]);
    expect(told('Analysts say APT28 is young. It has targeted banks.')).toEqual([]);
    expect(told('APT28 is known for phishing. It describes banks.')).toEqual([]);
    // A set a relative clause names describes the first: "the group" is still the first.
    expect(
      told('Analysts blamed APT28, which they said works with APT29. The group used X-Agent.'),
    ).toEqual([['uses', 'intrusion-set:G0007', 'malware:S0023', 2]]);
    expect(told('APT28 sent phishing e-mails. Analysts used X-Agent samples.')).toEqual([]);
    // "the same group", after its speaker, whose ministry it does not target.
    expect(
      told(
        'APT28 sent phishing e-mails. Poland’s Interior Ministry said the same group targeted banks.',
      ).filter(([type]) => type === 'targets'),
    ).toEqual([['targets', 'intrusion-set:G0007', 'identity:sector financial-services', 2]]);
  });

  it('targets a sector only when the words joining it to the actor say so', () => {
    const targeted = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets' && r.target.includes('sector'))
        .map((r) => r.target);
    expect(targeted('The breach let APT28 linger inside critical infrastructure systems.')).toEqual(
      [],
    );
    expect(
      targeted(
        'The hack was carried out by APT28, a group that Western governments have tied to Russia.',
      ),
    ).toEqual([]);
    expect(targeted('Hospitals were hit by APT28 in March.')).toEqual([
      'identity:sector healthcare',
    ]);
    expect(
      targeted(
        'The DDoS attacks on Danish banks were claimed by the pro-Russian hacktivist group APT28.',
      ),
    ).toEqual(['identity:sector financial-services']);
    expect(targeted('Reports on banks were published by APT28 researchers.')).toEqual([]);
    expect(targeted('APT28 stole $81 million from banks in 2016.')).toEqual([
      'identity:sector financial-services',
    ]);
    expect(targeted('APT28 planned to disrupt the systems of hospitals in ten regions.')).toEqual([
      'identity:sector healthcare',
    ]);
    expect(targeted('APT28 sent phishing emails to government agencies.')).toEqual([
      'identity:sector government-national',
    ]);
    // A state organ alone in its sentence acts as an actor, not where a person of it speaks.
    const organTargets = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets' && r.source.startsWith('threat-actor:'))
        .map((r) => r.target);
    expect(
      organTargets(
        "France's Ministry for Europe and Foreign Affairs on Tuesday attributed to the Russian military " +
          'intelligence service cyberattacks that targeted banks.',
      ),
    ).toEqual(['identity:sector financial-services']);
    expect(
      organTargets(
        'Of note, a senior IRGC official and others close to the Iranian Supreme Leader pinned the ' +
          'attack affecting payment systems on Israel and the United States.',
      ),
    ).toEqual([]);
    // Nor where its name describes another actor, one of the sets the report names, which acts.
    const affiliated =
      'Iranian MOIS-Affiliated Actor Targets Israeli Municipalities with New Backdoor';
    expect(organTargets(`${affiliated}\n\nAPT33 has been active since 2013.`)).toEqual([]);
    expect(organTargets(affiliated)).toEqual(['identity:sector government-local', 'location:IL']);
    expect(organTargets('Iranian MOIS Targets Israeli Municipalities with New Backdoor')).toEqual([
      'identity:sector government-local',
      'location:IL',
    ]);
    expect(
      targeted(
        'APT28, a group linked to Russia, is known for targeting firms in the energy sector.',
      ),
    ).toEqual(['identity:sector energy']);
    expect(targeted('Retailers fell victim to a skimming campaign by threat group APT28.')).toEqual(
      ['identity:sector retail'],
    );
    expect(targeted('Analysts saw APT28 tooling next to the Dridex banking trojan.')).toEqual([]);
    expect(targeted('APT28 has repeatedly been named in attacks on governments.')).toEqual([
      'identity:sector government-national',
    ]);
    // A family opening the next clause is its subject; as the actor's object it is not.
    expect(
      targeted('While APT28 is known for spying, X-Agent has also been seen targeting hospitals.'),
    ).toEqual([]);
    expect(targeted('APT28 used X-Agent against hospitals.')).toEqual([
      'identity:sector healthcare',
    ]);
    expect(
      targeted(
        'While APT28 is known for spying, X-Agent backdoor has also been seen targeting hospitals.',
      ),
    ).toEqual([]);
    // After a comma, a family that goes on a list is no clause's subject.
    expect(
      targeted('APT28 is known for spying, X-Agent implants and phishing against hospitals.'),
    ).toEqual(['identity:sector healthcare']);
  });

  it('targets a company only when the words make it the target', () => {
    const targeted = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets' && r.source.startsWith('intrusion-set'))
        .map((r) => r.target);
    expect(targeted('APT28 breached Acme Corp. in May.')).toEqual(['identity:acme']);
    expect(targeted('APT28 abused Foo Systems Inc. servers to host malware.')).toEqual([]);
    // A company punished for its part in the intrusions is none of their victims.
    for (const punished of ['sanctioned', 'indicted', 'imposed sanctions on']) {
      expect(
        targeted(
          `Treasury ${punished} Acme Corp. for its role in intrusions by APT28 against banks.`,
        ),
      ).toEqual(['identity:sector financial-services']);
    }
    // Companies listed after one, and a company a business word names, are companies too.
    expect(targeted('APT28 breached Acme Corp., Globex and Initech in May.')).toEqual([
      'identity:acme',
      'identity:globex',
      'identity:initech',
    ]);
    expect(
      targeted('APT28 stole data in May from many firms. Victims include Initech Bank and others.'),
    ).toEqual(['identity:initech bank', 'identity:sector financial-services']);
    // A company named "<Name> Group" is one too, the mention holding its word Group up to the description,
    // which names its sector.
    expect(
      targeted('APT28 claimed responsibility for a cyberattack on Delek Group, an energy company.'),
    ).toEqual(['identity:delek group', 'identity:sector energy']);
    const delek = analyze('APT28 attacked the energy company Delek Group.').entities.find(
      (e) => e.key === 'identity:delek group',
    );
    expect(delek?.mentions.map((m) => m.text)).toEqual(['Delek Group']);
  });

  it("gives an actor nothing an earlier clause of another actor's names", () => {
    const uses = (text: string) => pairs('uses', text);
    expect(uses('APT28 used X-Agent against banks, while APT29 targeted ministries.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    expect(uses('APT28 used X-Agent against banks and APT29 targeted ministries.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    // Named after the tool, both use it.
    expect(uses('X-Agent was used by APT28 and APT29.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
      'intrusion-set:G0016 malware:S0023',
    ]);
  });

  it('relates two sets a sentence ties without calling them one', () => {
    const related = (text: string) => pairs('related-to', text);
    expect(related('Researchers link TA455 to APT28.')).toEqual([
      'intrusion-set:ta455 intrusion-set:G0007',
    ]);
    expect(related('TA410 is an umbrella group loosely linked to APT28.')).toEqual([
      'intrusion-set:ta410 intrusion-set:G0007',
    ]);
    expect(
      related(
        'A group calling itself TA455, which has links to the APT28 and APT29 groups, struck.',
      ),
    ).toEqual([
      'intrusion-set:ta455 intrusion-set:G0007',
      'intrusion-set:ta455 intrusion-set:G0016',
    ]);
    // An apposition calling it a part of the other.
    expect(related('UAC-0133, a subcluster of APT28, attacked banks.')).toEqual([
      'intrusion-set:uac 0133 intrusion-set:G0007',
    ]);
    expect(related('UAC-0133, a group that copies APT28, attacked banks.')).toEqual([]);
    // The source's judgement between the noun and the tie.
    expect(
      related(
        'Acme named UNC4736, a cluster it believes with moderate confidence is linked to APT28.',
      ),
    ).toEqual(['intrusion-set:unc4736 intrusion-set:G0007']);
    // Activity others track by another name.
    expect(related('TA455 overlaps with activity other vendors track as APT28 and APT29.')).toEqual(
      ['intrusion-set:ta455 intrusion-set:G0007', 'intrusion-set:ta455 intrusion-set:G0016'],
    );
    // The activity of one said to overlap with that of the other.
    expect(
      related('TA455 is a financially motivated group whose activity overlaps with that of APT28.'),
    ).toEqual(['intrusion-set:ta455 intrusion-set:G0007']);
    expect(related('TA455 sent lures whose subject overlaps with that of APT28.')).toEqual([]);
    // The tie named before both.
    expect(
      related('We observed overlaps between TA455 and a group publicly tracked as APT28.'),
    ).toEqual(['intrusion-set:ta455 intrusion-set:G0007']);
    expect(related('We observed no overlaps between TA455 and APT28.')).toEqual([]);
    expect(
      related('We have not found a strong correlation or technical link between TA455 and APT28.'),
    ).toEqual([]);
    expect(related('We saw lures between TA455 and APT28 attacks.')).toEqual([]);
    // Each name of the list after the link, the same set's names once.
    expect(
      related(
        'UNC1549, an Iranian threat actor that overlaps with APT28, Fancy Bear and APT29, is active.',
      ),
    ).toEqual([
      'intrusion-set:unc1549 intrusion-set:G0007',
      'intrusion-set:unc1549 intrusion-set:G0016',
    ]);
    // Activity tracked under a name is the set's; each listed name of the tied set does nothing the sentence tells.
    const overlapping =
      'UNC1549, which overlaps with activity tracked as APT28 and Fancy Bear, exploited CVE-2023-20198.';
    expect(related(overlapping)).toEqual(['intrusion-set:unc1549 intrusion-set:G0007']);
    expect(analyzedPairs('targets', overlapping)).toEqual([
      'intrusion-set:unc1549 vulnerability:CVE-2023-20198',
    ]);
    // The estimative words of the sentence qualify the tie.
    expect(
      analyze('We have low confidence that UNC215 is associated with APT28.').relations.find(
        (r) => r.type === 'related-to',
      )?.confidence,
    ).toBe(15);
    // Sharing its means is a tie too; a judgement of the attribution before a relative clause does not rate it.
    const shared = analyze(
      'We attribute this activity with moderate confidence to TA455, which shares infrastructure and ' +
        'tooling with APT28.',
    ).relations.filter((r) => r.type === 'related-to');
    expect(shared.map((r) => `${r.source} ${r.target} ${r.confidence ?? 'none'}`)).toEqual([
      'intrusion-set:ta455 intrusion-set:G0007 none',
    ]);
    // What the words tie is another thing than the set before them, or the tie is denied.
    expect(related('TA410 sent e-mails from a server previously linked to APT28.')).toEqual([]);
    expect(
      related('APT29 used Foo, a backdoor in 2020, which has been attributed to APT28.'),
    ).toEqual([]);
    expect(related('TA410 is not linked to APT28.')).toEqual([]);
    expect(related('Researchers do not link TA410 to APT28.')).toEqual([]);
    // Two names of one set tie nothing.
    expect(related('Fancy Bear is loosely linked to APT28.')).toEqual([]);
    expect(related('APT28 and APT29 are linked to Russia.')).toEqual([]);
  });

  it('takes no group that others pose as for the one acting', () => {
    const fromGroup = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.source.startsWith('intrusion-set'))
        .map((r) => `${r.type} ${r.target}`);
    expect(fromGroup('APT28 attacked Acme Corp. with X-Agent.')).toEqual([
      'targets identity:acme',
      'uses malware:S0023',
    ]);
    for (const impostor of ['Criminals posing as', 'A gang claiming to be the notorious']) {
      expect(fromGroup(`${impostor} APT28 attacked Acme Corp. with X-Agent.`)).toEqual([]);
    }
  });

  it('reads a use word whose consonant doubles, and a family as the subject of the word after it', () => {
    const uses = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target}`);
    expect(uses('APT28 dropped X-Agent on the hosts.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    expect(
      uses('APT28 is linked to the Zorvex malware due to Zorvex dropping X-Agent on the hosts.'),
    ).toEqual(['intrusion-set:G0007 malware:zorvex']);
  });

  it('reads the vulnerabilities an actor or a family exploits', () => {
    // CVE ids become entities in analyzeReport, from the indicators.
    const knowledge = prepareKnowledge(KNOWLEDGE);
    const told = (text: string) =>
      analyzeReport(text, { knowledge })
        .relations.filter((r) => r.target.startsWith('vulnerability'))
        .map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(told('APT28 exploited CVE-2023-23397 against ministries.')).toEqual([
      'intrusion-set:G0007 targets vulnerability:CVE-2023-23397',
    ]);
    expect(told('The X-Agent implant exploits CVE-2024-1234 on old servers.')).toEqual([
      'malware:S0023 exploits vulnerability:CVE-2024-1234',
    ]);
    // A vulnerability an actor uses is one it exploits.
    expect(told('APT28 got in using known Cisco vulnerabilities CVE-2023-20269.')).toEqual([
      'intrusion-set:G0007 targets vulnerability:CVE-2023-20269',
    ]);
    // A flaw the target was reached "through" or "via".
    expect(
      told('Ministries were targeted by APT28 through an Outlook vulnerability, CVE-2023-23397.'),
    ).toEqual(['intrusion-set:G0007 targets vulnerability:CVE-2023-23397']);
    expect(told('APT28 targeted ministries; Microsoft fixed CVE-2023-23397.')).toEqual([]);
    // The way in left open: an appliance unpatched, or not patched against the flaw.
    for (const way of [
      'gained access through an appliance that had not been patched against CVE-2023-4966.',
      'gained initial access via an unpatched Citrix appliance (CVE-2023-4966).',
    ]) {
      expect(told(`APT28 ${way}`)).toEqual([
        'intrusion-set:G0007 targets vulnerability:CVE-2023-4966',
      ]);
    }
    expect(told('APT28 gained access to Acme. Microsoft patched CVE-2023-4966 in May.')).toEqual(
      [],
    );
    // A group named for the zero-day it had does nothing in the sentence.
    expect(told('The kit incorporated the APT28 0day (CVE-2015-5119); we saw its use.')).toEqual(
      [],
    );
    expect(told('APT28 did not exploit CVE-2023-23397.')).toEqual([]);
    expect(told('APT28 did not use CVE-2023-23397.')).toEqual([]);
    expect(told('Patch CVE-2024-1234 now; X-Agent was seen too.')).toEqual([]);
    expect(told('APT28 used X-Agent. Administrators should patch CVE-2024-1234.')).toEqual([]);
  });

  it("reads a paragraph's first sentence as told of the one actor its heading names", () => {
    const relationsOf = (text: string) =>
      analyze(text).relations.map((r) => [r.type, r.source, r.target, r.evidence.length]);
    expect(relationsOf('### APT28\nSince 2014, the group has used X-Agent against banks.')).toEqual(
      [
        ['targets', 'intrusion-set:G0007', 'identity:sector financial-services', 2],
        ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
      ],
    );
    // A heading naming the family, the sentence the actor.
    expect(relationsOf('**X-Agent**\nSince 2014, APT28 has used it against banks.')).toEqual([
      ['targets', 'intrusion-set:G0007', 'identity:sector financial-services', 1],
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 2],
    ]);
    // A sentence naming its own actor is not told of the heading's.
    expect(relationsOf('### APT29\nSince 2014, APT28 has used X-Agent.')).toEqual([
      ['uses', 'intrusion-set:G0007', 'malware:S0023', 1],
    ]);
    // Only the sentence right under the heading, and only a heading naming one actor.
    expect(
      relationsOf('### APT28\nThe group is active. It has used X-Agent against banks.'),
    ).toEqual([]);
    expect(
      relationsOf('### APT28 and APT29\nSince 2014, the group has used X-Agent against banks.'),
    ).toEqual([]);
    // A line that is no heading gives no subject to the next.
    expect(relationsOf('APT28\n\nSince 2014, the group has used X-Agent against banks.')).toEqual(
      [],
    );
  });

  it('targets every place of a list the targeting words open, not where the actor is based', () => {
    // Each place once: the actor and the intrusion into one site ("a German hospital") both target it.
    const places = (text: string) => [
      ...new Set(
        analyze(text)
          .relations.filter((r) => r.type === 'targets' && r.target.startsWith('location:'))
          .map((r) => r.target),
      ),
    ];
    expect(places('APT28 targeted Poland and Germany in 2020.')).toEqual([
      'location:PL',
      'location:DE',
    ]);
    // A place the one before it takes in.
    expect(places('APT28 targeted banks in Europe, including Poland.')).toEqual([
      'location:europe',
      'location:PL',
    ]);
    expect(
      places('APT28 hit schools in the United States and its territories, including Guam.'),
    ).toEqual(['location:US', 'location:GU']);
    expect(places('APT28 attacked ministries across Poland, Germany, and France.')).toEqual([
      'location:PL',
      'location:DE',
      'location:FR',
    ]);
    expect(places('APT28, based in Russia and Belarus, targeted Poland.')).toEqual(['location:PL']);
    expect(places('APT28 actors, located in Russia, conduct these attacks.')).toEqual([]);
    expect(
      places('APT28 targeted organizations in countries including Poland and the United States.'),
    ).toEqual(['location:PL', 'location:US']);
    // A country's adjective after a targeting verb and an article: "attacked a German hospital".
    expect(places('APT28 attacked a German hospital and posted on a Russian forum.')).toEqual([
      'location:DE',
    ]);
    // … or a number: "has attacked dozens of Israeli companies", "compromised at least twelve Polish firms".
    expect(places('APT28 has attacked dozens of Israeli companies.')).toEqual(['location:IL']);
    // People struck at a state's bodies.
    expect(
      places('APT28 sent phishing emails to officials at South Korean government ministries.'),
    ).toEqual(['location:KR']);
    expect(
      places('APT28 sent phishing emails, officials at South Korean ministries said.'),
    ).toEqual([]);
    // Those the lures were sent to; not where what was taken was sent.
    expect(places('APT28 sent phishing emails to German political parties.')).toEqual([
      'location:DE',
    ]);
    expect(places('APT28 sent the stolen emails to Russian servers.')).toEqual([]);
    // The state whose bodies were struck.
    expect(places('APT28 targeted executive authorities of Ukraine with malware.')).toEqual([
      'location:UA',
    ]);
    expect(places('APT28 used executive authorities of Ukraine as cover.')).toEqual([]);
    expect(places('APT28 ran cyberattacks against defense enterprises of Ukraine.')).toEqual([
      'location:UA',
    ]);
    expect(places('APT28 ran cyberattacks from front companies of Ukraine.')).toEqual([]);
    // Places listed after the states they are among.
    expect(
      places(
        'APT28 targeted organisations across NATO member states including Bulgaria and France.',
      ),
    ).toEqual(['location:BG', 'location:FR']);
    // The state the people targeted are tied to; not where the actor's own people are.
    expect(places('APT28 has continued targeting individuals connected to Ukraine.')).toEqual([
      'location:UA',
    ]);
    expect(places('APT28 hired individuals connected to Russia.')).toEqual([]);
    // Where the things an intrusion verb struck stand; not where the actor's own servers are.
    expect(
      places('APT28 compromised internet-connected cameras at Ukrainian border crossings.'),
    ).toEqual(['location:UA']);
    expect(places('APT28 rented servers at Russian hosting providers.')).toEqual([]);
    // Where the police acted on the actors is no target, nor is the rest of that list.
    expect(
      places(
        'Two APT28 actors were arrested in Poland and Ukraine, and the US charged them for attacks against banks.',
      ),
    ).toEqual([]);
    // Where the actor's own hackers are is none either: "made up of hackers in the US and the UK".
    expect(
      places('APT28 is made up of young hackers in the US and the UK, and hit firms in Japan.'),
    ).toEqual(['location:JP']);
    expect(places('APT28 compromised at least twelve Polish firms.')).toEqual(['location:PL']);
    expect(places('APT28 used the botnet to target US and Taiwanese organizations.')).toEqual([
      'location:US',
      'location:TW',
    ]);
    // A passive whose subject is the place's victims: "Czech institutions had been targeted by".
    expect(places('Some Czech institutions had also been targeted by APT28.')).toEqual([
      'location:CZ',
    ]);
    expect(
      places('Some Czech institutions had been visited by APT28, which later targeted banks.'),
    ).toEqual([]);
    expect(
      places("Poland's government said on Friday that its institutions had been hit by APT28."),
    ).toEqual(['location:PL']);
    expect(
      places('The Czech Republic said that some of its agencies had been targeted by APT28.'),
    ).toEqual(['location:CZ']);
    expect(places('The Czech Republic said that APT28 had been targeted by APT29.')).toEqual([]);
    expect(
      places('APT28 compromised water utilities in the continental United States this year.'),
    ).toEqual(['location:US']);
    expect(
      places('APT28 compromised firms in the continental and non-continental United States.'),
    ).toEqual(['location:US']);
    // A country's adjective before a targeted sector: that state's.
    expect(places('APT28 attacked the websites of several Danish ministries.')).toEqual([
      'location:DK',
    ]);
    expect(places('APT28 read the websites of several Danish ministries.')).toEqual([]);
    expect(places('APT28 breached 25 organizations, including US government agencies.')).toEqual([
      'location:US',
    ]);
    // What a meeting or a measure is about, where an event was held.
    expect(places('APT28 attacked sites during the summit on Ukraine held in Poland.')).toEqual([]);
    expect(places('APT28 attacked sites during the sanctions on Russia.')).toEqual([]);
    // What a lure is about is its bait.
    expect(
      places('APT28 targeted a ministry with a lure about infrastructure projects in Madagascar.'),
    ).toEqual([]);
    expect(
      places('APT28 sent a lure about infrastructure projects to ministries in Madagascar.'),
    ).toEqual(['location:MG']);
    expect(
      places('Speaking at a conference in Poland, Acme said APT28 attacked ministries.'),
    ).toEqual([]);
    expect(places('APT28 targeted firms based in Russia and Belarus.')).toEqual([
      'location:RU',
      'location:BY',
    ]);
    // The actor another is linked to does not act in the sentence.
    expect(places('APT28, a group linked to APT29, is known for targeting Poland.')).toEqual([
      'location:PL',
    ]);
    expect(
      analyze('APT28, a group linked to APT29, is known for targeting Poland.').relations.filter(
        (r) => r.source === 'intrusion-set:G0016',
      ),
    ).toEqual([]);
    // Nor does the set another is a subgroup of: "a subgroup of APT10 that uses LODEINFO".
    expect(
      analyze('ESET described APT28 as a subgroup of APT29 that targets Poland.').relations.filter(
        (r) => r.source === 'intrusion-set:G0016',
      ),
    ).toEqual([]);
    // A place after the list has ended is no target.
    expect(places('APT28 targeted Poland with servers rented from Germany.')).toEqual([
      'location:PL',
    ]);
    // After a bare "in", a place that owns something other than a victim is no target.
    expect(
      places('APT28 is a unit in Belarus’s intelligence branch sharing attack resources.'),
    ).toEqual([]);
    expect(places('APT28 hit firms in sectors included in China’s Belt and Road plan.')).toEqual(
      [],
    );
    expect(places('APT28 targeted organizations in Ukraine’s energy sector.')).toEqual([
      'location:UA',
    ]);
    expect(places('APT28 launched attacks on Thailand’s gaming industry.')).toEqual([
      'location:TH',
    ]);
    // A place word that qualifies a state's concerns or a sea names no victim.
    expect(places('APT28 courted experts in Belarusian affairs and the Polish Sea.')).toEqual([]);
    expect(places('APT28 acted against the Belarusian national security.')).toEqual([]);
    expect(places('APT28 acted against the Belarusian ministries.')).toEqual(['location:BY']);
    // Nor does a place saying where a thing was made.
    expect(places('APT28 continued to target Belarusian-made controllers.')).toEqual([]);
    expect(places('APT28 continued to target Belarusian controllers.')).toEqual(['location:BY']);
    // What a publication or an expert is about is its topic; a campaign focused on a place targets it.
    expect(places('APT28 hacked a newspaper focused on Belarus.')).toEqual([]);
    expect(places('APT28 ran targeted campaigns focused on Belarus.')).toEqual(['location:BY']);
    // A place in a quoted title is its subject, unless the title says it is targeted; speech keeps it.
    expect(places('APT28 targeted diplomats with “The Security Challenges in Belarus”.')).toEqual(
      [],
    );
    expect(
      places('APT28 targeted diplomats with “The Security Challenges in Belarus\nNext'),
    ).toEqual([]);
    expect(places('APT28 targeted banks, as in “Hackers Returning to Targeting Belarus”.')).toEqual(
      ['location:BY'],
    );
    expect(
      places('APT28 targeted banks, “their branches in Belarus were hurt,” she said.'),
    ).toEqual(['location:BY']);
  });

  it("gives an act the confidence of a judgement about the act, not about the actor's description", () => {
    const confidences = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets')
        .map((r) => r.confidence);
    expect(confidences('APT28 likely targeted banks.')).toEqual([70]);
    expect(confidences('APT28 is likely a Russian group that targets banks.')).toEqual([undefined]);
    expect(
      confidences('APT28, a group almost certainly run by Russia, is behind attacks on banks.'),
    ).toEqual([undefined]);
  });

  it('reads no relation from a sentence naming more things than any statement does (a list run together)', () => {
    const told = (text: string) => analyze(text).relations.map((r) => `${r.type} ${r.target}`);
    const listing = (places: number) =>
      `APT28 used X-Agent against banks in ${'France, '.repeat(places)}and Spain.`;
    expect(told(listing(20))).toEqual([
      'targets identity:sector financial-services',
      'targets location:FR',
      'targets location:ES',
      'uses malware:S0023',
    ]);
    expect(told(listing(250))).toEqual([]);
  });

  it('states no relation the sentence denies', () => {
    const told = (text: string) => analyze(text).relations.map((r) => `${r.type} ${r.target}`);
    expect(told('APT28 never used X-Agent and only used phishing against banks.')).toEqual([
      'targets identity:sector financial-services',
    ]);
    expect(told('We have never seen APT28 use X-Agent.')).toEqual([]);
    expect(told('APT28 did not target banks in Poland.')).toEqual([]);
    expect(told('Links between APT28 and X-Agent (we never saw APT28 use X-Agent) stay.')).toEqual(
      [],
    );
    expect(told('APT28 is not linked to the GRU.')).toEqual([]);
    expect(told('Operation Ostrana was not carried out by APT28.')).toEqual([]);
    expect(told('The breach of banks in Poland was carried out by APT28.')).toEqual([
      'targets identity:sector financial-services',
      'targets location:PL',
    ]);
    expect(told('The breach of banks in Poland was not carried out by APT28.')).toEqual([]);
    expect(told('Operation Ostrana was carried out by APT28.')).toEqual([
      'attributed-to intrusion-set:G0007',
    ]);
    // An actor in a clause of its own after the intrusion's did something else.
    expect(
      told(
        'Hackers breached the Polish foreign ministry. An insider who carried out the breach ' +
          'accused the vendor, and a second group, APT28, then leaked the data.',
      ).filter((r) => r.startsWith('attributed-to')),
    ).toEqual([]);
    expect(
      told(
        'Hackers breached the Polish foreign ministry. APT28 carried out the breach, and the ' +
          'ministry said so.',
      ).filter((r) => r.startsWith('attributed-to')),
    ).toEqual(['attributed-to intrusion-set:G0007']);
    // … and so does one in a clause the attributor said next.
    const breachedThen = (rest: string) =>
      told(
        `The Polish government attributed the breach of its foreign ministry to spies ${rest}`,
      ).filter((r) => r.startsWith('attributed-to'));
    expect(breachedThen('and said that APT28 targeted lawmakers.')).toEqual([]);
    expect(breachedThen('that APT28 runs.')).toEqual(['attributed-to intrusion-set:G0007']);
    // An actor's name qualifying a front company names the company.
    expect(
      told(
        'Poland blames Russia for Polish foreign ministry hack and sanctions APT28 front company.',
      ),
    ).toEqual(['targets identity:ministry of foreign affairs of poland', 'located-at location:PL']);
    // An actor in a clause before another actor's, which tells of the intrusion, did something else.
    const attributed = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to')
        .map((r) => r.target);
    expect(
      attributed(
        'Hackers breached the Polish foreign ministry. APT28 complained that it was cheated, ' +
          'and a second group, APT29, then claimed the breach.',
      ),
    ).toEqual(['intrusion-set:G0016']);
    expect(
      attributed(
        'Hackers breached the Polish foreign ministry. APT28 wiped the servers, and the breach ' +
          'disrupted the ministry for weeks.',
      ),
    ).toEqual(['intrusion-set:G0007']);
    // An intrusion named as where data came from tells nothing of who did it.
    expect(
      attributed(
        'Hackers breached the Polish foreign ministry. APT28 then tried to sell data it said was ' +
          'stolen in the breach.',
      ),
    ).toEqual([]);
    // The denial reaches the words right after it, not the rest of the sentence.
    expect(
      told('We never saw APT28 attack banks in 2019 as it turned to hospitals in Germany.'),
    ).toEqual(['targets identity:sector healthcare', 'targets location:DE']);
    expect(told('APT28 not only used X-Agent but also attacked banks.')).toEqual([
      'targets identity:sector financial-services',
      'uses malware:S0023',
    ]);
  });

  it('takes no act from a group named as the source of leaked tools', () => {
    const uses = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target}`);
    expect(uses('These attackers use X-Agent and exploits from the APT28 leaks.')).toEqual([]);
    expect(uses("They deploy X-Agent with the Fancy Bear's leaked exploits.")).toEqual([]);
    expect(uses('APT28 used X-Agent and leaked documents.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
  });

  it('takes no act from a name cited in a bracketed pointer to other reading', () => {
    const told = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.source === 'intrusion-set:G0007')
        .map((r) => `${r.type} ${r.target}`);
    expect(
      told(
        'APT28 will continue to leverage lures (as detailed in our new X-Agent blog) this year.',
      ),
    ).toEqual([]);
    expect(told('APT28 targeted banks (see our report on attacks in Poland).')).toEqual([
      'targets identity:sector financial-services',
    ]);
    // Outside the brackets, or in brackets that point nowhere, the name acts as before.
    expect(told('APT28 used X-Agent (see our earlier report) this year.')).toEqual([
      'uses malware:S0023',
    ]);
    expect(told('APT28 used a backdoor (X-Agent) this year.')).toEqual(['uses malware:S0023']);
  });

  it('reads uses and targets with sentence evidence', () => {
    const text = 'In 2023 APT28 used X-Agent against banks in Poland.';
    const { relations } = analyze(text);
    const uses = relations.find((r) => r.type === 'uses');
    expect(uses).toMatchObject({ source: 'intrusion-set:G0007', target: 'malware:S0023' });
    expect(uses?.evidence[0]?.text).toBe(text);
    const targets = relations.filter((r) => r.type === 'targets').map((r) => r.target);
    expect(targets).toEqual(
      expect.arrayContaining(['identity:sector financial-services', 'location:PL']),
    );
  });

  it('takes a body saying what others suffered for the speaker, and its own hit for a target', () => {
    const targets = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets' && r.target.startsWith('identity:'))
        .map((r) => `${r.source} ${r.target}`);
    expect(
      targets(
        'The Czech Foreign Ministry said on the same day that Czech institutions had also been ' +
          'targeted by APT28 using the same Outlook flaw.',
      ),
    ).toEqual([]);
    expect(
      targets(
        'The Czech Foreign Ministry said on the same day that it had also been targeted by APT28 ' +
          'using the same Outlook flaw.',
      ),
    ).toEqual(['intrusion-set:G0007 identity:ministry of foreign affairs of czechia']);
    // "it" judging the actor is the speaker, not the one hit.
    expect(
      targets(
        'The Czech Foreign Ministry said the attacks were carried out by APT28, a group that it ' +
          'linked to the GRU.',
      ),
    ).toEqual([]);
    expect(
      targets(
        'The Czech Foreign Ministry said the attacks were carried out by APT28, a group that hit ' +
          'it in 2022.',
      ),
    ).toEqual([
      'campaign:intrusion into the ministry of foreign affairs of czechia identity:ministry of foreign affairs of czechia',
      'intrusion-set:G0007 identity:ministry of foreign affairs of czechia',
    ]);
  });

  it('reads what "the campaign" and a list of "the targets" did as the set named before', () => {
    const targets = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets')
        .map((r) => `${r.source} ${r.target}`);
    expect(
      targets(
        'APT28 sent phishing emails with links to members of the party executive committee. The ' +
          'campaign also targeted companies in the defense and aerospace sectors.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector defense',
      'intrusion-set:G0007 identity:sector aerospace',
    ]);
    expect(
      targets(
        'APT28 sent phishing emails impersonating trusted contacts to steal credentials. Among the ' +
          'targets was the Institute for Statecraft, a think tank whose files were leaked.',
      ),
    ).toEqual(['intrusion-set:G0007 identity:institute for statecraft']);
    expect(
      targets(
        'APT28 sent phishing emails impersonating trusted contacts to steal credentials. Among the ' +
          'speakers was the Institute for Statecraft, a think tank whose files were leaked.',
      ),
    ).toEqual([]);
    // Further on, victims listed are those of the one set the report named before them.
    const later = (names: string) =>
      targets(
        `${names} sent phishing emails. The lures were PDF files. Each file held a script. The ` +
          'script fetched a loader. Targets included banks and researchers on Poland.',
      );
    expect(later('APT28')).toEqual(['intrusion-set:G0007 identity:sector financial-services']);
    expect(later('APT28 and APT29')).toEqual([]);
  });

  it("links a set to the organ it is subordinate to or steered by, and lets an organ's two names act", () => {
    const told = (text: string) =>
      analyze(text).relations.map((r) => `${r.type} ${r.source} ${r.target} ${r.confidence ?? ''}`);
    expect(
      told(
        'Analysts assessed that APT29 is almost certainly subordinate to the Russian Foreign ' +
          'Intelligence Service (SVR).',
      ),
    ).toContain('attributed-to intrusion-set:G0016 threat-actor:svr 95');
    expect(
      told(
        "London accused Russia's Federal Security Service (FSB) of a sustained campaign of " +
          'cyber espionage targeting British politicians and think tanks.',
      ),
    ).toContain('targets threat-actor:fsb location:GB ');
  });

  it('attributes the one intrusion told of to the set it was traced to', () => {
    const attributed = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.source} ${r.target}`);
    const intrusion =
      'Hackers broke into the internal network of Acme Widgets Inc. in May, the company said. ';
    expect(
      attributed(`${intrusion}Some of the addresses were traced to APT28, a lawmaker said.`),
    ).toEqual(['campaign:intrusion into acme widgets inc intrusion-set:G0007']);
    expect(
      attributed(`${intrusion}Some of the addresses were used by APT28, a lawmaker said.`),
    ).toEqual([]);
    expect(attributed(`${intrusion}The FBI refers to the Russian activity as APT28.`)).toEqual([
      'campaign:intrusion into acme widgets inc intrusion-set:G0007',
    ]);
    expect(attributed(`${intrusion}The FBI refers to the report of APT28.`)).toEqual([]);
    // Several words may say which activity, and the name may be quoted.
    expect(
      attributed(
        `${intrusion}The FBI refers to this specific Russian malicious cyber activity as "APT28".`,
      ),
    ).toEqual(['campaign:intrusion into acme widgets inc intrusion-set:G0007']);
    // Of two intrusions, the one told of last before the words naming who did it.
    const other = ' Hackers also breached Zorbaco Holdings Ltd. in 2019.';
    expect(
      attributed(`${intrusion}The company identified the intruders as APT28.${other}`),
    ).toEqual(['campaign:intrusion into acme widgets inc intrusion-set:G0007']);
  });

  it('links a set to the organ whose numbered unit it is also known as', () => {
    const linked = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.source} ${r.target}`);
    expect(
      linked('The officers belonged to GRU Unit 74455, also known as APT28, the indictment said.'),
    ).toEqual(['intrusion-set:G0007 threat-actor:gru']);
    expect(
      linked('Unit 26165 of the GRU, also tracked as APT28, has targeted logistics firms.'),
    ).toEqual(['intrusion-set:G0007 threat-actor:gru']);
    expect(
      linked('A unit of the GRU, also tracked as the Main Directorate, said APT28 denied it.'),
    ).toEqual([]);
    expect(
      linked(
        'The officers belonged to the GRU, while others worked with APT28, the indictment said.',
      ),
    ).toEqual([]);
    // Working for the organ links; working with others does not.
    for (const work of ['is believed to work for', 'works for', 'has worked on behalf of'])
      expect(linked(`APT28, also known as Fancy Bear, ${work} the GRU.`)).toEqual([
        'intrusion-set:G0007 threat-actor:gru',
      ]);
    // An advisory's organ's actors, then the set's name.
    expect(
      linked('Main Intelligence Directorate (GRU) cyber actors, also known as APT28, hit servers.'),
    ).toEqual(['intrusion-set:G0007 threat-actor:gru']);
    expect(linked('GRU cyber actors (APT28) hit servers.')).toEqual([
      'intrusion-set:G0007 threat-actor:gru',
    ]);
    expect(linked('GRU cyber actors and APT28 hit servers.')).toEqual([]);
  });

  it("reads a known unit's number alone as its organ, acting where the sentence says so", () => {
    const targets = (text: string) => pairs('targets', text);
    expect(
      targets(
        'Actors of the GRU 161st Specialist Training Center (Unit 29155) were named. Unit 29155 ' +
          'cyber actors primarily target the energy sector.',
      ),
    ).toEqual(['threat-actor:gru identity:sector energy']);
    const exploited = (text: string) =>
      analyzeReport(text, { knowledge: prepareKnowledge(KNOWLEDGE) })
        .relations.filter((r) => r.type === 'targets')
        .map((r) => `${r.source} ${r.target}`);
    expect(exploited("Officials said Russia's GRU exploited CVE-2023-42793 in May.")).toEqual([
      'threat-actor:gru vulnerability:CVE-2023-42793',
    ]);
    expect(exploited("Officials said Russia's GRU studied CVE-2023-42793 in May.")).toEqual([]);
  });

  it('reads "the unit" a vendor names as the organ\'s, and no partner state as a target', () => {
    const text =
      'The FBI, together with partners in the Netherlands, Germany and Latvia, said that cyber ' +
      "actors of the GRU's Unit 29155 had targeted energy companies in NATO member states. The unit, " +
      'which Microsoft tracks as APT29, deployed wipers.';
    expect(pairs('attributed-to', text)).toEqual(['intrusion-set:G0016 threat-actor:gru']);
    expect(pairs('targets', text)).toEqual(['threat-actor:gru identity:sector energy']);
    // "The group" needs the organ to open its sentence.
    expect(
      pairs(
        'attributed-to',
        "The FBI said that cyber actors of the GRU's Unit 29155 had targeted energy companies. The " +
          'group, which Microsoft tracks as APT29, deployed wipers.',
      ),
    ).toEqual([]);
  });

  it('takes the state that hosts foreigners an actor targets for no target', () => {
    const places = (text: string) => pairs('targets', text).filter((p) => p.includes(' location:'));
    expect(places('APT28 has been targeting foreign embassies in Poland since May.')).toEqual([]);
    expect(places('APT28 targeted foreign companies operating in Poland.')).toEqual([]);
    expect(places('APT28 has been targeting embassies in Poland since May.')).toEqual([
      'intrusion-set:G0007 location:PL',
    ]);
  });

  it('attributes the set a vendor\'s name gives to "the group" to the organ a sentence before opened on', () => {
    const attributed = (text: string) => pairs('attributed-to', text);
    const unit = 'Unit 29155 cyber actors primarily target the energy sector in Europe. ';
    expect(
      attributed(
        `${unit}The FBI assesses that the group, tracked by Microsoft as APT29, stole data.`,
      ),
    ).toEqual(['intrusion-set:G0016 threat-actor:gru']);
    expect(
      attributed(`${unit}The FBI said the actors, which CrowdStrike tracks as APT29, stole data.`),
    ).toEqual(['intrusion-set:G0016 threat-actor:gru']);
    // A set named between them is what "the group" may stand for; with no "tracked as", no name is given.
    expect(
      attributed(
        `${unit}APT28 also struck. The FBI assesses that the group, tracked by Microsoft as APT29, stole data.`,
      ),
    ).toEqual([]);
    expect(attributed(`${unit}The FBI said the group stole data, as APT29 did.`)).toEqual([]);
    // An organ named inside a sentence, not opening it, is not what the sentence speaks of.
    expect(
      attributed(
        'Experts say that the GRU runs many units. The FBI assesses that the group, tracked by Microsoft as APT29, stole data.',
      ),
    ).toEqual([]);
    // Inside a sentence, the organ's people are what it speaks of; "this group" is theirs.
    const assessed = 'The agencies assess Unit 29155 cyber actors use WhisperGate. ';
    expect(attributed(`${assessed}Industry tracks this group as APT29 and Cozy Bear.`)).toEqual([
      'intrusion-set:G0016 threat-actor:gru',
    ]);
    expect(
      attributed(
        `${assessed}The FBI said these cyber actors, which Microsoft calls APT29, struck.`,
      ),
    ).toEqual(['intrusion-set:G0016 threat-actor:gru']);
    expect(
      attributed(
        'The agencies assess Unit 29155 runs many teams. Industry tracks this group as APT29.',
      ),
    ).toEqual([]);
  });

  it('reads the flaws a sentence names right after one telling of a set exploiting unnamed flaws', () => {
    const knowledge = prepareKnowledge(KNOWLEDGE);
    const targets = (text: string) =>
      analyzeReport(text, { knowledge })
        .relations.filter((r) => r.type === 'targets')
        .map((r) => `${r.source} ${r.target}`);
    expect(
      targets(
        'APT28 exploited two zero-day vulnerabilities in Acme VPN appliances. The flaws, ' +
          'CVE-2023-46805 and CVE-2024-21887, allow remote code execution.',
      ),
    ).toEqual([
      'intrusion-set:G0007 vulnerability:CVE-2023-46805',
      'intrusion-set:G0007 vulnerability:CVE-2024-21887',
    ]);
    expect(
      targets(
        'APT28 was active in May. The flaws, CVE-2023-46805 and CVE-2024-21887, allow code execution.',
      ),
    ).toEqual([]);
    expect(
      targets(
        'APT28 exploited two flaws in Acme VPN appliances. Patches for CVE-2023-46805 are out.',
      ),
    ).toEqual([]);
    // Unnamed hackers exploiting them, whom a vendor names two sentences on.
    const unnamed =
      'Suspected Russian hackers have been exploiting two zero-days in Acme VPN appliances. The flaws, ' +
      'tracked as CVE-2023-46805 and CVE-2024-21887, allow code execution. ';
    expect(targets(`${unnamed}Volexity tracks the threat actor as APT28.`)).toEqual([
      'intrusion-set:G0007 vulnerability:CVE-2023-46805',
      'intrusion-set:G0007 vulnerability:CVE-2024-21887',
    ]);
    expect(targets(`${unnamed}Volexity said APT28 has used other flaws.`)).toEqual([]);
    // The sets a sentence before tells of exploiting the flaws "these vulnerabilities" stands for.
    const three = (middle: string) =>
      targets(
        'APT28 and APT29 have been exploiting vulnerabilities in Acme VPN appliances. ' +
          `In addition, Storm-2603 exploited ${middle} to deploy ransomware. ` +
          'The vulnerabilities, CVE-2023-46805 and CVE-2024-21887, allow code execution.',
      );
    expect(three('these vulnerabilities')).toEqual([
      'intrusion-set:storm 2603 vulnerability:CVE-2023-46805',
      'intrusion-set:storm 2603 vulnerability:CVE-2024-21887',
      'intrusion-set:G0007 vulnerability:CVE-2023-46805',
      'intrusion-set:G0007 vulnerability:CVE-2024-21887',
      'intrusion-set:G0016 vulnerability:CVE-2023-46805',
      'intrusion-set:G0016 vulnerability:CVE-2024-21887',
    ]);
    expect(three('two flaws in Acme Mail')).toEqual([
      'intrusion-set:storm 2603 vulnerability:CVE-2023-46805',
      'intrusion-set:storm 2603 vulnerability:CVE-2024-21887',
    ]);
  });

  it('gives the attacks a sentence tells of to the set the next sentence tracks the activity as', () => {
    const targets = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets')
        .map((r) => `${r.source} ${r.target}`);
    const attacks = 'CERT-UA investigated cyberattacks against defense enterprises of Ukraine. ';
    expect(targets(`${attacks}The activity is tracked as APT28.`)).toEqual([
      'intrusion-set:G0007 identity:sector defense',
      'intrusion-set:G0007 location:UA',
    ]);
    expect(targets(`${attacks}CERT-UA tracks this activity as "APT28".`)).toEqual([
      'intrusion-set:G0007 identity:sector defense',
      'intrusion-set:G0007 location:UA',
    ]);
    // "The activity overlaps with the threat actor industry reporting tracks as Salt Typhoon, …".
    expect(
      targets(
        `${attacks}The activity overlaps with the threat actor industry reporting tracks as APT28.`,
      ),
    ).toEqual(['intrusion-set:G0007 identity:sector defense', 'intrusion-set:G0007 location:UA']);
    expect(targets(`${attacks}The activity overlaps with one APT28 ran in 2019.`)).toEqual([]);
    expect(targets(`${attacks}Vendors saw APT28 in May.`)).toEqual([]);
    expect(
      targets(
        'CERT-UA sent guidance to defense enterprises of Ukraine. The activity is tracked as APT28.',
      ),
    ).toEqual([]);
  });

  it('reads the flaw a sentence names right before one telling of a set exploiting it', () => {
    const knowledge = prepareKnowledge(KNOWLEDGE);
    const targets = (text: string) =>
      analyzeReport(text, { knowledge })
        .relations.filter((r) => r.type === 'targets')
        .map((r) => `${r.source} ${r.target} ${r.evidence.map((e) => e.sentence).join(',')}`);
    expect(
      targets(
        'CISA added CVE-2026-20352, a flaw in Acme routers, to its catalog. According to Acme, the ' +
          'vulnerability has been exploited by APT28 to compromise routers.',
      ),
    ).toEqual(['intrusion-set:G0007 vulnerability:CVE-2026-20352 0,1']);
    expect(
      targets(
        'Acme fixed CVE-2023-46805 and CVE-2024-21887 in May. APT28 exploited both flaws in June.',
      ),
    ).toEqual([
      'intrusion-set:G0007 vulnerability:CVE-2023-46805 0,1',
      'intrusion-set:G0007 vulnerability:CVE-2024-21887 0,1',
    ]);
    // Two flaws named before leave "the vulnerability" unknown; a sentence not exploiting ties nothing.
    expect(
      targets(
        'Acme fixed CVE-2023-46805 and CVE-2024-21887 in May. APT28 exploited the vulnerability in June.',
      ),
    ).toEqual([]);
    expect(
      targets('Acme fixed CVE-2023-46805 in May. APT28 wrote about the vulnerability in June.'),
    ).toEqual([]);
    // Named a sentence further back, and exploited by the sets a sentence lists as its subject.
    const twoSets =
      'Attacks exploit CVE-2025-49706 and CVE-2025-49704. These vulnerabilities affect Acme only. Acme has ' +
      'observed two actors, APT28 and APT29, exploiting these vulnerabilities.';
    expect(targets(twoSets)).toEqual([
      'intrusion-set:G0007 vulnerability:CVE-2025-49706 0,2',
      'intrusion-set:G0007 vulnerability:CVE-2025-49704 0,2',
      'intrusion-set:G0016 vulnerability:CVE-2025-49706 0,2',
      'intrusion-set:G0016 vulnerability:CVE-2025-49704 0,2',
    ]);
    expect(
      targets(
        'Attacks exploit CVE-2025-49706. Unlike APT28, APT29 kept exploiting the vulnerability.',
      ),
    ).toEqual([]);
  });

  it('reads the places of a list that names a victim first', () => {
    expect(pairs('targets', 'APT28 has targeted NATO member states, Poland and Latvia.')).toEqual([
      'intrusion-set:G0007 location:PL',
      'intrusion-set:G0007 location:LV',
    ]);
    expect(pairs('targets', 'APT28 has targeted banks, Poland and Latvia.')).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:PL',
      'intrusion-set:G0007 location:LV',
    ]);
    expect(pairs('targets', 'APT28 has briefed NATO member states, Poland and Latvia.')).toEqual(
      [],
    );
  });

  it('reads no target in who speaks of the attack', () => {
    expect(pairs('targets', 'APT28 attacked banks, Poland says.')).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
    ]);
    expect(pairs('targets', 'APT28 attacked banks in Poland, Latvia says.')).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:PL',
    ]);
  });

  it('takes the one country of a sentence for the owner of "the country\'s" targeted sector', () => {
    const targets = (text: string) => pairs('targets', text);
    const sectorAndState = [
      'intrusion-set:G0007 identity:sector infrastructure',
      'intrusion-set:G0007 location:SG',
    ];
    const banks = ['intrusion-set:G0007 identity:sector financial-services'];
    expect(
      targets(
        "Singapore's minister said that APT28 was attacking the country's critical information infrastructure.",
      ),
    ).toEqual(sectorAndState);
    // Two countries: which one the words stand for is not told.
    expect(
      targets(
        "Singapore's minister said that APT28, based in Russia, was attacking the country's banks.",
      ),
    ).toEqual(banks);
    expect(
      targets("Singapore's minister said that APT28 was attacking banks, the country's pride."),
    ).toEqual(banks);
    // "its" of the country the sentence opens on, the attack noun's agent after "by"; the attack is the
    // reported intrusion, into the sector of that country.
    const intrusion = 'campaign:intrusion into critical information infrastructure in singapore';
    expect(
      targets(
        'Singapore is dealing with a serious cyberattack on its critical information infrastructure by APT28.',
      ),
    ).toEqual([
      `${intrusion} identity:sector infrastructure`,
      `${intrusion} location:SG`,
      ...sectorAndState,
    ]);
    // Past the attacker: an attacker owns no victim.
    expect(targets('Singapore says APT28 is attacking its critical infrastructure.')).toEqual(
      sectorAndState,
    );
    // "its" after another name is that name's; a country that is not the subject owns nothing "its" names.
    for (const text of [
      'Singapore said Acme Corp. is dealing with an attack on its banks by APT28.',
      'A report from Singapore described an attack on its banks by APT28.',
    ]) {
      expect(targets(text)).not.toContain('intrusion-set:G0007 location:SG');
    }
  });

  it('takes a family a source attributes to an actor for one the actor uses', () => {
    const uses = (text: string) => pairs('uses', text);
    expect(uses('Researchers attributed the X-Agent malware to APT28.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    expect(uses('They found X-Agent, which Acme attributes to the Russian group APT28.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    expect(uses('They found X-Agent, which is attributed to APT28.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    // Rated, or named and then attributed as "it".
    expect(uses('We attribute X-Agent with high confidence to the Russian group APT28.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    expect(
      uses('We found a backdoor, which we named X-Agent, and attribute it to the group APT28.'),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
    expect(uses('We found X-Agent, and attribute the attack to APT28.')).toEqual([]);
    // The attack is attributed, not the family; a family attributed to another.
    expect(uses('Researchers attributed the attack on X-Agent users to APT28.')).toEqual([]);
    expect(uses('They found X-Agent, which Acme links to APT28.')).toEqual([]);
    expect(uses('Acme attributed X-Agent to Russia, and the phishing to APT28.')).toEqual([]);
    // "the malware": the one family the sentence before names.
    expect(uses('Acme found a new backdoor, X-Agent. It attributed the malware to APT28.')).toEqual(
      ['intrusion-set:G0007 malware:S0023'],
    );
    expect(
      uses('Acme found the X-Agent and Zorbcrypt ransomware. It attributed the malware to APT28.'),
    ).toEqual([]);
    expect(uses('Acme found X-Agent. It attributed the attack to APT28.')).toEqual([]);
    expect(uses('Acme found X-Agent. Weeks later, APT28 attacked banks.')).toEqual([]);
  });

  it("reads Russia's military intelligence service as the GRU, targeting a dozen entities", () => {
    const text =
      "France accused Russia's military intelligence service of cyberattacks targeting a dozen " +
      'French entities, including ministries.';
    // The cyberattacks are the campaign attributed to the organ; it targets what they struck.
    const campaign = 'campaign:intrusions into organizations in france';
    expect(pairs('attributed-to', text)).toEqual([`${campaign} threat-actor:gru`]);
    expect(pairs('targets', text)).toEqual([
      `${campaign} location:FR`,
      `${campaign} identity:sector government-national`,
    ]);
  });

  it("takes a state organ's own actors for an actor, and 'the actors' after them for the organ", () => {
    const text =
      'Russian hackers are busy. The GRU unit 26165 actors used X-Agent. The actors also exploited ' +
      'CVE-2023-38831. APT29 was busy too. The actors exploited CVE-2020-12641.';
    expect(analyzedPairs('uses', text)).toEqual(['threat-actor:gru malware:S0023']);
    // A set named between them is what "the actors" stand for after it.
    expect(analyzedPairs('targets', text)).toEqual([
      'threat-actor:gru vulnerability:CVE-2023-38831',
      'intrusion-set:G0016 vulnerability:CVE-2020-12641',
    ]);
    // Two organs' people: "the actors" may be either's.
    expect(
      analyzedPairs(
        'targets',
        'Russian hackers are busy. The GRU unit 26165 actors met SVR cyber actors in Kyiv. The ' +
          'actors exploited CVE-2023-38831.',
      ).filter((p) => p.includes('CVE')),
    ).toEqual([]);
  });

  it('reads "the group" a speaker links to an attack as the set named before', () => {
    expect(
      pairs(
        'attributed-to',
        'APT28 sent phishing emails to ministries. ANSSI also linked the group to an attack on the ' +
          'Zorbex television network in 2015.',
      ),
    ).toEqual(['campaign:intrusion into zorbex intrusion-set:G0007']);
  });

  it('reads "the group" after an opening word and a comma as the set named before', () => {
    expect(
      pairs(
        'uses',
        'APT28 gains access through exposed servers. Post-compromise, the group uses X-Agent.',
      ),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
    expect(
      pairs('uses', 'APT28 gains access through exposed servers. Additionally, they used X-Agent.'),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
  });

  it('carries the set "the actors" stood for on to the next such words', () => {
    const text =
      'APT29 was seen in May. APT28 used X-Agent for months. The actors also exploited ' +
      'CVE-2023-38831.\n\n' +
      'Post-compromise activity\n\nAfter gaining access, the actors stole files in Ukraine. Then the ' +
      'actors ran a tool. The actors exploited CVE-2020-12641.';
    expect(analyzedPairs('targets', text).sort()).toEqual([
      'intrusion-set:G0007 location:UA',
      'intrusion-set:G0007 vulnerability:CVE-2020-12641',
      'intrusion-set:G0007 vulnerability:CVE-2023-38831',
    ]);
  });

  it('takes the election campaigns an actor targets for its targets', () => {
    expect(
      pairs(
        'targets',
        'APT28 continues to target people tied to the campaigns of both Donald Trump and Kamala Harris.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:trump campaign',
      'intrusion-set:G0007 identity:harris campaign',
    ]);
  });

  it('takes the sectors whose data an actor accessed for its targets', () => {
    expect(
      pairs(
        'targets',
        'APT28 also accessed data from at least 70 entities across sectors, including energy and water.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector energy',
      'intrusion-set:G0007 identity:sector water',
    ]);
  });

  it('takes the sectors an actor prepositioned itself in for its targets', () => {
    expect(
      pairs(
        'targets',
        'APT28 had prepositioned itself in critical infrastructure, including the electric grid.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector infrastructure',
      'intrusion-set:G0007 identity:sector energy',
    ]);
    // Hyphenated as often.
    expect(
      pairs('targets', 'APT28 has pre-positioned itself in critical infrastructure networks.'),
    ).toEqual(['intrusion-set:G0007 identity:sector infrastructure']);
  });

  it("takes a known organization for a target only where a victims' list names it", () => {
    const targets = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets' && r.target.startsWith('identity:'))
        .map((r) => `${r.source} ${r.target}`);
    expect(
      targets(
        'APT28 exploited the flaws. Victims include Initech Corp. and the Department of Education.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:initech',
      'intrusion-set:G0007 identity:department of education',
    ]);
    expect(
      targets('APT28 exploited the flaws. Among its targets was the Department of Education.'),
    ).toEqual(['intrusion-set:G0007 identity:department of education']);
    expect(
      targets('APT28 exploited the flaws. The Department of Education is among the victims.'),
    ).toEqual(['intrusion-set:G0007 identity:department of education']);
    expect(
      targets(
        'APT28 read the mail of 25 organizations. The Department of Education was among the affected organizations.',
      ),
    ).toEqual([
      'campaign:intrusion into the department of education identity:department of education',
      'intrusion-set:G0007 identity:department of education',
    ]);
    // The set's targeting widened to it, or the set's targets said to include it.
    expect(
      targets(
        'APT28 extended its targeting to include defence-industrial targets, as well as the Department of Education.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector defense',
      'intrusion-set:G0007 identity:department of education',
    ]);
    expect(targets("APT28's targets have included the Department of Education.")).toEqual([
      'intrusion-set:G0007 identity:department of education',
    ]);
    expect(targets("APT28's report on the Department of Education.")).toEqual([]);
    // A speaker, and an organization a sentence names beside the actor.
    expect(
      targets('CISA and the FBI assess that the network was compromised by APT28 in May.'),
    ).toEqual([]);
    expect(targets('APT28 was behind the attack, according to FBI information.')).toEqual([]);
  });

  it('reads "Victims include …" as the victims of the set the sentence before names', () => {
    const targets = (text: string) => pairs('targets', text);
    expect(
      targets('APT28 sent phishing emails in May. Victims include defense contractors in Europe.'),
    ).toEqual([
      'intrusion-set:G0007 identity:sector defense',
      'intrusion-set:G0007 location:europe',
    ]);
    expect(targets('APT28 sent phishing emails in May. Victims of fraud lose money.')).toEqual([]);
    expect(
      targets('APT28 sent phishing emails in May. The victims included banks in Poland.'),
    ).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:PL',
    ]);
    expect(targets('APT28 sent phishing emails in May. The victims were banks in Poland.')).toEqual(
      [],
    );
    expect(
      targets(
        'APT28 sent phishing emails in May. Victims of the campaign include banks in Poland.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:PL',
    ]);
    expect(
      targets('APT28 sent phishing emails in May. Victims of the flood include banks in Poland.'),
    ).toEqual([]);
    expect(
      targets('APT28 sent phishing emails in May. Victims were located in Poland and Greece.'),
    ).toEqual(['intrusion-set:G0007 location:PL', 'intrusion-set:G0007 location:GR']);
    expect(
      targets('APT28 sent phishing emails in May. Victims were treated in Poland and Greece.'),
    ).toEqual([]);
    expect(
      targets('APT28 sent phishing emails in May. The targets were media outlets in Poland.'),
    ).toEqual([
      'intrusion-set:G0007 identity:sector entertainment',
      'intrusion-set:G0007 location:PL',
    ]);
    expect(
      targets(
        'APT28 sent phishing emails in May. The targets were selected media outlets in Poland.',
      ),
    ).toEqual([]);
    // After a sentence naming other sets too, the one set the title names, the others named in passing.
    const title = 'APT28 targets banks\n';
    const overlaps = 'Acme ties APT28 to APT29 tooling. Victims include banks in Greece.';
    expect(targets(`${title}APT28 sent phishing emails in May. ${overlaps}`)).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:GR',
    ]);
    expect(targets(`Report\nAPT28 sent phishing emails in May. ${overlaps}`)).toEqual([]);
    expect(targets(`${title}APT28 sent phishing emails. APT29 hit Acme. ${overlaps}`)).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
    ]);
    // Naming no set before them, the one operation the report names as its own.
    expect(
      targets(
        'Operation Ostrana is a campaign against routers. The targets were media outlets in Poland.',
      ),
    ).toEqual(['campaign:C0999 identity:sector entertainment', 'campaign:C0999 location:PL']);
    expect(
      targets(
        'Operation Ostrana and Operation Kelvreth are campaigns. The targets were media outlets in Poland.',
      ),
    ).toEqual([]);
    expect(
      targets(
        'APT28 sent phishing emails in May. Approximately 20 organizations have been impacted, in the ' +
          'retail sector in Europe.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector retail',
      'intrusion-set:G0007 location:europe',
    ]);
    expect(
      targets(
        'APT28 sent phishing emails in May. Targeted organizations were mostly branches of firms ' +
          'in the retail sector in Europe.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector retail',
      'intrusion-set:G0007 location:europe',
    ]);
    // Victims counted, then named after the word making them targets.
    expect(
      targets(
        'APT28 sent phishing emails in May. According to CERT-UA, at least 20 organizations were affected, ' +
          'including the Ministry of Defence of Ukraine.',
      ),
    ).toEqual(['intrusion-set:G0007 identity:ministry of defence of ukraine']);
    expect(
      targets(
        'APT28 sent phishing emails in May. At least 20 organizations were notified, including the ' +
          'Ministry of Defence of Ukraine.',
      ),
    ).toEqual([]);
    expect(
      targets(
        'APT28 sent phishing emails in May. Based on our investigation, targets were in Poland and Greece.',
      ),
    ).toEqual(['intrusion-set:G0007 location:PL', 'intrusion-set:G0007 location:GR']);
    expect(
      targets(
        'APT28 sent phishing emails in May. The targeted companies are located in Poland and Greece.',
      ),
    ).toEqual(['intrusion-set:G0007 location:PL', 'intrusion-set:G0007 location:GR']);
    // "Victimology includes …" after a sentence naming other sets only as what the set's activity overlaps with.
    expect(
      targets(
        "APT28's TTPs overlap with those of several known APT groups, including APT29 and Fancy Cub. " +
          'Victimology includes entities in the energy sector.',
      ),
    ).toEqual(['intrusion-set:G0007 identity:sector energy']);
    // Whom a theft took from.
    expect(
      targets('APT28 is believed to have stolen 20 million card records from US businesses.'),
    ).toEqual(['intrusion-set:G0007 location:US']);
    expect(targets('APT28 stole records from a server hosted in the US.')).toEqual([]);
    // The actor others act on targets nothing after it, unless a word of targeting stands between.
    expect(
      targets(
        'In July, Europol coordinated an operation against APT28 that led to two arrests in France and Spain.',
      ),
    ).toEqual([]);
    expect(targets('Microsoft took action against APT28, which targeted banks in France.')).toEqual(
      ['intrusion-set:G0007 identity:sector financial-services', 'intrusion-set:G0007 location:FR'],
    );
    // A clause after a semicolon with a subject of its own and no word of targeting.
    expect(
      targets(
        'APT28 sent phishing emails in May. The targeted companies are located in Poland; one of ' +
          'them makes drones deployed in Ukraine.',
      ),
    ).toEqual(['intrusion-set:G0007 location:PL']);
    expect(targets('APT28 attacked banks in Poland; it also targeted firms in Greece.')).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:PL',
      'intrusion-set:G0007 location:GR',
    ]);
    // The list first, then the words that make it the victims.
    expect(
      targets('APT28 sent phishing emails in May. Initech and Hooli are among the victims.'),
    ).toEqual(['intrusion-set:G0007 identity:initech', 'intrusion-set:G0007 identity:hooli']);
    expect(
      targets('APT28 sent phishing emails in May. Initech and Hooli are among the winners.'),
    ).toEqual([]);
  });

  it('reads sets a relative clause after "the group" ties it to as an aside', () => {
    const attributed = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => r.target);
    const opening = 'APT28 breached banks in Poland in May. ';
    expect(
      attributed(
        `${opening}The group, which has links to the APT29 and APT33 hacking groups, previously claimed attacks on Acme Corp.`,
      ),
    ).toEqual(['intrusion-set:G0007']);
    expect(
      attributed(
        `${opening}The group, which overlaps with activity tracked as APT29, previously claimed attacks on Acme Corp.`,
      ),
    ).toEqual(['intrusion-set:G0007']);
  });

  it("reads a set named as another's persona as its mask, not a set at work", () => {
    const relations = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type !== 'located-at' && r.type !== 'originates-from')
        .map((r) => `${r.type} ${r.source} ${r.target}`);
    expect(
      relations('APT28 launched wiper attacks on banks in Poland under the APT29 persona.'),
    ).toEqual([
      'related-to intrusion-set:G0007 intrusion-set:G0016',
      'targets intrusion-set:G0007 identity:sector financial-services',
      'targets intrusion-set:G0007 location:PL',
    ]);
    expect(
      relations(
        'APT28 is a Russian group. Since the start of October 2026, the group has attacked banks in ' +
          'Poland, claiming the attacks through the online persona "APT29". The attackers used X-Agent.',
      ),
    ).toEqual([
      'related-to intrusion-set:G0007 intrusion-set:G0016',
      'targets intrusion-set:G0007 identity:sector financial-services',
      'targets intrusion-set:G0007 location:PL',
      'uses intrusion-set:G0007 malware:S0023',
    ]);
    // Personas a set operates, listed; a new name among them is one too.
    expect(
      relations(
        'APT28 also operates hacktivist personas, including the APT29 Team and APT10, to claim its attacks.',
      ).filter((r) => r.startsWith('related-to')),
    ).toEqual([
      'related-to intrusion-set:G0007 intrusion-set:G0016',
      'related-to intrusion-set:G0007 intrusion-set:apt10',
    ]);
    // A persona told in an apposition, as sure as the sentence says.
    const told = analyze(
      'Researchers identified APT29, a hacktivist persona that we assess with moderate confidence is operated by APT28.',
    ).relations.filter((r) => r.type === 'related-to');
    expect(told.map((r) => [r.source, r.target, r.confidence])).toEqual([
      ['intrusion-set:G0007', 'intrusion-set:G0016', 50],
    ]);
    // A front for the set; "the persona" after it is the mask, what it claims the mask's.
    expect(
      relations(
        'Researchers assess that APT29 is a front for APT28. The persona emerged in 2023 and has since ' +
          'claimed attacks on hospitals.',
      ),
    ).toEqual([
      'related-to intrusion-set:G0007 intrusion-set:G0016',
      'targets intrusion-set:G0016 identity:sector healthcare',
    ]);
    // After "a persona of" stands the wearer; after "the persona of", "a persona called", the mask.
    for (const said of [
      'Researchers assess that APT29 is a persona of APT28.',
      'APT28 attacked banks under the persona of APT29.',
      'APT28 attacked banks under a persona called APT29.',
    ]) {
      expect(
        relations(said).filter((r) => r.startsWith('related-to')),
        said,
      ).toEqual(['related-to intrusion-set:G0007 intrusion-set:G0016']);
    }
  });

  it('reads the family of an attack an actor is said to be behind as one it uses', () => {
    const uses = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target}`);
    expect(uses('Prosecutors said APT28 was behind the X-Agent attack in 2017.')).toEqual([
      'intrusion-set:G0007 malware:S0023',
    ]);
    expect(uses('Prosecutors said APT28 was behind the attack, not the X-Agent authors.')).toEqual(
      [],
    );
    expect(uses('Prosecutors said APT28 was behind the X-Agent source code leak.')).toEqual([]);
    // An apposition: the actor behind the family, stated whatever the attribution's judgement.
    const rated = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target} ${r.confidence}`);
    expect(
      rated(
        'We attribute the campaign with moderate confidence to APT28, the actor behind the X-Agent framework.',
      ),
    ).toEqual(['intrusion-set:G0007 malware:S0023 undefined']);
    expect(rated('We attribute the campaign to APT28, the actor who wrote about X-Agent.')).toEqual(
      [],
    );
  });

  it('reads what a set focuses on as what it targets, not what a service it hits focuses on', () => {
    const targets = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets')
        .map((r) => r.target);
    expect(targets('APT28 focuses on banks and government agencies in Poland.')).toEqual([
      'identity:sector financial-services',
      'identity:sector government-national',
      'location:PL',
    ]);
    expect(targets('APT28 phished a news and analysis service focusing on Poland.')).toEqual([]);
  });

  it('reads "Its" before the set\'s doings as the set named before, not before a victim\'s things', () => {
    expect(
      pairs(
        'targets',
        'APT28 recruited volunteers on Telegram. Its attacks targeted Swedish banks.',
      ),
    ).toEqual([
      'intrusion-set:G0007 identity:sector financial-services',
      'intrusion-set:G0007 location:SE',
    ]);
    expect(
      pairs(
        'targets',
        'APT28 recruited volunteers on Telegram. Its banks were targeted in Sweden.',
      ),
    ).toEqual([]);
  });

  it('reads "the subgroup" as the set named before', () => {
    const uses = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} ${r.target}`);
    expect(
      uses(
        'A subgroup of APT28 impersonated journalists to reach experts. Since November, the ' +
          'subgroup has also used X-Agent against them.',
      ),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
  });

  it('reads "the activity" in a quoted judgement as the set named before', () => {
    const attributed = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.source} ${r.target} ${r.confidence ?? 'none'}`);
    expect(
      attributed(
        'The agency said APT28 had compromised a platform of the ministries. "We assess with ' +
          'moderate confidence that the activity was conducted on behalf of the Russian government," ' +
          'it said.',
      ),
    ).toEqual(['intrusion-set:G0007 threat-actor:government of russia 50']);
  });

  it('reads "the same group" in a company\'s later disclosure as the set named before', () => {
    const attributed = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to')
        .map((r) => `${r.source} ${r.target}`);
    expect(
      attributed(
        'APT29 used a password spray attack against a test tenant last year. Zorba Packard ' +
          'Enterprise later disclosed that the same group had accessed its cloud-based email ' +
          'environment.',
      ),
    ).toEqual(['campaign:intrusion into zorba packard enterprise intrusion-set:G0016']);
  });

  it('leaves to another actor what the text writes as its own or says it used in a clause of its own', () => {
    expect(
      pairs(
        'uses',
        'Researchers saw APT29’s Velkdoor backdoor being used to restart APT28’s X-Agent implant.',
      ),
    ).toEqual(['intrusion-set:G0016 malware:velkdoor', 'intrusion-set:G0007 malware:S0023']);
    expect(
      pairs(
        'uses',
        'Officials said with high confidence that APT29 provided initial access that APT28 then ' +
          'used to deploy X-Agent.',
      ),
    ).toEqual(['intrusion-set:G0007 malware:S0023']);
  });

  it('leaves to another actor what follows it after "while"', () => {
    const told = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'targets' || r.type === 'uses')
        .map((r) => `${r.type} ${r.source} ${r.target}`);
    expect(
      told(
        'APT29 continued espionage against foreign ministries, while APT28 focused on attacks ' +
          'against banks in Poland using X-Agent.',
      ),
    ).toEqual([
      'targets intrusion-set:G0016 identity:sector government-national',
      'targets intrusion-set:G0007 identity:sector financial-services',
      'targets intrusion-set:G0007 location:PL',
      'uses intrusion-set:G0007 malware:S0023',
    ]);
    // … or after ", and that", the second clause a speaker reports.
    expect(
      told(
        'Officials said that APT29 spied on foreign ministries, and that a group it tracks as APT28 ' +
          'used X-Agent.',
      ),
    ).toEqual([
      'targets intrusion-set:G0016 identity:sector government-national',
      'uses intrusion-set:G0007 malware:S0023',
    ]);
    // … and what a relative clause right after another actor tells, up to the clause's next comma.
    expect(
      told('Researchers linked APT28 to the APT29 group, which targeted schools in Poland.'),
    ).toEqual([
      'targets intrusion-set:G0016 identity:sector education',
      'targets intrusion-set:G0016 location:PL',
    ]);
    expect(told('APT28 worked with the APT29 group, which used X-Agent.')).toEqual([
      'uses intrusion-set:G0016 malware:S0023',
    ]);
    expect(
      told('APT28 runs personas such as "APT29" (AP29), which attacked schools in Poland.').filter(
        (r) => r.includes('G0007'),
      ),
    ).toEqual([]);
    expect(
      told('APT28 and APT29, which is Russian, targeted schools.').filter((r) =>
        r.includes('G0007'),
      ),
    ).toEqual(['targets intrusion-set:G0007 identity:sector education']);
  });

  it('leaves out of an attribution the set an apposition ties the actor to', () => {
    const attributed = (text: string) =>
      analyze(text)
        .relations.filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
        .map((r) => r.target);
    const intrusion = 'Hackers breached the Danish foreign ministry in May. ';
    expect(
      attributed(
        `${intrusion}Mandiant attributes the breach to APT29, a cluster with suspected ties to APT28.`,
      ),
    ).toEqual(['intrusion-set:G0016']);
    expect(
      attributed(`${intrusion}Mandiant attributes the breach to APT29 and to APT28 alike.`),
    ).toEqual(['intrusion-set:G0016', 'intrusion-set:G0007']);
  });

  it('does not make a target of the body a list of victims is told according to', () => {
    const text =
      'The campaign of APT28 also targeted companies in the defence sector in Germany, as well as ' +
      'government agencies in Poland, according to the German interior ministry.';
    const targeted = pairs('targets', text);
    expect(targeted.some((t) => t.includes('interior'))).toBe(false);
    expect(targeted).toContain('intrusion-set:G0007 identity:sector defense');
    expect(
      pairs(
        'targets',
        'APT28 targeted the German interior ministry and the Polish foreign ministry, officials said.',
      ).some((t) => t.includes('interior')),
    ).toBe(true);
  });
});
