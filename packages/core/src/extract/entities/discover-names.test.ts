/**
 * New names found by the head word after them ("the Foo ransomware", "the Bar group"), without knowledge.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const names = (text: string): string[] =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'intrusion-set' || e.type === 'malware')
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('|')}`);

/** Names of the tools found in `text`. */
const tools = (text: string): string[] =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'tool')
    .map((e) => e.name);

describe('a name before a head word', () => {
  it('is a new family or group', () => {
    expect(names('In March the operators pushed the Ostrana malware to new victims.')).toEqual([
      'malware:Ostrana',
    ]);
    expect(names('We attribute the wave to the Kelvreth group with moderate confidence.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
  });

  it('is a new family where the text quotes it before the head word', () => {
    expect(names('Self-replicating "Shai-Hulud" worm compromises npm packages')).toEqual([
      'malware:Shai-Hulud',
    ]);
    expect(names('Hackers deployed the “Funnel Cake” backdoor.')).toEqual(['malware:Funnel Cake']);
    expect(names('It stole the "Shai-Hulud worm" samples.')).toEqual([]);
    expect(names('The "dropped" malware ran.')).toEqual([]);
    expect(names('The Hulud" worm spread.')).toEqual([]);
  });

  it("is a tool where a coined spelling stands before a tool word, not the authors' own", () => {
    expect(tools('The script downloads the legitimate TruffleHog secret scanner.')).toEqual([
      'TruffleHog',
    ]);
    expect(tools('To reach Linux hosts, the attackers use the PuTTY utility.')).toEqual(['PuTTY']);
    expect(tools('The archive runs the LiteManager remote administration tool.')).toEqual([
      'LiteManager',
    ]);
    expect(tools('The archive runs the LiteManager that a remote administration tool.')).toEqual(
      [],
    );
    expect(tools('It implements the SSHv2 protocol, this tool ensures speed.')).toEqual([]);
    expect(tools('It runs the Windows tool and the Cloud scanner.')).toEqual([]);
    expect(tools('The botnet appears to be a DoS tool.')).toEqual([]);
    expect(tools('Using the LECmd tool, we extracted the SID value.')).toEqual([]);
  });

  it('is a family of two words that "Locker" ends before "ransomware"', () => {
    expect(
      names('On day 29 the actor deployed Dagon Locker ransomware across the domain.'),
    ).toEqual(['malware:Dagon Locker']);
    expect(names('The sample was a Silver Locker ransomware build found online.')).toEqual([]);
    expect(names('On day 29 the actor deployed Dagon Locker software across the domain.')).toEqual(
      [],
    );
  });

  it('is a new exploit kit before "EK" or "exploit kit", not before "exploit" alone', () => {
    expect(names('Today the Vantorek exploit kit pushed a loader to visitors.')).toEqual([
      'malware:Vantorek',
    ]);
    expect(names('The landing page of the Vantorek EK checks the browser.')).toEqual([
      'malware:Vantorek',
    ]);
    expect(names('The attackers used a public Vantorek exploit against the server.')).toEqual([]);
    // A short acronym names the kit too, where it names a technology before other head words.
    expect(names('The VTK EK pushed a loader; the UEFI malware hid.')).toEqual(['malware:VTK']);
  });

  it('is a new family in capitals, a few words describing it before its kind', () => {
    expect(
      names(
        'We observed the TRAILBLAZE in-memory only dropper and the BRUSHFIRE passive backdoor. ' +
          'A script executed TRAILBLAZE, which injected BRUSHFIRE into memory.',
      ),
    ).toEqual(['malware:TRAILBLAZE|TRAILBLAZE', 'malware:BRUSHFIRE|BRUSHFIRE']);
    // An acronym, a capitalized word, or more words than a description's: none.
    expect(
      names(
        'They installed the HTTP passive backdoor, the Brushfire passive backdoor and the ZORVEX ' +
          'code that was later a dropper.',
      ),
    ).toEqual([]);
    // A coined spelling with inner capitals is a name too; an identifier is none.
    expect(names('The command downloaded the NodeSnake remote access trojan.')).toEqual([
      'malware:NodeSnake',
    ]);
    expect(names('It called the getPayload remote access trojan.')).toEqual([]);
    expect(
      names('They studied the ZorvEx version of the ransomware and the URIs the malware uses.'),
    ).toEqual([]);
  });

  it('is a new web shell before "web shell" or "webshell", not before "shell" alone', () => {
    expect(names('The actors deployed a newly discovered LEMURLOOT web shell.')).toEqual([
      'malware:LEMURLOOT',
    ]);
    expect(names('They then used the Vantorek webshell to upload files.')).toEqual([
      'malware:Vantorek',
    ]);
    expect(names('The operators opened a Kelvreth shell on the router.')).toEqual([]);
  });

  it('is every name of a list the head word follows', () => {
    expect(names('The actors installed ShadowNet, Duojeen, and PubSab malware on hosts.')).toEqual([
      'malware:ShadowNet',
      'malware:Duojeen',
      'malware:PubSab',
    ]);
    expect(names('Victims got Zorvex or Kelvo ransomware in 2020.')).toEqual([
      'malware:Zorvex',
      'malware:Kelvo',
    ]);
    // Products, platforms and short acronyms in the list are no names.
    expect(names('In the logs we then saw Windows, Linux, USB and Kelvo malware.')).toEqual([
      'malware:Kelvo',
    ]);
    // A plural kind word heads a list of names only, never one name ("the Kelvo loaders").
    expect(names('They used the LOADGRIP and BIASBOOST loaders and the Kelvo loaders.')).toEqual([
      'malware:LOADGRIP',
      'malware:BIASBOOST',
    ]);
  });

  it('is a group before "threat actor" or "threat group", and after a threat\'s group words', () => {
    expect(names('Attacks by the Kelvreth threat actor went on in May.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
    expect(
      names('In May the threat actor Kelvreth Harbor hit ports; later the APT group Dunmoth.'),
    ).toEqual(['intrusion-set:Kelvreth Harbor', 'intrusion-set:Dunmoth']);
    // "The actor X" names a persona as often, "the group X" a Windows group.
    expect(names('Add the user to the group Kelvadmins, as the actor Dunmoth said.')).toEqual([]);
    expect(names('An insider threat actor leaked the files.')).toEqual([]);
    expect(names('The hacktivist group, Kelvreth Harbor claimed the outage.')).toEqual([
      'intrusion-set:Kelvreth Harbor',
    ]);
  });

  it('is not the last word of a longer capitalized name', () => {
    expect(names('In March the operators pushed the Velk Ostrana malware to new victims.')).toEqual(
      [],
    );
    expect(names('The account was added to the Remote Kelvreth group on the server.')).toEqual([]);
  });

  it('is two plain capitalized words when the text also uses them alone as a name', () => {
    const story = (extra: string) =>
      `We analysed the Ransom Harbor ransomware. Since May, Ransom Harbor has hit ports; we link it to Ransom Harbor and REvil.${extra}`;
    expect(names(story(''))).toEqual(['malware:Ransom Harbor|Ransom Harbor|Ransom Harbor']);
    // Alone only once, or written in lower case in prose: no name.
    expect(
      names('We analysed the Ransom Harbor ransomware. It hit Ransom Harbor clients.'),
    ).toEqual([]);
    expect(names(story(' The ransom harbor of the gang is a leak site.'))).toEqual([]);
    // A common first word before a coined one ("Black Basta") may open the name; two common words do not.
    const basta = (pair: string) =>
      `We analysed the ${pair} ransomware. Since May, ${pair} has hit ports; we link it to ${pair} and REvil.`;
    expect(names(basta('Black Vorsta'))).toEqual([
      'malware:Black Vorsta|Black Vorsta|Black Vorsta',
    ]);
    expect(names(basta('Black Market'))).toEqual([]);
    // A group head proves less ("Active Directory group": the name of another thing).
    expect(
      names(
        'Add it to the Velk Harbor group. Users of Velk Harbor and admins of Velk Harbor agree.',
      ),
    ).toEqual([]);
  });

  it('is not a Windows built-in group', () => {
    expect(
      names('The actors added the new account to the Administrators group and the Users group.'),
    ).toEqual([]);
  });

  it('is not a short acronym naming a technology or a company', () => {
    expect(names('The new UEFI malware survives a disk wipe, like the older USB worm.')).toEqual(
      [],
    );
    expect(names('Analysts at the NCC Group and the Kelvreth group disagree.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
  });

  it('is none where capitalized ordinary words go on after it', () => {
    expect(
      tools('The actors used tools such as Impacket, PsExec and Remote Desktop Protocol to move.'),
    ).toEqual(['Impacket', 'PsExec']);
    expect(tools('The actors used tools such as Impacket, PsExec and Velkrun to move.')).toEqual([
      'Impacket',
      'PsExec',
      'Velkrun',
    ]);
    // A vendor's name after it is no ordinary word.
    expect(tools('The actors used tools such as Velkrun Microsoft did not flag.')).toEqual([
      'Velkrun',
    ]);
  });

  it('is a remote-access product a list of tools names, and no family elsewhere', () => {
    const software = (text: string) =>
      extractEntities(text, splitSentences(text), empty)
        .filter((e) => e.type === 'tool' || e.type === 'malware' || e.type === 'intrusion-set')
        .map((e) => `${e.type}:${e.name}`);
    expect(software('They installed remote access tools such as AnyDesk and TeamViewer.')).toEqual([
      'tool:AnyDesk',
      'tool:TeamViewer',
    ]);
    expect(software('The TeamViewer malware and the AnyDesk group were seen.')).toEqual([]);
    expect(software('They used backdoors such as AnyDesk.')).toEqual([]);
    expect(software('They used tools such as PowerShell and Telegram.')).toEqual([]);
    // A list the word software opens, a name-like product in it too.
    expect(
      software('They ran remote access software such as Atera, AnyDesk and Splashtop.'),
    ).toEqual(['tool:Atera', 'tool:AnyDesk', 'tool:Splashtop']);
    expect(software('The actors installed software like Splashtop.')).toEqual(['tool:Splashtop']);
    expect(software('Companies such as Splashtop and Atera were breached.')).toEqual([]);
    // Items of several words and spelled otherwise still go on the list.
    expect(
      software('They used remote access software such as eHorus, GoTo Resolve, and SimpleHelp.'),
    ).toEqual(['tool:eHorus', 'tool:SimpleHelp']);
    // A product named in several words is one wherever it is written with its capitals.
    expect(software('They ran Advanced IP Scanner and SoftPerfect Network Scanner.')).toEqual([
      'tool:Advanced IP Scanner',
      'tool:SoftPerfect Network Scanner',
    ]);
    expect(software('They ran an advanced IP scanner, then asked for quick assist.')).toEqual([]);
    // Listed beside a tool the text names.
    const withTool = buildKnowledgeIndex([
      {
        id: 'tool--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9c02',
        type: 'tool',
        name: 'Velkrun',
        aliases: ['Velkrun'],
        externalId: 'S9999',
      },
    ]);
    const tools = (text: string) =>
      extractEntities(text, splitSentences(text), withTool)
        .filter((e) => e.type === 'tool')
        .map((e) => e.name);
    expect(tools('The affiliates used AnyDesk and Velkrun for remote access.')).toEqual([
      'AnyDesk',
      'Velkrun',
    ]);
    expect(tools('The affiliates used Velkrun and AnyDesk.')).toEqual(['Velkrun', 'AnyDesk']);
    expect(tools('The affiliates used Velkrun, then AnyDesk.')).toEqual(['Velkrun']);
  });

  it('is not a company whose name goes on with its legal form after "Group"', () => {
    expect(names('The attack on Zorbaki Group Holdings halted beer production.')).toEqual([]);
    expect(names('The attack on Zorbaki Group Ltd halted beer production.')).toEqual([]);
    expect(names('The Zorbaki Group hacked beer producers.')).toEqual(['intrusion-set:Zorbaki']);
  });

  it('is a group where actors operate under a persona, not a handle told of alone', () => {
    expect(
      names('The IRGC-affiliated cyber actors, using the persona "ZorvAv3ngers", hacked PLCs.'),
    ).toEqual(['intrusion-set:ZorvAv3ngers']);
    expect(names('They posted under the persona ZorvAv3ngers.')).toEqual([
      'intrusion-set:ZorvAv3ngers',
    ]);
    expect(names('The persona ZorvAv3ngers posted again.')).toEqual([]);
    expect(
      names('APT99 spent years masquerading as the persona “Marcella Zorvex” online.'),
    ).toEqual(['intrusion-set:APT99']);
  });

  it('is a coined name in capitals the malware is based on, not a language or a format', () => {
    expect(names('Mandiant found several ZORVEXSHELL-based backdoors on the routers.')).toEqual([
      'malware:ZORVEXSHELL',
    ]);
    expect(names('They used HTA-based backdoors and JAVASCRIPT-based malware.')).toEqual([]);
    expect(names('They used Zorvexshell-based backdoors.')).toEqual([]);
  });

  it('is not the owner of a noun the kind word qualifies ("malware removal tool")', () => {
    expect(names('Run the Zorbaki Malware Removal Tool on every router.')).toEqual([]);
    expect(names('Zorbaki malware analysts found it.')).toEqual([]);
    expect(names('Run the Zorbaki Malware on every router.')).toEqual(['malware:Zorbaki']);
  });

  it('is not a kind word alone, a language, a method name or a detection name', () => {
    expect(names('Then the eCrime gang sent new lures.')).toEqual([]);
    expect(names('The kit sold a Banker to the crew, and a Stealer too.')).toEqual([]);
    expect(
      names('Customers get the Cryptominer Detection feature; Coinminer malware is next.'),
    ).toEqual([]);
    expect(names('The actors returned with a Golang loader and a Haskell downloader.')).toEqual([]);
    expect(names('The Ostrabot botnet code calls the sendReport malware function.')).toEqual([
      'malware:Ostrabot',
    ]);
    expect(names('The ClientID sample and the WebFile sample were both seen.')).toEqual([]);
    expect(
      names('They used API calls in their droppers, such as WriteProcessMemory and ResumeThread.'),
    ).toEqual([]);
    // Win32 names end in their ANSI or wide variant, or "Ex".
    expect(
      names(
        'They used API calls in their droppers, such as CreateProcessA, ReadFileW and VirtualAllocEx.',
      ),
    ).toEqual([]);
    expect(names('Detected as TrojanDownloader:Win32/Cutwail by the engine.')).toEqual([]);
    expect(
      names('In one instance, APT29 created a Filter named BfeOnServiceStartTypeChange.'),
    ).toEqual(['intrusion-set:APT29']);
    expect(
      names('The loader runs an export named GlintLoader. Other DLLs with GlintLoader follow.'),
    ).toEqual([]);
    expect(names('We found a new family named GlintLoader in the wild.')).toEqual([
      'malware:GlintLoader',
    ]);
    // A persona's handle is a person's name, not a group's.
    expect(
      names('An actor using the moniker Kestrelwalker sold the kit. Kestrelwalker left in 2020.'),
    ).toEqual([]);
  });

  it('is not an API, a library or a verb that ends like a ransomware name', () => {
    expect(
      names('The sample calls CryptEncrypt and CryptDecrypt from the WinCrypt library.'),
    ).toEqual([]);
    expect(names('Only the actor’s Decrypt App key restores the files.')).toEqual([]);
    // A coined name of ordinary words with that ending still is one.
    expect(names('The sample dropped DirtyDecrypt and ZorvexCrypt on the host.')).toEqual([
      'malware:DirtyDecrypt',
      'malware:ZorvexCrypt',
    ]);
    expect(names('They sent a PowerPoint malware lure and a BlackBerry malware report.')).toEqual(
      [],
    );
    // A sample's own name is the file's, not a family's; a cluster of samples named so is a family.
    expect(names('We found a Glint RAT sample named NorthHaven in the dump.')).toEqual([
      'malware:Glint',
    ]);
    expect(names('Unit 7 tracks a group of samples named NorthHaven in the dump.')).toEqual([
      'malware:NorthHaven',
    ]);
    // Windows API libraries precede kind words in signatures ("WinHTTP loader/1.0").
    expect(names('The rule matches the User-Agent WinHTTP loader/1.0 in requests.')).toEqual([]);
    // Java's class loader and a network forensics tool.
    expect(
      names('The applet makes a new ClassLoader. The victim ran NetworkMiner on the capture.'),
    ).toEqual([]);
  });

  it('is a camel-case name ending in a kind word, in a list of capitalized names too', () => {
    expect(names('Wipers seen in March: Gorvak, HollowWiper and TusWiper.')).toEqual([
      'malware:HollowWiper',
      'malware:TusWiper',
    ]);
    // "Wiper" written alone elsewhere does not make "HollowWiper" a plain word glued to it.
    expect(names('The Doublez Wiper ran. Later, a HollowWiper build ran.')).toContain(
      'malware:HollowWiper',
    );
  });

  it("is not the name of a program's module", () => {
    expect(
      names('The Kelvworm module hooks calls. Later the Kelvworm malware spreads to children.'),
    ).toEqual([]);
    // Written before a malware head word more often than as a part, the word is the family.
    expect(
      names(
        'The Kelvpipe backdoor hides. This Kelvpipe module sends data. The Kelvpipe backdoor ran.',
      ),
    ).toEqual(['malware:Kelvpipe|Kelvpipe|Kelvpipe']);
    // Without a determiner the noun may be the family's module: "Kelvbot module to grab".
    expect(names('Row 4 | Kelvbot module to grab the screen |. The Kelvbot malware ran.')).toEqual([
      'malware:Kelvbot|Kelvbot',
    ]);
  });

  it('takes a hyphen-joined announced name whole', () => {
    expect(names('Firmware implants such as GlintJax and Ostra-EDK persist.')).toEqual([
      'malware:GlintJax',
      'malware:Ostra-EDK',
    ]);
    expect(names('Firmware implants such as GlintJax-like tools persist.')).toEqual([
      'malware:GlintJax',
    ]);
  });

  it('is each name a plural kind noun heads before "including"', () => {
    expect(names('They deployed web shells and backdoors, including Beehivo and Bushwok.')).toEqual(
      ['malware:Beehivo', 'malware:Bushwok'],
    );
    expect(names('They deployed malware including Beehivo.')).toEqual(['malware:Beehivo']);
    // One thing is no kind, and a kind listed is no name.
    expect(names('They deployed a backdoor, including Beehivo and Bushwok.')).toEqual([]);
    expect(names('They deployed malware, including RATs and keyloggers.')).toEqual([]);
    expect(names('They deployed backdoors; including Beehivo and Bushwok.')).toEqual([]);
  });

  it('is not a group when the announced name is an operation', () => {
    expect(
      names('Researchers saw an APT attack called “Operation Kelvreth Tribe” in 2016.'),
    ).toEqual([]);
    expect(names('Researchers track an APT group called “Kelvreth Tribe” since 2016.')).toEqual([
      'intrusion-set:Kelvreth Tribe',
    ]);
  });

  it('is not a plain word glued to a name or to the next sentence (a lost line break)', () => {
    expect(names('We saw the OstraLoader malware.\nDescriptionOstraLoader malware row.')).toEqual([
      'malware:OstraLoader',
    ]);
    expect(names('The loader of the InformationThe malware family ran.')).toEqual([]);
    // A table's cells run together ("Valid Accounts: Domain Accounts" + "Kelvreth operators ...").
    expect(names('Kelvreth used wipers. The AccountsKelvreth operators then left.')).toEqual([]);
    expect(names('The actors used the NetOstrana malware and a Ostrana stub.')).toEqual([
      'malware:NetOstrana',
    ]);
  });

  it('is an organization when the text introduces "<Name> Group" as a company', () => {
    const text =
      'Ostrana hit the Australian shipping organization, Kelvreth Group, in May. Kelvreth Group refused to pay.';
    const found = extractEntities(text, splitSentences(text), empty).map(
      (e) => `${e.type}:${e.name}:${e.mentions.length}`,
    );
    expect(found).toContain('identity:Kelvreth Group:2');
    expect(found.filter((f) => f.startsWith('intrusion-set'))).toEqual([]);
    // So is one an intrusion strikes, or whose name goes on as only a company's does.
    for (const company of [
      'The attack on Kelvreth Group disrupted sales.',
      'Ostrana breached the Kelvreth Group in May.',
      'Sales at the Kelvreth Group USA unit fell.',
      'Kelvreth Group Holdings halted production.',
    ]) {
      expect(names(company)).toEqual([]);
    }
    expect(names('The Kelvreth Group attacked banks in May.')).toEqual(['intrusion-set:Kelvreth']);
  });

  it('is not a security vendor or a markup tag', () => {
    expect(
      names('The stealer was first described by the Bitdefender group in a blog post.'),
    ).toEqual([]);
    expect(names('The file holds <Config Group="aa" Password="test"> as its settings.')).toEqual(
      [],
    );
  });
});

describe('a name a naming phrase announces', () => {
  it('is a tool after a tool word, unless the authors made or ran it', () => {
    expect(tools('The actor then used a tool called KelvoDump to read the hashes.')).toEqual([
      'KelvoDump',
    ]);
    expect(tools('They ran a legitimate utility named Kelvo Inventory on the hosts.')).toEqual([
      'Kelvo Inventory',
    ]);
    expect(tools('To check the packer, I implemented a popular tool called KelvoID.')).toEqual([]);
    expect(tools('The researchers developed a tool called Kelvoscan to find the pages.')).toEqual(
      [],
    );
  });

  it('runs to the closing quote, plain words and all', () => {
    expect(names('The files came from a RAT referred to as “Glint Road” in reports.')).toEqual([
      'malware:Glint Road',
    ]);
    expect(
      names('It belongs to a group of samples named "Paranoid Glint." Others differ.'),
    ).toEqual(['malware:Paranoid Glint']);
  });
});

describe('a name a sentence defines', () => {
  it('is a tool only where the sentence puts the tool to use', () => {
    expect(
      tools('The worm downloads Velkhog, a legitimate secret scanning tool, to find keys.'),
    ).toEqual(['Velkhog']);
    expect(tools('The actors used Kelvsync, an open-source tool, to copy data.')).toEqual([
      'Kelvsync',
    ]);
    expect(tools('Defenders rely on Velkhog, a legitimate secret scanning tool, daily.')).toEqual(
      [],
    );
    expect(tools('Kelvsync, an open-source tool, copies data.')).toEqual([]);
  });

  it('is a family where a plural kind word announces it', () => {
    expect(names('The group deployed wipers known as ZEROVELK and Stingray.')).toEqual([
      'malware:ZEROVELK',
      'malware:Stingray',
    ]);
  });

  it('is what the noun phrase after "is a" or an apposition says', () => {
    expect(names('Kelvreth is a financially motivated threat actor active since 2019.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
    expect(names('Analysts say Ostrana is a sophisticated loader written in Go.')).toEqual([
      'malware:Ostrana',
    ]);
    expect(names('They used Ostrana, a custom implant, against ministries.')).toEqual([
      'malware:Ostrana',
    ]);
    // A participle goes on describing it, an adverb before it too.
    expect(
      names('We saw a variant of OSTRANA, a modular backdoor previously attributed to them.'),
    ).toEqual(['malware:OSTRANA']);
    expect(names('We saw Ostrana, a backdoor used by them.')).toEqual(['malware:Ostrana']);
    expect(names('Lately, a backdoor previously attributed to them returned.')).toEqual([]);
    expect(names('Velk Ostra is a remote access trojan sold on forums.')).toEqual([
      'malware:Velk Ostra',
    ]);
  });

  it('ends an apposition at a relative clause, not after a sentence-opening word', () => {
    expect(names('Researchers found Kelvpipe, a modular backdoor that reads POS data.')).toEqual([
      'malware:Kelvpipe',
    ]);
    expect(names('Recently, a new backdoor that targets banks was seen.')).toEqual([]);
    expect(names('The actors deployed Kelvpipe, a loader which fetches payloads.')).toEqual([
      'malware:Kelvpipe',
    ]);
    // So does a participle.
    expect(names('The files install Kelvpipe, a loader written in C#.')).toEqual([
      'malware:Kelvpipe',
    ]);
  });

  it('reads a hyphenated adjective as part of the phrase ("Pakistan-based")', () => {
    expect(names('Kelvreth is a suspected Pakistan-based threat group.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
    expect(names('Kelvreth is a loader based on Go.')).toEqual(['malware:Kelvreth']);
  });

  it('reads a definition after a colon in a list of names, and an adverb after the kind word', () => {
    const list =
      'Known actors used these:\n\nKelvpipe: a backdoor typically used by one actor.\n' +
      '* Ostrana: an implant that reads mail.\n';
    expect(names(list)).toEqual(['malware:Kelvpipe', 'malware:Ostrana']);
    // Not in prose, and not before a word that is no kind word.
    expect(names('The report calls it Kelvpipe: a backdoor for mail.')).toEqual([]);
    expect(names('Kelvpipe is a group mostly made of students.')).toEqual([]);
  });

  it('reads a crew named by a number only where a sentence defines it as a group', () => {
    expect(
      names(
        'Recall 4410 Gang. 4410 Gang is a low-skill crimeware actor. Later 4410 Gang mined coins.',
      ),
    ).toEqual(['intrusion-set:4410 Gang|4410 Gang|4410 Gang']);
    expect(names('The 1000 Gang members were held. 1000 Team is a local music group.')).toEqual([]);
  });

  it('reads an ordinary word and a crew word as a group where a phrase vouches for it', () => {
    expect(names('A threat actor group called Silence Group sent mail.')).toEqual([
      'intrusion-set:Silence Group',
    ]);
    expect(names('The threat group, Rust Gang, is suspected.')).toEqual([
      'intrusion-set:Rust Gang',
    ]);
    // The scheme name listed after it is another name of the same new group.
    expect(names('We saw Rust Gang (also known as TEMP.Metal) again.')).toEqual([
      'intrusion-set:Rust Gang|TEMP.Metal',
    ]);
    expect(names('The lure was used by Rust Group in May.')).toEqual(['intrusion-set:Rust Group']);
    // Unvouched, or part of a longer name or a kind word, it is a team or a company.
    expect(names('She met Rust Group staff in May.')).toEqual([]);
    expect(names('The report was written by the Microsoft Rust Group.')).toEqual([]);
    expect(names('The lure was used by Threat Group in May.')).toEqual([]);
    expect(names('The audit was conducted by NCC Group in May.')).toEqual([]);
    // A coined name before "Group" that speaks as a company does is that company.
    expect(names('Pharmacies were disrupted, VelkHealth Group said. The attack spread.')).toEqual(
      [],
    );
    // … unless what it says claims an attack.
    expect(names('The VelkTeam Group said on Telegram it hacked the ministry.')).toEqual([
      'intrusion-set:VelkTeam',
    ]);
    expect(names('The VelkTeam Group said it was behind the attack.')).toEqual([
      'intrusion-set:VelkTeam',
    ]);
    // Others' attack on it, which it tells of, is no claim.
    expect(names('The VelkHealth Group said hackers had accessed its systems.')).toEqual([]);
    expect(names('The pharmacies were hacked by the VelkHealth group.')).toEqual([
      'intrusion-set:VelkHealth',
    ]);
    expect(
      names("Google's Threat Kelvreth Group said an Iranian group, APT99, had targeted people."),
    ).toEqual(['intrusion-set:APT99']);
  });

  it('reads a state\'s backing as a word of threat ("an Iran-aligned group")', () => {
    expect(names('Kelvreth is a newer Iran-aligned group targeting Israel.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
    expect(names('Kelvreth, a China-nexus group, phished ministries.')).toEqual([
      'intrusion-set:Kelvreth',
    ]);
    expect(names('Kelvreth is a Germany-based group of researchers.')).toEqual([]);
  });

  it('needs a kind word to end the phrase and, for a group, a word of threat', () => {
    expect(names('Kelvreth is a research group at the university.')).toEqual([]);
    expect(names('Ostrana is a ransomware attack on the port.')).toEqual([]);
    expect(names('Ostrana is a sample the team shared.')).toEqual([]);
    expect(names('Recently, a new backdoor was seen in the wild.')).toEqual([]);
  });

  it('takes no kind word into the name and no word out of a longer one', () => {
    expect(names('Spy Banker Ostrana is a Banking Trojan seen in Brazil.')).toEqual([
      'malware:Ostrana',
    ]);
    expect(names('Agent Kelvreth is a remote access trojan.')).toEqual([]);
  });
});

describe('a new name found both as a group and as malware', () => {
  it('reads its bare mentions as the kind most of its hits give, not "X malware" after a group', () => {
    const text =
      'Files of the Kelvreth malware were found. Kelvreth is a suspected Pakistan-based threat group. ' +
      'Kelvreth has used documents on education.';
    expect(names(text)).toEqual(['malware:Kelvreth', 'intrusion-set:Kelvreth|Kelvreth']);
  });

  it('keeps a family whose own words outnumber its crew', () => {
    const text =
      'The Ostrana ransomware encrypts files. The Ostrana gang runs a leak site. ' +
      'Samples of the Ostrana ransomware drop notes. Ostrana deletes shadow copies.';
    expect(names(text)).toEqual(['malware:Ostrana|Ostrana|Ostrana', 'intrusion-set:Ostrana']);
  });
});

describe('a name shaped like a family', () => {
  it("is the user's application before the data a stealer takes from it", () => {
    expect(names('Victims then ran JDownloader on the host.')).toEqual(['malware:JDownloader']);
    expect(names('It steals DynDNS credentials and JDownloader credentials.')).toEqual([]);
    expect(names('It reads JDownloader passwords and FileZilla cookies.')).toEqual([]);
  });
});

describe('a name a group gives itself', () => {
  it('is a new group, not a list of people’s handles', () => {
    expect(names('A group calling itself Radiance stole the pictures of 8,000 children.')).toEqual([
      'intrusion-set:Radiance',
    ]);
    expect(names('The hackers, who call themselves Velkor, leaked the files.')).toEqual([
      'intrusion-set:Velkor',
    ]);
    expect(names('Two hackers calling themselves Velkor and cyb0rg leaked the files.')).toEqual([]);
    expect(names('A man calling himself Velkor spoke to reporters.')).toEqual([]);
    // The mask a crew speaks through is named so too.
    expect(names('A hacktivist persona calling itself Velkor claimed the breach.')).toEqual([
      'intrusion-set:Velkor',
    ]);
  });

  it('is every capitalized word of it, ordinary ones too, past a dollar sign, and again where repeated', () => {
    expect(names('A group calling itself Radiant Hunters stole the files.')).toEqual([
      'intrusion-set:Radiant Hunters',
    ]);
    expect(
      names(
        'A group calling itself Scattered Velkor$ Hunters claimed it. Later, Scattered Velkor$ ' +
          'Hunters struck again.',
      ),
    ).toEqual(['intrusion-set:Scattered Velkor$ Hunters|Scattered Velkor$ Hunters']);
  });
});
