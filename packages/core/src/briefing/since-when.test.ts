import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../analyze/analyze-report.ts';
import { prepareKnowledge } from '../analyze/knowledge.ts';
import { composeBriefing } from './compose-briefing.ts';
import type { ActorKnowledge, Insight } from './types.ts';

const knowledge = prepareKnowledge([]);
const ATTACK_APT31 = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';

/** What ATT&CK's G0128 would say of the group's history (the date is the test's, not ATT&CK's). */
const actor: ActorKnowledge = {
  id: ATTACK_APT31,
  type: 'intrusion-set',
  name: 'ZIRCONIUM',
  aliases: ['APT31'],
  activeSince: { value: '2016', basis: { objectId: ATTACK_APT31, source: 'MITRE ATT&CK' } },
  targets: { sectors: [], countries: [] },
  techniques: [],
  software: [],
  otherReports: [],
  basis: [{ objectId: ATTACK_APT31, source: 'MITRE ATT&CK' }],
};

function sinceWhen(text: string, withActor = false): Insight | undefined {
  const analysis = analyzeReport(text, { knowledge, published: '2025-05-28' });
  const briefing = composeBriefing({
    now: '2026-01-15T09:00:00.000Z',
    report: { title: 'Test report', analysis },
    ...(withActor ? { actor } : {}),
  });
  return briefing.insights.content.find((i) => i.topic === 'since-when');
}

const cited = (insight: Insight | undefined) => insight?.citations.map((c) => c.text);

describe('briefing: since when', () => {
  const intrusion = 'Officials said APT31 breached the Czech foreign ministry as early as 2022.';
  const history = 'APT31 has stolen documents from governments over the past decade.';

  it('gives the start the report states for the intrusion before the group’s history', () => {
    const insight = sinceWhen(`${intrusion} ${history}`);
    expect(insight?.text).toMatch(/^Intrusion into the .* since 2022 \(“as early as 2022”\); /u);
    expect(insight?.text).toMatch(/APT31 active since 2015 \(“over the past decade”\)$/u);
    expect(cited(insight)).toEqual(['as early as 2022', 'over the past decade']);
  });

  it('adds the knowledge store’s history when the report gives none', () => {
    const insight = sinceWhen(intrusion, true);
    expect(insight?.text).toMatch(/since 2022 .*; APT31 active since at least 2016 \(per MITRE/u);
    expect(cited(insight)).toEqual(['as early as 2022']);
    expect(insight?.knowledge.map((k) => k.objectId)).toEqual([ATTACK_APT31]);
  });

  it('states an end the report gives', () => {
    const insight = sinceWhen(
      'Hackers compromised the Finnish parliament between May 2020 and March 2022.',
    );
    expect(insight?.text).toMatch(/since 2020-05 .*, until 2022-03/u);
  });

  it('says a day the intrusion was seen on is when it was first seen, not when it began', () => {
    const insight = sinceWhen(
      'On 28 August 2025, Zorvex Logistics Ltd detected unauthorized activity on its servers.',
    );
    expect(insight?.text).toBe(
      'Intrusion into Zorvex Logistics Ltd first seen 2025-08-28 (“28 August 2025”)',
    );
  });

  it('falls back to the earliest start the report gives when it dates no intrusion', () => {
    const insight = sinceWhen(`APT31 breached the Czech foreign ministry. ${history}`);
    expect(insight?.text).toBe('Active since 2015');
    expect(cited(insight)).toEqual(['over the past decade']);
  });

  it('says whose start it is when the sentence names another than the actor', () => {
    const family =
      'APT31 used Lumma Stealer in its campaigns. Lumma Stealer, sold on forums since at least 2022, steals passwords.';
    expect(sinceWhen(family)?.text).toBe('Lumma active since 2022');
  });

  it("takes no start that dates a person's own doing", () => {
    const person =
      'The US sanctioned Maksim Yakubets, the leader of APT31, who had worked for the FSB since 2010.';
    expect(sinceWhen(`${person} ${history}`)?.text).toBe('Active since 2015');
    const group =
      'The US sanctioned Maksim Yakubets, a member of APT31; APT31, who has hit ministries since 2012, denies it.';
    expect(sinceWhen(group)?.text).toBe('Active since 2012');
  });
});
