/**
 * Names a report lists after a naming phrase ("also known as", "aka", "tracked as", "groups such as"):
 * each item of the list is of the kind of the name or the head noun before the phrase.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--cc613a49-9bfa-4e22-98d1-15ffbb03f034',
    type: 'intrusion-set',
    name: 'Silence',
    aliases: ['Silence', 'Whisper Spider'],
    externalId: 'G0091',
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);
const empty = buildKnowledgeIndex([]);

const names = (text: string, knowledge = empty): string[] =>
  extractEntities(text, splitSentences(text), knowledge)
    .filter((e) => e.type === 'intrusion-set' || e.type === 'malware')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('|')}`);

describe('aliases listed after a name', () => {
  it('takes every new item for another name of the group before the naming phrase', () => {
    expect(names('Our telemetry shows TA4321 is also known as Quillfish and Marbleheron.')).toEqual(
      ['intrusion-set:TA4321|Quillfish|Marbleheron'],
    );
  });

  it('reads "namely" after a kind word as a naming word', () => {
    expect(names('Other threat actors, namely Velkrot and Tuskgroup, share tools.')).toEqual([
      'intrusion-set:Velkrot',
      'intrusion-set:Tuskgroup',
    ]);
  });

  it('reads "tracked by <vendor> as" as a naming phrase', () => {
    expect(
      names('The threat actors responsible are tracked by Check Point Research as Velkrot Dragon.'),
    ).toEqual(['intrusion-set:Velkrot Dragon']);
    expect(names('The files were signed by Acme as Contoso Orbweaver.')).toEqual([]);
  });

  it('takes a name given with "called" for a name of something new, not an alias', () => {
    expect(names('An interview with the group behind TA4321 called “Dorriesupp” ran.')).toEqual([
      'intrusion-set:TA4321',
      'intrusion-set:Dorriesupp',
    ]);
  });

  it('takes a name "also called" or "sometimes called" for another name of the one before', () => {
    expect(names('TA4321, also called Quillfish, hit banks.')).toEqual([
      'intrusion-set:TA4321|Quillfish',
    ]);
    expect(names('TA4321, sometimes dubbed Quillfish, hit banks.')).toEqual([
      'intrusion-set:TA4321|Quillfish',
    ]);
  });

  it('gives a name after a copula to the subject, whose first kind word is its head', () => {
    expect(names('The group behind the Zorvex ransomware is called Twistbrook.')).toContain(
      'intrusion-set:Twistbrook',
    );
    expect(names('The backdoor the group deploys is called Floxbreaker.')).toEqual([
      'malware:Floxbreaker',
    ]);
    expect(names('In 2019 the new backdoor was dubbed Quarvex.')).toEqual(['malware:Quarvex']);
    // Without a copula the nearest kind word still decides.
    expect(names('A new backdoor called Quarvex appeared.')).toEqual(['malware:Quarvex']);
  });

  it('gives an alias after "aka" the kind of the name a naming phrase announced before it', () => {
    // "Unknown" is an ordinary word, no name; the cue for UNKN is still the subject's "actor".
    expect(
      names('The main actor promoting Zorvex ransomware is called **Unknown** aka **UNKN**.'),
    ).toEqual(['malware:Zorvex', 'intrusion-set:UNKN']);
    // The alias is a second name of the same new family.
    expect(names('A new backdoor was dubbed Quarvex, aka Floxbreaker, by the group.')).toEqual([
      'malware:Quarvex|Floxbreaker',
    ]);
  });

  it('takes the name an actor gives themselves for a persona, not an alias', () => {
    expect(names('In June, a TA4321 actor self-identified as “Dorrie” sent another link.')).toEqual(
      ['intrusion-set:TA4321'],
    );
    expect(names('In June, a TA4321 actor identified as “Dorrie” sent another link.')).toEqual([
      'intrusion-set:TA4321',
      'intrusion-set:Dorrie',
    ]);
  });

  it('follows a comma list inside brackets and emphasis', () => {
    expect(
      names('A new APT77 (*aka* Dunmoth, Graywick, Lanternfish, etc.) wave hit two ministries.'),
    ).toEqual(['intrusion-set:APT77|Dunmoth|Graywick|Lanternfish']);
  });

  it('takes a vendor-scheme name listed as a known group for that group, every time it is named', () => {
    expect(
      names('Whisper Spider, also known as UNC9876 or TA4321, struck. UNC9876 left.', index),
    ).toEqual(['intrusion-set:Whisper Spider|UNC9876|TA4321|UNC9876']);
    // In brackets right after the name, either way round.
    expect(
      names('The UAC-0133 group is a subcluster of UAC-0002 (Whisper Spider).', index),
    ).toEqual(['intrusion-set:UAC-0133', 'intrusion-set:UAC-0002|Whisper Spider']);
    expect(
      names('Whisper Spider (UNC9876) struck. UNC9876 left. UNC5555 (2023) too.', index),
    ).toEqual(['intrusion-set:Whisper Spider|UNC9876|UNC9876', 'intrusion-set:UNC5555']);
    // Listed beside a known group's name where the words leave the owner unsaid; not in a list of groups.
    expect(
      names(
        'The hackers, who are also tracked as Whisper Spider, UNC9876 and Silence, hit banks.',
        index,
      ),
    ).toEqual(['intrusion-set:Whisper Spider|UNC9876|Silence']);
    expect(
      names('The hackers, who are also tracked as UNC9876 and Whisper Spider, hit banks.', index),
    ).toEqual(['intrusion-set:UNC9876|Whisper Spider']);
    // A former name in brackets.
    expect(names('Acme tracks them as Velvet Tempest (formerly DEV-0504).')).toEqual([
      'intrusion-set:Velvet Tempest|DEV-0504',
    ]);
    expect(names('Groups such as Whisper Spider and UNC9876 hit banks.', index)).toEqual([
      'intrusion-set:Whisper Spider',
      'intrusion-set:UNC9876',
    ]);
  });

  it('takes a designator the knowledge holds only from MISP for the ATT&CK group listed with it', () => {
    const group = (id: string, name: string, externalId?: string): KnowledgeEntry => ({
      id: `intrusion-set--${id}`,
      type: 'intrusion-set',
      name,
      aliases: [name],
      ...(externalId ? { externalId } : {}),
    });
    const knowledge = buildKnowledgeIndex([
      group('0c2e7b1a-5d4f-4e8a-9b3c-7f6e5d4c3b2a', 'Dunmoth', 'G0991'),
      group('1d3f8c2b-6e5a-4f9b-8c4d-8a7f6e5d4c3b', 'TA4321'),
      group('2e4a9d3c-7f6b-4a0c-9d5e-9b8a7f6e5d4c', 'APT99', 'G0992'),
    ]);
    const found = (text: string) =>
      extractEntities(text, splitSentences(text), knowledge)
        .filter((e) => e.type === 'intrusion-set')
        .map((e) => `${e.name}:${e.mentions.map((m) => m.text).join('|')}`);
    expect(found('TA4321, a threat actor also known as Dunmoth, struck. TA4321 left.')).toEqual([
      'Dunmoth:TA4321|Dunmoth|TA4321',
    ]);
    // Two ATT&CK groups stay apart, whatever a report says.
    expect(found('APT99, also known as Dunmoth, struck.')).toEqual([
      'APT99:APT99',
      'Dunmoth:Dunmoth',
    ]);
    // A noun right after the name is its subject: one actor of the group, named as a persona.
    expect(found('In June, a TA4321 actor also known as Dunmoth wrote.')).toEqual([
      'TA4321:TA4321',
      'Dunmoth:Dunmoth',
    ]);
  });

  it('takes a vendor-scheme name in the list as a group without a cue word', () => {
    expect(
      names('UNC4821 overlaps with activity tracked as Velvetcrow, and Imperial Kitten.'),
    ).toEqual([
      'intrusion-set:UNC4821',
      'intrusion-set:Velvetcrow',
      'intrusion-set:Imperial Kitten',
    ]);
  });

  it('lets an ordinary-word alias count when the list names it', () => {
    // The list names it, and says the new scheme name is that group too.
    expect(names('Analysts say TA4321 is also known as Silence.', index)).toEqual([
      'intrusion-set:TA4321|Silence',
    ]);
    expect(names('After the outage came Silence.', index)).toEqual([]);
  });

  it('gives a name announced after a number (a CVE id, a version) to that thing', () => {
    expect(
      names('The gang exploited CVE-2021-34527 (aka PrintNightmare) on domain controllers.'),
    ).toEqual([]);
  });

  it('gives a name announced after a vulnerability to the vulnerability', () => {
    expect(
      names('The Ostrana malware exploits a flaw tracked as Harbormist on old routers.'),
    ).toEqual(['malware:Ostrana']);
  });

  it('does not give names of classes or files the kind of the malware before them', () => {
    expect(
      names(
        'The malware has three classes named "ChromeProvider", "MailProvider" and "WebProvider".',
      ),
    ).toEqual([]);
    expect(names('The malware creates a mutex named NASAKLOP and then waits.')).toEqual([]);
    expect(names('The malware drops a loader named NASAKLOP and then waits.')).toEqual([
      'malware:NASAKLOP',
    ]);
  });
});

describe('lists after "such as"', () => {
  it('types the items by the head noun right before "such as"', () => {
    expect(names('It was reused by state-sponsored groups such as APT77 and Dunmoth.')).toEqual([
      'intrusion-set:APT77',
      'intrusion-set:Dunmoth',
    ]);
    expect(
      names('The loader later delivered ransomware such as Quillcrypt and Vexlocker.'),
    ).toEqual(['malware:Quillcrypt', 'malware:Vexlocker']);
  });

  it('reads "like" after a head noun as "such as"', () => {
    expect(
      names('Lesser-known variants like Harbormist, Velvetine and Thornpaw also grew.'),
    ).toEqual(['malware:Harbormist', 'malware:Velvetine', 'malware:Thornpaw']);
    expect(names('The lure looks like Harbormist and Velvetine.')).toEqual([]);
  });

  it('takes the tools an actor used, not the defenders’ or the victims’', () => {
    const tools = (text: string): string[] =>
      extractEntities(text, splitSentences(text), empty)
        .filter((e) => e.type === 'tool')
        .map((e) => e.name);
    // The head noun before what the things are for: "tools for network reconnaissance, such as".
    expect(
      tools(
        'It then uses open-source tools for network reconnaissance, such as Velkscan and Zorbo.',
      ),
    ).toEqual(['Velkscan', 'Zorbo']);
    expect(
      tools('It then sent emails for network reconnaissance, such as Velkscan and Zorbo.'),
    ).toEqual([]);
    expect(tools('The actors used tools such as Velkhunter, Ostratool and Kelvmap.')).toEqual([
      'Velkhunter',
      'Ostratool',
      'Kelvmap',
    ]);
    expect(tools('It checks for security tools such as Velkhunter and Ostratool.')).toEqual([]);
    expect(tools('Check links with URL scanning tools such as VELKSCAN first.')).toEqual([]);
    expect(tools('It steals passwords from popular tools like Velkhunter and Ostratool.')).toEqual(
      [],
    );
  });

  it('proposes nothing when the head noun is not a threat', () => {
    expect(names('The actor spoofed popular VPN clients, such as NordMesh and Shieldly.')).toEqual(
      [],
    );
  });
});

describe('a name the authors give with "call"', () => {
  it('is of the kind the noun before it says', () => {
    expect(names('The actor, which we call Velkbrand, has targeted banks since 2019.')).toEqual([
      'intrusion-set:Velkbrand',
    ]);
    // Its own people call it so: their word says nothing of its kind.
    expect(
      names('We analyzed a new ransomware family, which its operators call Velkbyte, in May.'),
    ).toEqual(['malware:Velkbyte']);
    expect(names('The operators call Velkbyte from a script in May.')).toEqual([]);
  });

  it('is of the kind the noun before a vendor says, when the vendor calls it so', () => {
    expect(
      names('The link installed a new backdoor Microsoft calls Velkdoor on the victim machine.'),
    ).toEqual(['malware:Velkdoor']);
    expect(names('The actor ran a backdoor Mandiant tracks as VELKBITE to query data.')).toEqual([
      'malware:VELKBITE',
    ]);
    expect(names('The actor ran a backdoor that tracks as VELKBITE to query data.')).toEqual([]);
    // After "which": "The wipers, which Acme calls …".
    expect(names('The wipers, which Acme calls ZEROLOT and Velkstring, were delivered.')).toEqual([
      'malware:ZEROLOT',
      'malware:Velkstring',
    ]);
    expect(names('The files, which Acme calls Velkstring, were opened.')).toEqual([]);
    expect(names('The wipers, and Acme calls Velkstring, were delivered.')).toEqual([]);
    // A vendor's tracking phrase: "which Acme tracks as", "tracks the same actor as", "tracks it as".
    expect(names('They named the group Gravel Panda, which Acme tracks as Cinder Kitten.')).toEqual(
      ['intrusion-set:Gravel Panda', 'intrusion-set:Cinder Kitten'],
    );
    expect(names('Acme tracks the same actor as Cinder Kitten.')).toEqual([
      'intrusion-set:Cinder Kitten',
    ]);
    expect(names('This group hit banks; Acme tracks it as Cinder Kitten.')).toEqual([
      'intrusion-set:Cinder Kitten',
    ]);
    expect(names('Acme tracks it as Cinder Kitten.')).toEqual([]);
    // The object of the tracking phrase says the kind: "tracks the group as", "the same threat actor".
    expect(names('Acme, which tracks the group as Velvet Tundra, says so.')).toEqual([
      'intrusion-set:Velvet Tundra',
    ]);
    expect(names('Acme tracks the same threat actor as Velvet Tundra.')).toEqual([
      'intrusion-set:Velvet Tundra',
    ]);
    expect(names('Acme tracks this group as Velvet Tundra.')).toEqual([
      'intrusion-set:Velvet Tundra',
    ]);
    expect(names('The backdoor tracks the victim as Velvet Tundra.')).toEqual([]);
    // The report's own "we", after the kind word: "the threat actor we track as".
    expect(names('We tie it to the threat actor we track as Velkoff.')).toEqual([
      'intrusion-set:Velkoff',
    ]);
    expect(names('We met the victim we track as Velkoff.')).toEqual([]);
    expect(names('Acme tracks the old group as Velvet Tundra.')).toEqual([]);
    expect(names('Acme sees the group as Velvet Tundra.')).toEqual([]);
    expect(names('The sale of Gravel Panda, which tracks as Cinder Kitten, closed.')).toEqual([]);
    // The report's own vendor, as "it".
    expect(names('The actor ran a backdoor it calls VELKBITE to query data.')).toEqual([
      'malware:VELKBITE',
    ]);
    expect(names('The actor ran a backdoor, and it calls VELKBITE to query data.')).toEqual([]);
    // A plural kind, with no article.
    expect(names('It deployed malware families it calls VELKVEIN and QUORGIFT.')).toEqual([
      'malware:VELKVEIN',
      'malware:QUORGIFT',
    ]);
    expect(names('It deployed a malware family, and it calls VELKVEIN.')).toEqual([]);
    // A web shell is malware, whoever installed it.
    expect(names('The gang installed a web shell called VELKSHELL on the servers.')).toEqual([
      'malware:VELKSHELL',
    ]);
  });

  it('is no name when code calls a function', () => {
    expect(names('To run the shellcode, the loader calls ZwCreateThreadEx on the host.')).toEqual(
      [],
    );
    expect(names('To run the shellcode, the loader Velkdoor calls Zwcreate on the host.')).toEqual(
      [],
    );
    expect(names('The malware uses API calls “RtlGetVersion” to read the version.')).toEqual([]);
  });
});

describe('the parts of an actor', () => {
  it('are groups when a naming word follows their noun, and the noun is no cue elsewhere', () => {
    expect(
      names(
        'TA4321 is an umbrella for what are three distinct teams which researchers have named ' +
          'Quillfrog, Marblefrog and Dorriefrog.',
      ),
    ).toEqual([
      'intrusion-set:TA4321',
      'intrusion-set:Quillfrog',
      'intrusion-set:Marblefrog',
      'intrusion-set:Dorriefrog',
    ]);
    expect(names('This is becoming important for both security and DevSecOps teams.')).toEqual([]);
  });
});

describe('a naming verb before the noun phrase it names', () => {
  it('takes the kind from the phrase between the verb and the name', () => {
    expect(names('Proofpoint has named this malicious browser extension “Quillfox”.')).toEqual([
      'malware:Quillfox',
    ]);
    expect(names('We dubbed this new backdoor Marbleshade. We call this crew Dorriesupp.')).toEqual(
      ['malware:Marbleshade', 'intrusion-set:Dorriesupp'],
    );
  });

  it('names nothing without a kind word, for a thing, or after "the"', () => {
    expect(names('The vendor shipped a browser extension named Quillfox.')).toEqual([]);
    expect(names('We named this browser extension “Quillfox”.')).toEqual([]);
    expect(names('We named this file Marbleshade. We call this Sunday Funday.')).toEqual([]);
    expect(names('We named this malware module Quillmod.')).toEqual([]);
    // Proofpoint names its provisional clusters after lures and strings ("the cluster CPRS").
    expect(names('Proofpoint named the second threat cluster Dorriesupp.')).toEqual([]);
  });
});

describe('a list after a plural kind noun and a colon', () => {
  it('takes every item for a name of that kind', () => {
    expect(names('We saw three active exploit kits: Zorblax, Quillkit, and Marbleheron.')).toEqual([
      'malware:Zorblax',
      'malware:Quillkit',
      'malware:Marbleheron',
    ]);
    expect(names('The download of three different RATs: Zorblax and Quillrat.')).toEqual([
      'malware:Zorblax',
      'malware:Quillrat',
    ]);
  });

  it('reads no list after a singular label or a title', () => {
    expect(names('th, td { width: 50%; font-family: Quillsans, Arial, sans-serif; }')).toEqual([]);
    expect(names('The adversary: Working hours match with GMT+8.')).toEqual([]);
    expect(names('Exploit Kits: Anatomy Of A Silverlight Exploit')).toEqual([]);
    expect(names('Affected products: Windows, Exchange and Quillware.')).toEqual([]);
  });
});

describe("a list in apposition to counted or new kinds, or in an actor's kit", () => {
  it('takes every item for a name of that kind', () => {
    expect(names('The group used two new backdoors, Pterozorb and Pteroquill, in 2024.')).toEqual([
      'malware:Pterozorb',
      'malware:Pteroquill',
    ]);
    expect(
      names('The group relied on its known toolset, including Pterozorb and Pteroquill.'),
    ).toEqual(['malware:Pterozorb', 'malware:Pteroquill']);
  });

  it('reads no list after a plain plural or a kit of nobody in particular', () => {
    expect(names('They dropped backdoors, Pterozorb and Pteroquill said.')).toEqual([]);
    expect(names('A toolset including Pterozorb and Pteroquill is sold online.')).toEqual([]);
  });
});

describe('names given to parts of code', () => {
  it("reads an actor's custom components as malware, not a product's components", () => {
    expect(
      names('ESET found three custom components we named TurtleShell, WavyBadger and ZeroPaper.'),
    ).toEqual(['malware:TurtleShell', 'malware:WavyBadger', 'malware:ZeroPaper']);
    expect(names('The suite has two components we named Alphawing and Betawing.')).toEqual([]);
  });
});
