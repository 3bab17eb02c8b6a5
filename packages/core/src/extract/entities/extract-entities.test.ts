/**
 * Entity extraction on hand-written sentences with a small hand-made knowledge (no data needed): alias
 * resolution, ordinary-word aliases, naming schemes and their traps, places and organizations.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { industrySectors } from '../../knowledge/misp-galaxy-vocab.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
    type: 'intrusion-set',
    name: 'APT31',
    aliases: ['ZIRCONIUM', 'Violet Typhoon', 'Judgment Panda'],
    externalId: 'G0128',
  },
  {
    id: 'intrusion-set--cc613a49-9bfa-4e22-98d1-15ffbb03f034',
    type: 'intrusion-set',
    name: 'Silence',
    aliases: ['Silence', 'Whisper Spider'],
    externalId: 'G0091',
  },
  {
    id: 'tool--aafea02e-ece5-4bb2-91a6-3bf8c7f38a39',
    type: 'tool',
    name: 'Cobalt Strike',
    aliases: ['Cobalt Strike'],
    externalId: 'S0154',
  },
  {
    id: 'tool--afc079f3-c0ea-4096-b75d-3f05338b7f60',
    type: 'tool',
    name: 'Mimikatz',
    aliases: ['Mimikatz'],
    externalId: 'S0002',
  },
  {
    id: 'malware--11111111-1111-4111-8111-111111111111',
    type: 'malware',
    name: 'will',
    aliases: ['will'],
  },
  {
    id: 'malware--22222222-2222-4222-8222-222222222222',
    type: 'malware',
    name: 'Ghost',
    aliases: ['Ghost'],
  },
  {
    id: 'intrusion-set--33333333-3333-4333-8333-333333333333',
    type: 'intrusion-set',
    name: 'PLATINUM',
    aliases: ['PLATINUM'],
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const empty = buildKnowledgeIndex([]);

const entities = (text: string, knowledge = index) =>
  extractEntities(text, splitSentences(text), knowledge);
const names = (text: string, knowledge = index) =>
  entities(text, knowledge).map((e) => `${e.type}:${e.name}`);
/** The text of every actor, malware and tool mention, in order. */
const mentions = (text: string): string[] =>
  entities(text)
    .filter((e) => ['intrusion-set', 'malware', 'tool'].includes(e.type))
    .flatMap((e) => e.mentions)
    .sort((a, b) => a.start - b.start)
    .map((m) => m.text);

describe('extractEntities: knowledge aliases', () => {
  it('resolves every alias to the cluster representative', () => {
    for (const alias of ['APT31', 'ZIRCONIUM', 'Violet Typhoon', 'APT 31']) {
      const [found] = entities(`Researchers saw ${alias} again in the logs.`);
      expect(found).toMatchObject({ type: 'intrusion-set', externalId: 'G0128', name: 'APT31' });
      expect(found?.mentions[0]?.text).toBe(alias);
    }
  });

  it("takes a family's name listed as a group's other name, spelled as the group's own, for the group", () => {
    const cozy = buildKnowledgeIndex([
      {
        id: 'intrusion-set--899ce53f-13a0-479b-a0e4-67d46e241542',
        type: 'intrusion-set',
        name: 'APT29',
        aliases: ['APT29', 'Cozy Bear', 'The Dukes'],
        externalId: 'G0016',
      },
      {
        id: 'malware--e6ef745b-077f-42e1-a37d-29eecff9c754',
        type: 'malware',
        name: 'CozyCar',
        aliases: ['CozyCar', 'CozyBear', 'CozyDuke'],
        externalId: 'S0046',
      },
    ]);
    const found = entities(
      'APT29, also known as CozyBear and CozyDuke, struck. The CozyBear malware ran.',
      cozy,
    );
    expect(found.map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join('|')}`)).toEqual([
      'APT29: APT29|CozyBear',
      'CozyCar: CozyDuke|CozyBear',
    ]);
    // Only a family's into a group: two groups, or two families, stay apart.
    const apart = buildKnowledgeIndex([
      {
        id: 'intrusion-set--c5947e1c-1cbc-434c-94b8-27c7e3be0fff',
        type: 'intrusion-set',
        name: 'Winnti Group',
        aliases: ['Winnti Group', 'Black Fly'],
        externalId: 'G0044',
      },
      {
        id: 'intrusion-set--18854f55-ac7c-4634-bd9a-352dd07613b7',
        type: 'intrusion-set',
        name: 'APT41',
        aliases: ['APT41', 'Blackfly'],
        externalId: 'G0096',
      },
      {
        id: 'malware--5d11d418-95dd-4377-b782-23160dfa17b4',
        type: 'malware',
        name: 'HELLOKITTY',
        aliases: ['HELLOKITTY', 'Five Hands'],
        externalId: 'S0617',
      },
      {
        id: 'malware--f464354c-7103-47c6-969b-8766f0157ed2',
        type: 'malware',
        name: 'FIVEHANDS',
        aliases: ['FIVEHANDS', 'FiveHands'],
        externalId: 'S0618',
      },
    ]);
    expect(
      names(
        'The Winnti Group (also known as Blackfly) struck. These include the HelloKitty (aka ' +
          'FiveHands) ransomware.',
        apart,
      ),
    ).toEqual([
      'intrusion-set:Winnti Group',
      'intrusion-set:APT41',
      'malware:HELLOKITTY',
      'malware:FIVEHANDS',
    ]);
  });

  it('needs context for an alias that is an ordinary word', () => {
    expect(names('The Silence group sent phishing e-mails to banks.')).toContain(
      'intrusion-set:Silence',
    );
    expect(names('Silence fell over the room after the meeting.')).toEqual([]);
    expect(names('The Ghost in the machine is a phrase.')).toEqual([]);
  });

  it("takes no official's title for a family of the same name", () => {
    const deputy = buildKnowledgeIndex([
      {
        id: 'malware--44444444-4444-4444-8444-444444444444',
        type: 'malware',
        name: 'Deputy',
        aliases: [],
      },
    ]);
    expect(names('The Deputy Prime Minister told the House.', deputy)).toEqual([]);
    expect(names('The Deputy malware was found.', deputy)).toEqual(['malware:Deputy']);
  });

  it('finds an ordinary-word alias found once again where it opens a sentence as its subject', () => {
    const text =
      'The Silence group sent phishing e-mails. Silence used macros. Silence has grown. ' +
      'Silence fell over the room. Silence in court.';
    expect(mentions(text)).toEqual(['Silence group', 'Silence', 'Silence']);
  });

  it('keeps a name its sources write in capitals where a sentence defines it as a group', () => {
    expect(names('Platinum is a threat group. Platinum used hotpatching.')).toEqual([
      'intrusion-set:PLATINUM',
    ]);
    expect(mentions('Platinum is a threat group. Platinum used hotpatching.')).toHaveLength(2);
    expect(names('Platinum is a metal. Platinum rings are costly.')).toEqual([]);
  });

  it('never takes "will" for a name; a tool\'s name in lower case is still the tool', () => {
    expect(names('The attackers will use mimikatz and we will see.')).toEqual(['tool:Mimikatz']);
    expect(names('The attackers will use them and we will see.')).toEqual([]);
  });

  it('recognizes distinctive tool names and multi-word names', () => {
    expect(names('They ran Mimikatz, then deployed Cobalt Strike beacons.')).toEqual([
      'tool:Mimikatz',
      'tool:Cobalt Strike',
    ]);
  });

  it('ignores names inside file names', () => {
    expect(names('The file mimikatz.exe and C:\\Tools\\Mimikatz.dll were dropped.')).toEqual([]);
    // A name the file's name goes on from, past a hyphen; not a compound word of prose.
    expect(names('It drops Mimikatz-x64-build.exe on the host.')).toEqual([]);
    expect(names('It runs Mimikatz-style dumps on the host.')).toEqual(['tool:Mimikatz']);
  });
});

describe('extractEntities: where a name is and where it ends', () => {
  it('ignores names inside URLs, detection names and identifiers', () => {
    expect(
      names('See https://example.com/blog/Mimikatz-analysis and Win32.Mimikatz today.'),
    ).toEqual([]);
    expect(names('The APT31 report cites %Mimikatz% and Mimikatz_x64 builds.')).toEqual([
      'intrusion-set:APT31',
    ]);
  });

  it('reads names parted by slashes as a list, not as a path or a detection name', () => {
    expect(mentions('It joined the group APT31/Mimikatz crew in 2021.')).toEqual([
      'APT31',
      'Mimikatz',
    ]);
    expect(mentions('Files: /tmp/Mimikatz, C:/Users/Mimikatz and Win32/Mimikatz.')).toEqual([]);
  });

  it('reads no name inside an identifier such as a D3FEND id', () => {
    expect(names('Process Lineage Analysis [D3-PLA] and [D3-APT31] detect it.')).toEqual([]);
    // A prefix without a digit is a word, not an id: the name after its hyphen stands.
    expect(names('Analysts saw a Beijing-APT31 link.')).toContain('intrusion-set:APT31');
  });

  it('reads a name glued to its detection name in brackets, not to a call', () => {
    expect(mentions('Tools: Mimikatz(Hacktool.Mimikatz): Tool to steal credentials.')).toEqual([
      'Mimikatz',
    ]);
    expect(mentions('The script calls Mimikatz(args) and Mimikatz(System.Run) in a loop.')).toEqual(
      [],
    );
  });

  it('reads a number in brackets glued to a name as part of it', () => {
    const noname = buildKnowledgeIndex([
      {
        id: 'intrusion-set--66666666-6666-4666-8666-666666666666',
        type: 'intrusion-set',
        name: 'NoName057(16)',
        aliases: ['NoName057'],
      },
    ]);
    expect(names('The hacktivist group NoName057(16) struck.', noname)).toEqual([
      'intrusion-set:NoName057(16)',
    ]);
  });

  it('ignores a product token in a User-Agent and a name joined by an underscore', () => {
    expect(names('It sent User-Agent: Mimikatz/2.0 (compatible) to the server.')).toEqual([]);
    expect(names('![APT_31](/images/APT_31.png) Figure 2: the lure.')).toEqual([]);
  });

  it('finds nothing inside an encoded blob, and the names around it', () => {
    // Chance strings in base64 ("G7", "EU", "APT31" between '+' and '/') are not mentions.
    const blob = 'q0Zr8K+G7/EUxWb3Tt+APT31/Mimikatz+Hk2JdQ9vR4sLpN8cYeQZ7UVXaB3FQkM1RtYw==';
    expect(names(`APT31 ran powershell -enc ${blob} with Mimikatz.`)).toEqual([
      'intrusion-set:APT31',
      'tool:Mimikatz',
    ]);
    expect(entities(`APT31 ran ${blob} with Mimikatz.`).flatMap((e) => e.mentions)).toHaveLength(2);
  });

  it('mentions a family by its name without the type word', () => {
    const found = entities('The NimzaLoader loader and the new Foobar RAT were seen.', empty);
    expect(found.map((e) => e.mentions.map((m) => m.text))).toEqual([['NimzaLoader'], ['Foobar']]);
  });

  it('finds names a naming phrase announces, typed by the cue before it', () => {
    const found = entities(
      'We track an APT group named “ReconHellcat”, a threat actor known by the aliases ‘Hydro’ and ' +
        '‘JiiN’. The actor used a new RAT dubbed PurpleWave. A file named Invoice was attached.',
      empty,
    );
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual([
      'intrusion-set:ReconHellcat',
      'intrusion-set:Hydro',
      'intrusion-set:JiiN',
      'malware:PurpleWave',
    ]);
  });

  it("names an ATT&CK family by the coined word before its kind word, not MISP's impersonations", () => {
    const families = buildKnowledgeIndex([
      {
        id: 'malware--44444444-4444-4444-8444-444444444444',
        type: 'malware',
        name: 'Lumma Stealer',
        aliases: ['Lumma Stealer'],
        externalId: 'S1213',
      },
      {
        id: 'malware--55555555-5555-4555-8555-555555555555',
        type: 'malware',
        name: 'Netflix Ransomware',
        aliases: ['Netflix Ransomware'],
      },
      {
        id: 'malware--66666666-6666-4666-8666-666666666666',
        type: 'malware',
        name: 'Agent RAT',
        aliases: ['Agent RAT'],
        externalId: 'S9999',
      },
    ]);
    const known = (text: string) =>
      entities(text, families)
        .filter((e) => e.ref)
        .map((e) => e.mentions.map((m) => `${e.name}: ${m.text}`))
        .flat();
    expect(known('The stealers VIDAR, LUMMA and REDLINE were used; Lumma came first.')).toEqual([
      'Lumma Stealer: LUMMA',
      'Lumma Stealer: Lumma',
    ]);
    expect(known('Victims of Netflix were sent an Agent to read.')).toEqual([]);
  });

  it('names a ransomware family by its encryptor', () => {
    expect(names('The actors deployed the Zorvex encryptor across ESXi hosts.', empty)).toEqual([
      'malware:Zorvex',
    ]);
  });

  it('reads a no-break space between words as a space; mentions quote the text as given', () => {
    const text = 'Zorblax is a\u00a0smaller exploit\u2009kit first seen in 2012.';
    const found = entities(text, empty);
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(['malware:Zorblax']);
    expect(found[0]?.mentions[0]).toMatchObject({ start: 0, end: 7, text: 'Zorblax' });
    const spaced = entities('The actors then ran Cobalt\u00a0Strike beacons.');
    expect(spaced[0]?.mentions[0]?.text).toBe('Cobalt\u00a0Strike');
    const named = entities(
      'The actor used a new RAT dubbed “Purple\u00a0Wave” against banks.',
      empty,
    );
    expect(named[0]).toMatchObject({
      name: 'Purple Wave',
      mentions: [{ text: 'Purple\u00a0Wave' }],
    });
  });

  it('reads a name the text quotes elsewhere in full, not its first word alone', () => {
    const withMarrow = buildKnowledgeIndex([
      {
        id: 'malware--33333333-3333-4333-8333-333333333333',
        type: 'malware',
        name: 'Marrow',
        aliases: ['Marrow'],
      },
    ]);
    const found = (text: string) =>
      entities(text, withMarrow).map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('|')}`);
    expect(
      found(
        'The documents came from a shared tool referred to as “Marrow Road” in open reports. ' +
          'The actor deviated from tools like Scanbox and Marrow Road by varying the method.',
      ),
    ).toEqual(['tool:Marrow Road|Marrow Road', 'tool:Scanbox']);
    // a quoted name and its kind word is the name alone
    expect(found('It delivered another malware known as “Marrow Loader” to the hosts.')).toEqual([
      'malware:Marrow',
    ]);
  });

  it('follows an acronym the text defines for a name', () => {
    const found = entities(
      'The Golden Chickens (GC) threat actors used a MaaS. Later, GC sent new lures.',
      buildKnowledgeIndex([
        {
          id: 'intrusion-set--33333333-3333-4333-8333-333333333333',
          type: 'intrusion-set',
          name: 'Golden Chickens',
          aliases: [],
        },
      ]),
    );
    expect(found.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['Golden Chickens', 'GC', 'GC'],
    ]);
  });

  it('takes the head word into the name of a group called by an ordinary word', () => {
    const found = entities(
      'The Silence group targets banks.',
      buildKnowledgeIndex([
        {
          id: 'intrusion-set--cc613a49-9bfa-4e22-98d1-15ffbb03f034',
          type: 'intrusion-set',
          name: 'Silence',
          aliases: [],
        },
      ]),
    );
    expect(found.filter((e) => e.type === 'intrusion-set')[0]?.mentions[0]?.text).toBe(
      'Silence group',
    );
  });

  it('does not take a capitalized word the text also writes in lower case for a name', () => {
    expect(names('The Widespread loader is rare. It is widespread now.', empty)).toEqual([]);
  });

  it('takes no mention from a defanged URL', () => {
    const text = 'The KrakenLoader malware came from pastebin[.]com/raw/KrakenLoader.';
    expect(names(text, empty)).toEqual(['malware:KrakenLoader']);
    expect(entities(text, empty)[0]?.mentions).toHaveLength(1);
  });

  it('takes no name from a number in hexadecimal', () => {
    expect(names('We set the malware build to 0x13461BF in January.', empty)).toEqual([]);
  });

  it("takes no name from a table's number cell glued to the next cell", () => {
    expect(names('Resource ID Role\n100KelvCloud RAT DLL\n', empty)).toEqual([]);
    expect(names('The KelvCloud RAT was loaded.', empty)).toEqual(['malware:KelvCloud']);
    // Cells glued up to the first word of "Threat Actor".
    expect(
      names('IP addressMalicious Network AddressKELV-GUESTHostnameThreat Actor Host', empty),
    ).toEqual([]);
  });

  it('takes a person the text quotes for no malware', () => {
    expect(
      names(
        'We saw that DeGrippo tracked the malware. According to DeGrippo, it spread fast.',
        empty,
      ),
    ).toEqual([]);
    expect(
      names('The malware is new. Rapid7 notes that GuardLocker have reported on it.', empty),
    ).toEqual([]);
  });

  it('takes no new name from a Title Case heading unless its spelling is coined', () => {
    expect(names('Actor Spoofs Health Data in Widespread RAT Campaigns', empty)).toEqual([]);
  });

  it('takes the end of a longer capitalized name for no new family', () => {
    expect(names('The malware sets Registry RunOnce keys.', empty)).toEqual([]);
  });

  it('never takes a kind word listed as a name for a name', () => {
    const payload = buildKnowledgeIndex([
      {
        id: 'malware--44444444-4444-4444-8444-444444444444',
        type: 'malware',
        name: 'Payload',
        aliases: [],
      },
    ]);
    expect(names('The Payload samples of the malware were signed.', payload)).toEqual([]);
  });

  it('takes a coined word for a new group only right beside its cue', () => {
    expect(names('Analysts tied it to the threat actor HydroKitty last year.', empty)).toEqual([
      'intrusion-set:HydroKitty',
    ]);
    expect(names('The actors then ran PowerView to list users.', empty)).toEqual([]);
    expect(names('The lure began the RedBanc intrusion that year.', empty)).toEqual([]);
  });

  it('takes a coined word for a new family only right beside its cue', () => {
    expect(names('We found a new CUEMiner sample.', empty)).toEqual(['malware:CUEMiner']);
    expect(names('The malware then calls VirtualAlloc to get memory.', empty)).toEqual([]);
  });

  it('gives an announced name to the nearer noun it names, not to a cue word further back', () => {
    expect(names('A group of activists launched a site called Vagheyatepenhaan.', empty)).toEqual(
      [],
    );
    expect(names('The actor has used a packer that we have dubbed BMPack.', empty)).toEqual([]);
    expect(
      names(
        'The bureau said the actors used a privacy protocol called Railgun to launder funds.',
        empty,
      ),
    ).toEqual([]);
    expect(names('Analysts found an APT group named ReconHellcat.', empty)).toEqual([
      'intrusion-set:ReconHellcat',
    ]);
  });

  it('reads a malware name as the actor when the text speaks of it as people', () => {
    const text =
      'The Foocrypt ransomware hit a firm. Foocrypt operators then leaked data, and Foocrypt ' +
      'affiliates asked for money.';
    expect(names(text, empty)).toEqual(['intrusion-set:Foocrypt']);
    expect(
      names('Foocrypt operators used the Foocrypt ransomware on a Foocrypt sample.', empty),
    ).toEqual(['malware:Foocrypt']);
    expect(
      names(
        'The Foocrypt ransomware hit a firm. Later the group Foocrypt leaked data, and the ' +
          'Foocrypt ransomware gang asked for money.',
        empty,
      ),
    ).toEqual(['intrusion-set:Foocrypt']);
    // The doer of an attack, an apposition naming a gang, a claim: what people do.
    expect(
      names(
        'The Foocrypt ransomware spread. The attack was carried out by Foocrypt, a ransomware ' +
          'gang active since 2022. Foocrypt claimed the theft.',
        empty,
      ),
    ).toEqual(['intrusion-set:Foocrypt']);
    expect(
      names(
        'The attack was carried out by Foocrypt ransomware. Foocrypt encrypts files. Foocrypt, ' +
          'a ransomware strain, spread.',
        empty,
      ),
    ).toEqual(['malware:Foocrypt']);
    // Named as the doer of an intrusion, with or without its kind word: people.
    expect(
      names(
        'Foocrypt ransomware behind pipeline attack. Police said the Foocrypt ransomware is ' +
          'responsible for the compromise. Foocrypt ransomware encrypts files.',
        empty,
      ),
    ).toEqual(['intrusion-set:Foocrypt']);
    expect(
      names('The Foocrypt ransomware was responsible for encrypting the files.', empty),
    ).toEqual(['malware:Foocrypt']);
    // The subject of striking victims, after a relative clause too: people.
    expect(
      names(
        'The attack was carried out by the Foocrypt ransomware gang. Foocrypt, which emerged in ' +
          'April 2022, has hit more than 500 organizations. Foocrypt ransomware encrypts files.',
        empty,
      ),
    ).toEqual(['intrusion-set:Foocrypt']);
    expect(
      names(
        'Sources said the Foocrypt ransomware gang was behind it. Foocrypt has previously ' +
          'attacked Boeing. Foocrypt ransomware encrypts files.',
        empty,
      ),
    ).toEqual(['intrusion-set:Foocrypt', 'identity:Boeing', 'campaign:Intrusion into Boeing']);
    expect(
      names(
        'The attack was carried out by the Foocrypt ransomware gang. A wiper dubbed Foocrypt, ' +
          'struck the plant. Foocrypt ransomware encrypts files.',
        empty,
      ),
    ).toEqual(['malware:Foocrypt']);
    // Named once, and then as people: those people.
    const lockbit = buildKnowledgeIndex([
      {
        id: 'malware--55555555-5555-4555-8555-555555555555',
        type: 'malware',
        name: 'LockBit',
        aliases: ['LockBit'],
      },
    ]);
    expect(names('LockBit affiliates used the flaw to breach a firm.', lockbit)).toEqual([
      'intrusion-set:LockBit',
    ]);
    // A crew the knowledge holds as a group of the family's name is that group.
    const akira = buildKnowledgeIndex([
      {
        id: 'malware--77777777-7777-4777-8777-777777777777',
        type: 'malware',
        name: 'Foocrypt',
        aliases: ['Foocrypt'],
        externalId: 'S9998',
      },
      {
        id: 'intrusion-set--88888888-8888-4888-8888-888888888888',
        type: 'intrusion-set',
        name: 'Foocrypt',
        aliases: ['Foocrypt'],
        externalId: 'G9998',
      },
    ]);
    expect(
      extractEntities(
        'The Foocrypt ransomware group listed the firm on its leak site.',
        splitSentences('The Foocrypt ransomware group listed the firm on its leak site.'),
        akira,
      ).map((e) => `${e.key} ${e.ref ?? 'new'} ${e.mentions.length}`),
    ).toEqual(['intrusion-set:G9998 intrusion-set--88888888-8888-4888-8888-888888888888 1']);
    // A family the knowledge names with its kind word names its crew as the text writes it.
    const medusa = buildKnowledgeIndex([
      {
        id: 'malware--66666666-6666-4666-8666-666666666666',
        type: 'malware',
        name: 'Foocrypt Ransomware',
        aliases: ['Foocrypt Ransomware', 'Foocrypt'],
      },
    ]);
    expect(
      names('Foocrypt actors hit a firm. Foocrypt affiliates leaked the data.', medusa),
    ).toEqual(['intrusion-set:Foocrypt']);
    // A crew its crime names, once, and never spoken of as code: those people.
    expect(
      names(
        'Google said the LockBit extortion group exploited the flaw. The emails claimed to be ' +
          'associated with LockBit.',
        lockbit,
      ),
    ).toEqual(['intrusion-set:LockBit']);
    expect(
      names(
        'The LockBit extortion group exploited the flaw. Analysts found a LockBit sample.',
        lockbit,
      ),
    ).toEqual(['malware:LockBit']);
    // A group of that name the knowledge holds takes those people in, by the name the text writes where
    // the family's own name is another ("Play", the family Playcrypt).
    const familyAndGroup = (family: string, written: string, group: string) =>
      buildKnowledgeIndex([
        {
          id: 'malware--66666666-6666-4666-8666-666666666666',
          type: 'malware',
          name: family,
          aliases: [family, written],
        },
        {
          id: 'intrusion-set--77777777-7777-4777-8777-777777777777',
          type: 'intrusion-set',
          name: written,
          aliases: [written],
          externalId: group,
        },
      ]);
    const setsIn = (text: string, knowledge: ReturnType<typeof buildKnowledgeIndex>) =>
      extractEntities(text, splitSentences(text), knowledge)
        .filter((e) => e.type === 'intrusion-set' || e.type === 'malware')
        .map((e) => `${e.key}: ${e.mentions.length}`);
    expect(
      setsIn(
        'The Akira ransomware gang claimed the attack. Akira has hit 250 organizations.',
        familyAndGroup('Akira', 'Akira', 'G1024'),
      ),
    ).toEqual(['intrusion-set:G1024: 2']);
    expect(
      setsIn(
        'The Play ransomware group claimed the attack. Play actors use AdFind. The Play group hit banks.',
        familyAndGroup('Playcrypt', 'Play', 'G1040'),
      ),
    ).toEqual(['intrusion-set:G1040: 3']);
    // An alias given right after a name is read as that name is.
    const blackcat = buildKnowledgeIndex([
      {
        id: 'malware--50c44c34-3abb-48ae-9433-a2337de5b0bc',
        type: 'malware',
        name: 'BlackCat',
        aliases: ['BlackCat', 'ALPHV'],
      },
    ]);
    expect(
      names('The BlackCat ransomware gang, also known as ALPHV, took the data.', blackcat),
    ).toEqual(['intrusion-set:BlackCat']);
    expect(
      names('The BlackCat ransomware gang took the data. ALPHV samples were found.', blackcat),
    ).toEqual(['malware:BlackCat']);
    // The doer of an attack with an article before its name: "attributed to the ALPHV/BlackCat … gang".
    expect(
      names('The attack was attributed to the ALPHV/BlackCat ransomware gang.', blackcat),
    ).toEqual(['intrusion-set:BlackCat']);
    // A family the knowledge writes in lower case: its crew named as the text writes it.
    const lowerCase = buildKnowledgeIndex([
      {
        id: 'malware--b32ac444-71d1-532f-9463-78adec5d11bc',
        type: 'malware',
        name: 'black suit',
        aliases: ['black suit'],
      },
    ]);
    expect(
      names(
        'The BlackSuit ransomware gang claimed the attack. BlackSuit affiliates stole data.',
        lowerCase,
      ),
    ).toEqual(['intrusion-set:BlackSuit']);
    // "…, the malicious actor retrieved": the subject of the next clause, no apposition.
    expect(names('Initially using LockBit, the malicious actor retrieved tools.', lockbit)).toEqual(
      ['malware:LockBit'],
    );
    // An affiliate id labels a build of the malware, not its crew.
    expect(
      names(
        'The Foocrypt trojan spread. Foocrypt affiliate “partner01” led; Foocrypt affiliate id ' +
          '“hhh02” followed.',
        empty,
      ),
    ).toEqual(['malware:Foocrypt']);
  });
});

describe('extractEntities: new names by vendor naming scheme', () => {
  it.each([
    'UNC2452',
    'DEV-0537',
    'Storm-0558',
    'TA505',
    'FIN7',
    'APT-C-23',
    'HAFNIUM',
    'ITG23',
    'TEMP.Veles',
    'TEMP.HEX',
    'TG-3390',
    'Threat Group-3390',
    'Threat Group 1314',
    'CL-STA-1087',
    'CL-UNK-1068',
  ])('%s is a new intrusion set', (name) => {
    const found = entities(`The activity is tracked as ${name} by the vendor.`, empty);
    expect(found.map((e) => [e.type, e.name])).toEqual([['intrusion-set', name]]);
  });

  it('finds element names not ending in -IUM only in capitals beside a group cue', () => {
    expect(names('Attacks by MERCURY, a nation-state actor, hit the port.', empty)).toEqual([
      'intrusion-set:MERCURY',
    ]);
    expect(names('The MERCURY release added a parser; mercury is a metal.', empty)).toEqual([]);
    // The first word of a Secureworks name is that name's.
    expect(names('The ZINC EMERSON group returned.', empty)).toEqual([
      'intrusion-set:ZINC EMERSON',
    ]);
  });

  it('reads a new scheme name listed as another name of a new group as that group', () => {
    const found = entities(
      'The group APT99 (aka UNC1234) phished. UNC1234 then left. APT98 and APT97 stayed.',
      empty,
    );
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['APT99', ['APT99', 'UNC1234', 'UNC1234']],
      ['APT98', ['APT98']],
      ['APT97', ['APT97']],
    ]);
  });

  it("reads the names listed as an unnamed actor's as one new group", () => {
    const mentions = (text: string) =>
      entities(text, empty).map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(
      mentions('The GRU unit, which is commonly known as APT99 and Fancy Bear, sent lures.'),
    ).toEqual([
      ['APT99', ['APT99', 'Fancy Bear']],
      ['GRU', ['GRU']],
    ]);
    expect(mentions('The group, known as APT99 and UNC1234, sent lures.')).toEqual([
      ['APT99', ['APT99', 'UNC1234']],
    ]);
    // Activity names the clusters doing it; another actor named first keeps the list.
    expect(mentions('UNC4821 overlaps with activity tracked as APT99 and APT98.')).toEqual([
      ['UNC4821', ['UNC4821']],
      ['APT99', ['APT99']],
      ['APT98', ['APT98']],
    ]);
  });

  it('finds weather and animal names with a cue word', () => {
    expect(names('Volt Typhoon targeted utilities.', empty)).toContain(
      'intrusion-set:Volt Typhoon',
    );
    expect(names('The Wicked Panda group returned.', empty)).toContain(
      'intrusion-set:Wicked Panda',
    );
    // Unit 42's constellations.
    expect(names('The Slow Pisces group returned.', empty)).toContain('intrusion-set:Slow Pisces');
    // Check Point's creatures, a game's or a fable's without a cue.
    expect(names('The Void Manticore group returned.', empty)).toContain(
      'intrusion-set:Void Manticore',
    );
    expect(names('The Camaro Dragon group returned.', empty)).toContain(
      'intrusion-set:Camaro Dragon',
    );
    expect(names('Players met the Void Manticore at the gate.', empty)).toEqual([]);
    // A definition further away is as good as a cue word: a group new to its reporters.
    expect(
      names('Police said Velvet Bear, a previously unknown Russian group, breached it.', empty),
    ).toContain('intrusion-set:Velvet Bear');
    expect(
      names('Police said Velvet Bear, a popular Russian rock music group, played.', empty),
    ).not.toContain('intrusion-set:Velvet Bear');
  });

  it('finds a weather name whose first word is common where it is named doing an intrusion', () => {
    const sets = (text: string) => names(text, empty).filter((n) => n.startsWith('intrusion-set:'));
    const salt = ['intrusion-set:Salt Typhoon'];
    expect(sets('Salt Typhoon breached AT&T and Verizon.')).toEqual(salt);
    expect(sets('Salt Typhoon has also targeted Verizon.')).toEqual(salt);
    expect(sets('The agencies attributed the campaign to Salt Typhoon.')).toEqual(salt);
    expect(sets('The damage was blamed on Salt Typhoon.')).toEqual(salt);
    expect(sets('Salt Typhoon. Breached systems were found.')).toEqual([]);
    expect(sets('Salt Typhoon hit the coast.')).toEqual([]);
  });

  it('finds Trend Micro\'s "Earth" names, not the planet', () => {
    expect(
      names('The Earth Zhulong group is back. Earth Zhulong is likely related to 1937CN.', empty),
    ).toEqual(['intrusion-set:Earth Zhulong']);
  });

  it('finds numbered groups with a cue word, not rule numbers or table rows', () => {
    expect(
      names('Group 5171 is a threat actor that uses USB drives. Group 5171 then left.', empty),
    ).toEqual(['intrusion-set:Group 5171']);
  });

  it.each([
    'Super Typhoon Haiyan hit the coast and a Flash Flood followed.',
    'The damage was attributed to Super Typhoon Haiyan, which breached the levees.',
    'The Red Panda and the Giant Panda are endangered; the Teddy Bear is a toy.',
    'Born under Lucky Pisces, she read Daily Libra and watched the Encrypted Taurus Stealer.',
    'Ask the TA about the APT course.',
    'Prices of platinum and cobalt rose.',
    'Defense Evasion (TA0005) follows Privilege Escalation (TA0004) in the matrix.',
    'On Earth Day we studied Earth Observation data in Google Earth Engine.',
    'ET CNC Feodo Tracker Reported CnC Server group 913 and Group 1 of the actor table.',
    'Group 2024 results: the threat actor count rose.',
    'The dropper copies itself to %TEMP%.Update, C:\\TEMP.Cache and /srv/TEMP.Cache/ with TEMP.Config.xml.',
    'The router models TG 3390, TG3390 and TG-A-12 replaced the CL-1234 and CL-ABC-1234 boards.',
    'The Threat Group 2019 review and the Threat Group-12 slides followed.',
  ])('finds no actor in "%s"', (text) => {
    expect(names(text, empty).filter((n) => !n.startsWith('location:'))).toEqual([]);
  });
});

describe('extractEntities: places and organizations', () => {
  const places = (text: string) =>
    entities(text)
      .filter((e) => e.type === 'location')
      .map((e) => e.externalId ?? e.properties?.['region']);

  it('reads country names, demonyms and short forms', () => {
    expect(places('Czechia, the Czech Republic and Czech officials.')).toEqual(['CZ']);
    expect(places('Chinese hackers, the PRC and Beijing.')).toEqual(['CN']);
    expect(places('British, UK and the United Kingdom.')).toEqual(['GB']);
    expect(places('The US and American firms.')).toEqual(['US']);
    const saudi = entities('Banks in the Kingdom of Saudi Arabia (KSA) and Riyadh.').filter(
      (e) => e.type === 'location',
    );
    expect(saudi.map((e) => [e.externalId, e.mentions.map((m) => m.text)])).toEqual([
      ['SA', ['Kingdom of Saudi Arabia', 'KSA', 'Riyadh']],
    ]);
  });

  it('reads no place in a file name, only before a file extension', () => {
    expect(places('The lure DOHA.pdf and projects in Libya.zip were sent.')).toEqual([]);
    // A lost space after a sentence is no file extension.
    expect(places('The worm hit Russia.In the next stage it spread.')).toEqual(['RU']);
  });

  it('keeps word boundaries and neighbours apart', () => {
    expect(places('Niger is not Nigeria.')).toEqual(['NE', 'NG']);
    expect(places('Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea.')).toEqual([
      'GN',
      'GW',
      'GQ',
      'PG',
    ]);
    expect(places('Taiwan and Hong Kong, not China.')).toEqual(['TW', 'HK', 'CN']);
    // A US state whose name holds a country's is in the United States.
    expect(places('Hospitals in New Mexico and in Mexico.')).toEqual(['US', 'MX']);
  });

  it("reads a name with an apostrophe whole: the People's Republic of China is not Taiwan", () => {
    expect(places("Hackers of the People's Republic of China.")).toEqual(['CN']);
    expect(places('The Democratic People’s Republic of Korea (DPRK).')).toEqual(['KP']);
    expect(places('The Republic of China and the Republic of Korea.')).toEqual(['TW', 'KR']);
  });

  it('leaves ambiguous or lower-case words alone', () => {
    expect(places('Korean media told us about it.')).toEqual([]);
    expect(places('North Korean and South Korean units.')).toEqual(['KP', 'KR']);
  });

  it('reads regions as region-ov values, named as reports name them', () => {
    expect(places('Targets in Southeast Asia and the Middle East.')).toEqual([
      'south-eastern-asia',
      'western-asia',
    ]);
    expect(
      entities('Targets in South-East Asia and Western Asia.')
        .filter((e) => e.type === 'location')
        .map((e) => e.name),
    ).toEqual(['Southeast Asia', 'Middle East']);
  });

  it('treats the EU and NATO as organizations, never places', () => {
    const found = entities('The EU and NATO condemned it.');
    expect(found.map((e) => [e.type, e.name, e.properties?.['identity_class']])).toEqual([
      ['identity', 'European Union', 'organization'],
      ['identity', 'North Atlantic Treaty Organization', 'organization'],
    ]);
  });

  it('treats agencies as identities located in their state and state organs as threat actors', () => {
    const found = entities("CISA and the FBI warned about China's Ministry of State Security.");
    expect(found.find((e) => e.name === 'CISA')).toMatchObject({
      type: 'identity',
      properties: { country: 'US' },
    });
    expect(found.find((e) => e.name === 'Ministry of State Security')).toMatchObject({
      type: 'threat-actor',
      properties: { threat_actor_types: ['nation-state'], country: 'CN' },
    });
    const agencies = entities(
      'The National Crime Agency (NCA), the AIVD and the Military Intelligence and Security Service said so.',
    );
    expect(agencies.map((e) => [e.name, e.properties?.['country']])).toEqual([
      ['NCA', 'GB'],
      ['AIVD', 'NL'],
      ['MIVD', 'NL'],
    ]);
    const more = entities(
      "Eurojust, the MS-ISAC, the Danish Centre for Cyber Security (CFCS) and Finland's Transport and " +
        'Communications Agency (Traficom) said so.',
    );
    expect(
      more.filter((e) => e.type === 'identity').map((e) => [e.name, e.properties?.['country']]),
    ).toEqual([
      ['Eurojust', undefined],
      ['MS-ISAC', 'US'],
      ['CFCS', 'DK'],
      ['Traficom', 'FI'],
    ]);
  });

  it("reads Russia's military intelligence, after the state's possessive, as the GRU", () => {
    const found = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'threat-actor' || e.type === 'location')
        .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);
    expect(
      found(
        "Russia's military intelligence service and Russia's military intelligence agency ran it, " +
          "steered by Russia's military intelligence.",
      ),
    ).toEqual([
      'Russia: Russia, Russia, Russia',
      'GRU: military intelligence service, military intelligence agency, military intelligence',
    ]);
    // Another state's, or no state's.
    expect(found("Ukraine's military intelligence service said so.")).toEqual(['Ukraine: Ukraine']);
    expect(found('The military intelligence service said so.')).toEqual([]);
    expect(found('Russia said military intelligence services of NATO states met.')).toEqual([
      'Russia: Russia',
    ]);
    // The state named after it.
    expect(
      found('It is steered by the military intelligence service of the Russian Federation.'),
    ).toEqual(['GRU: military intelligence service', 'Russia: Russian Federation']);
    expect(found('It is steered by the military intelligence service of Ukraine.')).toEqual([
      'Ukraine: Ukraine',
    ]);
  });

  it("reads the MSS's provincial arms as state organs, under either head word", () => {
    const organs = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'threat-actor')
        .map((e) => `${e.name} ${String(e.properties?.['country'])}`);
    expect(
      organs('The Hainan State Security Department and the Tianjin State Security Bureau ran it.'),
    ).toEqual(['Hainan State Security Department CN', 'Tianjin State Security Department CN']);
    expect(organs('The Ohio State Security Department ran it.')).toEqual([]);
  });

  it("reads a state organ's acronym only in a text that names its state", () => {
    const organs = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'threat-actor')
        .map((e) => e.name);
    expect(organs('The image has RGB channels, read pixel by pixel.')).toEqual([]);
    expect(organs('North Korean operators of the RGB ran the campaign.')).toEqual([
      'Reconnaissance General Bureau',
    ]);
    expect(organs('The MSS ran it. The Ministry of State Security denies it.')).toEqual([
      'Ministry of State Security',
    ]);
  });

  it('gives a shared agency name the state written with it (NCSC-FI), else the one spoken of', () => {
    const ncsc = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'identity')
        .map((e) => [e.name, e.properties?.['country']]);
    expect(ncsc('The National Cyber Security Centre Finland (NCSC-FI) issued an alert.')).toEqual([
      ['NCSC-FI', 'FI'],
    ]);
    expect(ncsc('NCSC-FI and the Dutch NCSC warned.')).toEqual([
      ['NCSC-FI', 'FI'],
      ['NCSC-NL', 'NL'],
    ]);
    expect(ncsc('The National Cyber Security Centre of the Netherlands warned.')).toEqual([
      ['NCSC-NL', 'NL'],
    ]);
    expect(ncsc('The NCSC warned.')).toEqual([['NCSC', 'GB']]);
    // Alone, the agency of the government the text speaks about, when that state has one.
    expect(ncsc('Dutch Defence Minister Ann Smit said so. The NCSC published indicators.')).toEqual(
      [['NCSC-NL', 'NL']],
    );
    expect(
      ncsc(
        "Lithuania's Ministry of Defence was hit. The National Cyber Security Centre (NKSC) said so.",
      ),
    ).toEqual([
      ['Ministry of Defence of Lithuania', 'LT'],
      ['NCSC-LT', 'LT'],
    ]);
    expect(ncsc('The Czech government said so. The NCSC published indicators.')).toEqual([
      ['NCSC', 'GB'],
    ]);
    // A country ending the sentence before is not the agency's.
    expect(ncsc('Firms delivered aid to Ukraine. The NCSC published indicators.')).toEqual([
      ['NCSC', 'GB'],
    ]);
    // The acronym in brackets is the name before it.
    expect(ncsc('The Dutch National Cyber Security Centre (NCSC) warned.')).toEqual([
      ['NCSC-NL', 'NL'],
    ]);
    expect(ncsc('The agency of Finland (NCSC) warned.')).toEqual([['NCSC-FI', 'FI']]);
    // And the name is its acronym's, whose state is written after it.
    expect(ncsc('The National Cyber Security Centre (NCSC) of the Netherlands warned.')).toEqual([
      ['NCSC-NL', 'NL'],
    ]);
    expect(ncsc('The Dutch National Cyber Security Centre and NCSC warned.')).toEqual([
      ['NCSC-NL', 'NL'],
      ['NCSC', 'GB'],
    ]);
  });

  it('reads an agency by its full name where its acronym names other things too', () => {
    const agencies = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'identity')
        .map((e) => [e.name, e.properties?.['country']]);
    expect(
      agencies(
        'The Environmental Protection Agency and the Israel National Cyber Directorate (INCD) warned.',
      ),
    ).toEqual([
      ['Environmental Protection Agency', 'US'],
      ['INCD', 'IL'],
    ]);
    expect(agencies('Enable Extended Protection for Authentication (EPA) on servers.')).toEqual([]);
    // Other states' cyber security agencies; never "CSA" alone, others' initials too.
    expect(
      agencies('The Cyber Security Agency of Singapore (CSA) said the attack went on.'),
    ).toEqual([['Cyber Security Agency of Singapore', 'SG']]);
    expect(agencies('The CSA guidance on cloud controls was updated.')).toEqual([]);
    expect(agencies('The Korea Internet and Security Agency warned. KISA agreed.')).toEqual([
      ['KISA', 'KR'],
    ]);
    // The directorate and its centre are two bodies; an advisory signs as both.
    expect(agencies('The Australian Signals Directorate (ASD) linked him to the gang.')).toEqual([
      ['ASD', 'AU'],
    ]);
    expect(agencies("ASD's ACSC released the advisory.")).toEqual([
      ['ASD', 'AU'],
      ['ACSC', 'AU'],
    ]);
  });

  it("reads France's foreign ministry by its own title, not as Europe", () => {
    const found = entities(
      "France's Ministry for Europe and Foreign Affairs attributed attacks on French firms to APT28.",
    );
    expect(found.map((e) => e.name)).toEqual([
      'France',
      'Ministry for Europe and Foreign Affairs of France',
      'APT28',
      'Intrusions into organizations in France',
    ]);
  });

  it('takes a body attributing attacks for their victim only where its own systems were hit', () => {
    const campaigns = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'campaign')
        .map((e) => e.name);
    expect(
      campaigns('The Czech foreign ministry on Tuesday attributed cyberattacks on firms to APT31.'),
    ).toEqual([]);
    expect(
      campaigns('The Czech foreign ministry attributed the breach of its network to APT31.'),
    ).toEqual(['Intrusion into the Ministry of Foreign Affairs of Czechia']);
    // A campaign waged against the body is an intrusion into it; one it runs is none.
    expect(
      campaigns(
        'The Czech government attributed the campaign against its foreign ministry to APT31.',
      ),
    ).toEqual(['Intrusion into the Ministry of Foreign Affairs of Czechia']);
    expect(
      campaigns('The Czech foreign ministry ran a campaign on social media about APT31.'),
    ).toEqual([]);
    // A body the sentence quotes tells of others' intrusion, unless of its own.
    expect(
      campaigns(
        'The German government blamed APT28. According to the Interior Ministry, the hackers ' +
          'exploited a flaw to gain access to email accounts of party officials.',
      ),
    ).toEqual([]);
    expect(
      campaigns(
        'The German government blamed APT28. According to the Interior Ministry, the hackers ' +
          'gained access to its email server.',
      ),
    ).toEqual(['Intrusion into the Ministry of the Interior of Germany']);
  });

  it('reads territories advisories name as places of their own', () => {
    const places = entities('The actors targeted Guam, Puerto Rico and the Cayman Islands.')
      .filter((e) => e.type === 'location')
      .map((e) => e.properties?.['country']);
    expect(places).toEqual(['GU', 'PR', 'KY']);
  });

  it('names a generic government body after the state the text speaks about', () => {
    const text = 'The Polish government said hackers breached its defence ministry.';
    const body = entities(text).find((e) => e.type === 'identity');
    expect(body).toMatchObject({
      name: 'Ministry of Defence of Poland',
      properties: { sectors: ['government-national'], country: 'PL' },
    });
    expect(entities(text).find((e) => e.type === 'campaign')?.name).toBe(
      'Intrusion into the Ministry of Defence of Poland',
    );
    // The state whose bodies the text names, not the government that directs an actor.
    const listed =
      'MirrorFace is directed by the Chinese government. The attacks targeted Japan’s Ministry of ' +
      'Foreign Affairs and the Ministry of Defense.';
    expect(
      entities(listed)
        .filter((e) => e.type === 'identity')
        .map((e) => e.name),
    ).toEqual(['Ministry of Foreign Affairs of Japan', 'Ministry of Defence of Japan']);
    // Bodies named only together, in the sentences telling of the intrusion: one intrusion into them all.
    expect(
      entities(listed)
        .filter((e) => e.type === 'campaign')
        .map((e) => e.name),
    ).toEqual([
      'Intrusion into the Ministry of Defence of Japan and Ministry of Foreign Affairs of Japan',
    ]);
    const sponsored =
      'APT99 is directed by the Chinese government. Hackers breached the defence ministry.';
    expect(entities(sponsored).filter((e) => e.type === 'identity')).toEqual([]);
    // "connected to", "affiliated to": the sponsor's words too.
    for (const words of ['connected to', 'affiliated to'])
      expect(
        entities(
          `Japan's National Police Agency said the group was ${words} the Chinese state. It sent ` +
            'emails to the defence ministry, the police said.',
        )
          .filter((e) => e.type === 'identity' && e.name.includes('of'))
          .map((e) => e.name),
      ).toEqual(['Ministry of Defence of Japan', 'Police of Japan']);
  });

  it('maps sector words to industry-sector-ov', () => {
    const sectors = entities('They attacked banks and hospitals.')
      .filter((e) => e.properties?.['identity_class'] === 'class')
      .map((e) => e.properties?.['sectors']);
    expect(sectors).toEqual([['financial-services'], ['healthcare']]);
    // Cryptocurrency firms are financial services; the currency alone is no sector.
    const cryptoSectors = (text: string) =>
      entities(text)
        .filter((e) => e.properties?.['identity_class'] === 'class')
        .map((e) => e.properties?.['sectors']);
    expect(cryptoSectors('They targeted cryptocurrency exchanges in Asia.')).toEqual([
      ['financial-services'],
    ]);
    expect(cryptoSectors('They demanded a ransom in cryptocurrency.')).toEqual([]);
    // The press, as the MISP sector galaxy's "News - Media" is mapped (misp-galaxy-vocab.ts).
    expect(cryptoSectors('Emails were sent among executive authorities.')).toEqual([
      ['government-national'],
    ]);
    expect(industrySectors('News - Media')).toEqual(['entertainment']);
    expect(
      cryptoSectors('A fake story was planted on the website of the state news agency.'),
    ).toEqual([['entertainment']]);
  });

  it('reads no country in a capital that names a product', () => {
    const places = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'location')
        .map((e) => e.name);
    expect(
      places('The server used a Jakarta-based plugin and the Jakarta Multipart parser.'),
    ).toEqual([]);
    expect(places('Officials in Jakarta said the ministry was hit.')).toEqual(['Indonesia']);
  });

  it('reads no sector in a word that describes malware, a product or crypto mining', () => {
    const sectorsOf = (text: string) =>
      entities(text)
        .filter((e) => e.properties?.['identity_class'] === 'class')
        .map((e) => e.properties?.['sectors']);
    expect(
      sectorsOf(
        'The banking trojan used a mining pool, Monero mining scripts, gaming software lures and ' +
          'Replication Through Removable Media. Coins are made by a process called mining, and ' +
          'the lure spread on social media.',
      ),
    ).toEqual([]);
    // Programs called utilities, by their platform or their coined names.
    expect(
      sectorsOf(
        'They ran built-in Windows utilities, then the PySoxy and BUSYBOX utilities, and NirSoft ' +
          'utilities.',
      ),
    ).toEqual([]);
    expect(sectorsOf('They hit US utilities.')).toEqual([['utilities']]);
    expect(sectorsOf('They ran open-source and command line utilities.')).toEqual([]);
    expect(sectorsOf('They hit firms in utilities.')).toEqual([['utilities']]);
    // A link's words name no sector: its slug or path ("…-targets-education-sector/", "/dam/").
    expect(
      sectorsOf(
        'See https://example.com/blog/group-targets-education-sector/ and www.example.org/dam/x.pdf.',
      ),
    ).toEqual([]);
    expect(sectorsOf('They opened a valve at a dam and hit schools.')).toEqual([
      ['dams'],
      ['education'],
    ]);
    // A body's name: "the Senate Banking Committee" is no bank.
    expect(sectorsOf('They wrote to leaders of the Senate Banking Committee.')).toEqual([]);
    // A person's bank data is stolen from whoever held it.
    expect(
      sectorsOf('Names, contact details and bank account numbers of customers were accessed.'),
    ).toEqual([]);
    expect(sectorsOf('They hit a bank in Poland and stole bank cards.')).toEqual([
      ['financial-services'],
    ]);
    expect(
      sectorsOf('It answers to the General Staff of the Armed Forces of the Russian Federation.'),
    ).toEqual([]);
    expect(
      sectorsOf('They hit the Ministry of Economics and Finance and the Secretary for Finance.'),
    ).toEqual([]);
    expect(sectorsOf('They hit firms in telecommunications and finance.')).toEqual([
      ['telecommunications'],
      ['financial-services'],
    ]);
    // A Title Case heading capitalizes the sector word too.
    expect(sectorsOf('Malicious Extension Steals Credentials of Bank Customers')).toEqual([
      ['financial-services'],
    ]);
    expect(sectorsOf('They hit local authorities and think tanks.')).toEqual([
      ['government-local'],
      ['non-profit'],
    ]);
    // A community's own council is local government, an oblast's administration regional.
    expect(
      sectorsOf(
        'They hit state authorities, local self-government bodies and regional state administrations.',
      ),
    ).toEqual([['government-national'], ['government-local'], ['government-regional']]);
    expect(sectorsOf('They hit government bodies and government institutions.')).toEqual([
      ['government-national'],
    ]);
    expect(sectorsOf('They hit governmental institutions in Thailand.')).toEqual([
      ['government-national'],
    ]);
    expect(sectorsOf('All involved government networks globally.')).toEqual([
      ['government-national'],
    ]);
    expect(sectorsOf('They hit non-governmental organizations.')).toEqual([['non-profit']]);
    for (const words of ['the electric grid', 'oil and natural gas pipelines']) {
      expect(sectorsOf(`They hid in ${words} for years.`)).toEqual([['energy']]);
    }
    // "media" closes the list after two sectors (sector-lists.ts).
    expect(sectorsOf('They spied on think tanks, higher education and media.')).toEqual([
      ['non-profit'],
      ['education'],
      ['entertainment'],
    ]);
    // People who work for a government stand for it.
    for (const people of [
      'members of parliament',
      'civil servants',
      'government officials',
      'diplomats',
      'diplomatic missions',
    ]) {
      expect(sectorsOf(`They phished ${people} in May.`)).toEqual([['government-national']]);
    }
    expect(sectorsOf('They hit Israeli water facilities and a power station.')).toEqual([
      ['water'],
      ['energy'],
    ]);
    expect(sectorsOf('They disrupted energy, water supply and heat supply facilities.')).toEqual([
      ['energy'],
      ['water'],
      ['utilities'],
    ]);
    expect(sectorsOf('The crew targeted mining companies; manufacturing; utilities.')).toEqual([
      ['mining'],
      ['manufacturing'],
      ['utilities'],
    ]);
  });
});
