/**
 * Which object an alias names when a group and its malware carry the same name.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.ts';

const entitiesIn = (index: KnowledgeIndex, text: string) =>
  extractEntities(text, splitSentences(text), index);

/** Names of the known malware found in `text`. */
const knownMalwareNames = (index: KnowledgeIndex, text: string): string[] =>
  entitiesIn(index, text)
    .filter((e) => e.type === 'malware' && e.ref)
    .map((e) => e.name);

/** A malware entry with a test id numbered `n`. */
const malwareEntry = (n: number, name: string, extra: Partial<KnowledgeEntry> = {}) =>
  ({
    id: `malware--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9f${String(n).padStart(2, '0')}`,
    type: 'malware',
    name,
    aliases: [name],
    ...extra,
  }) satisfies KnowledgeEntry;

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

describe("a group's name opening a software's name", () => {
  const groupOnly = buildKnowledgeIndex([KNOWLEDGE[0]!]);
  const named = (text: string) =>
    entitiesIn(groupOnly, text).map((e) => `${e.type}:${e.name}:${e.mentions.length}`);

  it('is no mention of the group, but of the family a source names so if any', () => {
    expect(
      named('Harrowfen used a custom web shell, Harrowfen Shell, disguised as an IIS error page.'),
    ).toEqual(['intrusion-set:Harrowfen:1']);
    expect(types('Harrowfen deployed the Harrowfen Backdoor and Harrowfen Loader.')).toEqual([
      'intrusion-set:Harrowfen',
      'malware:Harrowfen',
    ]);
  });

  it('is the group in a heading, and before a generic kind', () => {
    expect(named('New Harrowfen Wiper Attacks\nHarrowfen Malware spread.')).toEqual([
      'intrusion-set:Harrowfen:2',
    ]);
  });
});

describe('a name shared by a group and its malware', () => {
  it('is the malware with the kind word right beside it', () => {
    expect(types('The Harrowfen backdoor was found on the file server.')).toEqual([
      'malware:Harrowfen',
    ]);
  });

  it('is the malware with a version number between it and the kind word', () => {
    expect(
      types('The agent was seen used by Harrowfen 4.0 malware and Harrowfen v2 backdoors.'),
    ).toEqual(['malware:Harrowfen']);
    expect(types('Since 2019 Harrowfen 2 has struck the port.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });

  it('is the group when the kind word stands further away', () => {
    expect(types('Harrowfen used a new backdoor against the ministry.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });

  it('is what the sentence defines it as', () => {
    expect(types('Harrowfen is a modular backdoor written in C++.')).toEqual(['malware:Harrowfen']);
    expect(types('Harrowfen is a cyberespionage threat group.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });

  it("is what a list or naming phrase before it announces, unless it names the next word's owner", () => {
    expect(types('Like ransomware families such as Harrowfen, it skips Cyrillic hosts.')).toEqual([
      'malware:Harrowfen',
    ]);
    expect(types('It was dropped by a ransomware called Harrowfen last week.')).toEqual([
      'malware:Harrowfen',
    ]);
    expect(types('Like threat groups such as Harrowfen, it skips Cyrillic hosts.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
    // "implants such as Harrowfen Lojax": Lojax is the implant, Harrowfen its owner.
    expect(types('It resembles firmware implants such as Harrowfen Lojax, seen in 2018.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });
});

describe('the short form of a group named "<Name> Group" or "<Name> Team"', () => {
  const group = (name: string, n: number, aliases: string[] = []): KnowledgeEntry => ({
    id: `intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e1${n}`,
    type: 'intrusion-set',
    name,
    aliases: [name, ...aliases],
  });
  const withGroups = buildKnowledgeIndex([
    group('Marrowick Group', 1),
    group('Quellan Team', 2),
    group('Hacking Team', 3),
    group('Cobalt Group', 4, ['Cobalt']),
    group('Vostrel Group', 5),
    group('Ardent Spider', 6, ['Vostrel']),
  ]);
  const found = (text: string): string[] =>
    extractEntities(text, splitSentences(text), withGroups)
      .filter((e) => e.type === 'intrusion-set')
      .map((e) => `${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);

  it('names the group, as reports mostly write it', () => {
    expect(found('Marrowick used new malware against banks. Quellan struck later.')).toEqual([
      'Marrowick Group [Marrowick]',
      'Quellan Team [Quellan]',
    ]);
  });

  it('is no name inside a longer one, no ordinary word or activity, and no other entry’s alias', () => {
    expect(found('The actor calling itself Fancy Marrowick sent ransom notes.')).not.toContainEqual(
      expect.stringContaining('Marrowick Group'),
    );
    expect(found('Hacking the voter database was the aim. Cobalt is a metal.')).toEqual([]);
    // Opening its sentence, an ordinary word needs the kind word beside it or a definition.
    expect(found('Cobalt is a financially motivated hacking group.')).toEqual([
      'Cobalt Group [Cobalt]',
    ]);
    expect(found('Cobalt is a group of metals.')).toEqual([]);
    expect(found('Vostrel sent phishing e-mails.')).toEqual(['Ardent Spider [Vostrel]']);
  });

  it('is no known name inside the longer name a group gives itself, there or repeated', () => {
    const text =
      'A group calling itself Scattered Vostrel Hunters claimed it. Scattered Vostrel Hunters struck.';
    expect(found(text)).toEqual([
      'Scattered Vostrel Hunters [Scattered Vostrel Hunters|Scattered Vostrel Hunters]',
    ]);
    // A kind word after the known name keeps it that group.
    expect(found('Hackers calling themselves Vostrel Gang leaked the code.')).toEqual([
      'Ardent Spider [Vostrel]',
    ]);
  });

  it('stays the group beside words that do not continue its name', () => {
    const mentions = (text: string): string[] =>
      extractEntities(text, splitSentences(text), withGroups)
        .filter((e) => e.name === 'Marrowick Group')
        .flatMap((e) => e.mentions.map((m) => text.slice(Math.max(0, m.start - 6), m.end + 4)));
    // a slash list, a sentence's plain first word, an acronym, a coined name, a title-case heading
    expect(mentions('We think Marrowick/Marrowick Group is tied to it.')).toEqual([
      'think Marrowick/Mar',
      'owick/Marrowick Group is ',
    ]);
    expect(mentions('Marrowick Group is active. Later Marrowick struck.')).toEqual([
      'Marrowick Group is ',
      'Later Marrowick str',
    ]);
    expect(mentions('We saw Marrowick RTF lures and the Marrowick PowerBoxer tool.')).toHaveLength(
      2,
    );
    expect(
      mentions(
        'Marrowick Group is active.\n\n## Marrowick Onboards New Template Injection\n\nText.',
      ),
    ).toHaveLength(2);
    // the rule's reach: an ordinary mid-sentence capitalized word still joins a longer name
    expect(mentions('The actor calling itself Fancy Marrowick sent ransom notes.')).toEqual([]);
    expect(mentions('Marrowick Group is active. Then Fancy Marrowick struck.')).toHaveLength(1);
    // an ordinary word ("Cobalt") keeps the stricter rule: any capitalized neighbour joins it
    expect(found('The group sent Cobalt RTF lures.')).toEqual([]);
  });

  it('is the group the report names in full, though another group has it as an alias', () => {
    expect(
      found('The Vostrel Group is a state-sponsored actor. Vostrel sent phishing e-mails.'),
    ).toEqual(['Vostrel Group [Vostrel Group|Vostrel]']);
  });
});

describe('a family the report names in full with its kind word', () => {
  const families = buildKnowledgeIndex([
    malwareEntry(40, 'Quillbane RAT'),
    {
      id: 'tool--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9f41',
      type: 'tool',
      name: 'Quillbane',
      aliases: ['Quillbane'],
    },
    malwareEntry(42, 'ZorVex Stealer'),
  ]);
  const named = (text: string): string[] =>
    entitiesIn(families, text).map(
      (e) => `${e.type}:${e.name} [${e.mentions.map((m) => m.text).join('|')}]`,
    );

  it('is that entry at its bare name too, though another entry has the bare name', () => {
    expect(named('The Quillbane RAT arrived by e-mail. Quillbane then beacons.')).toEqual([
      'malware:Quillbane RAT [Quillbane|Quillbane]',
    ]);
    expect(named('Quillbane then beacons.')).toEqual(['tool:Quillbane [Quillbane]']);
  });

  it('is that entry where the bare name would be found new', () => {
    // Written in another case than the full name, "Zorvex" is found new before "malware".
    expect(named('We saw ZorVex Stealer in March. The Zorvex malware is sold on forums.')).toEqual([
      'malware:ZorVex Stealer [ZorVex|Zorvex]',
    ]);
  });
});

describe('a malware name that is also a criminal forum or market', () => {
  const withVenue = buildKnowledgeIndex([malwareEntry(40, 'Quorvel')]);
  const found = (text: string): string[] =>
    extractEntities(text, splitSentences(text), withVenue).map((e) => `${e.type}:${e.name}`);

  it('is the venue throughout a report that names it so', () => {
    expect(found('Quorvel encrypts hosts.')).toEqual(['malware:Quorvel']);
    expect(found('Affiliates met on a forum known as QUORVEL. Quorvel opened in July.')).toEqual(
      [],
    );
    expect(found('Orange runs the Quorvel forum. Quorvel was created in July.')).toEqual([]);
    expect(found('Stolen cards were sold on Quorvel Market in May.')).toEqual([]);
  });

  it("is the malware where the forum is its own operators' board", () => {
    expect(found('Quorvel forum members said Quorvel would encrypt hosts faster.')).toEqual([
      'malware:Quorvel',
    ]);
  });
});

describe('a malware name that is also a product, a flaw or a vendor', () => {
  const withProducts = buildKnowledgeIndex([
    {
      id: 'malware--6c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e03',
      type: 'malware',
      name: 'Spectre',
      aliases: ['Spectre'],
    },
    {
      id: 'malware--6c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e04',
      type: 'malware',
      name: 'mcafee',
      aliases: ['mcafee'],
    },
  ]);
  const found = (text: string): string[] =>
    extractEntities(text, splitSentences(text), withProducts).map((e) => `${e.type}:${e.name}`);

  it('means the product without a kind word beside it', () => {
    expect(found('Meltdown and Spectre affect most processors.')).toEqual([]);
    expect(found('The sample differs from the one described by McAfee in April.')).toEqual([]);
  });

  it('is the malware with the kind word beside it', () => {
    expect(found('The operators then deployed the Spectre malware on the servers.')).toEqual([
      'malware:Spectre',
    ]);
  });

  it('is the flaw throughout a report that names a vulnerability so, whatever cue comes later', () => {
    expect(
      found(
        'Two flaws in processors, dubbed Meltdown and Spectre, were disclosed. Two variants of Spectre exist.',
      ),
    ).toEqual([]);
  });
});

describe('a name the knowledge writes in capitals, found by its context', () => {
  const withElement = buildKnowledgeIndex([
    {
      id: 'intrusion-set--7c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e05',
      type: 'intrusion-set',
      name: 'GALLIUM',
      aliases: ['GALLIUM'],
    },
  ]);
  const found = (text: string): string[] =>
    extractEntities(text, splitSentences(text), withElement)
      .filter((e) => e.type === 'intrusion-set')
      .map((e) => `${e.type}:${e.name}:${e.ref ?? 'new'}`);

  it('is that entry when a kind word says what it is, not a new group', () => {
    expect(found('Telecoms were hit by the Gallium group in 2019.')).toEqual([
      'intrusion-set:GALLIUM:intrusion-set--7c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e05',
    ]);
    expect(found('Gallium is a soft metal used in chips.')).toEqual([]);
  });
});

describe('a name one source writes in capitals and another in mixed case', () => {
  const spelled = buildKnowledgeIndex([
    malwareEntry(7, 'MARROWLOCK', { aliases: ['MARROWLOCK', 'MarrowLock'] }),
    malwareEntry(8, 'PALEWICK', { aliases: ['PALEWICK', 'PaleWick'] }),
    malwareEntry(9, 'Kestrelbane', { aliases: ['Kestrelbane', 'PaleWick'] }),
  ]);
  const found = (text: string): string[] => knownMalwareNames(spelled, text);

  it('is found as the other source writes it', () => {
    expect(found('The operators deployed MarrowLock on the file servers.')).toEqual(['MARROWLOCK']);
  });

  it('is the entry whose own name it is, not one that lists it as another name', () => {
    expect(found('The operators deployed PaleWick on the file servers.')).toEqual(['PALEWICK']);
  });
});

describe('a family named after a month', () => {
  const months = buildKnowledgeIndex([
    malwareEntry(10, 'Octobrine', { aliases: ['Octobrine', 'October'] }),
  ]);
  const found = (text: string): string[] => knownMalwareNames(months, text);

  it('is a date before a day or a year, even under a title ending in a kind word', () => {
    expect(found('Vexmoor RAT – A backdoored RAT\nOctober 02, 2021\nThe lures resumed.')).toEqual(
      [],
    );
    expect(found('The Vexmoor RAT October 2021 wave hit banks.')).toEqual([]);
    expect(found('The attackers then ran the October stealer on every host.')).toEqual([
      'Octobrine',
    ]);
  });
});

describe('a name of two or three words written glued', () => {
  const glued = buildKnowledgeIndex([
    malwareEntry(18, 'Marsh Harrier'),
    malwareEntry(19, 'Tallow'),
    malwareEntry(20, 'Tallow RAT'),
    malwareEntry(21, 'Red Eye'),
  ]);
  const found = (text: string): string[] => knownMalwareNames(glued, text);

  it('is that name, unless the name before its kind word is another entry or it is short', () => {
    expect(found('Then MarshHarrier and Marshharrier beacons went out.')).toEqual([
      'Marsh Harrier',
    ]);
    // "TallowRAT" is left to "Tallow", the entry named by the words before the kind word.
    expect(found('The operators pushed TallowRAT to the hosts.')).toEqual(['Tallow']);
    expect(found('The RedEye sample was seen twice.')).toEqual([]);
  });
});

describe('a three-letter name', () => {
  const acronyms = buildKnowledgeIndex([
    malwareEntry(16, 'QXR'),
    malwareEntry(17, 'VKP', { externalId: 'S9999' }),
  ]);
  const found = (text: string): string[] => knownMalwareNames(acronyms, text);

  it('needs a cue word unless ATT&CK names its software so', () => {
    expect(
      found('The type confusion bug lets us take control over QXR at the breakpoint.'),
    ).toEqual([]);
    expect(found('The operators then pushed the QXR ransomware to every host.')).toEqual(['QXR']);
    expect(found('The actor uploaded VKP to the host and started it.')).toEqual(['VKP']);
  });
});

describe('a name that is also a file extension', () => {
  const shell = buildKnowledgeIndex([
    { ...malwareEntry(25, 'cmd'), type: 'tool', externalId: 'S0106' },
  ]);
  const found = (text: string) => entitiesIn(shell, text).map((e) => e.name);

  it('is the extension in a list of extensions, the tool elsewhere', () => {
    expect(found('Blocked file types: bat, chm, cmd, com, exe, hta and js.')).toEqual([]);
    expect(found('The actor ran cmd, net and PowerShell on the host.')).toEqual(['cmd']);
  });
});

describe('a name written with an underscore', () => {
  const underscored = buildKnowledgeIndex([malwareEntry(24, 'Quill_eggs')]);
  const found = (text: string) =>
    entitiesIn(underscored, text).flatMap((e) => e.mentions.map((m) => m.text));

  it('is found in any case and behind a Markdown escape, not inside a longer identifier', () => {
    expect(
      found('The quill_eggs backdoor ran; later Quill\\_eggs and lite\\_quill\\_eggs.'),
    ).toEqual(['quill_eggs', 'Quill\\_eggs']);
  });
});

describe('a family named after a country', () => {
  const country = buildKnowledgeIndex([malwareEntry(23, 'Cuba', { externalId: 'S0625' })]);
  const types = (text: string) => entitiesIn(country, text).map((e) => `${e.type}:${e.name}`);

  it('is the family with its kind word right after it, and the country elsewhere', () => {
    expect(types('A warning about Cuba ransomware came in December.')).toEqual(['malware:Cuba']);
    expect(types('The Cuba ransomware hit firms. Officials in Cuba denied a role.')).toEqual([
      'malware:Cuba',
      'location:Cuba',
    ]);
    expect(types('Cuba denied the claims made by the ransomware gang.')).toEqual(['location:Cuba']);
  });
});

describe('a family named like a company', () => {
  const companies = buildKnowledgeIndex([malwareEntry(11, 'Tarnwick')]);
  const found = (text: string): string[] => knownMalwareNames(companies, text);

  it('is the company before a legal form, and the family elsewhere', () => {
    expect(found('Browsers: Tarnwick Inc\\Browser5\\settings and Tarnwick, Ltd. tools.')).toEqual(
      [],
    );
    expect(found('The file was signed by the vendor Tarnwick Corporation.')).toEqual([]);
    expect(found('The Tarnwick backdoor then beacons to its server.')).toEqual(['Tarnwick']);
  });

  it('is the organization before a capitalized organization noun, not before a lower-case one', () => {
    expect(found('Customers of Orlen Tarnwick Bank got the lure.')).toEqual([]);
    expect(found('The Tarnwick bank trojan then beacons to its server.')).toEqual(['Tarnwick']);
  });

  it('is the service or product before a capitalized service noun', () => {
    expect(found('The sample was reported by AT&T Tarnwick Labs last year.')).toEqual([]);
    expect(found('ET CNC Tarnwick Tracker Reported CnC Server group 9')).toEqual([]);
    expect(found('Stolen data: NordVPN files, Tarnwick VPN credentials.')).toEqual([]);
    expect(found('The Tarnwick tracker module then beacons to its server.')).toEqual(['Tarnwick']);
  });
  it('is the shop, market, place or victim whose name it opens or ends, not the family', () => {
    expect(found("Police seized the servers of Tarnwick's Stash, a carding shop.")).toEqual([]);
    expect(found('Buyers left Tarnwick’s Market in 2021.')).toEqual([]);
    expect(found("Tarnwick's loader then beacons to its server.")).toEqual(['Tarnwick']);
    // A city's possessive before a place's name and head.
    expect(found("He was detained at Tarnwick's Malpensa airport on July 3.")).toEqual([]);
    expect(found("Tarnwick's Summer 2020 Return brought new lures.")).toEqual(['Tarnwick']);
    expect(found("Tarnwick's Nova module port scans the hosts.")).toEqual(['Tarnwick']);
    // The last word of a victim's name an attack's preposition opens.
    expect(found('Hackers claimed the attack on Jaguar Land Tarnwick in September.')).toEqual([]);
    expect(found('They saw an attack on Acme Tarnwick RAT samples.')).toEqual(['Tarnwick']);
    expect(found('A blog on Jaguar Land Tarnwick came out in May.')).toEqual(['Tarnwick']);
  });
});

describe('a name that is a word prefix', () => {
  const prefix = buildKnowledgeIndex([malwareEntry(12, 'Inter')]);
  const found = (text: string): string[] => knownMalwareNames(prefix, text);

  it('is no name before its hyphen', () => {
    expect(found('It uses Inter-Process Communication [T1559] to reach the payload.')).toEqual([]);
    expect(found('The Inter skimmer was injected into the checkout page.')).toEqual(['Inter']);
  });
});

describe('a word that, glued to its neighbour, makes another known name', () => {
  const halves = buildKnowledgeIndex([
    malwareEntry(12, 'Corvane'),
    malwareEntry(13, 'CorvaneGate'),
    malwareEntry(14, 'Wisper'),
    malwareEntry(15, 'GreyWisper'),
  ]);
  const found = (text: string): string[] => knownMalwareNames(halves, text);

  it('is half of that name, not the family the word alone names', () => {
    expect(found('A variant of the Corvane Gate RTF builder made the lures.')).toEqual([]);
    expect(found('They dropped the Grey Wisper credential harvester.')).toEqual([]);
    expect(found('The Corvane ransomware and the Wisper RAT ran; so did CorvaneGate.')).toEqual([
      'Corvane',
      'Wisper',
      'CorvaneGate',
    ]);
  });
});

describe('a family the knowledge writes glued to its kind word', () => {
  const glued = buildKnowledgeIndex([
    malwareEntry(1, 'BrindleRAT'),
    malwareEntry(2, 'TorvikBanker'),
    malwareEntry(3, 'Quorrel'),
    malwareEntry(4, 'nova'),
    malwareEntry(5, 'RedQuill Stealer'),
    malwareEntry(6, 'ZorbaRAT'),
  ]);
  const found = (text: string): string[] =>
    entitiesIn(glued, text)
      .filter((e) => e.type === 'malware')
      .map((e) => `${e.name}:${e.ref ? 'known' : 'new'}`);

  it('is that family when a report writes the two words apart', () => {
    expect(found('The actors installed Brindle RAT and then Torvik Banker on the hosts.')).toEqual([
      'BrindleRAT:known',
      'TorvikBanker:known',
    ]);
  });

  it('is the family the knowledge names with its kind word, in every mention', () => {
    const mentions = (text: string) =>
      entitiesIn(glued, text)
        .filter((e) => e.type === 'malware')
        .map((e) => `${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);
    expect(mentions('They deployed the RedQuill stealer. Later, RedQuill sent data out.')).toEqual([
      'RedQuill Stealer [RedQuill|RedQuill]',
    ]);
    expect(found('The Zorba malware was installed on the hosts.')).toEqual(['ZorbaRAT:known']);
  });

  it('is the family a known name with its kind word names, where its first word stands alone', () => {
    const mentions = (text: string) =>
      entitiesIn(glued, text)
        .filter((e) => e.type === 'malware')
        .map((e) => `${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);
    expect(
      mentions('RedQuill Stealer is a malware strain. The RedQuill sample calls home.'),
    ).toEqual(['RedQuill Stealer [RedQuill|RedQuill]']);
    // Before a head word too: "the RedQuill malware" is no new family named RedQuill.
    expect(
      mentions('RedQuill Stealer is a malware strain. Phishing spreads the RedQuill malware.'),
    ).toEqual(['RedQuill Stealer [RedQuill|RedQuill]']);
  });

  it('is the known RAT when a report glues "RAT" to its name', () => {
    expect(found('The actors installed the QuorrelRAT malware on the hosts.')).toEqual([
      'Quorrel:known',
    ]);
  });

  it('is another family when another kind word is glued to a known name', () => {
    expect(found('The actors installed the NovaLoader malware on the hosts.')).toEqual([
      'NovaLoader:new',
    ]);
  });

  it('is no new family named after a kind word ("Android Banker malware")', () => {
    expect(found('Android Banker malware goes social.')).toEqual([]);
  });
});

describe('names that are words in a report', () => {
  const words = buildKnowledgeIndex([
    malwareEntry(11, 'brackle'),
    malwareEntry(12, 'thornwick', { aliases: ['thornwick', 'ThornWick'] }),
    malwareEntry(13, 'quillet', { externalId: 'S0997' }),
    malwareEntry(14, 'Final'),
    malwareEntry(15, 'UPS'),
    malwareEntry(16, 'Korean'),
    malwareEntry(17, 'Dorrin Maple'),
    malwareEntry(18, 'Quill Stealer'),
  ]);
  const malware = (text: string): string[] =>
    entitiesIn(words, text)
      .filter((e) => e.type === 'malware')
      .map((e) => `${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);

  it('that are ordinary words are no name after a capitalized kind word that opens a heading', () => {
    const ordinary = buildKnowledgeIndex([malwareEntry(19, 'Evolution')]);
    const found = (text: string) => knownMalwareNames(ordinary, text);
    expect(found('See the Malware Evolution section below for the seeds.')).toEqual([]);
    expect(found('The actors then pushed the Evolution malware to the hosts.')).toEqual([
      'Evolution',
    ]);
  });

  it('that name a Windows feature or a malware mechanism need a kind word too', () => {
    const words = buildKnowledgeIndex([
      malwareEntry(20, 'Autorun'),
      malwareEntry(22, 'Killswitch'),
    ]);
    const found = (text: string) => knownMalwareNames(words, text);
    expect(found('Autorun additions are created. The Killswitch domain check runs first.')).toEqual(
      [],
    );
    expect(found('The Autorun worm and the Killswitch ransomware spread.')).toEqual([
      'Autorun',
      'Killswitch',
    ]);
  });

  it('written only in lower case by their sources are the word in lower-case text', () => {
    expect(malware('Keitaro is an interesting brackle that stays in public view.')).toEqual([]);
  });

  it('written only in lower case still count with a kind word beside them, or in capitals', () => {
    expect(malware('The brackle ransomware encrypted the share.')).toEqual(['brackle [brackle]']);
    expect(malware('Files were encrypted by Brackle on Monday.')).toEqual(['Brackle [Brackle]']);
  });

  it('written only in lower case are the word under a layout capital, if the text writes it so too', () => {
    expect(malware('Brackle domain\nThe actor sets up brackle domain names.')).toEqual([]);
    // Not written in lower case anywhere: a name, wherever it stands.
    expect(malware('Brackle encrypted the share on Monday.')).toEqual(['Brackle [Brackle]']);
  });

  it('spelled with capitals somewhere, or with an ATT&CK id, keep their lower-case mentions', () => {
    expect(malware('The operators ran thornwick on the host.')).toEqual(['thornwick [thornwick]']);
    expect(malware('The operators ran quillet on the host.')).toEqual(['quillet [quillet]']);
  });

  it('of plain capitalized words and no ATT&CK id need a kind word near them once', () => {
    expect(malware('The leak held a report on Dorrin Maple and his campaign.')).toEqual([]);
    expect(
      malware('The Dorrin Maple ransomware hit. Its note said Dorrin Maple would leak the files.'),
    ).toEqual(['Dorrin Maple [Dorrin Maple|Dorrin Maple]']);
    // A kind word inside the name says what it is.
    expect(malware('They bought Quill Stealer on a forum.')).toEqual(['Quill Stealer [Quill]']);
  });

  it('that are determiners or companies never stand alone as a name', () => {
    expect(malware('3. **Final Payload.** What final payload the service delivered.')).toEqual([]);
    expect(malware('A backdoor of the Korean-speaking actor was found.')).toEqual([]);
    expect(malware('The lures posed as bills from DHL, UPS and Vodafone.')).toEqual([]);
  });
});

describe('names in a byline', () => {
  const people = buildKnowledgeIndex([malwareEntry(21, 'Marrel')]);
  const malware = (text: string): string[] =>
    entitiesIn(people, text)
      .filter((e) => e.type === 'malware')
      .map((e) => e.mentions.map((m) => m.text).join('|'));

  it('are people', () => {
    expect(
      malware('Who hacked the committee?\nJun 17, 2016\nBy Tom Marrel, CEO of Acme.\n'),
    ).toEqual([]);
    expect(malware('Intro.\n\nAuthors: Marrel Vostok and Anna Smith\n')).toEqual([]);
    expect(malware('**By: Ivan Chavez, Marrel de Jesus**\n')).toEqual([]);
  });

  it('are people on an author card, a name over a job title', () => {
    expect(malware('Contents.\n\nMarrel de Jesus\nThreats Analyst\n\nAnna Smith\n')).toEqual([]);
    expect(malware('Tools\nMarrel Stager\nDropper\n')).toEqual(['Marrel']);
  });

  it('are not lines that open with "By" in prose', () => {
    expect(malware('By the time Marrel ran, the files were gone.')).toEqual(['Marrel']);
  });

  it('are people in a sentence that thanks them', () => {
    expect(malware('Special thanks to Marrel Vostok for his research.')).toEqual([]);
    expect(malware('We thank Anna Smith, Marrel Vostok and Tom Jones.')).toEqual([]);
    expect(malware('Thanks to its loader, Marrel Stage two runs in memory.')).toEqual(['Marrel']);
    expect(malware('The actors then ran Marrel on the server.')).toEqual(['Marrel']);
  });

  it('are people after a title word', () => {
    expect(malware('Security researcher Marrel Vostok said the flaw was patched.')).toEqual([]);
    expect(malware('Acme CEO Marrel Vostok resigned.')).toEqual([]);
    expect(malware('"It is unique," NCA Director General Marrel Vostok said.')).toEqual([]);
    expect(malware('The researcher saw Marrel Stage two run in memory.')).toEqual(['Marrel']);
    expect(malware('The analyst Marrel ran on the host.')).toEqual(['Marrel']);
    expect(malware('One researcher, Marrel Vostok, disagreed.')).toEqual([]);
    expect(malware('Ask our analysts. Marrel Stage two runs in memory.')).toEqual(['Marrel']);
  });
});

describe('a name that an ATT&CK entry and another source both carry', () => {
  const shared = buildKnowledgeIndex([
    malwareEntry(31, 'Skarn'),
    {
      id: 'tool--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e62',
      type: 'tool',
      name: 'skarn',
      aliases: ['skarn'],
      externalId: 'S0996',
    },
  ]);
  const found = (text: string): string[] =>
    entitiesIn(shared, text).map((e) => `${e.type}:${e.externalId ?? '-'}`);

  it('is the ATT&CK entry when no kind word decides', () => {
    expect(found('The operators then ran SKARN on every host.')).toEqual(['tool:S0996']);
  });

  it('is the other entry when a kind word asks for its type', () => {
    expect(found('The operators then ran the SKARN ransomware on every host.')).toEqual([
      'malware:-',
    ]);
  });
});

describe('an ordinary word listed right after a known name', () => {
  const tools = buildKnowledgeIndex([
    { ...malwareEntry(41, 'Empire'), type: 'tool' },
    { ...malwareEntry(42, 'Metasploit'), type: 'tool' },
  ]);
  const found = (text: string) => entitiesIn(tools, text).map((e) => `${e.type}:${e.name}`);

  it('is of that name’s kind', () => {
    expect(found('The feed tracks frameworks like Metasploit, Empire and others.')).toEqual([
      'tool:Metasploit',
      'tool:Empire',
    ]);
    expect(found('The feed tracks Metasploit and Empire servers.')).toEqual([
      'tool:Metasploit',
      'tool:Empire',
    ]);
  });

  it('is the word after other words', () => {
    expect(found('Senate, Empire and Republic were the themes of the lure.')).toEqual([]);
    expect(found('They ran Metasploit; the Empire was a theme of the lure.')).toEqual([
      'tool:Metasploit',
    ]);
  });
});

describe('a group alias the report defines as a campaign', () => {
  const aliased = buildKnowledgeIndex([{ ...KNOWLEDGE[0]!, aliases: ['Harrowfen', 'Glasswing'] }]);
  const found = (text: string) =>
    entitiesIn(aliased, text).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

  it('names the campaign throughout that report, not the group', () => {
    const text =
      'Glasswing is a campaign tracked as related to Harrowfen. The Glasswing campaign went on. ' +
      'Glasswing investigations found a backdoor.';
    expect(found(text)).toEqual(['intrusion-set:Harrowfen']);
  });

  it('names the campaign where a naming phrase gives a campaign the name', () => {
    expect(
      found(
        'Glasswing: hackers breached firewalls. The campaign, dubbed Glasswing, used two flaws.',
      ),
    ).toEqual([]);
    expect(
      found('Glasswing: hackers breached firewalls. The group, dubbed Glasswing, used two flaws.'),
    ).toEqual(['intrusion-set:Glasswing', 'intrusion-set:Glasswing']);
  });

  it('is the campaign with its word right after it, a group cue near or not', () => {
    const both = buildKnowledgeIndex([
      { ...KNOWLEDGE[0]!, aliases: ['Harrowfen'] },
      {
        id: 'campaign--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e03',
        type: 'campaign',
        name: 'Harrowfen',
        aliases: ['Harrowfen'],
      },
    ]);
    const kinds = (text: string) => entitiesIn(both, text).map((e) => `${e.type}:${e.name}`);
    expect(kinds('The flaws were used by the threat actor behind the Harrowfen campaign.')).toEqual(
      ['campaign:Harrowfen'],
    );
    expect(kinds('The flaws were used by the threat actor Harrowfen in May.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });

  it('is the group in a report that does not', () => {
    expect(found('Glasswing is a threat group. The Glasswing group went on.')).toEqual([
      'intrusion-set:Glasswing',
      'intrusion-set:Glasswing',
    ]);
  });
});

describe('a group name before a feature noun', () => {
  const groupOnly = buildKnowledgeIndex([KNOWLEDGE[0]!]);
  const found = (text: string) => entitiesIn(groupOnly, text).map((e) => `${e.type}:${e.name}`);

  it('names the program feature, not the group', () => {
    expect(found('The RAT uses its “Harrowfen” feature to restart itself.')).toEqual([]);
    expect(found('The RAT was sent by Harrowfen to the ministry.')).toEqual([
      'intrusion-set:Harrowfen',
    ]);
  });
});

describe('a name its sources write in capitals only', () => {
  const withCapitals = buildKnowledgeIndex([
    {
      id: 'intrusion-set--6c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e21',
      type: 'intrusion-set',
      name: 'COPPERLANE',
      aliases: ['COPPERLANE'],
    },
    {
      id: 'tool--6c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e22',
      type: 'tool',
      name: 'HTRANSIT',
      aliases: ['HTRANSIT'],
    },
    {
      id: 'tool--6c0a1b3e-0c62-4f0e-8d51-2f3c1f6a9e23',
      type: 'tool',
      name: 'QTUN',
      aliases: ['QTUN', 'QTun'],
    },
  ]);
  const found = (text: string): string[] =>
    extractEntities(text, splitSentences(text), withCapitals).map((e) => `${e.type}:${e.name}`);

  it('is named in capitals or with a capital inside the word, not in title case', () => {
    expect(found('The operators relied on COPPERLANE servers and HTransit proxies.')).toEqual([
      'intrusion-set:COPPERLANE',
      'tool:HTRANSIT',
    ]);
    expect(found('The operators relied on Copperlane servers and Htransit proxies.')).toEqual([]);
    // a short acronym a source also spells in mixed case: the mixed spelling counts
    expect(found('The operators then tunnelled their traffic through QTun.')).toEqual([
      'tool:QTUN',
    ]);
  });
});

describe("a ransomware gang's name", () => {
  const gang = buildKnowledgeIndex([
    {
      id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e11',
      type: 'intrusion-set',
      name: 'Quill Spider',
      aliases: ['Quill Spider', 'QUILLV Ransomware Group'],
    },
    malwareEntry(12, 'InkCat', { aliases: ['InkCat', 'QUILLV'] }),
    {
      id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e13',
      type: 'intrusion-set',
      name: 'Penwick Group',
      aliases: ['Penwick Group'],
    },
  ]);
  const named = (text: string): string[] =>
    entitiesIn(gang, text).map((e) => `${e.type}:${e.name}:${e.mentions[0]!.text}`);

  it('is the group, its generic words in lower case, where the family alone is malware', () => {
    expect(named('The QUILLV ransomware group claimed the attack.')).toEqual([
      'intrusion-set:Quill Spider:QUILLV ransomware group',
    ]);
    expect(named('The QUILLV ransomware encrypted the files.')).toEqual(['malware:InkCat:QUILLV']);
  });

  it('is not another group written with a lower-case "group": that word is no part of the name', () => {
    expect(named('The Penwick group struck.')).toEqual(['intrusion-set:Penwick Group:Penwick']);
  });
});

describe("a group named in a vendor's weather scheme with ordinary words", () => {
  const index = buildKnowledgeIndex([
    {
      id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9d01',
      type: 'intrusion-set',
      name: 'Salt Typhoon',
      aliases: ['Salt Typhoon'],
    },
  ]);
  const groups = (text: string) =>
    entitiesIn(index, text)
      .filter((e) => e.type === 'intrusion-set')
      .map((e) => e.mentions.map((m) => m.text).join('|'));

  it('is the group opening a sentence too, and never the weather', () => {
    expect(groups('Salt Typhoon breached several telecommunications providers.')).toEqual([
      'Salt Typhoon',
    ]);
    expect(groups('Later, Salt Typhoon breached them.')).toEqual(['Salt Typhoon']);
    expect(groups('The salt typhoon season hit ports.')).toEqual([]);
  });
});

describe('a name of ordinary words opening a sentence', () => {
  const index = buildKnowledgeIndex([
    malwareEntry(42, 'Cobalt Strike', { type: 'tool' }),
    malwareEntry(43, 'Silence'),
  ]);
  const names = (text: string) => entitiesIn(index, text).map((e) => e.name);

  it('is the name when its later words keep their capitals', () => {
    expect(names('Cobalt Strike was used. The operators then left.')).toEqual(['Cobalt Strike']);
    expect(names('The mine produced tin.\n* Cobalt Strike\n* Mimikatz')).toEqual(['Cobalt Strike']);
  });

  it('is not the name in a title-case heading, in lower case, or as one word', () => {
    expect(names('Cobalt Strike Prices Rise As Mines Close')).toEqual([]);
    expect(names('Cobalt strike prices rose after the mines closed.')).toEqual([]);
    expect(names('Silence fell over the room.')).toEqual([]);
  });
});

describe('a malware alias that is an ordinary word ("Soldier" for SysUpdate)', () => {
  const index = buildKnowledgeIndex([
    malwareEntry(41, 'SysUpdate', { aliases: ['SysUpdate', 'Soldier'] }),
  ]);
  it('is the malware only with a kind word beside it', () => {
    expect(knownMalwareNames(index, 'A Soldier of the brigade was arrested.')).toEqual([]);
    expect(knownMalwareNames(index, 'Soldier, a backdoor, was deployed.')).toEqual(['SysUpdate']);
  });
});

describe('a family named by an English word ("Royal")', () => {
  const index = buildKnowledgeIndex([malwareEntry(42, 'Royal', { externalId: 'S1073' })]);
  it("opens an institution's name, up to its head word", () => {
    expect(
      knownMalwareNames(index, 'LockBit has since attacked Boeing and the Royal Mail.'),
    ).toEqual([]);
    expect(
      knownMalwareNames(index, 'The lure claimed to come from the Royal Thai Police last week.'),
    ).toEqual([]);
    expect(knownMalwareNames(index, 'Royal Mail said it was hit in January.')).toEqual([]);
  });

  it('is the family elsewhere, also before a capitalized word that ends no institution', () => {
    expect(knownMalwareNames(index, 'The Royal ransomware hit Dallas in May.')).toEqual(['Royal']);
    expect(
      knownMalwareNames(index, 'The loader then ran the Royal Demon agent on the server.'),
    ).toEqual(['Royal']);
  });
});

describe('a tool that is also a product', () => {
  const index = buildKnowledgeIndex([
    malwareEntry(73, 'ConnectWise', {
      type: 'tool',
      externalId: 'S0591',
      aliases: ['ConnectWise', 'ScreenConnect'],
    }),
  ]);
  const found = (text: string) =>
    entitiesIn(index, text)
      .filter((e) => e.type === 'tool')
      .map((e) => e.mentions.map((m) => m.text).join(' | '));
  it('is the tool used, not the product a vulnerability is in', () => {
    expect(found('The affiliates installed ScreenConnect on each host.')).toEqual([
      'ScreenConnect',
    ]);
    expect(found('They exploited CVE-2024-1709 in ConnectWise ScreenConnect last year.')).toEqual(
      [],
    );
    expect(found('Unpatched ScreenConnect servers were exploited.')).toEqual([]);
  });
});

describe('a tool name written in lower case', () => {
  const tools = buildKnowledgeIndex([
    malwareEntry(70, 'Rclone', { type: 'tool', externalId: 'S1040' }),
    malwareEntry(71, 'Responder', { type: 'tool', externalId: 'S0174' }),
    // As only MISP knows it: a kind of malware as often as one family.
    malwareEntry(72, 'Coinminer'),
  ]);
  const found = (text: string) =>
    entitiesIn(tools, text)
      .filter((e) => e.type === 'tool' || e.type === 'malware')
      .map((e) => e.name);

  it('is the tool when the name is no English word and ATT&CK knows it', () => {
    expect(
      found('The operators exfiltrated the archives to MEGA using rclone over several nights.'),
    ).toEqual(['Rclone']);
    expect(found('The operators ran rclone copy with a config file from the share.')).toEqual([
      'Rclone',
    ]);
  });

  it('is the word when it is one, a name only MISP knows, or part of a link or a path', () => {
    expect(found('The first responder found that the loader dropped a coinminer.')).toEqual([]);
    expect(
      found('The lure pointed to https://example.com/get?tool=rclone for the victims.'),
    ).toEqual([]);
    expect(found('The ransom note listed *.rclone; among the extensions it encrypts.')).toEqual([]);
    expect(found('Read the rclone-guide page before you open the archive today.')).toEqual([]);
  });
});

describe('a malware name people give themselves', () => {
  const families = buildKnowledgeIndex([
    malwareEntry(71, 'Excalidor', { aliases: ['Excalidor', 'Sabrevel'] }),
    malwareEntry(72, 'Quorvex'),
  ]);
  it('names the people, in a list too, and the family elsewhere', () => {
    const known = (text: string) => entitiesIn(families, text).map((e) => `${e.type}:${e.name}`);
    expect(known('Two hackers calling themselves Sabrevel and Quorvex leaked it.')).toEqual([]);
    expect(known('Two hackers calling themselves Mark and Sabrevel leaked it.')).toEqual([]);
    expect(known('A hacktivist going by the handle Sabrevel leaked the data.')).toEqual([]);
    expect(
      knownMalwareNames(families, 'The hackers deployed Sabrevel, a backdoor they call their own.'),
    ).toEqual(['Excalidor']);
  });
});

describe('a known name inside a longer one a naming verb announces', () => {
  const families = buildKnowledgeIndex([malwareEntry(73, 'Quorvex', { aliases: ['VIPERLING'] })]);
  it('is part of the longer name, not the family', () => {
    expect(
      knownMalwareNames(families, 'They used a shellcode loader named LINE VIPERLING last year.'),
    ).toEqual([]);
    expect(knownMalwareNames(families, 'They used a shellcode loader named VIPERLING.')).toEqual([
      'Quorvex',
    ]);
    expect(knownMalwareNames(families, 'They used tools such as LINE VIPERLING.')).toEqual([
      'Quorvex',
    ]);
  });

  it('is the longer name where the text repeats it, and the longer name is discovered', () => {
    const found = (text: string) =>
      entitiesIn(families, text).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));
    expect(
      found('They used a shellcode loader called LINE VIPERLING. LINE VIPERLING hides its logs.'),
    ).toEqual(['malware:LINE VIPERLING', 'malware:LINE VIPERLING']);
    expect(found('They used a backdoor dubbed SHADOW MOTH.')).toEqual(['malware:SHADOW MOTH']);
    // One word in capitals is as often an acronym; a shouting text writes every word so.
    expect(found('They ran tools such as PowerShell and WMI.')).toEqual([]);
    expect(found('THEY USED A BACKDOOR DUBBED SHADOW MOTH.')).toEqual([]);
  });

  it('lets a bootkit announce a new family', () => {
    expect(
      entitiesIn(families, 'The attackers deployed a bootkit called Raylinter.').map(
        (e) => `${e.type}:${e.name}`,
      ),
    ).toContain('malware:Raylinter');
  });
});

describe('a name one source writes in capitals only', () => {
  const entries: KnowledgeEntry[] = [
    {
      id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e31',
      type: 'intrusion-set',
      name: 'VELKSUS$',
      aliases: ['VELKSUS$'],
      externalId: 'G9931',
    },
    malwareEntry(32, 'Velksus$'),
    malwareEntry(33, 'Quorvane Ransomware', { aliases: ['Quorvane'] }),
    malwareEntry(34, 'QUORVANE', { externalId: 'S9934' }),
  ];
  const index = buildKnowledgeIndex(entries);
  const named = (text: string) => entitiesIn(index, text).map((e) => `${e.type}:${e.name}`);
  it('is also the other kind of thing another source writes in mixed case', () => {
    expect(named('The Velksus$ group breached Okta in 2022.')).toEqual(['intrusion-set:VELKSUS$']);
  });
  it('is not what a mixed-case mention names among things of one kind', () => {
    expect(named('The Quorvane malware encrypted the hosts.')).toEqual([
      'malware:Quorvane Ransomware',
    ]);
  });
});

describe('a known name the text defines as a company', () => {
  const index = buildKnowledgeIndex([
    malwareEntry(35, 'Quellworm', { aliases: ['Quellworm', 'Tavo'] }),
  ]);
  const named = (text: string) => entitiesIn(index, text).map((e) => `${e.type}:${e.name}`);
  it('is the company there and where the name stands alone', () => {
    const text =
      'Hackers stole the data of 8,000 children from Tavo, a nursery chain with 18 sites. ' +
      'Tavo said it was working with the police.';
    expect(named(text)).toContain('identity:Tavo');
    expect(named(text)).not.toContain('malware:Quellworm');
  });
  it('is no family where "the" opens it before a company noun', () => {
    for (const company of ['the Tavo nursery chain', 'the Tavo beer maker']) {
      expect(named(`Hackers stole data from ${company}. Tavo told parents.`)).not.toContain(
        'malware:Quellworm',
      );
    }
    // A chain of no trade, or a threat's word between.
    expect(named('The Tavo infection chain starts with a document.')).toContain(
      'malware:Quellworm',
    );
    expect(named('A report on the Tavo cybercrime firm followed.')).toContain('malware:Quellworm');
    expect(named('Hackers hit Acme. Tavo firm data leaked.')).toContain('malware:Quellworm');
  });
  it('is still the family where the apposition names a threat or a tool', () => {
    expect(named('Tavo, a worm sold by a criminal vendor, spread fast.')).toContain(
      'malware:Quellworm',
    );
    expect(named('The hosts ran Tavo, a ransomware provider’s loader.')).toContain(
      'malware:Quellworm',
    );
  });
});

describe("a known group's name the text gives as a company's former name", () => {
  const index = buildKnowledgeIndex([
    {
      id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e77',
      type: 'intrusion-set',
      name: 'Velmor Team',
      aliases: ['Velmor Team'],
    },
  ]);
  const sets = (text: string) =>
    entitiesIn(index, text)
      .filter((e) => e.type === 'intrusion-set')
      .map((e) => e.name);
  it('is no group after the company it was the name of', () => {
    expect(
      sets('Dante was built by the Italian company Tesmo Labs (formerly Velmor Team).'),
    ).toEqual([]);
    expect(sets('It came from spyware vendor Tesmo, formerly known as Velmor Team.')).toEqual([]);
  });
  it('is the group where no company stands before the word', () => {
    expect(sets('The Velmor Team group, formerly Velmor Team, hit Acme.')).toEqual(['Velmor Team']);
    expect(sets('Tesmo (formerly Velmor Team) hacked the ministry.')).toEqual(['Velmor Team']);
  });
});

describe('a family its sources write only in lower case', () => {
  const families = buildKnowledgeIndex([
    malwareEntry(81, 'ghost'),
    malwareEntry(82, 'delta'),
    malwareEntry(83, 'Cring'),
  ]);
  const found = (text: string) =>
    entitiesIn(families, text)
      .filter((e) => e.type === 'malware')
      .map((e) => e.name);

  it('is the family with its head noun right after it, or after another name in brackets', () => {
    expect(found('Last year Ghost ransomware hit schools in many countries.')).toEqual(['Ghost']);
    expect(found('The FBI warned of Ghost (Cring) ransomware in its advisory.')).toEqual([
      'Ghost',
      'Cring',
    ]);
  });

  it('is the word otherwise, whatever other kind word stands beside it', () => {
    expect(found('Last year the Delta variant spread across many countries.')).toEqual([]);
    expect(found('The FBI warned of a Ghost (Cring) variant in its advisory.')).toEqual(['Cring']);
    expect(found('Last year the Ghost payload hit schools in many countries.')).toEqual([]);
  });
});
