/**
 * A government advisory written for Vigil after CISA's Volt Typhoon advisory (fixtures/reports): the
 * sectors a list of CISA's sector names holds, the vulnerabilities the actors exploit, how long they kept
 * access, no dates from CVE ids, and a briefing that calls the activity what the advisory says it is.
 */
import { describe, expect, it } from 'vitest';
import { intrusionSet } from '../../../../test-support/intrusion-sets.ts';
import { composeBriefing } from '../briefing/compose-briefing.ts';
import { analyzeReport } from './analyze-report.ts';
import { prepareKnowledge } from './knowledge.ts';
import { fixtureReport } from '../../../../test-support/fixture-reports.ts';

const text = fixtureReport('volt-typhoon-advisory.txt');
const analysis = analyzeReport(text, {
  knowledge: prepareKnowledge([intrusionSet(7, 'Volt Typhoon', 'G1017')]),
  published: '2024-02-07',
});
const targetsOf = (source: string): string[] =>
  analysis.relations
    .filter((r) => r.type === 'targets' && r.source === source)
    .map((r) => `${r.target}${r.inferred ? ` (${r.inferred})` : ''}`);

describe('a government advisory on Volt Typhoon', () => {
  it('reads every sector of its list and the vulnerabilities the actors exploit', () => {
    expect(targetsOf('intrusion-set:G1017')).toEqual([
      'identity:sector infrastructure',
      'identity:sector communications',
      'identity:sector energy',
      'identity:sector transportation',
      'identity:sector water',
      // "in the continental and non-continental United States and its territories, including Guam"
      'location:US',
      'location:GU',
      'vulnerability:CVE-2022-42475',
      'vulnerability:CVE-2023-46805',
      'vulnerability:CVE-2024-21887',
    ]);
  });

  it('dates the access five years back, and takes no year from a CVE id', () => {
    expect(analysis.dates.map((d) => [d.role, d.value, d.mention.text])).toEqual([
      ['on', '2024-02-07', 'February 07, 2024'],
      ['since', '2019', 'for at least five years'],
    ]);
  });

  it('is briefed as pre-positioning for disruption, not espionage', () => {
    const briefing = composeBriefing({
      now: '2026-12-01T00:00:00.000Z',
      report: { title: 'Volt Typhoon', tlp: 'clear', analysis },
    });
    const what = briefing.insights.content.find((i) => i.topic === 'what');
    expect(what?.text).toMatch(/^State-sponsored intrusion pre-positioned for disruption: /u);
  });
});
