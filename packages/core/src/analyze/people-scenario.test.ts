/**
 * An indictment story written for Vigil after the US charges against APT31 (fixtures/reports): the people
 * it names are threat actors of their own, individuals, behind the set; the briefing names them without
 * taking any for the set's sponsor or for the actor the report is about.
 */
import { describe, expect, it } from 'vitest';
import { intrusionSet } from '../../../../test-support/intrusion-sets.ts';
import { composeBriefing } from '../briefing/compose-briefing.ts';
import { validateObject } from '../stix/validate.ts';
import { analyzeReport } from './analyze-report.ts';
import { prepareKnowledge } from './knowledge.ts';
import { analysisToStix } from './to-stix.ts';
import { fixtureReport } from '../../../../test-support/fixture-reports.ts';

const text = fixtureReport('apt31-indictment.txt');
const analysis = analyzeReport(text, {
  knowledge: prepareKnowledge([intrusionSet(3, 'APT31', 'G0128')]),
  published: '2024-03-25',
});
const people = analysis.entities.filter((e) => e.properties?.['resource_level'] === 'individual');
const DEFENDANTS = [
  'Ni Gaobin',
  'Weng Ming',
  'Cheng Feng',
  'Peng Yaowen',
  'Sun Xiaohui',
  'Xiong Wang',
  'Zhao Guangzong',
];

describe('an indictment naming the people behind APT31', () => {
  it('reads each defendant once, with every writing of the name', () => {
    expect(people.map((p) => p.name).sort()).toEqual([...DEFENDANTS].sort());
    const ni = people.find((p) => p.name === 'Ni Gaobin');
    expect(ni?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Ni Gaobin',
      'Ni Gaobin',
      'Ni Gaobin',
    ]);
    expect(
      people.every((p) => p.type === 'threat-actor' && p.properties?.['roles'] === undefined),
    ).toBe(true);
  });

  it('attributes APT31 to each of them, and to the MSS and its Hubei arm as its sponsors', () => {
    const attributed = analysis.relations
      .filter((r) => r.type === 'attributed-to' && r.source === 'intrusion-set:G0128')
      .map((r) => analysis.entities.find((e) => e.key === r.target)?.name)
      .sort();
    // "a hacking group run by the Ministry of State Security's Hubei State Security Department"
    expect(attributed).toEqual(
      [...DEFENDANTS, 'Ministry of State Security', 'Hubei State Security Department'].sort(),
    );
  });

  it('is valid STIX: each person a threat-actor whose resource level is individual', () => {
    const stix = analysisToStix(analysis, {
      ingested: '2026-12-01T00:00:00.000Z',
      published: '2024-03-25T00:00:00.000Z',
    });
    const actors = stix.objects.filter((o) => o.type === 'threat-actor');
    expect(actors.map((o) => [o.name, o.resource_level, o.aliases])).toContainEqual([
      'Zhao Guangzong',
      'individual',
      undefined,
    ]);
    for (const o of stix.objects) expect(validateObject(o).ok, String(o.id)).toBe(true);
  });

  it('is briefed as APT31, attributed to the MSS, with the people and the front company it names', () => {
    const briefing = composeBriefing({
      now: '2026-12-01T00:00:00.000Z',
      report: { title: 'APT31 indictment', tlp: 'clear', analysis },
    });
    const who = briefing.insights.content.find((i) => i.topic === 'who');
    expect(who?.text).toBe(
      `APT31, attributed to the Ministry of State Security (China); people named: ${DEFENDANTS.join(', ')}` +
        '; front companies: Wuhan Xiaoruizhi Science and Technology Company',
    );
  });
});

describe('the people of the organ a set is attributed to', () => {
  it('are named in the briefing beside the organ', () => {
    const analysis = analyzeReport(
      'APT99 is a group run by the Ministry of State Security. Treasury sanctioned two officials of the ' +
        'Ministry of State Security: Hamid Reza Lashgarian and Milad Mansuri.',
      { knowledge: prepareKnowledge([]), published: '2024-02-02' },
    );
    const briefing = composeBriefing({
      now: '2026-12-01T00:00:00.000Z',
      report: { title: 'Sanctions', tlp: 'clear', analysis },
    });
    expect(briefing.insights.content.find((i) => i.topic === 'who')?.text).toBe(
      'APT99, attributed to the Ministry of State Security (China); people named: Hamid Reza Lashgarian, Milad Mansuri',
    );
  });
});
