import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { intrusionSet } from '../../../../test-support/intrusion-sets.ts';
import { isCsfSubcategoryId } from '../csf/csf-catalog.ts';
import { parseOrgProfile, type OrgProfile } from '../profile/org-profile.ts';
import { analyzeReport } from '../analyze/analyze-report.ts';
import { prepareKnowledge } from '../analyze/knowledge.ts';
import type { KnowledgeEntry } from '../knowledge/entry.ts';
import { composeBriefing } from './compose-briefing.ts';
import { extractTechniques } from '../extract/techniques/extract-techniques.ts';
import { SEED_FILE, seedAnalysis } from './fixtures/seed-analysis.ts';
import { renderMarkdown } from './render-markdown.ts';
import type { ActorKnowledge, Briefing, BriefingInput } from './types.ts';
import { fixtureReport } from '../../../../test-support/fixture-reports.ts';

const NOW = '2026-01-15T09:00:00.000Z';

/** A small hand-written slice of what ATT&CK says about G0128 (the full set is tested in cli/brief). */
const G0128: ActorKnowledge = {
  id: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
  type: 'intrusion-set',
  name: 'ZIRCONIUM',
  externalId: 'G0128',
  aliases: ['APT31', 'Violet Typhoon'],
  country: 'CN',
  activeSince: {
    value: '2017',
    basis: {
      objectId: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
      source: 'MITRE ATT&CK',
    },
  },
  targets: { sectors: [], countries: [] },
  techniques: [
    { id: 'T1566.002', name: 'Spearphishing Link', tactics: ['initial-access'] },
    {
      id: 'T1068',
      name: 'Exploitation for Privilege Escalation',
      tactics: ['privilege-escalation'],
    },
    { id: 'T1090.003', name: 'Multi-hop Proxy', tactics: ['command-and-control'] },
  ],
  software: [],
  otherReports: [],
  basis: [
    { objectId: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b', source: 'MITRE ATT&CK' },
  ],
};

const profile = (json: unknown): OrgProfile => {
  const result = parseOrgProfile(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describeWithData('briefing for the seed article (hand-built analysis)', SEED_FILE, (seedPath) => {
  const text = readFileSync(seedPath, 'utf8');
  const input = (extra: Partial<BriefingInput> = {}): BriefingInput => ({
    now: NOW,
    report: {
      title: 'Czech MFA intrusion attributed to APT31',
      tlp: 'green',
      analysis: seedAnalysis(text),
    },
    actor: G0128,
    knowledgeVersions: [{ name: 'MITRE ATT&CK', version: 'v18.1' }],
    ...extra,
  });
  const briefing = composeBriefing(input());
  const insight = (topic: string) => briefing.insights.content.find((i) => i.topic === topic);

  it('names APT31, China’s MSS, the Czech MFA, since 2022 and high confidence', () => {
    expect(briefing.insights.content.length).toBeGreaterThanOrEqual(3);
    expect(briefing.insights.content.length).toBeLessThanOrEqual(6);
    expect(insight('who')?.text).toContain('APT31');
    expect(insight('who')?.text).toContain('Ministry of State Security');
    expect(insight('who')?.text).toContain('China');
    // Each target once, though both APT31 and the intrusion attributed to it target the ministry.
    expect(insight('against-whom')?.text).toBe(
      'Targets: Ministry of Foreign Affairs of Czechia (CZ)',
    );
    expect(insight('since-when')?.text).toContain('2022');
    expect(insight('how-sure')?.text).toMatch(/^High confidence/);
    expect(insight('response')?.text).toMatch(/condemn|reprimand/);
  });

  it('cites spans that exist in the source and contain what the bullet states', () => {
    for (const i of briefing.insights.content) {
      for (const c of i.citations) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
        expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
      }
    }
    const cited = (topic: string) =>
      insight(topic)
        ?.citations.map((c) => c.text)
        .join(' | ') ?? '';
    expect(cited('who')).toContain('APT31');
    expect(cited('who')).toContain('Ministry of State Security');
    expect(cited('against-whom')).toContain('foreign ministry');
    expect(cited('since-when')).toBe('2022');
    expect(cited('how-sure')).toBe('high-certainty');
  });

  it('summarizes the issue from the body, never from the source’s own insights or advice', () => {
    const issueStart = text.indexOf('The Issue');
    const risksStart = text.indexOf('Potential Risks');
    expect(briefing.issue.content.length).toBeGreaterThan(1);
    for (const s of briefing.issue.content) {
      expect(text.slice(s.citation.start, s.citation.end)).toBe(s.text);
      expect(s.citation.start).toBeGreaterThanOrEqual(issueStart);
      expect(s.citation.end).toBeLessThanOrEqual(risksStart);
    }
    const starts = briefing.issue.content.map((s) => s.citation.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('chooses the issue sentences from what the text states, not from inferred relations', () => {
    const analysis = seedAnalysis(text);
    const chosen = new Set(briefing.issue.content.map((s) => s.citation.start));
    // A body sentence the summary leaves out: inferred relations citing it must not bring it in.
    const left = analysis.sentences.findIndex(
      (span) =>
        span.start > text.indexOf('The Issue') + 'The Issue'.length &&
        span.end <= text.indexOf('Potential Risks') &&
        ![...chosen].some((start) => start >= span.start && start < span.end),
    );
    expect(left).toBeGreaterThan(0);
    const span = analysis.sentences[left]!;
    const evidence = { ...span, text: text.slice(span.start, span.end), sentence: left };
    const inferred = Array.from({ length: 40 }, (_, n) => ({
      type: 'uses',
      source: 'intrusion-set:apt31',
      target: `attack-pattern:T${1000 + n}`,
      evidence: [evidence],
      inferred: 'sole-actor' as const,
    }));
    const withInferred = composeBriefing(
      input({
        report: {
          title: 'Czech MFA intrusion attributed to APT31',
          tlp: 'green',
          analysis: { ...analysis, relations: [...analysis.relations, ...inferred] },
        },
      }),
    );
    expect(withInferred.issue.content).toEqual(briefing.issue.content);
  });

  it('plans all eight national-response steps, each with a correct CSF 2.0 subcategory', () => {
    const steps = briefing.mitigations.content.steps;
    const expected: [RegExp, string[]][] = [
      [/incident response team/i, ['RS.MA-01']],
      [/vulnerabilit/i, ['ID.RA-01']],
      [/patch/i, ['PR.PS-02']],
      [/segment/i, ['PR.IR-01']],
      [/train/i, ['PR.AT-01']],
      [/monitor/i, ['DE.CM-01']],
      [/agenc/i, ['RS.CO-03', 'ID.RA-02']],
      [/public/i, ['RC.CO-04', 'RS.CO-02']],
    ];
    for (const [title, csf] of expected) {
      const step = steps.find((s) => title.test(s.title));
      expect(step, String(title)).toBeDefined();
      expect(
        step?.csf.some((id) => csf.includes(id)),
        `${step?.title}: ${step?.csf.join(',')}`,
      ).toBe(true);
      expect(step?.triggers.length).toBeGreaterThan(0);
    }
  });

  it('adds what the actor’s techniques call for: phishing links -> M1017, M1021, M1054', () => {
    const mitigations = briefing.mitigations.content.steps.flatMap((s) =>
      s.attackMitigations.map((m) => m.id),
    );
    for (const id of ['M1017', 'M1021', 'M1054']) expect(mitigations).toContain(id);
    const training = briefing.mitigations.content.steps.find((s) => s.id === 'user-training');
    expect(training?.triggers.some((t) => t.ref === 'T1566.002')).toBe(true);
  });

  it('emits only CSF ids that exist in CSF 2.0', () => {
    for (const step of briefing.mitigations.content.steps) {
      for (const id of step.csf) expect(isCsfSubcategoryId(id), id).toBe(true);
    }
  });

  it('is deterministic: byte-identical Markdown and JSON for the same input and time', () => {
    const again = composeBriefing(input());
    expect(renderMarkdown(again)).toBe(renderMarkdown(briefing));
    expect(JSON.stringify(again)).toBe(JSON.stringify(briefing));
  });

  it('marks every section with TLP and the whole with the most restrictive input', () => {
    expect(briefing.tlp).toBe('green');
    expect(briefing.background.tlp).toBe('clear');
    const md = renderMarkdown(briefing);
    for (const title of [
      'Essential insights',
      'The issue',
      'Actor background',
      'Mitigation steps',
      'Gaps and assumptions',
    ]) {
      expect(md).toMatch(new RegExp(`## ${title} · TLP:(CLEAR|GREEN)`));
    }
    const red = composeBriefing(
      input({ actor: { ...G0128, otherReports: [{ id: 'report--x', name: 'x', tlp: 'red' }] } }),
    );
    expect(red.tlp).toBe('red');
  });

  it('scores relevance high for {government-national, CZ} and low for {retail, BR}, with reasons', () => {
    const high = composeBriefing(
      input({ profile: profile({ sectors: ['government-national'], countries: ['CZ'] }) }),
    );
    const low = composeBriefing(
      input({ profile: profile({ sectors: ['retail'], countries: ['BR'] }) }),
    );
    expect(high.risks.content.relevance?.level).toBe('high');
    expect(high.risks.content.relevance?.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        'targets government-national, our sector',
        'operates against CZ, where we are',
      ]),
    );
    expect(low.risks.content.relevance?.level).toBe('low');
    expect(low.risks.content.relevance?.score).toBeLessThan(
      high.risks.content.relevance?.score ?? 0,
    );
  });

  it('says what it needs when there is no profile, and lists the gaps', () => {
    expect(briefing.risks.content.needs).toMatch(/profile/);
    expect(briefing.gaps.content.join('\n')).toMatch(/no indicators/i);
    expect(briefing.gaps.content.join('\n')).toMatch(/Initial access is unknown/);
    expect(briefing.gaps.content.join('\n')).toContain('MITRE ATT&CK v18.1');
  });
});

describe('briefing without a report (actor only)', () => {
  it('rests on knowledge and still plans from the techniques', () => {
    const b: Briefing = composeBriefing({ now: NOW, actor: G0128 });
    expect(b.subject.kind).toBe('actor');
    expect(b.issue.content).toEqual([]);
    expect(b.insights.content.find((i) => i.topic === 'since-when')?.knowledge[0]?.source).toBe(
      'MITRE ATT&CK',
    );
    expect(b.mitigations.content.steps.some((s) => s.triggers.some((t) => t.ref === 'T1068'))).toBe(
      true,
    );
  });

  it('writes a sponsoring state with its article: "attributed to the Russian Federation"', () => {
    const basis = { objectId: 'intrusion-set--0', source: 'misp-galaxy:threat-actor' };
    const b = composeBriefing({
      now: NOW,
      actor: { ...G0128, sponsor: { name: 'Russian Federation', basis } },
    });
    const who = b.insights.content.find((i) => i.topic === 'who')?.text;
    expect(who).toContain('attributed to the Russian Federation (per misp-galaxy:threat-actor)');
    const china = composeBriefing({
      now: NOW,
      actor: { ...G0128, sponsor: { name: 'China', basis } },
    });
    expect(china.insights.content.find((i) => i.topic === 'who')?.text).toContain(
      'attributed to China (per',
    );
  });
});

describe('briefing of a text whose sentence could not be cut', () => {
  it('quotes an overlong issue sentence in part and cites all of it', () => {
    const runOn = `The ministry reported ${'that the actor used the server and '.repeat(400)}more.`;
    const text = `APT31 breached the ministry in 2022.\n${runOn}`;
    const analysis = analyzeReport(text, { knowledge: prepareKnowledge([]) });
    const briefing = composeBriefing({
      now: NOW,
      report: { title: 'Run-on', tlp: 'clear', analysis },
    });
    const long = briefing.issue.content.find((s) => s.citation.end - s.citation.start > 600);
    expect(long?.citation.text).toBe(runOn);
    expect(long?.text.length).toBeLessThanOrEqual(601);
    expect(long?.text.endsWith('…')).toBe(true);
    expect(runOn.startsWith(long!.text.slice(0, -1))).toBe(true);
  });
});

describe('the issue of a report whose first sentence tells what it is about', () => {
  const title = 'APT31 campaign delivers the Zorvex stealer into explorer.exe process memory';
  const filler = (n: number) =>
    `The Zorvex loader ${n} decrypts the stealer and injects the stealer into explorer.exe process memory. `;
  const text =
    `${title}\n\nPosted by the research team, 3 March 2025\n\nThis post is an example. Since January 2025, we ` +
    `have observed a surge in fake CAPTCHA pages on hacked sites in Czechia.\n\n` +
    [1, 2, 3, 4, 5, 6].map(filler).join('') +
    'APT31 sent the stealer to ministries in Czechia.';
  const analysis = analyzeReport(text, { knowledge: prepareKnowledge([]) });
  const issue = composeBriefing({
    now: NOW,
    report: { title, tlp: 'clear', analysis },
  }).issue.content.map((s) => s.text);

  it('opens on the first prose sentence naming anything, however central the others are', () => {
    expect(issue[0]).toMatch(/^Since January 2025, we have observed a surge/u);
    expect(issue).toHaveLength(4);
  });

  it('leaves out the title, which heads the briefing, and a note naming nothing', () => {
    expect(issue).not.toContain(title);
    expect(issue).not.toContain('This post is an example.');
    // A long title heads the briefing shortened, as titleFromText cuts it.
    const shortened = composeBriefing({
      now: NOW,
      report: { title: `${title.slice(0, 40)}...`, tlp: 'clear', analysis },
    }).issue.content.map((s) => s.text);
    expect(shortened).not.toContain(title);
  });
});

describe('briefing of a report that attributes one intrusion to two actors', () => {
  it('says the attributions conflict, each with its own confidence, not the stronger alone', () => {
    const text = fixtureReport('salt-typhoon-telecoms.txt');
    const knowledge = prepareKnowledge([
      intrusionSet(7, 'Salt Typhoon', 'G1045'),
      intrusionSet(8, 'Volt Typhoon', 'G1017'),
    ]);
    const analysis = analyzeReport(text, { knowledge });
    const briefing = composeBriefing({
      now: NOW,
      report: { title: 'Salt', tlp: 'clear', analysis },
    });
    const sure = briefing.insights.content.filter((i) => i.topic === 'how-sure');
    expect(sure.map((i) => i.text)).toEqual([
      'Conflicting attributions: Intrusion into AT&T Inc, Lumen Technologies Inc and Verizon ' +
        'Communications Inc is attributed to Salt Typhoon (no confidence stated) and to Volt Typhoon ' +
        '(high confidence, 70/100: “likely”)',
    ]);
    expect(sure[0]?.citations.map((c) => c.text)).toContain('likely');
  });

  it('reads a state and one set of that state as two levels of one attribution, no conflict', () => {
    const text =
      'Finnish parliament breach\n\nSupo said hackers working for the Chinese state were likely behind ' +
      'the breach of the Finnish parliament. Police said the attack was carried out by APT31.';
    const howSure = (country: string) => {
      const knowledge = prepareKnowledge([{ ...intrusionSet(6, 'APT31', 'G0128'), country }]);
      const analysis = analyzeReport(text, { knowledge });
      const briefing = composeBriefing({
        now: NOW,
        report: { title: 'Parliament', tlp: 'clear', analysis },
      });
      return briefing.insights.content.find((i) => i.topic === 'how-sure')?.text;
    };
    expect(howSure('CN')).toBe(
      'High confidence (70/100) that Intrusion into the Parliament of Finland is attributed to ' +
        'Government of China, as the source puts it: “likely”',
    );
    // A set of another state disagrees.
    expect(howSure('RU')).toMatch(/^Conflicting attributions: /u);
  });

  it('lists four claims and counts the rest', () => {
    const actors = Array.from({ length: 7 }, (_, i) => `APT${90 + i}`);
    const text = `Hackers breached the Dutch foreign ministry. ${actors.map((a) => `Some blame ${a} for the breach.`).join(' ')}`;
    const analysis = analyzeReport(text, { knowledge: prepareKnowledge([]) });
    const briefing = composeBriefing({
      now: NOW,
      report: { title: 'Many', tlp: 'clear', analysis },
    });
    const sure = briefing.insights.content.find((i) => i.topic === 'how-sure');
    expect(sure?.text).toMatch(/to APT93 \(no confidence stated\) and to 3 more actors$/u);
  });
});

describe('briefing of an intrusion attributed to a state, no group named', () => {
  it('says against whom from the intrusion attributed to the actor, each target once', () => {
    // The actor targets the ministry itself, and so does the intrusion attributed to it: one target.
    const text =
      'Hackers breached the Dutch foreign ministry in 2023. The breach was carried out by a ' +
      'state-sponsored actor from China, the government said with high confidence. The ministry ' +
      'said the breach was contained. In 2024 Chinese state hackers breached the Dutch foreign ministry again.';
    const analysis = analyzeReport(text, { knowledge: prepareKnowledge([]) });
    const briefing = composeBriefing({ now: NOW, report: { title: 'NL', tlp: 'clear', analysis } });
    const insight = (topic: string) =>
      briefing.insights.content.find((i) => i.topic === topic)?.text;
    expect(insight('who')).toBe('Chinese state-sponsored actor');
    expect(insight('against-whom')).toBe(
      'Targets: Ministry of Foreign Affairs of the Netherlands (NL)',
    );
  });
});

/** The briefing on `text`, read with the knowledge `entries` (none by default). */
const briefingOn = (text: string, entries: readonly KnowledgeEntry[] = []): Briefing =>
  composeBriefing({
    now: NOW,
    report: {
      title: 'Report',
      tlp: 'clear',
      analysis: analyzeReport(text, { knowledge: prepareKnowledge(entries) }),
    },
  });
/** The briefing on `text`, its techniques read too, with no knowledge. */
const briefingWithTechniquesOn = (text: string): Briefing =>
  composeBriefing({
    now: NOW,
    report: {
      title: 'Report',
      tlp: 'clear',
      analysis: analyzeReport(text, {
        knowledge: prepareKnowledge([]),
        techniques: extractTechniques,
      }),
    },
  });
const topicIn = (briefing: Briefing, topic: string): string | undefined =>
  briefing.insights.content.find((i) => i.topic === topic)?.text;
/** The text of one insight of the briefing on `text`, read with no knowledge. */
const insightOn = (topic: string, text: string): string | undefined =>
  topicIn(briefingOn(text), topic);

describe('who the actor is', () => {
  it('names the companies working for it', () => {
    expect(
      insightOn(
        'who',
        'The hacking group Salt Typhoon breached Verizon. The Treasury sanctioned Sichuan Zorvex Network Technology, a ' +
          'cybersecurity company that officials said was directly involved in the Salt Typhoon intrusions.',
      ),
    ).toBe('Salt Typhoon; contractors: Sichuan Zorvex Network Technology');
  });

  it('gives the other names the report writes the set by, each once', () => {
    const text =
      'The Russian actor Laundry Bear stole contact details of police employees. It targets governments. ' +
      'Microsoft tracks the same actor as Void Blizzard.';
    expect(insightOn('who', text)).toBe('Laundry Bear (also called Void Blizzard), from Russia');
    expect(
      insightOn(
        'who',
        'The Russian actor Laundry Bear stole contact details. LAUNDRY BEAR targets governments.',
      ),
    ).toBe('Laundry Bear, from Russia');
  });

  it('lists the actors of a roundup whose title names none, most told of first', () => {
    const roundup = (last: string) =>
      'APT Activity Report Q1\n\nAPT51 targeted government agencies. APT52 targeted energy companies. ' +
      `APT52 also targeted banks. APT53 targeted telecommunications firms. ${last}`;
    expect(insightOn('who', roundup('APT54 targeted universities.'))).toBe(
      "Several actors, none the report's alone: APT52, APT51, APT53, and APT54",
    );
    // Three actors, or one told of most, make the report about one.
    expect(insightOn('who', roundup(''))).toBe('APT52');
    expect(
      insightOn(
        'who',
        roundup('APT54 targeted universities. APT52 hit ports. APT52 hit mines. APT52 hit farms.'),
      ),
    ).toBe('APT52');
  });

  it("names a family's users where the title names the family and several actors use it", () => {
    const title = 'Disrupting Zorvex Stealer\n\nPolice seized the servers of the Zorvex stealer. ';
    expect(
      insightOn('who', `${title}APT99 and Storm-1607 have used Zorvex to steal passwords.`),
    ).toBe('Users of Zorvex: APT99 and Storm-1607');
    expect(insightOn('who', `${title}Storm-1607 has used Zorvex to steal passwords.`)).toBe(
      'Storm-1607',
    );
  });

  it('names the other actors at the same flaw or victim, not those sharing only a sector', () => {
    const knowledge = [intrusionSet(7, 'ZIRCONIUM', 'G0128', ['Violet Typhoon'])];
    const who = (text: string) => topicIn(briefingOn(text, knowledge), 'who');
    const story =
      'Zorvex Typhoon exploits CVE-2025-53770 in SharePoint servers. Microsoft also observed Violet ' +
      'Typhoon exploiting CVE-2025-53770. In addition, another China-based threat actor, tracked as ' +
      'Storm-2603, exploited CVE-2025-53770 to deploy ransomware.';
    expect(who(story)).toBe(
      'Zorvex Typhoon; also targeting CVE-2025-53770: Violet Typhoon (ATT&CK G0128, ZIRCONIUM) and ' +
        'Storm-2603 (from China)',
    );
    // Each flaw they share; where they share different ones, the same targets.
    expect(
      who(
        'Zorvex Typhoon exploits CVE-2025-53770 and CVE-2025-53771. Storm-2603 exploited ' +
          'CVE-2025-53770 and CVE-2025-53771 to deploy ransomware.',
      ),
    ).toBe('Zorvex Typhoon; also targeting CVE-2025-53770 and CVE-2025-53771: Storm-2603');
    expect(
      who(
        'Zorvex Typhoon exploits CVE-2025-53770 and CVE-2025-53771. Storm-2603 exploited ' +
          'CVE-2025-53770. Violet Typhoon exploited CVE-2025-53771.',
      ),
    ).toBe(
      'Zorvex Typhoon; also targeting the same targets: Storm-2603 and Violet Typhoon (ATT&CK G0128, ZIRCONIUM)',
    );
    // Both at government bodies is no one activity.
    expect(
      who('Zorvex Typhoon targets government agencies. Storm-2603 targets government agencies.'),
    ).toBe('Zorvex Typhoon');
  });

  it('is nobody where the report says nobody is known, the actor it names tied to nothing', () => {
    const story =
      'Hackers bribed support agents of Zorvex Exchange to steal customer data. The company did not say ' +
      'which group was behind the attack. Researchers noted similarities with the tactics of the hacking ' +
      'group Salt Typhoon, but no attribution has been made.';
    expect(insightOn('who', story)).toBe(
      'Not attributed: the report names no actor behind it; Salt Typhoon is named but not tied to the activity',
    );
    // An actor the report ties to what it tells stays the answer.
    expect(insightOn('who', `${story} The hacking group Salt Typhoon breached Verizon.`)).toBe(
      'Salt Typhoon',
    );
  });

  it('tells how of the flaws an advisory says are exploited, no actor named', () => {
    const advisory =
      'CISA Adds Two Known Exploited Vulnerabilities to Catalog\n\nCVE-2025-55177 Meta Platforms WhatsApp ' +
      'Incorrect Authorization Vulnerability.\n\nCVE-2025-57819 Sangoma FreePBX Authentication Bypass Vulnerability.';
    expect(insightOn('how', advisory)).toBe(
      'Exploited vulnerabilities: CVE-2025-55177; CVE-2025-57819',
    );
    // Flaws a report says were patched, in no sentence telling of exploitation, are no way in.
    const patched =
      'Acme Patches Two Flaws\n\nAcme fixed CVE-2025-55177 and CVE-2025-57819 in May.';
    expect(insightOn('how', patched)).toBeUndefined();
    expect(insightOn('how', `${patched} Attackers exploited CVE-2025-57819 in June.`)).toBe(
      'Exploited vulnerabilities: CVE-2025-57819',
    );
  });

  it("is a family's operators in a report about the family that names no actor", () => {
    const advisory =
      '#StopRansomware: Zorvex Ransomware\n\nAffiliates of the Zorvex ransomware use PsExec to move laterally. ' +
      'The Zorvex ransomware encrypts files and deletes shadow copies.';
    const psExec: KnowledgeEntry = {
      id: 'tool--ff6caf67-ea1f-4895-b80e-4bb0fc31c6db',
      type: 'tool',
      name: 'PsExec',
      aliases: ['PsExec'],
      externalId: 'S0029',
    };
    expect(topicIn(briefingOn(advisory, [psExec]), 'who')).toBe(
      'Operators of Zorvex; the report names no actor behind it',
    );
    const story = 'Hackers used PsExec to move laterally and deleted shadow copies.';
    expect(topicIn(briefingOn(story, [psExec]), 'who')).toBeUndefined();
  });
});

describe('what a state-sponsored intrusion is', () => {
  const what = (text: string) => insightOn('what', text);
  const breach = 'Chinese state-sponsored hackers breached the Dutch foreign ministry in 2023.';

  it('is espionage only where the report says so', () => {
    expect(what(breach)).toMatch(/^State-sponsored intrusion: /u);
    expect(what(`${breach} It was an espionage operation.`)).toMatch(
      /^State-sponsored cyber-espionage intrusion: /u,
    );
  });

  it('cites where the report attributes it to a state body', () => {
    const text =
      "APT99 sent invitations to diplomats. APT99 is attributed to China's Ministry of State Security.";
    const what = briefingOn(text).insights.content.find((i) => i.topic === 'what');
    expect(what?.text).toMatch(
      /^State-sponsored intrusion: attributed to the Ministry of State Security/u,
    );
    expect(what?.citations.map((c) => c.text)).toEqual(["China's Ministry of State Security"]);
    expect(what?.knowledge).toEqual([]);
  });

  it('is pre-positioning for disruption where the report says that', () => {
    expect(
      what(
        `${breach} The actors seek to pre-position themselves for disruptive or destructive attacks.`,
      ),
    ).toMatch(/^State-sponsored intrusion pre-positioned for disruption: /u);
  });
});

describe('whom the actor works for', () => {
  it("names the organ's state when the report names it only inside the organ's name", () => {
    expect(
      insightOn(
        'who',
        "The national CERT attributed the intrusion to APT99, a group linked to China's Ministry of State Security.",
      ),
    ).toBe('APT99, attributed to the Ministry of State Security (China)');
  });
});

describe('what spying tied to no state is', () => {
  it('is espionage, not the crime its stealer hints at, nor a state intrusion', () => {
    const text =
      'UAC-0099 deployed the DRAGSTARE stealer against state authorities. The attacks are likely aimed at ' +
      'gathering intelligence on the defense sector.';
    expect(insightOn('what', text)).toBe(
      'Cyber-espionage intrusion: the report calls it “gathering intelligence”',
    );
    expect(insightOn('what', `${text} The group is state-sponsored.`)).toMatch(
      /^State-sponsored intrusion: /u,
    );
  });
});

describe('what tampered software told of with no motive is', () => {
  const briefed = briefingWithTechniquesOn;
  const worm =
    'Self-replicating "Shai-Hulud" worm hits npm\n\nThe attackers published a trojanized version of ' +
    'rxnt-authentication on the npm registry after stealing a maintainer token.';

  it('is a supply-chain compromise, quoting the words of tampering, with the steps of finding it', () => {
    const briefing = briefed(worm);
    expect(topicIn(briefing, 'what')).toBe(
      'Software supply-chain compromise: the report describes “trojanized version”',
    );
    const steps = briefing.mitigations.content.steps.map((step) => step.id);
    expect(steps).toContain('supply-chain-response');
    expect(steps.indexOf('supply-chain-response')).toBeLessThan(
      steps.indexOf('enhanced-monitoring'),
    );
    // With a motive stated, that is what it is; tampered software still calls for its step.
    const crime = briefed(`${worm} The gang is financially motivated.`);
    expect(topicIn(crime, 'what')).toMatch(/^Financially motivated cybercrime: /u);
    expect(crime.mitigations.content.steps.map((step) => step.id)).toContain(
      'supply-chain-response',
    );
  });
});

describe("a state's revenue scheme", () => {
  const scheme =
    "The actions target the DPRK government's schemes to fund its regime through remote work. Since " +
    '2021 North Korean IT workers used stolen identities to get jobs at 100 companies.';

  it('is state revenue generation, with the step of checking who was hired', () => {
    const briefing = briefingOn(scheme);
    expect(topicIn(briefing, 'what')).toBe(
      'State revenue generation: the report calls it “fund its regime”',
    );
    const steps = briefing.mitigations.content.steps;
    expect(steps.find((s) => s.id === 'remote-hire-verification')?.triggers).toEqual([
      {
        kind: 'lure',
        label:
          'the report tells of workers hired under false identities: “North Korean IT workers”',
      },
    ]);
    expect(steps.map((s) => s.id)).toContain('agency-collaboration');
  });

  it("is no gang's revenue, nor remote work told of", () => {
    const gang = briefingOn(
      'Dorkbot generates revenue for the botnet operator. Remote workers use VPNs.',
    );
    expect(topicIn(gang, 'what')).toBeUndefined();
    expect(gang.mitigations.content.steps.map((s) => s.id)).not.toContain(
      'remote-hire-verification',
    );
  });
});

describe('impersonation at credential resets', () => {
  const steps = (text: string) =>
    briefingWithTechniquesOn(text).mitigations.content.steps.map((step) => step.id);

  it('makes resets wait for a check of the caller, not where others are impersonated', () => {
    expect(
      steps('APT99 fooled a supplier into resetting a password by posing as one of its staff.'),
    ).toContain('help-desk-verification');
    const journalists = steps('APT99 lured diplomats by posing as journalists.');
    expect(journalists).toContain('user-training');
    expect(journalists).not.toContain('help-desk-verification');
  });
});

describe('intruders at industrial control systems', () => {
  const controlStep = (text: string) =>
    briefingOn(text)
      .mitigations.content.steps.find((step) => step.id === 'control-system-security')
      ?.triggers.map((t) => t.label);

  it('secures control systems where intruders are told of at them, not where the report denies it', () => {
    expect(
      controlStep('APT99 is compromising programmable logic controllers at water utilities.'),
    ).toEqual([
      'the report tells of intruders at industrial control systems: “programmable logic controllers”',
    ]);
    expect(
      controlStep('There is no evidence this was a campaign targeting OT environments.'),
    ).toBeUndefined();
    expect(controlStep('The plant runs PLCs from two vendors.')).toBeUndefined();
  });
});

describe('code on network devices', () => {
  const deviceStep = (text: string) =>
    briefingOn(text)
      .mitigations.content.steps.find((step) => step.id === 'network-device-integrity')
      ?.triggers.map((t) => t.label);

  it("checks the devices where the report places the intruder's code on them", () => {
    expect(
      deviceStep(
        "Mandiant found APT99 backdoors operating on Zorvex Networks' Junos OS routers. They disable logging.",
      ),
    ).toEqual(["the report tells of “backdoors operating on Zorvex Networks' Junos OS routers”"]);
    expect(deviceStep('APT99 backdoored Zorvex firewalls at two ministries.')).toEqual([
      'the report tells of “backdoored Zorvex firewalls”',
    ]);
    // Not code on the device: the routers only carry the traffic, or another clause holds the malware.
    expect(deviceStep('APT99 malware reached the victims through home routers.')).toBeUndefined();
    expect(deviceStep('APT99 deployed malware; the routers were patched.')).toBeUndefined();
    expect(deviceStep('APT99 exploited Zorvex VPN gateways.')).toBeUndefined();
  });
});

describe('what a criminal intrusion is', () => {
  it("quotes the report's word for the motive before the kind of malware it names", () => {
    const text =
      'APT99 deployed the Zorvex stealer against banks. We assess that APT99 is a financially motivated group.';
    expect(insightOn('what', text)).toBe(
      'Financially motivated cybercrime: the report calls it “financially motivated”',
    );
    expect(insightOn('what', 'APT99 deployed the Zorvex stealer against banks.')).toBe(
      'Financially motivated cybercrime: the report describes “stealer”',
    );
    // A charge's name is no motive; fraud the report tells of is one.
    const charged =
      'Two APT99 members are charged with conspiracy and wire fraud for hacking ministries.';
    expect(insightOn('what', charged)).toBeUndefined();
    expect(insightOn('what', 'APT99 runs invoice fraud against banks.')).toBe(
      'Financially motivated cybercrime: the report calls it “fraud”',
    );
  });
});

describe('how the actor got in', () => {
  it('lists the vulnerabilities it exploits apart from whom it targets', () => {
    const text =
      'Chinese state-sponsored hackers exploited CVE-2022-42475 to break into a network of the Dutch ' +
      'armed forces in 2023, the government said.';
    expect(insightOn('against-whom', text)).toBe('Targets: Armed Forces of the Netherlands (NL)');
    expect(insightOn('how', text)).toBe('Exploits: CVE-2022-42475');
  });

  it('names the malware and tools the actor ran after the flaws it exploited', () => {
    const text =
      'The hacking group Salt Typhoon exploited CVE-2023-20198 to breach Verizon Communications Inc. and used a ' +
      'custom Linux backdoor called GhostSpider.';
    expect(insightOn('how', text)).toBe('Exploits: CVE-2023-20198. Uses: GhostSpider');
  });
});

describe("an actor attributed to a state's government", () => {
  it('names the government once, and calls it no security body', () => {
    const briefing = briefingOn(
      'TA9397 is a South Asian espionage threat actor. We assess that TA9397 is most likely a ' +
        'state-sponsored actor tasked with intelligence collection on behalf of the Indian state.',
    );
    expect(topicIn(briefing, 'who')).toBe('TA9397, attributed to the Government of India');
    expect(topicIn(briefing, 'what')).toBe(
      'State-sponsored cyber-espionage intrusion: attributed to the Government of India',
    );
  });
});

describe('how, in techniques', () => {
  it('names those a sentence says the actor used, not those inferred for it', () => {
    const text =
      'UNC9901 is a cluster that specializes in vishing campaigns. UNC9901 has breached networks by having ' +
      'its operators impersonate IT support personnel. UNC9901 stole data. The malware uses PowerShell.';
    expect(topicIn(briefingWithTechniquesOn(text), 'how')).toBe('Techniques: T1566.004; T1656');
  });
});

describe('how, named as the report writes it', () => {
  it('gives a family the knowledge calls otherwise its knowledge name too', () => {
    const backdoor: KnowledgeEntry = {
      id: 'malware--77777777-7777-4777-8777-777777777777',
      type: 'malware',
      name: 'Zorvexium',
      aliases: ['Zorvexium', 'Quillvirine', 'Zorvexium Loader'],
      externalId: 'S9666',
    };
    const how = (text: string) =>
      topicIn(briefingOn(text, [intrusionSet(5, 'APT99', 'G9999'), backdoor]), 'how');
    expect(how('APT99 used Quillvirine, a Windows backdoor, in May.')).toBe(
      'Uses: Quillvirine (Zorvexium)',
    );
    expect(how('APT99 used Zorvexium Loader in May.')).toBe('Uses: Zorvexium');
  });

  it('gives flaws under the name the report declares for them, together', () => {
    expect(
      insightOn(
        'how',
        'Microsoft patched CVE-2025-53770 and CVE-2025-53771, collectively known as ToolShell. Storm-2603 ' +
          'exploited ToolShell and CVE-2024-1111 in July.',
      ),
    ).toBe('Exploits: ToolShell (CVE-2025-53770, CVE-2025-53771); CVE-2024-1111');
  });
});

describe('against whom', () => {
  it("takes in the intrusion told of the state organ's unit the set is known as", () => {
    const text =
      'The three are officers of the Russian military intelligence service (GRU) Unit 29155, which is ' +
      'also known as Cadet Blizzard and Ember Bear. In 2020, Unit 29155 carried out cyber-attacks ' +
      'against the Estonian Ministry of Social Affairs.';
    const briefing = briefingOn(text, [intrusionSet(8, 'Ember Bear', 'G1003', ['Cadet Blizzard'])]);
    expect(topicIn(briefing, 'who')).toBe(
      'Ember Bear (also called Cadet Blizzard), attributed to the GRU (Russia)',
    );
    expect(topicIn(briefing, 'against-whom')).toBe(
      'Targets: Ministry of Social Affairs of Estonia (EE)',
    );
  });

  it('takes in what the state organ the actor is a unit of is told to have done', () => {
    const text =
      "The US charged officers of Russia's military intelligence agency, the GRU, with deploying " +
      "malware against Ukraine's power grid. The officers belonged to GRU Unit 74455, also known as " +
      'Voodoo Bear, the indictment said.';
    const knowledge = prepareKnowledge([
      { ...intrusionSet(5, 'Sandworm Team', 'G0034', ['Voodoo Bear']), country: 'RU' },
    ]);
    const briefing = composeBriefing({
      now: NOW,
      report: { title: 'GRU', tlp: 'clear', analysis: analyzeReport(text, { knowledge }) },
    });
    const insight = (topic: string) =>
      briefing.insights.content.find((i) => i.topic === topic)?.text;
    expect(insight('who')).toBe('Voodoo Bear, attributed to the GRU (Russia)');
    expect(insight('against-whom')).toBe('Targets: Energy sector; Ukraine (UA)');
  });
});

describe('against whom, where the report tells of intrusions it attributes to nobody', () => {
  it('names their victims after the actor’s targets, saying no actor was stated', () => {
    const text =
      'APT99 has historically focused on think tanks in Europe. More than 400 organizations were ' +
      'breached through the flaw, including the Zorvex Widgets Inc. and Acme Holdings Inc., which ' +
      'confirmed the breach.';
    expect(insightOn('against-whom', text)).toBe(
      'Targets: Non profit sector; Europe. Also hit (no actor stated): Zorvex Widgets Inc; Acme Holdings Inc',
    );
    // Attributed, they are the actor's own.
    expect(
      insightOn(
        'against-whom',
        'APT99 breached Zorvex Widgets Inc. and Acme Holdings Inc. in May.',
      ),
    ).toBe('Targets: Zorvex Widgets Inc; Acme Holdings Inc');
  });
});

describe('who', () => {
  it('places a new set attributed to no one where the report does, as sure as it says', () => {
    const who = (text: string) =>
      composeBriefing({
        now: NOW,
        report: {
          title: 'Ivanti',
          tlp: 'clear',
          analysis: analyzeReport(text, { knowledge: prepareKnowledge([]) }),
        },
      }).insights.content.find((i) => i.topic === 'who')?.text;
    expect(
      who(
        'Volexity tracks the threat actor as UNC5221 and believes with medium confidence that it is a ' +
          'Chinese nation-state-level actor. UNC5221 exploited two flaws.',
      ),
    ).toBe('UNC5221, from China, moderate confidence');
    expect(who('UNC5221 exploited two flaws in Chinese appliances.')).toBe('UNC5221');
  });
});

describe('one actor under several names', () => {
  it('is one attribution, not a conflict, and its other names tell whom it works for', () => {
    const text =
      'The FBI attributed the February 21 hack of the crypto exchange Bybit to a group it calls "TraderTraitor", ' +
      "also known as Lazarus Group or APT38, which works for North Korea's Reconnaissance General Bureau. " +
      'The FBI urged exchanges to block addresses linked to TraderTraitor.';
    const entries = [
      { ...intrusionSet(1, 'TraderTraitor', 'G9991'), country: 'KP' },
      { ...intrusionSet(2, 'Lazarus Group', 'G0032'), country: 'KP' },
      { ...intrusionSet(3, 'APT38', 'G0082'), country: 'KP' },
    ];
    const briefing = briefingOn(text, entries);
    const insight = (topic: string) => topicIn(briefing, topic);
    expect(insight('who')).toBe(
      'TraderTraitor (also called Lazarus Group and APT38), attributed to the Reconnaissance General Bureau (North Korea)',
    );
    expect(insight('how-sure') ?? '').not.toMatch(/Conflicting/u);
    // A state's organ by what the report says it is, not by a list of organs' names.
    expect(insight('what')).toMatch(
      /^State-sponsored intrusion: attributed to the Reconnaissance General Bureau/u,
    );
    // Named apart, they are rivals.
    const apart = text.replace('also known as', 'though others blame');
    expect(topicIn(briefingOn(apart, entries), 'how-sure')).toMatch(/^Conflicting attributions: /u);
  });
});

describe('a persona', () => {
  it('is named with the set wearing it, whose sponsor is the persona’s', () => {
    const text =
      'Researchers identified a wiper campaign by Handala, a hacktivist persona that we assess with moderate ' +
      "confidence is operated by Void Manticore, an actor affiliated with Iran's Ministry of Intelligence. " +
      'Handala sent phishing emails to Israeli universities.';
    const briefing = briefingOn(text, [
      intrusionSet(1, 'Handala', 'G9991'),
      { ...intrusionSet(2, 'Void Manticore', 'G1055'), country: 'IR' },
    ]);
    const insight = (topic: string) => topicIn(briefing, topic);
    expect(insight('who')).toBe(
      'Handala (a persona of Void Manticore, moderate confidence), attributed to the Ministry of Intelligence and Security (Iran)',
    );
    expect(insight('how-sure')).toMatch(
      /^Moderate confidence \(50\/100\) that Handala is a persona of Void Manticore/u,
    );
  });
});

describe('against whom, in order', () => {
  it("names the victims of the intrusion the report tells of before the actor's earlier targets", () => {
    const text =
      'Salt Typhoon has previously targeted hotels in Southeast Asia. The hacking group Salt Typhoon breached ' +
      'the networks of Verizon Communications Inc. in 2024.';
    expect(insightOn('against-whom', text)).toMatch(
      /^Targets: Verizon Communications Inc; .*Hospitality/u,
    );
  });
});

describe('against whom, cited', () => {
  it('cites the target where the sentence stating the relation names it', () => {
    const text =
      'The hacking group Salt Typhoon, linked by multiple governments to China, sent phishing emails. ' +
      'Salt Typhoon has a long record of targeting governments and embassies.';
    const insight = briefingOn(text).insights.content.find((i) => i.topic === 'against-whom');
    expect(insight?.text).toMatch(/Government national sector/u);
    const cited = insight?.citations.find((c) => c.text === 'governments');
    expect(cited?.start).toBe(text.lastIndexOf('governments'));
  });
});

describe('what was done about it', () => {
  const response = (text: string) => insightOn('response', text);

  it('is what defenders did, not what the attack disrupted', () => {
    expect(
      response('The ransomware attack that has disrupted operations at hospitals was costly.'),
    ).toBeUndefined();
    expect(
      response(
        'The ransomware attack that has disrupted operations at hospitals was costly. Police disrupted the gang in May.',
      ),
    ).toBe('Response: Police disrupted the gang in May.');
    expect(
      response('The cyber actors primarily target and disrupt government services in Europe.'),
    ).toBeUndefined();
    expect(response('The hackers disrupted the pipeline for a week.')).toBeUndefined();
    // A lure's "summons" is no ambassador summoned.
    expect(
      response('The attackers sent emails with the subject "Court summons" and a link.'),
    ).toBeUndefined();
    expect(
      response('The ransomware hit Acme. The Dutch police have opened an investigation.'),
    ).toBe('Response: The Dutch police have opened an investigation.');
    expect(response('Prague summoned the Chinese ambassador.')).toBe(
      'Response: Prague summoned the Chinese ambassador.',
    );
    expect(
      response(
        'APT99 hit ministries. The Justice Department announced charges against two of its members.',
      ),
    ).toBe('Response: The Justice Department announced charges against two of its members.');
    expect(response('APT99 faces no charges so far.')).toBeUndefined();
    // A named actor's flood or a disruptive aim is the attack; a named actor's servers taken down, a response.
    expect(response('APT99 took down the websites of several Czech banks.')).toBeUndefined();
    expect(
      response('The actors seek to pre-position themselves for disruptive cyberattacks.'),
    ).toBeUndefined();
    expect(response('The servers of APT99 were disrupted by the police.')).toBe(
      'Response: The servers of APT99 were disrupted by the police.',
    );
    expect(
      response(
        'Acme said the gang was behind the cyberattack on its Zorbaco unit that has disrupted pharmacies.',
      ),
    ).toBeUndefined();
    expect(
      response('After the cyberattack on its Zorbaco unit, the police disrupted the gang.'),
    ).toBe('Response: After the cyberattack on its Zorbaco unit, the police disrupted the gang.');
  });

  it('is a sanction imposed, not a body whose remit sanctions are', () => {
    expect(
      response('They also hit the Office of Foreign Assets Control, which administers sanctions.'),
    ).toBeUndefined();
    expect(response('The UK sanctioned a front company linked to APT31.')).toBe(
      'Response: The UK sanctioned a front company linked to APT31.',
    );
    expect(response('The US imposed sanctions on two officers.')).toBe(
      'Response: The US imposed sanctions on two officers.',
    );
  });
});

describe('briefing of a report that attributes its activity without naming it', () => {
  const text =
    'From IcedID to ransomware\n\nKey takeaways\n\nThe actor gained initial access with an IcedID ' +
    'loader. Days later the actor deployed ransomware on every host. We assess with moderate ' +
    'confidence that this intrusion is linked to APT41.\n\nRecommendations\n\nPatch every server now.';
  const briefing = composeBriefing({
    now: NOW,
    report: {
      title: 'IcedID',
      tlp: 'clear',
      analysis: analyzeReport(text, { knowledge: prepareKnowledge([]) }),
    },
  });

  it('says how sure the source is of the activity it describes', () => {
    expect(briefing.insights.content.find((i) => i.topic === 'how-sure')?.text).toBe(
      'Moderate confidence (50/100) that the activity the report describes is attributed to ' +
        'APT41, as the source puts it: “moderate confidence”',
    );
  });

  it('tells the issue from the summary when the summary is the whole text, never from the advice', () => {
    const issue = briefing.issue.content.map((s) => s.text);
    expect(issue).toContain('Days later the actor deployed ransomware on every host.');
    expect(issue.join(' ')).not.toMatch(/Patch/u);
  });
});
