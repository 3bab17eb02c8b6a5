import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithData, seedPath } from '../../../../test-support/data.ts';
import { loadKnowledgeFromData } from '../../../../test-support/knowledge.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { extractTechniques } from '../extract/techniques/extract-techniques.ts';
import { analyzeReport } from './analyze-report.ts';
import { prepareKnowledge } from './knowledge.ts';
import { provenanceOf } from './provenance.ts';
import { analysisToStix } from './to-stix.ts';

describeWithData(
  'report pipeline on the seed article',
  ['mitre-attack', 'enterprise-attack.json'],
  () => {
    const seed = seedPath('czech-mfa-apt31-article.txt');
    const knowledge = prepareKnowledge(loadKnowledgeFromData().entries);

    it('reads the seed into schema-valid STIX whose evidence points at real text', () => {
      expect(seed, 'seed article beside the data folder').toBeDefined();
      const analysis = analyzeReport(readFileSync(seed!, 'utf8'), {
        knowledge,
        published: '2025-05-28T00:00:00.000Z',
      });
      const { report, objects } = analysisToStix(analysis, {
        ingested: '2026-11-28T00:00:00.000Z',
        published: '2025-05-28T00:00:00.000Z',
        sourceName: 'seed',
      });
      expectSchemaValid(objects);
      expect(report.object_refs).toContain('intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b');
      for (const entry of provenanceOf(report)!.evidence ?? []) {
        for (const span of entry.spans) {
          expect(span.start).toBeGreaterThanOrEqual(span.sentence_start);
          expect(span.end).toBeLessThanOrEqual(Math.max(span.sentence_end, span.end));
          expect(analysis.text.slice(span.start, span.end).trim().length).toBeGreaterThan(0);
        }
      }
    });

    it('links ATT&CK and CVE identifiers written in the text to the knowledge', () => {
      const analysis = analyzeReport(
        'The actor used spearphishing links (T1566.002) and exploited CVE-2021-44228 before deploying G0128 tooling.',
        { knowledge },
      );
      const technique = analysis.entities.find((e) => e.externalId === 'T1566.002');
      expect(technique).toMatchObject({ type: 'attack-pattern', name: 'Spearphishing Link' });
      expect(technique?.ref).toMatch(/^attack-pattern--/u);
      expect(analysis.entities.find((e) => e.externalId === 'CVE-2021-44228')).toMatchObject({
        type: 'vulnerability',
      });
      expect(analysis.entities.find((e) => e.externalId === 'G0128')?.ref).toBe(
        'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
      );
    });

    it('never proposes a text -> object pair an analyst rejected', () => {
      const text = 'APT31 was blamed for the intrusion.';
      const before = analyzeReport(text, { knowledge });
      expect(before.entities.some((e) => e.externalId === 'G0128' || e.name === 'APT31')).toBe(
        true,
      );
      const after = analyzeReport(text, {
        knowledge,
        isRejected: (mention, ref) =>
          mention === 'apt31' && ref === 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
      });
      expect(
        after.entities.some((e) => e.ref === 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b'),
      ).toBe(false);
    });
  },
);

describe('analyzeReport', () => {
  it('normalizes the text it analyzes, so offsets refer to the stored text', () => {
    const analysis = analyzeReport('Line one.\r\nLine two with 203.0.113.9 in it.  \r\n', {
      knowledge: prepareKnowledge([]),
    });
    expect(analysis.text).toBe('Line one.\nLine two with 203.0.113.9 in it.');
    const ip = analysis.indicators.find((i) => i.value === '203.0.113.9')!;
    expect(analysis.text.slice(ip.mentions[0]!.start, ip.mentions[0]!.end)).toBe('203.0.113.9');
  });
});

describe('analyzeReport: identifiers and inferred relations', () => {
  const knowledge = prepareKnowledge([
    {
      id: 'intrusion-set--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a31',
      type: 'intrusion-set',
      name: 'Harrowfen',
      aliases: ['Harrowfen', 'Gorsewing', 'Fenmoth'],
      externalId: 'G9001',
    },
    {
      id: 'intrusion-set--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a32',
      type: 'intrusion-set',
      name: 'Quillmoth',
      aliases: ['Quillmoth'],
      externalId: 'G9002',
    },
    {
      id: 'tool--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a33',
      type: 'tool',
      name: 'Mimikatz',
      aliases: ['Mimikatz'],
      externalId: 'S0002',
    },
  ]);
  const uses = (text: string) =>
    analyzeReport(text, { knowledge })
      .relations.filter((r) => r.type === 'uses')
      .map((r) => `${r.source} -> ${r.target}${r.inferred ? ` (${r.inferred})` : ''}`);

  /** Each intrusion set of the STIX output, as [name, aliases]. */
  const groupNames = (text: string) =>
    analysisToStix(analyzeReport(text, { knowledge }), { ingested: '2026-11-29T00:00:00.000Z' })
      .objects.filter((o) => o.type === 'intrusion-set')
      .map((o) => [o['name'], o['aliases']]);

  it('gives a new group the other names the report lists for it, as STIX aliases', () => {
    expect(
      groupNames(
        'Our telemetry shows TA4321 is also known as Quillfish and Marbleheron. TA4321 sent lures.',
      ),
    ).toEqual([['TA4321', ['Quillfish', 'Marbleheron']]]);
  });

  it('gives a group found by its naming phrase the alias the report lists after it', () => {
    expect(
      groupNames(
        'A new threat group called Gorsemoth (aka Velkrot) hit two banks. Velkrot returned in May.',
      ),
    ).toEqual([['Gorsemoth', ['Velkrot']]]);
  });

  it('takes no tactic id (TA0001) for a technique', () => {
    const analysis = analyzeReport('| TA0001 | Initial Access | T1566 | Phishing |', { knowledge });
    expect(analysis.entities.map((e) => e.externalId)).toEqual(['T1566']);
  });

  it('infers the only actor of a report about it uses the tools it describes, and says so', () => {
    const report = `Harrowfen returns
Harrowfen sent lures to ministries.
The loader then ran Mimikatz to dump credentials.`;
    expect(uses(report)).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
    const { report: stix } = analysisToStix(analyzeReport(report, { knowledge }), {
      ingested: '2026-11-29T00:00:00.000Z',
    });
    expect(provenanceOf(stix)?.evidence?.map((e) => e.via)).toContain(
      'relation inferred: sole-actor',
    );
    expect(uses('Harrowfen used Mimikatz on the server.')).toEqual([
      'intrusion-set:G9001 -> tool:S0002',
    ]);
    // Named once, by the report's own name for what it tells of, then told of as "the attacker".
    const labelled = `Exploitation of a firewall flaw
We identified exploitation of a flaw at a customer. Zorbaco tracks this activity under the name Harrowfen.
The attacker was able to create a reverse shell.
We observed the attacker deploying Mimikatz on the firewall.`;
    expect(uses(labelled)).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
    // Named in two sentences, and as "the group" in the sentences after.
    const twice = `Phishing wave
Zorbaco said Harrowfen sent lures to engineers.
The lures install Mimikatz.
Zorbaco assesses that the group wants secrets.
Harrowfen is believed to work for a state.`;
    expect(uses(twice)).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
    // "The group" before the name is no mention of it.
    expect(
      uses(`Phishing wave
The group sent lures to engineers.
The group hit banks.
The lures install Mimikatz.
Harrowfen is believed to work for a state.`),
    ).toEqual([]);
    // A group named once in passing leaves "the attacker" unnamed.
    expect(uses(labelled.replace('tracks this activity under the name', 'once saw'))).toEqual([]);
    // The source attributing what it tells of to the group names it so too.
    expect(
      uses(labelled.replace('tracks this activity under the name', 'attributes the activity to')),
    ).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
  });

  it('takes a title naming the family a set is named after as naming the set', () => {
    const namesakes = prepareKnowledge([
      {
        id: 'intrusion-set--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a41',
        type: 'intrusion-set',
        name: 'Brackenwolf',
        aliases: ['Brackenwolf', 'Storm-9123'],
        externalId: 'G9041',
      },
      {
        id: 'malware--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a42',
        type: 'malware',
        name: 'Brackenwolf',
        aliases: ['Brackenwolf'],
        externalId: 'S9042',
      },
      {
        id: 'tool--5f1d2c3b-4a5e-4f60-9a7b-8c9d0e1f2a33',
        type: 'tool',
        name: 'Mimikatz',
        aliases: ['Mimikatz'],
        externalId: 'S0002',
      },
    ]);
    const inferred = (text: string) =>
      analyzeReport(text, { knowledge: namesakes })
        .relations.filter((r) => r.inferred)
        .map((r) => `${r.source} -> ${r.target}`);
    const report = `Brackenwolf ransomware affiliates exploit VPN appliances

Brackenwolf, which first appeared in 2023, operates as ransomware-as-a-service. The group is tracked by
Microsoft as Storm-9123.

Brackenwolf ransomware encrypts files. After logging in, the operators dumped credentials with Mimikatz.`;
    expect(inferred(report)).toEqual(['intrusion-set:G9041 -> tool:S0002']);
    // Named as the family only in the text, the set is no subject.
    expect(inferred(report.replace('Brackenwolf ransomware affiliates', 'Affiliates'))).toEqual([]);
  });

  it('infers no use of the family the actor descends from', () => {
    const report = (descent: string) => `Harrowfen hits a utility
Harrowfen, ${descent} the Mimikatz crew, claimed an attack on a utility.
Harrowfen steals data. Harrowfen leaks it.`;
    expect(uses(report('a rebrand of'))).toEqual([]);
    expect(uses(report('which emerged from'))).toEqual([]);
    // Only the family named so.
    expect(
      uses(`Harrowfen hits a utility
Harrowfen, a rebrand of an older crew, claimed an attack on a utility.
The loader then ran Mimikatz. Harrowfen leaks data.`),
    ).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
    expect(uses('Harrowfen, a rebrand of the Mimikatz crew, deploys tools.')).toEqual([]);
  });

  it('infers no use of a family that names other actors', () => {
    const report = (others: string) => `Harrowfen sells access
Harrowfen acts as an access broker for ${others}. Harrowfen steals data. Harrowfen leaks it.`;
    expect(uses(report('ransomware affiliates such as LockBit and Mimikatz'))).toEqual([]);
    expect(uses(report('ransomware gangs like Mimikatz'))).toEqual([]);
    expect(uses(report('buyers. The loader then ran Mimikatz'))).toEqual([
      'intrusion-set:G9001 -> tool:S0002 (sole-actor)',
    ]);
  });

  it('reads an actor exploiting flaws or sending lures as using the technique its verb tells of', () => {
    const techniquesUsed = (text: string) =>
      analyzeReport(text, { knowledge, techniques: extractTechniques })
        .relations.filter((r) => r.type === 'uses' && r.target.startsWith('attack-pattern:'))
        .map((r) => `${r.source} -> ${r.target}`);
    expect(
      techniquesUsed('Harrowfen exploits vulnerabilities in public-facing network appliances.'),
    ).toEqual(['intrusion-set:G9001 -> attack-pattern:T1190']);
    expect(
      techniquesUsed(
        'Harrowfen did not exploit vulnerabilities in public-facing network appliances.',
      ),
    ).toEqual([]);
    // A few words between the verb and the technique's words.
    expect(
      techniquesUsed(
        'Harrowfen actors gain access by exploiting known or zero-day vulnerabilities in ' +
          'public-facing network appliances.',
      ),
    ).toEqual(['intrusion-set:G9001 -> attack-pattern:T1190']);
    expect(
      techniquesUsed('Harrowfen sent emails with malicious attachments to the ministry staff.'),
    ).toEqual(['intrusion-set:G9001 -> attack-pattern:T1566.001']);
    // Told before the actor, it is another's doing.
    expect(
      techniquesUsed(
        'After a vendor sent emails with malicious attachments, Harrowfen went quiet.',
      ),
    ).toEqual([]);
  });

  it('infers the only actor of a report targets the vulnerabilities a sentence tells of exploiting', () => {
    const targets = (text: string) =>
      analyzeReport(text, { knowledge })
        .relations.filter((r) => r.type === 'targets' && r.target.startsWith('vulnerability:'))
        .map((r) => `${r.source} -> ${r.target}${r.inferred ? ` (${r.inferred})` : ''}`);
    const report = `Harrowfen returns
Harrowfen sent lures to ministries.
Initial access comes from exploiting FortiGate devices (CVE-2022-42475).
A patch for CVE-2024-21887 is out.`;
    expect(targets(report)).toEqual([
      'intrusion-set:G9001 -> vulnerability:CVE-2022-42475 (sole-actor)',
    ]);
    expect(targets(report.replace('Harrowfen returns', 'Harrowfen and Quillmoth return'))).toEqual(
      [],
    );
    // The intruded devices open to a flaw: the way in. Products affected by one are not.
    const devices = (said: string) =>
      targets(`Harrowfen returns\nHarrowfen sent lures to ministries.\n${said} CVE-2024-40766.`);
    expect(devices('In most cases the devices were vulnerable to')).toEqual([
      'intrusion-set:G9001 -> vulnerability:CVE-2024-40766 (sole-actor)',
    ]);
    expect(devices('Firmware 7.0 and earlier is vulnerable to')).toEqual([]);
    // "these vulnerabilities" two sentences after the one naming them: stated, so not inferred.
    const disclosed = `Harrowfen returns
Harrowfen sent lures to ministries.
The vendor disclosed CVE-2023-46805 and CVE-2024-21887 today.
Patches follow.
We saw exploitation of these vulnerabilities by Harrowfen in December.
CVE-2021-44228 was patched long ago.
Patching is slow. Many wait. Exploitation of these vulnerabilities is rare.`;
    expect(targets(disclosed)).toEqual([
      'intrusion-set:G9001 -> vulnerability:CVE-2023-46805',
      'intrusion-set:G9001 -> vulnerability:CVE-2024-21887',
    ]);
  });

  it('infers nothing for an actor named in passing, three names in one sentence', () => {
    const passing = `Loader trends
The loader spreads by e-mail.
In 2017 Harrowfen (also known as Gorsewing, Fenmoth) began using it.
The loader then runs Mimikatz.`;
    expect(uses(passing)).toEqual([]);
    // Named in three sentences, the actor is the report's subject.
    expect(
      uses(passing.replace('by e-mail.', 'by e-mail for Harrowfen. Harrowfen grows.')),
    ).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
  });

  it('infers for the actor a report is about though it names another in passing', () => {
    const report = `Harrowfen returns
Harrowfen sent lures to ministries.
Its infrastructure overlaps with servers Quillmoth used in 2019.
The loader then ran Mimikatz to dump credentials.`;
    expect(uses(report)).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
    // What only the sentence naming the other actor tells of is not the subject's.
    expect(
      uses(`Harrowfen returns
Harrowfen sent lures to ministries.
Its servers overlap with those where Quillmoth ran Mimikatz in 2019.`),
    ).toEqual([]);
    // Named in three sentences but not in the title, beside another group, it is no subject.
    const survey = `Loader trends
Harrowfen sent lures. Harrowfen grows. Harrowfen hides.
Quillmoth sent lures too.
The loader then ran Mimikatz to dump credentials.`;
    expect(uses(survey)).toEqual([]);
  });

  it('infers the one malware family of a report with no actor uses the tools it describes', () => {
    expect(
      uses(`Quillspark loader returns
The Quillspark loader spreads by e-mail.
It then runs Mimikatz.`),
    ).toEqual(['malware:quillspark -> tool:S0002 (sole-malware)']);
    // A tool named as what the malware stops is the victim's software.
    expect(
      uses(`Quillspark loader returns
The Quillspark loader spreads by e-mail.
It stops services related to remote tools (e.g., Mimikatz) before it encrypts.`),
    ).toEqual([]);
    expect(
      uses(`Quillspark loader returns
The Quillspark loader spreads by e-mail.
It stops services using Mimikatz.`),
    ).toEqual(['malware:quillspark -> tool:S0002 (sole-malware)']);
    expect(
      uses(`Quillspark loader returns
The Quillspark loader spreads by e-mail.
It disables UAC and sets Mimikatz as a debugger.`),
    ).toEqual(['malware:quillspark -> tool:S0002 (sole-malware)']);
    // The title's family named as often as its modules together, and more than any one, is the subject.
    const modules = (more: string) => `Quillspark: unseen findings
The Quillspark loader spreads by e-mail. Quillspark beacons hourly.
The VelkWorm reflective loader then runs Mimikatz. The VelkWorm reflective loader hooks APIs.${more}`;
    expect(uses(modules(' The ZorbaSpy stealer ran.'))).toEqual([
      'malware:quillspark -> tool:S0002 (sole-malware)',
    ]);
    expect(uses(modules(' The VelkWorm reflective loader hides.'))).toEqual([]);
  });

  it('infers the one operation a report with no actor names in its title uses what it describes', () => {
    const report = (title: string) => `${title}
The campaign sends phishing e-mails. The Quillspark loader then runs Mimikatz.`;
    expect(uses(report('Operation Kelvreth: a campaign steals bank logins'))).toEqual([
      'campaign:operation kelvreth -> malware:quillspark (sole-campaign)',
      'campaign:operation kelvreth -> tool:S0002 (sole-campaign)',
    ]);
    // Beside an actor, the actor is the subject; with no operation in the title, the family is.
    expect(uses(report('Operation Kelvreth: Harrowfen steals bank logins'))).not.toContain(
      'campaign:operation kelvreth -> tool:S0002 (sole-campaign)',
    );
    expect(uses(report('Quillspark loader steals bank logins'))).toEqual([
      'malware:quillspark -> tool:S0002 (sole-malware)',
    ]);
  });

  it('infers the family is used by the one actor the source attributes the activity to', () => {
    const report = (attribution: string) => `Quillspark loader returns
The Quillspark loader spreads by e-mail. Quillspark then runs Mimikatz.
${attribution}`;
    expect(
      uses(
        report(
          'We attribute this activity with moderate confidence to a threat actor we track as Harrowfen.',
        ),
      ),
    ).toEqual([
      'intrusion-set:G9001 -> malware:quillspark (sole-malware)',
      'malware:quillspark -> tool:S0002 (sole-malware)',
    ]);
    expect(uses(report('Quillspark resembles a tool Harrowfen used in 2019.'))).toEqual([
      'malware:quillspark -> tool:S0002 (sole-malware)',
    ]);
  });

  it('infers so for the family in the title named more than all the others, not for a rival', () => {
    const body = `The Quillspark loader spreads by e-mail. Quillspark beacons hourly.
Unlike the Brambleworm malware, it then runs Mimikatz.`;
    expect(uses(`Quillspark loader returns\n${body}`)).toEqual([
      'malware:quillspark -> tool:S0002 (sole-malware)',
    ]);
    // The other family as present as the one in the title: which ran Mimikatz is for sentences to say.
    const rival = `${body} The Brambleworm malware spread. Brambleworm hid.`;
    expect(uses(`Quillspark loader returns\n${rival}`)).toEqual([]);
  });

  it('infers nothing for a family the title only likens its subject to', () => {
    const body = `The Quillspark loader spreads by e-mail. It then runs Mimikatz.`;
    expect(uses(`Phishing volumes rival Quillspark\n${body}`)).toEqual([]);
    expect(uses(`Token abuse: think Brightwinds/Quillspark campaign\n${body}`)).toEqual([]);
    expect(uses(`New Quillspark campaign\n${body}`)).toEqual([
      'malware:quillspark -> tool:S0002 (sole-malware)',
    ]);
  });

  it('infers for the family in the title when every actor is named only in passing', () => {
    const report = `Quillspark loader returns
The Quillspark loader spreads by e-mail.
Its seller on the forums is called Harrowfen.
Quillspark then runs Mimikatz.`;
    expect(uses(report)).toEqual(['malware:quillspark -> tool:S0002 (sole-malware)']);
    // An actor named twice is no passer-by: which ran Mimikatz is for sentences to say.
    expect(uses(report.replace('by e-mail.', 'by e-mail. Harrowfen grows.'))).toEqual([]);
    // What a sentence says the passer-by uses is the passer-by's.
    expect(
      uses(report.replace('is called Harrowfen.', 'is Harrowfen, which uses Mimikatz.')),
    ).toEqual(['intrusion-set:G9001 -> tool:S0002']);
  });

  it('infers nothing when the report names two actors, or the one actor only in passing', () => {
    expect(
      uses(`Harrowfen returns
Harrowfen and Quillmoth sent lures.
The loader then ran Mimikatz.`),
    ).toEqual([]);
    // Another set the sentence only ties the subject to leaves the report about its subject.
    expect(
      uses(`Harrowfen returns
Harrowfen, an actor that overlaps with Quillmoth, sent lures.
The loader then ran Mimikatz.`),
    ).toEqual(['intrusion-set:G9001 -> tool:S0002 (sole-actor)']);
    expect(
      uses(`A new loader
Unlike Harrowfen, the operators are careless.
The loader then ran Mimikatz.`),
    ).toEqual([]);
  });

  it("infers nothing from a digest of dated stories, whose one actor is one story's", () => {
    const story = (title: string, date: string, body: string): string =>
      `${title}  (${date})\n${body}\n`;
    const digest =
      'Weekly threat briefing\n' +
      story(
        'Harrowfen Strikes Again: A Retailer Hit',
        'September 19, 2018',
        'Harrowfen skimmed cards.',
      ) +
      story('A Paste Site Hosts a Backdoor', 'September 18, 2018', 'The backdoor ran Mimikatz.') +
      story(
        'Printers Exposed To The Internet',
        'September 17, 2018',
        'Harrowfen was not seen. Harrowfen may return.',
      );
    expect(uses(digest)).toEqual([]);
    // The same stories without their dated headings read as one report about Harrowfen.
    expect(uses(digest.replace(/ {2}\([A-Za-z]+ \d+, \d+\)/gu, ''))).toEqual([
      'intrusion-set:G9001 -> tool:S0002 (sole-actor)',
    ]);
  });
});
