/** Companies named by their legal form, and the intrusions the words make them the victims of. */
import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../../../../../test-support/fixture-reports.ts';
import { intrusionSet } from '../../../../../test-support/intrusion-sets.ts';
import { extractRelations } from '../relations/extract-relations.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const entities = (text: string) => extractEntities(text, splitSentences(text), empty);
const companies = (text: string) =>
  entities(text)
    .filter((e) => e.via === 'company-name')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

const intrusions = (text: string) =>
  entities(text)
    .filter((e) => e.type === 'campaign')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('companies', () => {
  it('are named after an indefinite description and a comma, closing the clause', () => {
    expect(
      entities(
        'The hackers breached a third-party cybersecurity service provider, BeyondTrust. It uses a ' +
          'cloud provider, Microsoft said.',
      )
        .filter((e) => e.via === 'company-description')
        .map((e) => e.name),
    ).toEqual(['BeyondTrust']);
  });

  it('are named with "and" before an industry\'s word', () => {
    expect(
      companies(
        'The UK sanctioned Wuhan Xiaoruizhi Science and Technology Company, Ltd. in March.',
      ),
    ).toEqual([
      'Wuhan Xiaoruizhi Science and Technology Company, Ltd: Wuhan Xiaoruizhi Science and Technology Company, Ltd',
    ]);
    expect(companies('Microsoft and Acme Corp. reported it.')).toEqual(['Acme Corp: Acme Corp']);
  });

  it('are named by five words when the first is no English word, as a place opening a name', () => {
    expect(
      companies('The advisory names Beijing Huanyu Tianqiong Information Technology Co., Ltd.'),
    ).toEqual([
      'Beijing Huanyu Tianqiong Information Technology Co., Ltd: Beijing Huanyu Tianqiong Information Technology Co., Ltd',
    ]);
    expect(
      companies('The cert field Subject Hangzhou Leishite Laser Technology Co., Ltd.'),
    ).toEqual([
      'Hangzhou Leishite Laser Technology Co., Ltd: Hangzhou Leishite Laser Technology Co., Ltd',
    ]);
  });

  it('end on "Company" after a first word that is no English word or is a state\'s', () => {
    expect(companies('The UK sanctioned Wuhan Xiaoruizhi Science and Technology Company.')).toEqual(
      [
        'Wuhan Xiaoruizhi Science and Technology Company: Wuhan Xiaoruizhi Science and Technology Company',
      ],
    );
    expect(companies('Hackers hit the China Ocean Shipping Company in May.')).toEqual([
      'China Ocean Shipping Company: China Ocean Shipping Company',
    ]);
    expect(companies('Targeting South Korean Gaming Company With Backdoors')).toEqual([]);
  });

  it('are named by the initials of a name of three words or more, written in capitals', () => {
    expect(companies('Hewlett Packard Enterprise Co. said it was hit. HPE was notified.')).toEqual([
      'Hewlett Packard Enterprise Co: Hewlett Packard Enterprise Co | HPE',
    ]);
    expect(companies('Zorba Packard Co. said so. The ZP team agreed.')).toEqual([
      'Zorba Packard Co: Zorba Packard Co',
    ]);
    // Two names joined by "&": their initials joined so ("M&S"), not apart ("M S") nor glued ("MS").
    expect(
      entities('British retailer Marks & Spencer was hacked. M&S systems were down, not MS or M S.')
        .filter((e) => e.type === 'identity' && !e.key.startsWith('identity:sector'))
        .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`),
    ).toEqual(['Marks & Spencer: Marks & Spencer | M&S']);
    // Initials read as a company of their own before the name they stand for: one company.
    const told = (text: string) =>
      entities(text)
        .filter((e) => e.type === 'identity' || e.type === 'campaign')
        .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    expect(
      told(
        'ZPE says hackers breached its network. Zorba Packard Enterprise said hackers had gained ' +
          'access to its email. ZPE mailboxes were read.',
      ),
    ).toEqual([
      'Zorba Packard Enterprise: ZPE | Zorba Packard Enterprise | ZPE',
      'Intrusion into Zorba Packard Enterprise: breached | gained access to',
    ]);
    expect(
      told('Zpe says hackers breached its network. Zorba Packard Enterprise said so too.'),
    ).toEqual(['Zpe: Zpe', 'Intrusion into Zpe: breached']);
  });

  it('are read by their legal form, then by their name without it', () => {
    expect(
      companies(
        'VMware, Inc. and Change Healthcare Inc. were named. Later Change Healthcare said so, ' +
          'and MGM Resorts International, or MGM Resorts, did too. Siemens AG and Ag tech. ' +
          'Atlassian Pty Ltd too. Lumen Technologies, or Lumen, too.',
      ),
    ).toEqual([
      'VMware, Inc: VMware, Inc',
      'Change Healthcare Inc: Change Healthcare Inc | Change Healthcare',
      'MGM Resorts International: MGM Resorts International | MGM Resorts',
      'Siemens AG: Siemens AG',
      'Atlassian Pty Ltd: Atlassian Pty Ltd',
      'Lumen Technologies: Lumen Technologies | Lumen',
    ]);
    // Capitals the text defines as something else are no legal form.
    expect(
      companies(
        'They hit programmable logic controllers (PLCs). They hacked a Unitronics PLC in May.',
      ),
    ).toEqual([]);
    expect(companies('They hacked Unitronics PLC in May.')).toEqual([
      'Unitronics PLC: Unitronics PLC',
    ]);
  });

  it('are no detection name, phrase, title, industry word or certificate placeholder', () => {
    expect(
      companies(
        'HackTool.Win32.NetScan.AG was seen. The Organisation for Economic Co-operation met. ' +
          'Committees include Education and Judicial, International affairs. Seven International ' +
          'Cyber Defendants were charged. Nexeon Technologies, Inc. hosts it: orgTechnologies, Inc. ' +
          'The certificate names Internet Widgits Pty Ltd.',
      ),
    ).toEqual(['Nexeon Technologies, Inc: Nexeon Technologies, Inc']);
  });

  it('are named again by the short name they define in brackets, located by the apposition after it', () => {
    const found = entities(
      'OFAC sanctioned Integrity Technology Group, Incorporated (Integrity Tech), a Chinese ' +
        'cybersecurity company. Integrity Tech ran the botnet.',
    ).filter((e) => e.via === 'company-name');
    expect(found.map((e) => [e.mentions.map((m) => m.text), e.properties?.['country']])).toEqual([
      [['Integrity Technology Group, Incorporated', 'Integrity Tech', 'Integrity Tech'], 'CN'],
    ]);
  });

  it('are located where an apposition after the name says', () => {
    const located = (text: string) =>
      entities(text)
        .filter((e) => e.via === 'company-name')
        .map((e) => e.properties?.['country']);
    expect(located('It hit Gravity Co., Ltd., a South Korean video game company.')).toEqual(['KR']);
    expect(located('It hit Acme Corp., a Dutch firm, and Foo Inc., a story about Spain.')).toEqual([
      'NL',
      undefined,
    ]);
    // Or where its name says: named after its state or its capital.
    expect(located('It hit China Telecom Corp. and Beijing Sages Co., Ltd.')).toEqual(['CN', 'CN']);
  });

  it("are no tail of an institution's name", () => {
    const named = (text: string) =>
      entities(text)
        .filter((e) => e.via.startsWith('company-'))
        .map((e) => e.name);
    expect(
      named(
        "APT44 is run by the GRU's Main Center for Special Technologies (GTsST), officials said.",
      ),
    ).toEqual([]);
    expect(named('APT44 hit Special Technologies (GTsST), officials said.')).toEqual([
      'Special Technologies',
    ]);
  });

  it('are located in the country an apposition places them in right after its noun', () => {
    const located = (text: string) =>
      entities(text)
        .filter((e) => e.via.startsWith('company-'))
        .map((e) => [e.name, e.properties?.['country']]);
    expect(
      located('Hackers hit Ascension, one of the largest health systems in the United States.'),
    ).toEqual([['Ascension', 'US']]);
    expect(located('Hackers hit Acme Corp., a chemicals maker based in Germany.')).toEqual([
      ['Acme Corp', 'DE'],
    ]);
    // In a country, but not placed there by the apposition: its services or offices are.
    expect(located('Hackers hit Acme Corp., a provider of services in France.')).toEqual([
      ['Acme Corp', undefined],
    ]);
    expect(located('Hackers hit Acme Corp., a company with offices in Japan.')).toEqual([
      ['Acme Corp', undefined],
    ]);
  });

  it('are named with an ampersand, and later by their first word when it is no English word', () => {
    expect(
      companies('AT&T Inc. and Verizon Communications Inc. were hit. AT&T and Verizon said so.'),
    ).toEqual([
      'AT&T Inc: AT&T Inc | AT&T',
      'Verizon Communications Inc: Verizon Communications Inc | Verizon',
    ]);
    // A longer name's first word is often a place: no mention of the company.
    expect(
      companies('Hangzhou Cunxin Data Technology Co. Ltd was seized. Police in Hangzhou acted.'),
    ).toEqual(['Hangzhou Cunxin Data Technology Co. Ltd: Hangzhou Cunxin Data Technology Co. Ltd']);
    // "Change" is an English word: "Change Healthcare" only.
    expect(companies('Change Healthcare Inc. was hit. Change is hard.')).toEqual([
      'Change Healthcare Inc: Change Healthcare Inc',
    ]);
  });

  it('include parties and committees that define an acronym, then named by it', () => {
    const defined = (text: string) =>
      entities(text)
        .filter((e) => e.via === 'defined-organization')
        .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
    expect(
      defined(
        'A cyberattack on the Social Democratic Party (SPD) hit the SPD leaders. See Third Party Risk.',
      ),
    ).toEqual(['Social Democratic Party: Social Democratic Party | SPD | SPD']);
    expect(intrusions('A cyberattack on the Democratic National Committee (DNC) in 2016.')).toEqual(
      ['Intrusion into Democratic National Committee: cyberattack'],
    );
    expect(intrusions('Hackers breached the European Medicines Agency (EMA) in 2020.')).toEqual([
      'Intrusion into European Medicines Agency: breached',
    ]);
    expect(
      defined('Hackers breached the National Council of Forestry (NCF), the NCF said in a notice.'),
    ).toEqual(['National Council of Forestry: National Council of Forestry | NCF | NCF']);
    // A Windows component, whatever acronym the text gives it.
    expect(defined('It dumps the Local Security Authority (LSA) secrets.')).toEqual([]);
    // A board; a city's name before the body's own, which its acronym leaves out.
    expect(defined('The Cyber Safety Review Board (CSRB) said so.')).toEqual([
      'Cyber Safety Review Board: Cyber Safety Review Board | CSRB',
    ]);
    expect(
      defined('Hackers hit the Kansas City Board of Public Utilities (BPU), the BPU said.'),
    ).toEqual([
      'Kansas City Board of Public Utilities: Kansas City Board of Public Utilities | BPU | BPU',
    ]);
    expect(defined('Hackers hit the Kansas City Board of Public Utilities (XYZ).')).toEqual([]);
  });

  it("include a state's bodies after its possessive, located in it", () => {
    const bodies = (text: string) =>
      entities(text)
        .filter((e) => e.via === 'defined-organization')
        .map((e) => `${e.name} ${String(e.properties?.country)} ${String(e.properties?.sectors)}`);
    expect(
      bodies(
        "Germany's Federal Intelligence Service (BND), the Republic of Korea's National Intelligence Service (NIS) and Japan’s National Police Agency (NPA) co-sealed it.",
      ),
    ).toEqual([
      'Federal Intelligence Service DE government-national',
      'National Intelligence Service KR government-national',
      'National Police Agency JP government-national',
    ]);
    // Without a state's possessive, such a head names products as often.
    expect(
      bodies('It stops the Remote Desktop Service (RDS) and the Print Spooler Service (PSS).'),
    ).toEqual([]);
    expect(bodies("The attacker's Command Service (CS) ran.")).toEqual([]);
    // The name goes on after "of" to the acronym whose letters are its initials.
    expect(
      bodies(
        "Finland's National Bureau of Investigation (NBI) said so, and the Democratic Council of " +
          'Europe (XYZ) did not.',
      ),
    ).toEqual(['National Bureau of Investigation FI government-national']);
    // A state's adjective opening the name of a body that defines its acronym names its state too.
    expect(bodies('The Norwegian Police Security Service (PST) said so.')).toEqual([
      'Norwegian Police Security Service NO government-national',
    ]);
    expect(bodies('The Norwegian Police Security Service said so.')).toEqual([]);
    expect(bodies('The Norwegian Security and Service Organisation (DSS) said so.')).toEqual([
      'Norwegian Security and Service Organisation NO government-national',
    ]);
    expect(bodies('The Russian Hacking Organization said so.')).toEqual([]);
    // After its state, a body's own head needs no acronym: a commission, an agency, a service.
    expect(
      bodies('The UK Electoral Commission was compromised, and the Electoral Commission said so.'),
    ).toEqual(['UK Electoral Commission GB government-national']);
    expect(bodies('The US National Nuclear Security Administration said so.')).toEqual([
      'US National Nuclear Security Administration US government-national',
    ]);
    // A name that goes on past what is read is no body's name cut short.
    expect(
      bodies(
        "Japan's National Center of Incident Readiness and Strategy for Cybersecurity (NISC) said so.",
      ),
    ).toEqual([]);
    // After the possessive, a name of two words or more needs no acronym; one word is no body's name.
    expect(
      bodies("South Korea's National Police Agency said so, and Japan's Agency did not."),
    ).toEqual(['National Police Agency KR government-national']);
    // A body the dictionary knows, by its acronym or its name, is that body.
    expect(bodies("APT29 is affiliated with Russia's Foreign Intelligence Service (SVR).")).toEqual(
      [],
    );
    expect(bodies("APT29 is affiliated with Russia's Foreign Intelligence Service.")).toEqual([]);
    // The organ by its name, its state still named: "Russia's" is no part of the FSB's name.
    expect(
      entities("APT29 is affiliated with Russia's Federal Security Service.")
        .map((e) => `${e.type} ${e.name}`)
        .filter((e) => !e.startsWith('intrusion-set')),
    ).toEqual(['location Russia', 'threat-actor FSB']);
  });

  it("are not mentioned by their name starting a product's", () => {
    expect(
      companies('Microsoft Corporation patched it. Attackers compromised Microsoft Exchange.'),
    ).toEqual(['Microsoft Corporation: Microsoft Corporation']);
  });
});

describe('companies a list names beside a company', () => {
  const listed = (text: string) =>
    entities(text)
      .filter((e) => e.via === 'company-listed')
      .map((e) => e.name);

  it('are the capitalized names after it, not a longer run, a plain word or a place', () => {
    expect(
      listed('Attacks hit MGM Resorts International and Caesars Entertainment, which paid.'),
    ).toEqual(['Caesars Entertainment']);
    expect(listed('It hit Acme Corp., Foo, Bar Baz and Qux.')).toEqual(['Foo', 'Bar Baz', 'Qux']);
    expect(listed('Acme Corp. and Microsoft Windows Defender Antivirus Suite were hit.')).toEqual(
      [],
    );
    expect(listed('It hit Acme Corp. and Services. It hit Acme Corp., Dutch firms.')).toEqual([]);
    expect(listed('Dropbox, Foo and Acme Corp. were spoofed.')).toEqual([]);
    // A hyphen joins a name's parts ("Co-op"), not a plain word to a name ("Acme-owned").
    expect(listed('It hit Acme Corp., Co-op, Rolls-Royce and Harrods.')).toEqual([
      'Co-op',
      'Rolls-Royce',
      'Harrods',
    ]);
    expect(listed('It hit Acme Corp. and Zorbaco-owned sites.')).toEqual(['Zorbaco']);
    // Before it, a list that "and" joins it to, in a sentence telling of an intrusion.
    expect(listed('Zorbaco, Foo Bar and Acme Corp. were among the firms breached.')).toEqual([
      'Zorbaco',
      'Foo Bar',
    ]);
    expect(listed('Zorbaco, Foo Bar and Acme Corp. were among the companies affected.')).toEqual([
      'Zorbaco',
      'Foo Bar',
    ]);
    expect(listed('Zorbaco, Foo Bar and Acme Corp. were among the impacted firms.')).toEqual([
      'Zorbaco',
      'Foo Bar',
    ]);
    expect(listed('Zorbaco, Foo Bar and Acme Corp. products are affected.')).toEqual([]);
    expect(listed('In May, Zorbaco, Acme Corp. were breached.')).toEqual([]);
    // Past the description of the last one, after "The" opening the sentence, and in a sentence where
    // the last one tells of its own data stolen.
    expect(
      listed(
        'The Zorbaco, Initech and the pharmacy chain Boots said staff personal data had been stolen.',
      ),
    ).toEqual(['Zorbaco', 'Initech']);
    expect(
      listed('Zorbaco, Initech and retailer Boots said staff personal data had been stolen.'),
    ).toEqual(['Zorbaco', 'Initech']);
    expect(listed('Initech and the pharmacy chain Boots said its staff had been praised.')).toEqual(
      [],
    );
    expect(listed('Hackers breached the Blue Sky Zorbaco Pro and Acme Corp. systems.')).toEqual([]);
    expect(listed('Brave, Foo, Bar, Baz, Qux and Acme Corp. were breached.')).toEqual([]);
    // A longer run of names is an enumeration of products, one of which looks like a company's.
    expect(listed('It reads Brave, Acme Corp., Foo, Bar, Baz, Qux and Quux.')).toEqual([]);
    expect(listed('It hit Acme Corp., Foo, Bar, Baz and Qux.')).toEqual([
      'Foo',
      'Bar',
      'Baz',
      'Qux',
    ]);
  });

  it("are the names a victims' list opens on, when it lists two names at least", () => {
    expect(
      listed('Victims include Ticketmaster, Globex Bank and AT&T, which confirmed it.'),
    ).toEqual(['Ticketmaster', 'AT&T']);
    expect(listed('Among the victims were Initech and Hooli.')).toEqual(['Initech', 'Hooli']);
    expect(listed('It listed dozens of victims, including Initech and Hooli.')).toEqual([
      'Initech',
      'Hooli',
    ]);
    expect(listed('Its targets have included Initech, Hooli.')).toEqual(['Initech', 'Hooli']);
    expect(listed('Victims include Android users in Germany and Spain.')).toEqual([]);
    expect(listed('Victims include Initech and others.')).toEqual([]);
    expect(listed('Victims include Germany, Austria and Spain.')).toEqual([]);
    expect(listed('Victims include Initech customers. Hooli was hit too.')).toEqual([]);
    // "including" after the victims, words of the campaign between, items with "the", and a name another
    // finding holds stepped over.
    expect(
      listed(
        'It hit 2,000 victims worldwide, including Initech, the Hooli Corporation (HC) and Pied Piper.',
      ),
    ).toEqual(['Initech', 'Pied Piper']);
    expect(listed('Victims of the campaign include the BBC and Hooli.')).toEqual(['BBC', 'Hooli']);
    expect(listed('Victims of fraud include Initech and Hooli.')).toEqual([]);
    // The list before "are among the victims", read back.
    expect(
      listed('Initech, the Hooli Corporation (HC) and Pied Piper are among the victims.'),
    ).toEqual(['Initech', 'Pied Piper']);
    expect(listed('Officials said Initech and Hooli were among the victims.')).toEqual([
      'Initech',
      'Hooli',
    ]);
    expect(listed('Officials said Initech was among the victims.')).toEqual([]);
    // The list telling it of itself.
    for (const said of ['said they', 'confirmed that they'])
      expect(listed(`Initech, Hooli and Pied Piper ${said} were among the victims.`)).toEqual([
        'Initech',
        'Hooli',
        'Pied Piper',
      ]);
    expect(listed('Initech, Hooli and Pied Piper said they were among the winners.')).toEqual([]);
    expect(listed('Initech and Hooli, not among the victims, paid.')).toEqual([]);
    expect(listed('Initech and Hooli are among the winners.')).toEqual([]);
    expect(listed('A, B, Initech, Hooli, Foo and Bar were among the victims.')).toEqual([]);
    // The list a passive intrusion verb makes the victims of "the same" actor told of before.
    expect(listed('Initech and Hooli were also targeted by the same hackers.')).toEqual([
      'Initech',
      'Hooli',
    ]);
    expect(listed('Initech and Hooli were breached by the same group in May.')).toEqual([
      'Initech',
      'Hooli',
    ]);
    expect(listed('Initech and Hooli were targeted by the same phishing emails.')).toEqual([]);
    expect(listed('Initech and Hooli were founded by the same hackers.')).toEqual([]);
    expect(listed('Initech and Hooli, also targeted by the same hackers, paid.')).toEqual([]);
    expect(listed('Initech and Hooli were hit by the hackers.')).toEqual([]);
    expect(
      listed('Initech and Hooli were hit as the same group struck, by the same means.'),
    ).toEqual([]);
  });

  it("are victims of the list's intrusion", () => {
    expect(
      intrusions('Hackers breached MGM Resorts International and Caesars Entertainment.'),
    ).toEqual(['Intrusion into Caesars Entertainment and MGM Resorts International: breached']);
  });
});

describe('companies a describing noun names', () => {
  const described = (text: string) =>
    entities(text)
      .filter((e) => e.via === 'company-description')
      .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

  it('are read after "defense contractor", while a contractor alone may be a person', () => {
    expect(
      described('Hackers claimed the breach of Israeli defense contractor Velbit Systems in May.'),
    ).toEqual(['Velbit Systems: Velbit Systems']);
    expect(described('The leak came from government contractor Jane Doe.')).toEqual([]);
  });

  it('hold words an ampersand joins, even at a sentence’s opening', () => {
    expect(described('Marks & Spencer, the British retailer, was hacked in April.')).toEqual([
      'Marks & Spencer: Marks & Spencer',
    ]);
    expect(
      intrusions('Marks & Spencer was hacked in April. Marks & Spencer was also hit in May.'),
    ).toEqual(['Intrusion into Marks & Spencer: hacked | hit']);
  });

  it('are read after the noun, or before "unit", then by their name alone', () => {
    expect(
      described(
        'Hackers hit casino operator Caesars Entertainment in August. Security firm Mandiant said ' +
          'Caesars Entertainment paid. UnitedHealth said its Change Healthcare unit was attacked, and ' +
          'news media company Stuff reported it.',
      ),
    ).toEqual([
      'Caesars Entertainment: Caesars Entertainment | Caesars Entertainment',
      'Mandiant: Mandiant',
      'Change Healthcare: Change Healthcare',
      'Stuff: Stuff',
    ]);
  });

  it('are read before a medium and its network, channel or station; no network is one alone', () => {
    expect(
      described(
        'APT28 was linked to an attack on the TV5Monde television network. Sandworm hit the Channel ' +
          'One TV station. The implant talks over the Tor network, a Telegram channel, the Zorbex ' +
          'proxy network and the Tarnland Digital News network.',
      ),
    ).toEqual(['TV5Monde: TV5Monde', 'Channel One: Channel One']);
    expect(intrusions('APT28 was linked to an attack on the TV5Monde television network.')).toEqual(
      ['Intrusion into TV5Monde: attack'],
    );
  });

  it("are read before an executive's title and name, also opening a sentence", () => {
    expect(
      described(
        'Marks & Spencer chairman Archie Norman spoke. The Zorbaco CEO Jane Doe spoke, and Acmeco ' +
          'chief executive John Smith did not.',
      ),
    ).toEqual(['Marks & Spencer: Marks & Spencer', 'Zorbaco: Zorbaco', 'Acmeco: Acmeco']);
    expect(
      described(
        'He met Zorbaco Board chairman Mark Warner. Former CEO Jane Doe spoke. The ' +
          'New Annual Report Zorbaco chairman John Smith spoke. Zorbaco chairman Smith spoke.',
      ),
    ).toEqual([]);
  });

  it("are no person, product, file, weekday, threat's operator or title", () => {
    expect(
      described(
        'A tool by security researcher and developer Kuba Gretzky. Logs stay in the supplier SEG. ' +
          'Open company Infomations.exe now. The company Monday said so. The ransomware operator ' +
          'Zorvex struck. Read the firm Annual Threat Intelligence Report Findings. The firm Apple ' +
          'said so.',
      ),
    ).toEqual([]);
  });

  it('are read before an apposition, their name opening on digits too, and "both intrusions" refer back', () => {
    expect(
      intrusions(
        'The supply chain attack on 3CX, a business communications software maker, spread. ' +
          'Mandiant attributes both intrusions to one actor. The 2nd, a software company, left.',
      ),
    ).toEqual(['Intrusion into 3CX: attack | intrusions']);
  });

  it('are read before an apposition that says so, located by it', () => {
    const found = entities(
      'Chosun Expo, a North Korean trading company, supported it. We saw a manufacturing company ' +
        "in Japan, a mining company in India. Joker's Stash, a prolific vendor, sold cards. Zorvex, " +
        'a ransomware operator, struck.',
    ).filter((e) => e.via === 'company-description');
    expect(found.map((e) => [e.name, e.properties?.['country']])).toEqual([['Chosun Expo', 'KP']]);
  });

  it('include one that runs hospitals, as an apposition says', () => {
    expect(
      intrusions('Zorbacare, a network of 14 hospitals in Ohio, was hit by a ransomware attack.'),
    ).toEqual(['Intrusion into Zorbacare: hit']);
    expect(intrusions('A ransomware attack hit Zorbacare, a hospital network in Ohio.')).toEqual([
      'Intrusion into Zorbacare: hit',
    ]);
    for (const operator of ['a health system', 'a hospital group']) {
      expect(intrusions(`The attack struck Zorbacare, ${operator} in Texas.`)).toEqual([
        'Intrusion into Zorbacare: attack | struck',
      ]);
    }
    // A network of anything else, or a system without care, says no such thing.
    expect(intrusions('The attack struck Zorbanet, a network of 14 routers in Ohio.')).toEqual([]);
    expect(intrusions('The attack struck Zorbanet, a file system in Texas.')).toEqual([]);
  });

  it('are read before "another" opening the apposition', () => {
    expect(intrusions('Caesars Entertainment, another casino operator, was breached.')).toEqual([
      'Intrusion into Caesars Entertainment: breached',
    ]);
  });

  it('are read before a definite apposition whose noun heads it', () => {
    const named = (text: string) =>
      entities(text)
        .filter((e) => e.via === 'company-description')
        .map((e) => e.name);
    expect(
      named("Hackers breached Medibank Private, the country's largest private health insurer."),
    ).toEqual(['Medibank Private']);
    expect(named("So said Jane Smith, the company's chief executive.")).toEqual([]);
    // A possessor opens the apposition as "the" does.
    expect(named("Hackers breached Kyivstar, Ukraine's largest mobile operator, in May.")).toEqual([
      'Kyivstar',
    ]);
    expect(named("Hackers breached Kyivstar and Ukraine's largest mobile operator.")).toEqual([]);
    expect(named("Hackers breached Zorblax Rail, the UK's largest bus operator.")).toEqual([
      'Zorblax Rail',
    ]);
    expect(named('So said Jane Smith, the ransomware operator.')).toEqual([]);
    expect(named('Zorblax Rail, the largest bus operator based in Wales, was hit.')).toEqual([
      'Zorblax Rail',
    ]);
    expect(named('Zorblax, the use of operator accounts is rare.')).toEqual([]);
    expect(named('Interestingly, the largest bus operator, it seems, was hit.')).toEqual([]);
  });

  it('include banks named as banks, mentioned again by the whole name only', () => {
    expect(
      described(
        'Hackers breached the Bank of Valletta. The Central Bank of Nigeria and Bangladesh Bank ' +
          'warned; Bangladesh said so. A National Bank, an American Bank and Bank Holiday Sales.',
      ),
    ).toEqual([
      'Bank of Valletta: Bank of Valletta',
      'Central Bank of Nigeria: Central Bank of Nigeria',
      'Bangladesh Bank: Bangladesh Bank',
    ]);
    // A name may open its sentence or follow a comma; a word a comma away is no part of it.
    expect(
      described(
        'Reserve Bank of India warned. The pages copied the logos of Dropbox, Bank of America and the RBI, IDBI Bank.',
      ),
    ).toEqual([
      'Reserve Bank of India: Reserve Bank of India | RBI',
      'Bank of America: Bank of America',
      'IDBI Bank: IDBI Bank',
    ]);
    expect(described('Anonymous Claims DDoS Attack On Bank of Spain Website')).toEqual([]);
    // Its own name after "Bank": one word, no English word and no place's.
    expect(
      described(
        'The attack disrupted the state-owned Bank Sepah in the capital, not the Bank Holiday ' +
          'sales or the Bank Negara Malaysia site or the Bank Malaysia office.',
      ),
    ).toEqual(['Bank Sepah: Bank Sepah']);
    // "and" joins two words of a bank's business inside its name, not two banks.
    expect(
      described(
        'The unit of Industrial and Commercial Bank of China was hit. Farmers and Merchants Bank ' +
          'warned, as did Citibank and Commercial Bank of Dubai.',
      ),
    ).toEqual([
      'Industrial and Commercial Bank of China: Industrial and Commercial Bank of China',
      'Farmers and Merchants Bank: Farmers and Merchants Bank',
      'Commercial Bank of Dubai: Commercial Bank of Dubai',
    ]);
    expect(
      intrusions('Hackers breached the Bank of Valletta in an attack later attributed to Lazarus.'),
    ).toEqual(['Intrusion into Bank of Valletta: breached']);
    // A verb ending the sentence before takes no object in the next one.
    expect(intrusions('The gang struck. The Bank of Valletta said it was not affected.')).toEqual(
      [],
    );
    // The acronym a bank's name defines, without its little words, is the bank; it may stand before "was hit".
    const icbc =
      'The unit of Industrial and Commercial Bank of China (ICBC) was hit by ransomware. ICBC said so.';
    expect(described(icbc)).toEqual([
      'Industrial and Commercial Bank of China: Industrial and Commercial Bank of China | ICBC | ICBC',
    ]);
    expect(intrusions(icbc)).toEqual([
      'Intrusion into Industrial and Commercial Bank of China: hit',
    ]);
  });

  it('are the company a legal form named first', () => {
    const found = entities(
      'Zealot Digital International Corp. hosted it. The hosting company Zealot Digital denied it.',
    ).filter((e) => e.type === 'identity');
    expect(found.map((e) => [e.via, e.mentions.map((m) => m.text)])).toEqual([
      ['company-name', ['Zealot Digital International Corp', 'Zealot Digital']],
    ]);
  });

  it('are victims where the words make them so', () => {
    expect(intrusions('The attack on the payments company Change Healthcare spread.')).toEqual([
      'Intrusion into Change Healthcare: attack',
    ]);
    expect(intrusions('Hackers breached Mexican energy giant Pemex in 2019.')).toEqual([
      'Intrusion into Pemex: breached',
    ]);
    expect(intrusions('Security firm Mandiant said the intrusion spread.')).toEqual([]);
    expect(intrusions('Hackers breached the pharmacy chain Boots and airline Zorbair.')).toEqual([
      'Intrusion into Boots: breached',
      'Intrusion into Zorbair: breached',
    ]);
    // An agency named after the noun saying what it is: "the national space agency JAXA".
    expect(intrusions('Hackers breached the national space agency ZAXA in May.')).toEqual([
      'Intrusion into ZAXA: breached',
    ]);
    // The path of an attack is no company's trade.
    expect(
      intrusions('Hackers breached the supply chain Zorbaco and attack chain Initech.'),
    ).toEqual([]);
    expect(intrusions('Criminals threatened to hit currency exchange firm Travelex.')).toEqual([]);
    expect(
      intrusions(
        'Hackers stole $1.5 billion from crypto exchange Bybit. The Bybit crypto heist grew.',
      ),
    ).toEqual(['Intrusion into Bybit: stole | heist']);
    // A date between the article and the noun still refers back: "the February 21 heist".
    expect(
      intrusions(
        'Hackers stole $1.5 billion from crypto exchange Bybit. The Bybit crypto heist grew. ' +
          'The FBI said the February 21 heist was carried out by TraderTraitor.',
      ),
    ).toEqual(['Intrusion into Bybit: stole | heist | February 21 heist']);
    // One whose own words name what it struck is another, from the group's history.
    expect(
      intrusions(
        'Hackers stole $1.5 billion from crypto exchange Bybit. The Bybit crypto heist grew. The ' +
          'FBI tied the group to the 2022 heist of Harmony and to the theft of the Ronin bridge.',
      ),
    ).toEqual(['Intrusion into Bybit: stole | heist']);
  });
});

describe('an intrusion into a company', () => {
  it('is not made of what the attack told just before did to another', () => {
    const supplier =
      'The gang claimed the cyberattack on Zorvex Labs, a pathology services provider. ';
    expect(
      intrusions(`${supplier}The attack forced Velk General Hospital to cancel operations.`),
    ).toEqual(['Intrusion into Zorvex Labs: cyberattack | attack']);
    // Told first, or far from any other, the attack that harmed it is its own.
    expect(intrusions('The attack forced Velk General Hospital to cancel operations.')).toEqual([
      'Intrusion into Velk General Hospital: attack',
    ]);
    expect(
      intrusions(
        `${supplier}It was costly. Police said so. Officials agreed. The attack forced Velk General Hospital to cancel operations.`,
      ),
    ).toEqual([
      'Intrusion into Zorvex Labs: cyberattack',
      'Intrusion into Velk General Hospital: attack',
    ]);
  });

  it('leaves out a speaker after a lone comma', () => {
    expect(intrusions('Hackers stole data from Initech Corp, the FBI said.')).toEqual([
      'Intrusion into Initech Corp: stole',
    ]);
    expect(intrusions('Hackers stole data from Initech Corp, Globex Corp later said.')).toEqual([
      'Intrusion into Initech Corp: stole',
    ]);
    expect(intrusions('Hackers breached Initech Corp, Globex Corp and Hooli Inc.')).toEqual([
      'Intrusion into Globex Corp, Hooli Inc and Initech Corp: breached',
    ]);
  });

  it('is read for one-word names opening a sentence, listed, then struck in the passive', () => {
    expect(intrusions('Velkcorp and Harrods were also hacked in May.')).toEqual([
      'Intrusion into Harrods and Velkcorp: hacked',
    ]);
    expect(intrusions('Velkcorp was breached in May.')).toEqual([
      'Intrusion into Velkcorp: breached',
    ]);
    // Not a product's English word, a program Windows ships, nor a name deeper in the sentence.
    expect(intrusions('Exchange was compromised in May.')).toEqual([]);
    expect(intrusions('LSASS was accessed by an unusual process.')).toEqual([]);
    expect(intrusions('In May, Velkcorp was breached.')).toEqual([]);
    expect(intrusions('Velkcorp was founded in May.')).toEqual([]);
  });

  it('is read for a one-word name only as the object of an actor striking it', () => {
    expect(intrusions('The Kelvreth gang breached Velkcorp, a bank and a law firm.')).toEqual([
      'Intrusion into Velkcorp: breached',
    ]);
    expect(intrusions('The Kelvreth gang breached Exchange in May.')).toEqual([]);
    expect(intrusions('Hackers breached Velkcorp in May.')).toEqual([]);
    // The attack an actor is blamed for, on the name; not on a product's English word, nor nobody's.
    expect(intrusions('The Kelvreth gang was blamed for the attack on Velkcorp.')).toEqual([
      'Intrusion into Velkcorp: attack',
    ]);
    expect(intrusions('The Kelvreth gang launched an attack on Exchange users.')).toEqual([]);
    // Money an actor stole from it; not credentials stolen from a product, nor money no actor took.
    expect(intrusions('The Kelvreth gang stole $1.5 billion from Velkcorp in February.')).toEqual([
      'Intrusion into Velkcorp: stole',
    ]);
    expect(intrusions('The Kelvreth gang was behind the theft of funds from Velkcorp.')).toEqual([
      'Intrusion into Velkcorp: theft',
    ]);
    expect(intrusions('The Kelvreth gang stole credentials from Velkfox.')).toEqual([]);
    expect(intrusions('Hackers stole $1.5 billion from Velkcorp.')).toEqual([]);
    // A state may be told to have taken money, not data; what the company is may come first, set off.
    expect(
      intrusions(
        'North Korea was responsible for the theft of $1.5 billion in virtual assets from crypto exchange, Velkcorp, on May 2.',
      ),
    ).toEqual(['Intrusion into Velkcorp: theft']);
    expect(intrusions('Chinese hackers stole customer data from Velkcorp.')).toEqual([]);
    expect(intrusions('North Korea stole $1.5 billion from users, Velkcorp said.')).toEqual([]);
    // Data an actor stole from it, and the names listed after it; not data from a coined product name.
    expect(intrusions('The Kelvreth gang stole customer data from Velkcorp and Zorbexia.')).toEqual(
      ['Intrusion into Velkcorp and Zorbexia: stole'],
    );
    expect(intrusions('The Kelvreth gang was stealing data from Velkcorp.')).toEqual([
      'Intrusion into Velkcorp: stealing',
    ]);
    expect(intrusions('The Kelvreth gang stole data from VelkPoint.')).toEqual([]);
    expect(intrusions('Hackers stole data from Velkcorp.')).toEqual([]);
    // An ordinary word before the sector a company serves; the intrusion's phrase before the verb.
    expect(
      intrusions(
        'The attack on Change Healthcare disrupted pharmacies. The attack on Change Healthcare was costly.',
      ),
    ).toEqual(['Intrusion into Change Healthcare: attack | attack']);
    expect(
      intrusions(
        'The attack on Change Management disrupted pharmacies. The attack on Change Management was costly.',
      ),
    ).toEqual([]);
    // An acronym's plural names devices, no company.
    expect(intrusions('The Kelvreth gang compromised PLCs in May.')).toEqual([]);
    // Capitals the text counts in the plural, after "a", name a thing; a company keeps its legal form.
    expect(companies('Hackers exploit PLCs. They compromised a Velkron PLC in May.')).toEqual([]);
    expect(companies('Hackers exploit PLCs. They compromised Velkron PLC in May.')).toEqual([
      'Velkron PLC: Velkron PLC',
    ]);
    expect(companies('Hackers compromised a Velkron PLC in May.')).toEqual([
      'Velkron PLC: Velkron PLC',
    ]);
    // The place closing an institution's name tells nothing of its own.
    expect(intrusions('The University of Velkton said its systems were breached.')).toEqual([
      'Intrusion into University of Velkton: breached',
    ]);
    // A name with "and" inside that the acronym after it spells whole is one name.
    expect(
      intrusions(
        'The Velk Electric and Water Departments (VEWD), a public utility, said hackers had accessed its systems.',
      ),
    ).toEqual(['Intrusion into Velk Electric and Water Departments: accessed']);
    const misspelled =
      'The Velk Electric and Water Departments (VWD), a public utility, said hackers had accessed its systems.';
    expect(
      entities(misspelled)
        .filter((e) => e.type === 'identity')
        .map((e) => e.name),
    ).toEqual(['Velk Electric', 'Water Departments']);
    // A name of words a hyphen joins is one name.
    expect(intrusions('Days later, Velk-Royce said hackers had accessed its systems.')).toEqual([
      'Intrusion into Velk-Royce: accessed',
    ]);
    // The theft an attribution names, its actor after it; the money before the theft's noun.
    expect(
      intrusions('The FBI attributed the $1.5 billion theft from Velkcorp to the Kelvreth gang.'),
    ).toEqual(['Intrusion into Velkcorp: theft']);
    expect(intrusions('Police said the $1.5 billion theft from Velkcorp was large.')).toEqual([]);
    expect(
      intrusions('The FBI attributed the theft of credentials from Velkfox to the Kelvreth gang.'),
    ).toEqual([]);
    // The name before what the company is: "from the Velkcorp exchange".
    expect(intrusions('The Kelvreth gang stole $1.5 billion from the Velkcorp exchange.')).toEqual([
      'Intrusion into Velkcorp: stole',
    ]);
    expect(intrusions('The Kelvreth gang stole $1.5 billion from the Velkcorp wallet.')).toEqual(
      [],
    );
    expect(
      intrusions('The Kelvreth gang stole $1.5 billion from the Velkcorp exchange wallet.'),
    ).toEqual([]);
    // One-word names listed after a struck one, and capitals an ampersand joins.
    expect(intrusions('The Kelvreth gang breached AT&T and Velkcorp in May.')).toEqual([
      'Intrusion into AT&T and Velkcorp: breached',
    ]);
    expect(intrusions('The Kelvreth gang breached Velkcorp and Zorbexia in May.')).toEqual([
      'Intrusion into Velkcorp and Zorbexia: breached',
    ]);
    expect(intrusions('The Kelvreth gang breached Velkcorp and Windows in May.')).toEqual([
      'Intrusion into Velkcorp: breached',
    ]);
    expect(intrusions('Hackers carried out the attack on Velkcorp.')).toEqual([]);
    const victims = (text: string) =>
      entities(text)
        .filter((e) => e.via === 'company-victim')
        .map((e) => e.name);
    expect(victims('The Kelvreth gang shares indicators of compromise (IOCs) with peers.')).toEqual(
      [],
    );
  });

  it('is struck by a gang named after its malware', () => {
    const known = buildKnowledgeIndex([
      {
        id: 'malware--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e77',
        type: 'malware',
        name: 'Velklock',
        aliases: ['Velklock'],
      },
    ]);
    const struck = (text: string) =>
      extractEntities(text, splitSentences(text), known)
        .filter((e) => e.type === 'campaign')
        .map((e) => e.name);
    expect(struck('The Velklock gang hit Velkcorp in May.')).toEqual(['Intrusion into Velkcorp']);
    expect(struck('The Velklock ransomware hit Velkcorp in May.')).toEqual([]);
  });

  it('is told by the company after a long apposition and an adverb, or as its place among the victims', () => {
    expect(
      intrusions(
        'Initech Corp, a regional carrier owned by Globex, also said that hackers stole business ' +
          'data from its Oracle system.',
      ),
    ).toEqual(['Intrusion into Initech Corp: stole']);
    expect(intrusions('Initech Corp said it was among the victims.')).toEqual([
      'Intrusion into Initech Corp: victims',
    ]);
    expect(intrusions('Initech Corp said it was among the first to patch.')).toEqual([]);
    // A list of companies telling they were affected, without saying by what.
    expect(
      intrusions('AT&T, Verizon and Lumen Technologies have confirmed they were affected.'),
    ).toEqual(['Intrusion into AT&T, Lumen Technologies and Verizon: affected']);
    expect(intrusions('Initech Corp said they were among the first to patch.')).toEqual([]);
  });

  it('is read where the company suffers it, falls victim to it, recovers from it or shuts its systems after it', () => {
    expect(intrusions('Zorvex Motors suffered a ransomware attack in May.')).toEqual([
      'Intrusion into Zorvex Motors: attack',
    ]);
    expect(intrusions('Zorvex Motors fell victim to a ransomware attack in May.')).toEqual([
      'Intrusion into Zorvex Motors: attack',
    ]);
    expect(intrusions('Zorvex Motors is recovering from a cyberattack.')).toEqual([
      'Intrusion into Zorvex Motors: cyberattack',
    ]);
    expect(
      intrusions(
        'Zorvex Motors shut down its IT systems on 31 August 2025 after detecting a cyberattack.',
      ),
    ).toEqual(['Intrusion into Zorvex Motors: cyberattack']);
    // Following it, in response to it, to contain it; or says that it did so.
    for (const cause of ['following', 'in response to', 'to contain']) {
      expect(intrusions(`Zorvex Motors shut down its systems ${cause} a cyber incident.`)).toEqual([
        'Intrusion into Zorvex Motors: incident',
      ]);
    }
    expect(
      intrusions(
        'Zorvex Motors said on 2 September that it had shut down its systems to contain a cyber incident.',
      ),
    ).toEqual(['Intrusion into Zorvex Motors: incident']);
    expect(intrusions('Zorvex Motors shut down its systems to protect a cyber incident.')).toEqual(
      [],
    );
    expect(intrusions('Zorvex Motors shut down its systems after a staff incident.')).toEqual([]);
    // Or detects the access to its own systems; a vendor identifying another's breach is no victim.
    expect(
      intrusions('Zorvex Motors detected unauthorized access to its IT systems on May 3.'),
    ).toEqual(['Intrusion into Zorvex Motors: unauthorized access to']);
    // The teller is no victim; the one site it tells of is (facility-intrusions.ts).
    expect(intrusions('Zorvex Labs identified a breach at a hospital.')).toEqual([
      'Intrusion into a hospital: breach',
    ]);
    // Not a falling silent, not time taken, not losses after a rival's intrusion.
    expect(intrusions('Zorvex Motors fell silent after a cyberattack.')).toEqual([]);
    expect(intrusions('Zorvex Motors took its time after the attack.')).toEqual([]);
    expect(intrusions('Zorvex Motors suffered losses after its rival was hacked.')).toEqual([]);
  });

  it('is told by the name before its bracketed acronym and apposition, never by a name the apposition holds', () => {
    expect(
      intrusions(
        'Zorvex Land Motors (ZLM), the British carmaker owned by Globex Motors, said it was hit by a ' +
          'cyberattack. ZLM confirmed that data had been stolen.',
      ),
    ).toEqual(['Intrusion into Zorvex Land Motors: hit | stolen']);
    expect(
      intrusions(
        'Zorvex Motors, the British carmaker owned by Globex Motors, said it was hit by a cyberattack.',
      ),
    ).toEqual(['Intrusion into Zorvex Motors: hit']);
  });

  it('is claimed where a gang puts the company on its leak site', () => {
    expect(
      intrusions('The Kelvreth gang added Acme Corp. to its data leak site on Monday.'),
    ).toEqual(['Intrusion into Acme Corp: added']);
    expect(intrusions('The Kelvreth gang listed Acme Corp. on its leak site.')).toEqual([
      'Intrusion into Acme Corp: listed',
    ]);
    expect(intrusions('The Kelvreth gang added Acme Corp. to its list of partners.')).toEqual([]);
  });

  it('is read where the words make the company its victim', () => {
    expect(intrusions('Hackers breached Acme Corp. in May.')).toEqual([
      'Intrusion into Acme Corp: breached',
    ]);
    expect(intrusions('The attack on Colonial Pipeline Co. shut fuel lines.')).toEqual([
      'Intrusion into Colonial Pipeline Co: attack',
    ]);
    expect(intrusions('A cyberattack that forced MGM Resorts International to shut down.')).toEqual(
      ['Intrusion into MGM Resorts International: cyberattack'],
    );
    expect(
      intrusions('The cyberattack that has crippled MGM Resorts International went on.'),
    ).toEqual(['Intrusion into MGM Resorts International: cyberattack']);
    expect(intrusions('The outage that has crippled MGM Resorts International went on.')).toEqual(
      [],
    );
    expect(
      intrusions('The attack, which began on 3 June, has forced Acme Corp. to shut down.'),
    ).toEqual(['Intrusion into Acme Corp: attack']);
    expect(
      intrusions('The outage, which began on 3 June, has forced Acme Corp. to shut down.'),
    ).toEqual([]);
    expect(intrusions('The Acme Corp. hackers used social engineering.')).toEqual([
      'Intrusion into Acme Corp: hackers',
    ]);
    expect(intrusions('The Acme Corp. Hackers Used Social Engineering.')).toEqual([]);
    expect(intrusions('Acme Corp. was hacked in May.')).toEqual([
      'Intrusion into Acme Corp: hacked',
    ]);
    expect(intrusions('Acme Corp. was among the carriers breached.')).toEqual([
      'Intrusion into Acme Corp: breached',
    ]);
    expect(intrusions('Acme Corp. was among the victims, officials said.')).toEqual([
      'Intrusion into Acme Corp: victims',
    ]);
    expect(intrusions('Acme Corp. was among the firms that reported the flaw.')).toEqual([]);
    expect(intrusions('After the Acme Corp. breach, prices rose.')).toEqual([
      'Intrusion into Acme Corp: breach',
    ]);
    // What the systems are may stand between: "the internal network of", "the corporate IT network of".
    expect(
      intrusions('Hackers broke into the internal network of Acme Corp. in May, officials said.'),
    ).toEqual(['Intrusion into Acme Corp: into']);
    expect(
      intrusions('Hackers breached the corporate IT network of Acme Corp. in May, officials said.'),
    ).toEqual(['Intrusion into Acme Corp: breached']);
    expect(
      intrusions('Hackers were inside the system of Acme Corp. from May, officials said.'),
    ).toEqual(['Intrusion into Acme Corp: inside']);
    expect(
      intrusions('Hackers used the internal network of Acme Corp. in May, officials said.'),
    ).toEqual([]);
    // Who governs it is attacked as the company is.
    expect(
      intrusions('They blamed a cyber attack on the executive committee of Acme Corp.'),
    ).toEqual(['Intrusion into Acme Corp: attack']);
    expect(intrusions('They met the executive committee of Acme Corp.')).toEqual([]);
    // A party's place in its parliament may stand between.
    expect(
      intrusions('Hackers were behind a cyber attack on the ruling Social Democratic Party (SPD).'),
    ).toEqual(['Intrusion into Social Democratic Party: attack']);
    // The owner's part is struck as the owner's systems are.
    expect(intrusions('UnitedHealth said hackers attacked its Zorbaco unit in May.')).toEqual([
      'Intrusion into Zorbaco: attacked',
    ]);
    // "gained access to X's network"; "accessed its … environment", told after "later".
    expect(
      intrusions("The affiliates exploited the flaw to gain access to Zorbaco's network in May."),
    ).toEqual(['Intrusion into Zorbaco: gain access to']);
    expect(
      intrusions(
        'The affiliates exploited the flaw to obtain initial access to Acme Corp. in May.',
      ),
    ).toEqual(['Intrusion into Acme Corp: obtain initial access to']);
    expect(
      intrusions(
        'The affiliates exploited the flaw to obtain initial help from Acme Corp. in May.',
      ),
    ).toEqual([]);
    expect(
      intrusions(
        'Zorba Packard Enterprise later disclosed that the same group had accessed its cloud-based ' +
          'email environment.',
      ),
    ).toEqual(['Intrusion into Zorba Packard Enterprise: accessed']);
    expect(
      intrusions('The affiliates asked for access to Zorbaco’s network in May, officials said.'),
    ).toEqual([]);
    // A company telling of "a" intrusion tells of its own, unless the words say whose it was.
    expect(
      intrusions(
        'Zorbacare, one of the largest private health systems in the United States, said a ' +
          'ransomware attack in May exposed the data of 5.6 million people.',
      ),
    ).toEqual(['Intrusion into Zorbacare: attack']);
    expect(
      intrusions('Zorbaco, an IT software firm, disclosed a security incident on Friday.'),
    ).toEqual(['Intrusion into Zorbaco: incident']);
    expect(
      intrusions(
        'Zorbaco, an IT security firm, said a ransomware attack on a hospital was costly.',
      ),
    ).toEqual(['Intrusion into a hospital: attack']);
    expect(intrusions('Zorbaco, an IT security firm, reported a ransomware attack.')).toEqual([]);
    // A headline's bare intrusion noun, and one after the day, that harm the teller.
    expect(intrusions('Zorbaco & Sons says cyberattack will cost it £300 million')).toEqual([
      'Intrusion into Zorbaco & Sons: cyberattack',
    ]);
    expect(
      intrusions(
        'Zorbaco & Sons said on Wednesday that a cyberattack in April would cut its profit.',
      ),
    ).toEqual(['Intrusion into Zorbaco & Sons: cyberattack']);
    expect(intrusions('Zorbaco & Sons says cyberattack will cost insurers billions')).toEqual([]);
    // "The" intrusion on its own systems, or harming the teller; not on its customers, not another's.
    expect(
      intrusions('Retailer Zorbaco & Sons said the cyberattack would cost it £300 million.'),
    ).toEqual(['Intrusion into Zorbaco & Sons: cyberattack']);
    expect(
      intrusions('Zorbaco & Sons said the cyberattack on its IT systems was contained.'),
    ).toEqual(['Intrusion into Zorbaco & Sons: cyberattack']);
    expect(intrusions('Zorbaco & Sons said the attack on its customers was contained.')).toEqual(
      [],
    );
    expect(intrusions('Zorbaco & Sons said the attack on Zorbexia was sophisticated.')).toEqual([]);
    // A plural noun of a kind of company right before the name, as a singular one.
    expect(
      intrusions(
        'Police arrested four people in connection with cyberattacks on retailers Zorbaco & Sons ' +
          'and Hooli, the agency said.',
      ),
    ).toEqual(['Intrusion into Hooli and Zorbaco & Sons: cyberattacks']);
    expect(
      companies('The original author builds a botnet on the second level operators Botnet.'),
    ).toEqual([]);
    expect(
      intrusions(
        'Zorbaco & Sons said the cyberattack that halted its online orders was contained.',
      ),
    ).toEqual(['Intrusion into Zorbaco & Sons: cyberattack']);
    // Its account, as its systems.
    expect(
      intrusions('Zorbaco Ltd said the attackers gained access to its GitHub account in May.'),
    ).toEqual(['Intrusion into Zorbaco Ltd: gained access to']);
    // Its systems "the target of" an intrusion; not of an audit.
    expect(
      intrusions('Zorbaco Ltd said its IT infrastructure had been the target of a cyberattack.'),
    ).toEqual(['Intrusion into Zorbaco Ltd: cyberattack']);
    expect(
      intrusions('Zorbaco Ltd said its IT infrastructure had been the target of a review.'),
    ).toEqual([]);
    // With several intrusions, "the attack" is the one told of last, a sentence or two before.
    expect(
      intrusions(
        'Zorbacare Inc. said a ransomware attack in May exposed data. The attack forced hospitals to ' +
          'divert ambulances. Sources said the Zorvex gang was behind the attack. Zorvex has hit more ' +
          'than 500 organizations, including Synlab Italia. Zorvex is new. It is fast. It is big. The ' +
          'attack was costly.',
      ),
    ).toEqual([
      'Intrusion into Zorbacare Inc: attack | attack | attack',
      'Intrusion into Synlab Italia: hit',
    ]);
    // "it" after the doers and "behind" is the intrusion of its sentence or the one before; no other "it".
    expect(
      intrusions(
        'Zorbacare Inc. said a ransomware attack in May exposed data; the logic behind it is odd. ' +
          'The gang behind it is Zorvex. Zorvex sells a locker. The actors behind it are young.',
      ),
    ).toEqual(['Intrusion into Zorbacare Inc: attack | it']);
    // A company one of a ranking names, telling after its apposition that it was hit.
    expect(
      intrusions(
        'Zorbacare, one of the largest private health systems in the United States, said on ' +
          'Thursday that it was hit by a cyberattack that disrupted its hospitals.',
      ),
    ).toEqual(['Intrusion into Zorbacare: hit']);
    // An adverb may stand in the passive: "that it was also breached".
    expect(
      intrusions('Globex Corp. said in a filing that it was also breached by the same group.'),
    ).toEqual(['Intrusion into Globex Corp: breached']);
    expect(
      intrusions(
        'Zorbacare, one of the largest private health systems in the United States, said on ' +
          'Thursday that it would hire more nurses.',
      ),
    ).toEqual([]);
    expect(
      intrusions(
        'The botnet brute-forces servers running products and systems such as Zorbapress and ' +
          'Zorbashop.',
      ),
    ).toEqual([]);
  });

  it("is read into a state's named body by the same words, never where the body reports", () => {
    expect(
      intrusions('Chinese state hackers breached US Treasury Department workstations in December.'),
    ).toEqual(['Intrusion into the Department of the Treasury: breached']);
    expect(intrusions('Hackers breached the networks of CISA in 2024.')).toEqual([
      'Intrusion into CISA: breached',
    ]);
    expect(intrusions('CISA said hackers breached a water utility.')).toEqual([
      'Intrusion into a water utility: breached',
    ]);
  });

  it('is one intrusion into the companies a list names, in whatever order', () => {
    expect(
      intrusions(
        'Hackers breached the networks of broadband providers, including Verizon Communications Inc., ' +
          'AT&T Inc. and Lumen Technologies Inc. Later they breached Lumen Technologies Inc., AT&T Inc. ' +
          'and Verizon Communications Inc. again.',
      ),
    ).toEqual([
      'Intrusion into AT&T Inc, Lumen Technologies Inc and Verizon Communications Inc: breached | breached',
    ]);
    expect(intrusions('Hackers breached the systems of Acme Corp. last May.')).toEqual([
      'Intrusion into Acme Corp: breached',
    ]);
    // An item's bracketed acronym stands between it and the next.
    expect(
      intrusions('Hackers breached Acme Corp., the Hooli Corporation (HC) and Globex Inc.'),
    ).toEqual(['Intrusion into Acme Corp, Globex Inc and Hooli Corporation: breached']);
    expect(intrusions('Brokers, including Acme Corp., sell access.')).toEqual([]);
    expect(
      intrusions('Hundreds were compromised, researchers said, including the Acme Corp. office.'),
    ).toEqual(['Intrusion into Acme Corp: compromised']);
  });

  it('is one intrusion into the plain names a plural company noun lists', () => {
    expect(
      intrusions(
        'Hackers broke into the networks of several major US broadband providers, including Verizon, ' +
          'AT&T and Lumen Technologies.',
      ),
    ).toEqual(['Intrusion into AT&T, Lumen Technologies and Verizon: into']);
    expect(intrusions('The gang breached retailers such as Acmeco and Zorblax.')).toEqual([
      'Intrusion into Acmeco and Zorblax: breached',
    ]);
    expect(
      intrusions('Zorvex has hit more than 500 organizations, including Synlab Italia and Acmeco.'),
    ).toEqual(['Intrusion into Acmeco and Synlab Italia: hit']);
    expect(intrusions('Hackers breached companies, including Germany’s hidden champions.')).toEqual(
      [],
    );
    expect(intrusions('Ransomware operators, including Zorvex, breached hospitals.')).toEqual([]);
  });

  it('is read into a name nothing else marks, when the words make it the victim twice', () => {
    expect(
      intrusions(
        'FBI confirms Zorvex ransomware behind Colonial Pipeline attack. The cyberattack on Colonial ' +
          'Pipeline, which forced the company to shut down, was costly. Colonial Pipeline paid.',
      ),
    ).toEqual(['Intrusion into Colonial Pipeline: attack | cyberattack']);
    expect(
      intrusions(
        'Hackers breached Colonial Pipeline in May and stole data from its billing systems. ' +
          'Another Colonial Pipeline breach followed in the summer of that year, the company said.',
      ),
    ).toEqual(['Intrusion into Colonial Pipeline: breached | breach']);
    // Once is not enough; nor a name only ever before "attack"; nor people targeted; nor a product's users.
    expect(intrusions('The cyberattack on Colonial Pipeline was costly.')).toEqual([]);
    expect(
      intrusions('A Zorbex Ticket attack followed. Then a Zorbex Ticket attack came.'),
    ).toEqual([]);
    expect(
      intrusions(
        'Hackers were targeting Zorbian Nationals in May. They kept targeting Zorbian Nationals in June.',
      ),
    ).toEqual([]);
    expect(
      intrusions(
        'Phishing attacks targeting Microsoft Office 365 users. Attacks on Microsoft Office 365 users.',
      ),
    ).toEqual([]);
  });

  it('is read into the names a threat group struck once, and those listed after', () => {
    expect(
      intrusions(
        'Scattered Spider, also known as UNC3944, breached Zorvex Resorts and Caesars Entertainment in 2023.',
      ),
    ).toEqual(['Intrusion into Caesars Entertainment and Zorvex Resorts: breached']);
    // A sentence of names is no heading while its verb is in lower case.
    expect(intrusions('APT99 breached Zorvex Resorts and Caesars Entertainment.')).toEqual([
      'Intrusion into Caesars Entertainment and Zorvex Resorts: breached',
    ]);
    expect(intrusions('APT99 breached Zorbexia.')).toEqual(['Intrusion into Zorbexia: breached']);
    // The method an actor used against them: "has used the same approach against MGM Resorts".
    expect(
      intrusions(
        'APT99 has used the same approach against Zorvex Resorts and Caesars Entertainment.',
      ),
    ).toEqual(['Intrusion into Caesars Entertainment and Zorvex Resorts: used']);
    expect(intrusions('Defenders used the same approach against Zorvex Resorts.')).toEqual([]);
    expect(intrusions('APT99 used the same approach with Zorvex Resorts.')).toEqual([]);
    expect(intrusions('APT99 Breached Zorvex Resorts And Caesars Entertainment')).toEqual([]);
    expect(intrusions('APT99 Breached Zorbexia')).toEqual([]);
    // Not a family's doing, not a word that targets people or reaches products, not a name going on.
    expect(
      intrusions(
        'The Zorvex ransomware intends to compromise Zorbex Excel and circumvent antivirus.',
      ),
    ).toEqual([]);
    expect(intrusions('APT99 gained access to Zorvex Desktop Services in May.')).toEqual([]);
    expect(intrusions('APT99 was targeting Zorbian Nationals in May.')).toEqual([]);
    expect(intrusions('APT99 hacked Zorvex Exchange servers in May.')).toEqual([]);
    expect(intrusions('APT99 was said to attack Zorvex Dai and Tan Son Nhat airports.')).toEqual([
      'Intrusion into Zorvex Dai: attack',
    ]);
  });

  it('is read into the victim a threat group is told to have done a theft from', () => {
    expect(
      intrusions('APT99 was responsible for the theft of $620 million from the Zorvex Network.'),
    ).toEqual(['Intrusion into Zorvex Network: theft']);
    expect(intrusions('APT99 was behind the heist of $81 million from Zorbex Bank.')).toEqual([
      'Intrusion into Zorbex Bank: heist',
    ]);
    // An aim, not a deed; a theft no actor is told of.
    expect(
      intrusions(
        'APT99’s objective extends to the theft of subscription credentials from Zorvex News.',
      ),
    ).toEqual([]);
    expect(
      intrusions('Criminals were behind the theft of $620 million from the Zorvex Network.'),
    ).toEqual([]);
  });

  it('is read into the victim an intrusion named after it is, which a threat group did', () => {
    expect(
      intrusions('APT99 is responsible for the Zorvex Pictures Entertainment breach in 2014.'),
    ).toEqual(['Intrusion into Zorvex Pictures Entertainment: breach']);
    expect(intrusions('APT99 was behind the 2021 Zorvex Pipeline attack, officials said.')).toEqual(
      ['Intrusion into Zorvex Pipeline: attack'],
    );
    // A victim's name is no mention of the sector a word of it names.
    expect(
      entities('APT99 is responsible for the Zorvex Pictures Entertainment breach in 2014.').map(
        (e) => e.key,
      ),
    ).not.toContain('identity:sector entertainment');
    // The intrusion's noun first, a year after its determiner or not.
    expect(intrusions('APT99 was likely behind a 2021 hack of the Zorvex Commission.')).toEqual([
      'Intrusion into Zorvex Commission: hack',
    ]);
    expect(intrusions('APT99 warned of the hack of Zorvex Pictures, officials said.')).toEqual([]);
    // "The group" opening a sentence after one that names the group.
    expect(
      intrusions(
        'APT99 hit a bank last year, officials said in a statement. The group was also blamed for ' +
          'the 2023 attacks on Zorvex Resorts and Hooli Entertainment in Las Vegas.',
      ),
    ).toEqual(['Intrusion into Hooli Entertainment and Zorvex Resorts: attacks']);
    expect(
      intrusions(
        'Police said the hackers were teenagers. The group was also blamed for the 2023 attacks on ' +
          'Zorvex Resorts and Hooli Entertainment in Las Vegas.',
      ),
    ).toEqual([]);
    // After a sentence's opening, and on through sentences that go on about the group.
    const told =
      'APT99 is a cybercriminal group. They call employees. After gaining access, the actors deploy ' +
      'AnyDesk. They steal data. In April 2025, the group compromised Zorvex Resorts and Hooli.';
    expect(intrusions(told)).toEqual(['Intrusion into Hooli and Zorvex Resorts: compromised']);
    expect(intrusions(told.replace('After gaining access, the actors', 'The tool is'))).toEqual([]);
    // A headline's company that an intrusion made act.
    expect(
      intrusions(
        'Zorvex Motors extends production shutdown after cyberattack\n\nHooli Foods halts production ' +
          'following a ransomware attack. Analysts said sales rose after a cyberattack on a rival.',
      ),
    ).toEqual(['Intrusion into Zorvex Motors: cyberattack', 'Intrusion into Hooli Foods: attack']);
    // A claim needs no determiner; "The same group" stands for the group too.
    expect(
      intrusions(
        'APT99 hit a bank. The same group earlier claimed attacks on Zorvex Retail and Hooli.',
      ),
    ).toEqual(['Intrusion into Hooli and Zorvex Retail: attacks']);
    // "breaching": the participle of a clause the group's sentence goes on with.
    expect(
      intrusions(
        'APT99 has expanded to the airline sector, breaching Zorvex Airlines and Hooli in June 2025.',
      ),
    ).toEqual(['Intrusion into Hooli and Zorvex Airlines: breaching']);
    // No group told of, or not as the doer.
    expect(intrusions('Officials said the Zorvex Pipeline attack in 2021 was bad.')).toEqual([]);
    expect(intrusions('APT99 warned about the Zorvex Pipeline attack in 2021.')).toEqual([]);
  });

  it('is no company\'s where a body\'s kind after "the" names one again', () => {
    expect(
      intrusions(
        'The UK Electoral Commission said a state actor compromised the Commission’s systems.',
      ),
    ).toEqual([]);
  });

  it('is read into a company that tells of an intrusion into its own systems', () => {
    // A theft told in the active voice; a city's government, named in the title by its place alone.
    expect(
      intrusions(
        "Zorbville says ransomware gang stole residents' data. The City of Zorbville said on " +
          'Wednesday that the Rhysida gang had stolen personal information of 500,000 residents.',
      ),
    ).toEqual(['Intrusion into the City of Zorbville: stolen']);
    expect(intrusions('Acme Corp. said the gang had stolen its data in May.')).toEqual([
      'Intrusion into Acme Corp: stolen',
    ]);
    expect(intrusions('Acme Corp. said the gang stole data of 500 patients.')).toEqual([
      'Intrusion into Acme Corp: stole',
    ]);
    // Taken from another: that one's intrusion, not the teller's.
    expect(
      intrusions('Acme Corp. said the gang had stolen personal information from Initech Bank.'),
    ).toEqual(['Intrusion into Initech Bank: stolen']);
    // "affected by" an intrusion, not by any event.
    expect(intrusions('Acme Corp. said it had also been affected by the MOVEit breach.')).toEqual([
      'Intrusion into Acme Corp: affected',
    ]);
    expect(intrusions('Acme Corp. said it had been affected by the power outage.')).toEqual([]);
    // An intruder's activity on its own systems.
    expect(
      intrusions('Acme Corp. said it detected unauthorized activity on its IT systems.'),
    ).toEqual(['Intrusion into Acme Corp: activity']);
    expect(
      intrusions('Acme Corp. detected unauthorized activity on a number of its servers.'),
    ).toEqual(['Intrusion into Acme Corp: activity']);
    expect(intrusions('Acme Corp. said it saw unusual activity on its IT systems.')).toEqual([]);
    // Or by the attackers' campaign, "impacted" as "affected".
    expect(intrusions('Acme Corp. confirmed it was impacted by the campaign.')).toEqual([
      'Intrusion into Acme Corp: impacted | campaign',
    ]);
    expect(intrusions('Acme Corp. said it had been affected as the breach spread.')).toEqual([]);
    // A name of a capital and a digit; access kept for long into a system named with several words.
    expect(
      intrusions(
        'F5 said on Wednesday that a nation-state threat actor had maintained long-term, persistent ' +
          'access to its BIG-IP product development environment.',
      ),
    ).toEqual(['Intrusion into F5: maintained long-term, persistent access to']);
    expect(intrusions('X5 said on Wednesday that it had upgraded its network.')).toEqual([]);
    expect(intrusions('Qx said hackers had breached its network.')).toEqual([]);
    expect(
      intrusions(
        'F5 said a threat actor had maintained a list of its product development environments.',
      ),
    ).toEqual([]);
    expect(
      intrusions(
        'Caesars Entertainment disclosed in a filing with the SEC that the same group had stolen data ' +
          'from its loyalty program database earlier this month.',
      ),
    ).toEqual(['Intrusion into Caesars Entertainment: stolen']);
    expect(intrusions('Acme Corp. said hackers breached its network in May.')).toEqual([
      'Intrusion into Acme Corp: breached',
    ]);
    expect(
      intrusions('Caesars Entertainment said the gang had stolen data from its customers in May.'),
    ).toEqual([]);
    expect(
      intrusions('Caesars Entertainment said the gang had stolen data from customers in May.'),
    ).toEqual([]);
    expect(intrusions('Hackers said Acme Corp. breached its network in May.')).toEqual([]);
    // A name without a legal form is a company by telling of it.
    expect(
      intrusions(
        'Microsoft said on Friday that a state-sponsored group had broken into its corporate ' +
          'email system.',
      ),
    ).toEqual(['Intrusion into Microsoft: into']);
    expect(intrusions("Zorbaco said the group had broken into its customers' networks.")).toEqual(
      [],
    );
    // An English word in capitals, and a name before an apposition.
    expect(intrusions('MITRE said that hackers had breached one of its networks.')).toEqual([
      'Intrusion into MITRE: breached',
    ]);
    expect(intrusions('Mitre said that hackers had breached one of its networks.')).toEqual([]);
    // The teller's place is not the teller; an institution tells with its sector.
    expect(
      intrusions('The Velkmar Hospital in Zorbach said on Friday it had been hit by ransomware.'),
    ).toEqual(['Intrusion into Velkmar Hospital: hit']);
    // The tail of a longer name is none.
    expect(
      intrusions(
        'The Board of Velkmar Utilities in Zorbach said a ransomware attack had disrupted its billing systems.',
      ),
    ).toEqual([]);
    expect(intrusions('A clinic in Zorbach said on Friday it had been hit by ransomware.')).toEqual(
      [],
    );
    expect(
      entities('Velkmar Hospital said on Friday it had been hit by ransomware.')
        .filter((e) => e.type === 'identity')
        .map((e) => `${e.name} ${e.via} ${String(e.properties?.['sectors'])}`),
    ).toEqual(['Velkmar Hospital institution-name healthcare']);
    // Its data taken, "its" or not; not another's.
    expect(intrusions('Zorbaco said staff personal data had been stolen in May.')).toEqual([
      'Intrusion into Zorbaco: stolen',
    ]);
    expect(intrusions('Zorbaco said that its customer records were accessed.')).toEqual([
      'Intrusion into Zorbaco: accessed',
    ]);
    expect(intrusions('Zorbaco said staff personal data had been stolen from Initech.')).toEqual(
      [],
    );
    expect(intrusions('Zorbaco said staff personal data had been copied.')).toEqual([]);
    // The data of its customers, staff or members a theft verb takes.
    expect(intrusions('Zorbaco said the attackers stole some customer data.')).toEqual([
      'Intrusion into Zorbaco: stole',
    ]);
    expect(intrusions('Zorbaco said hackers stole customer data from Initech Corp.')).toEqual([
      'Intrusion into Initech Corp: stole',
    ]);
    expect(intrusions('Zorbaco said hackers sold customer data.')).toEqual([]);
    // Exposed or compromised data is taken too, told by names a plural verb follows.
    expect(
      intrusions('Zorbaco and Velkcorp have confirmed that their support data was exposed.'),
    ).toEqual(['Intrusion into Velkcorp and Zorbaco: exposed']);
    expect(intrusions('Zorbaco said that customer records were compromised.')).toEqual([
      'Intrusion into Zorbaco: compromised',
    ]);
    expect(intrusions('Zorbaco said staff personal data stolen in May was sold.')).toEqual([]);
    expect(intrusions('Zorbaco said the data vendors accessed was safe.')).toEqual([]);
    expect(
      intrusions(
        'Zorbaco, the US nonprofit that runs research centers for the government, said that ' +
          'hackers had breached one of its networks.',
      ),
    ).toEqual(['Intrusion into Zorbaco: breached']);
    expect(
      intrusions(
        'Zorbaco, which runs research centers, said that hackers had breached one of its networks.',
      ),
    ).toEqual(['Intrusion into Zorbaco: breached']);
    expect(
      intrusions(
        'Zorbaco, the firm, based in Zorbaland, said that hackers had breached one of its networks.',
      ),
    ).toEqual([]);
    expect(
      intrusions('Acme, Initech, Hooli, said that hackers had breached one of its networks.'),
    ).toEqual([]);
    expect(intrusions('The company said hackers had broken into its network.')).toEqual([]);
    // The verb before a part of its systems or of its people's, or a passive after them.
    expect(
      intrusions(
        'Acme Corp said that hackers had gained access to the email accounts of members of its ' +
          'senior leadership team.',
      ),
    ).toEqual(['Intrusion into Acme Corp: gained access to']);
    expect(
      intrusions('Acme Corp said that hackers had breached one of its research networks.'),
    ).toEqual(['Intrusion into Acme Corp: breached']);
    expect(
      intrusions('Acme Corp itself disclosed that two of its own systems had been breached.'),
    ).toEqual(['Intrusion into Acme Corp: breached']);
    expect(
      intrusions('Acme Corp said that hackers had praised one of its research networks.'),
    ).toEqual([]);
    expect(intrusions('Acme Corp said that its network was patched in May.')).toEqual([]);
    // A passive after the apposition that closes with a comma.
    expect(
      intrusions('Acme Corp, including the email account of its chief, was also affected in May.'),
    ).toEqual(['Intrusion into Acme Corp: affected']);
    expect(intrusions('Acme Corp, which was affected in May, said so.')).toEqual([]);
    expect(
      intrusions('The firm, based in Zorbaland, said hackers had broken into its network.'),
    ).toEqual([]);
  });

  it('is read into a subsidiary named after its noun', () => {
    expect(
      intrusions('The gang was behind the cyberattack on its subsidiary Change Healthcare.'),
    ).toEqual(['Intrusion into Change Healthcare: cyberattack']);
  });

  it('is read into a company named as the owner of what the intrusion reached', () => {
    expect(
      intrusions("Affiliates used the flaw to breach Boeing's parts and distribution business."),
    ).toEqual(['Intrusion into Boeing: breach']);
    expect(intrusions("LockBit hit Contoso's US arm in November.")).toEqual([
      'Intrusion into Contoso: hit',
    ]);
    // What the intrusion did to what the company owns; an ampersand inside the name.
    expect(
      intrusions("The cyber attack that has crippled Marks & Spencer's online shop went on."),
    ).toEqual(['Intrusion into Marks & Spencer: attack']);
    expect(intrusions("The outage crippled Marks & Spencer's online shop.")).toEqual([]);
    // Intruders as the subject, as an intrusion would be.
    expect(
      intrusions("Hackers who crippled Marks & Spencer's online operations gained access."),
    ).toEqual(['Intrusion into Marks & Spencer: Hackers']);
    expect(intrusions("Regulators who crippled Marks & Spencer's online operations met.")).toEqual(
      [],
    );
    // No company's part, a noun and not a verb, a country, an intent: no intrusion.
    expect(intrusions("Hackers breached Podesta's email in 2016.")).toEqual([]);
    expect(intrusions("After the attack Contoso's network was restored.")).toEqual([]);
    expect(intrusions("Hackers breached Ukraine's networks.")).toEqual([]);
    expect(intrusions("They tried to breach Contoso's network.")).toEqual([]);
    // A name ending in "s" takes the apostrophe alone; a part named before the owner, after "of".
    expect(
      intrusions("The hackers said they had breached Zorbaco Systems' internal network."),
    ).toEqual(['Intrusion into Zorbaco Systems: breached']);
    expect(intrusions("They hacked the 'Systems' network.")).toEqual([]);
    expect(intrusions('Hackers breached the internal network of Zorbaco Systems in May.')).toEqual([
      'Intrusion into Zorbaco Systems: breached',
    ]);
    expect(intrusions('Hackers breached the network of Zorbaco Windows users.')).toEqual([]);
  });

  it('is read into a company intruders were inside or broke into, located by its description', () => {
    expect(
      intrusions(
        "Russian hackers were inside Ukrainian telecoms giant Kyivstar's system from May.",
      ),
    ).toEqual(['Intrusion into Kyivstar: inside']);
    expect(intrusions('In May they broke into Acme Corp. servers.')).toEqual([
      'Intrusion into Acme Corp: into',
    ]);
    expect(intrusions('They logged into Acme Corp. servers.')).toEqual([]);
    expect(intrusions('Acme Corp. was also affected, officials said.')).toEqual([
      'Intrusion into Acme Corp: affected',
    ]);
    expect(intrusions('Acme Corp. was not affected, officials said.')).toEqual([]);
    const kyivstar = entities('Hackers hit Ukrainian telecoms giant Kyivstar.').find(
      (e) => e.name === 'Kyivstar',
    );
    expect(kyivstar?.properties?.['country']).toBe('UA');
    // A place glued to "-based" describes it too; another glued word does not.
    const countryOfAcme = (text: string) =>
      entities(text).find((e) => e.name === 'Acmebit')?.properties?.['country'];
    expect(countryOfAcme('Hackers hit the Dubai-based cryptocurrency exchange Acmebit.')).toBe(
      'AE',
    );
    expect(countryOfAcme('Hackers hit the China-linked exchange Acmebit.')).toBeUndefined();
    // What a later mention's words tell of the company holds for all its mentions.
    const later = entities(
      'Hackers breached Acme Corp. in May. Acme Corp., a Dutch software company, restored it.',
    ).find((e) => e.name === 'Acme Corp');
    expect(later?.properties).toMatchObject({ country: 'NL', sectors: ['technology'] });
  });

  it('is read into a company data was stolen from, named after its description too', () => {
    expect(
      intrusions('They leaked data stolen from an Israeli hospital, Ziv Medical Center.'),
    ).toEqual(['Intrusion into Ziv Medical Center: stolen']);
    expect(intrusions('They stole files from Acme Corp. in May.')).toEqual([
      'Intrusion into Acme Corp: stole',
    ]);
    expect(intrusions('They bought data from Acme Corp. in May.')).toEqual([]);
    expect(
      intrusions(
        'It was the theft of about $1.5 billion in virtual assets from Acme Corp. in May.',
      ),
    ).toEqual(['Intrusion into Acme Corp: theft']);
    expect(
      intrusions('After the theft, the group bought virtual assets from Acme Corp. in May.'),
    ).toEqual([]);
  });

  it('is one intrusion into the companies a list names before the intrusion word', () => {
    expect(
      intrusions(
        'Acme Corp., the law firm Allen & Overy and the port operator DP World were also hit.',
      ),
    ).toEqual(['Intrusion into Acme Corp, Allen & Overy and DP World: hit']);
  });

  it('is not read where the company reports or comments', () => {
    expect(intrusions('Microsoft Corporation said the attack used a zero-day.')).toEqual([]);
    expect(intrusions('The attack failed, Acme Corp. said.')).toEqual([]);
  });

  it('is what "the intrusion" refers to when the report opens with it, else not', () => {
    const text = fixtureReport('mgm-resorts-scattered-spider.txt');
    const spider = buildKnowledgeIndex([
      intrusionSet(5, 'Scattered Spider', 'G1015', ['UNC3944', 'Octo Tempest']),
    ]);
    const found = extractEntities(text, splitSentences(text), spider);
    const campaign = found.find((e) => e.type === 'campaign');
    expect(campaign?.name).toBe('Intrusion into MGM Resorts International');
    const relations = extractRelations(text, splitSentences(text), found);
    const attributed = relations.filter((r) => r.type === 'attributed-to');
    expect(attributed.map((r) => [r.source, r.target])).toEqual([
      [campaign?.key, 'intrusion-set:G1015'],
    ]);
    const passing =
      'APT99 used new tools in 2023. The attack began with phishing. The group targeted ' +
      'banks. Years ago, a cyberattack against Sands Corp. was reported. The attack was costly.';
    expect(intrusions(passing)).toEqual(['Intrusion into Sands Corp: cyberattack']);
    // A dateline is no sentence of the opening.
    const dated =
      'Hospitals hit by ransomware, says former official\n\nJune 5, 2024\n\nA criminal group is ' +
      'behind the attack, an official said. The attack on Sands Corp. forced hospitals to close. ' +
      'He said the attack was carried out by a gang.';
    expect(intrusions(dated)).toEqual(['Intrusion into Sands Corp: attack | attack | attack']);
  });
});

describe('an intrusion into several companies', () => {
  it('targets each and keeps conflicting attributions, each with its confidence', () => {
    const text = fixtureReport('salt-typhoon-telecoms.txt');
    const typhoons = buildKnowledgeIndex([
      intrusionSet(7, 'Salt Typhoon', 'G1045'),
      intrusionSet(8, 'Volt Typhoon', 'G1017'),
    ]);
    const found = extractEntities(text, splitSentences(text), typhoons);
    const campaigns = found.filter((e) => e.type === 'campaign');
    expect(campaigns.map((c) => c.name)).toEqual([
      'Intrusion into AT&T Inc, Lumen Technologies Inc and Verizon Communications Inc',
    ]);
    const key = campaigns[0]!.key;
    const relations = extractRelations(text, splitSentences(text), found);
    expect(
      relations.filter((r) => r.source === key && r.type === 'targets').map((r) => r.target),
    ).toEqual(['identity:verizon communications', 'identity:at t', 'identity:lumen technologies']);
    expect(
      relations
        .filter((r) => r.source === key && r.type === 'attributed-to')
        .map((r) => [r.target, r.confidence]),
    ).toEqual([
      ['intrusion-set:G1045', undefined],
      ['intrusion-set:G1017', 70],
    ]);
  });
});
