/**
 * Attacks on a country's organizations as the reported activity (fixtures/reports/france-apt28-attacks.txt,
 * written for Vigil after France's attribution of 2025, and variants with another country and actor).
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../../analysis/types.ts';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';
import { fixtureReport } from '../../../../../test-support/fixture-reports.ts';

const knowledge = prepareKnowledge([]);

function read(text: string) {
  const { entities, relations } = analyzeReport(text, { knowledge });
  const campaigns = entities.filter((e) => e.type === 'campaign');
  const related = (type: string, source: ExtractedEntity | undefined, target: string) =>
    relations.find((r) => r.type === type && r.source === source?.key && r.target === target);
  return { entities, campaigns, related };
}

describe('attacks on a country’s organizations', () => {
  it('are the campaign a state attributes, targeting the country, with the stated confidence', () => {
    const text = fixtureReport('france-apt28-attacks.txt');
    const { entities, campaigns, related } = read(text);
    // The TV5Monde attack, told of later, is one of its own.
    expect(campaigns.map((c) => c.name).sort()).toEqual([
      'Intrusion into TV5Monde',
      'Intrusions into organizations in France',
    ]);
    const campaign = campaigns.find((c) => c.name.startsWith('Intrusions'));
    expect(related('targets', campaign, 'location:FR')).toBeDefined();
    const actor = entities.find((e) => e.name === 'APT28');
    const attributed = related('attributed-to', campaign, actor?.key ?? '');
    expect(attributed).toMatchObject({ confidence: 85 });
    // "ANSSI also linked the group to … an attack on the TV5Monde television network", told after the rating:
    // its attribution states none.
    const tv5 = campaigns.find((c) => c.name.includes('TV5Monde'));
    expect(related('attributed-to', tv5, actor?.key ?? '')).toBeDefined();
    expect(related('attributed-to', tv5, actor?.key ?? '')?.confidence).toBeUndefined();
    // The confidence is the one "the intrusions were carried out by APT28" states; "the hacking group" tells
    // of no intrusion.
    const words = campaign?.mentions.map((m) => m.text) ?? [];
    expect(words).toContain('cyberattacks');
    expect(words).not.toContain('hacking');
  });

  it('hold for another country and actor, victims written after the country', () => {
    const { campaigns, related, entities } = read(
      'Poland blames Russia-backed hackers. Warsaw accused the group APT44 of attacks against organizations in Poland since 2023, officials said. Separately, pro-Russian hackers have attacked websites in Poland since 2014.',
    );
    expect(campaigns.map((c) => c.name)).toEqual(['Intrusions into organizations in Poland']);
    // The country is named in sentences about other activity: their dates are not the campaign's.
    expect(campaigns[0]?.properties).toMatchObject({ first_seen: '2023-01-01T00:00:00.000Z' });
    expect(campaigns[0]?.properties?.['last_seen']).toBeUndefined();
    const actor = entities.find((e) => e.name === 'APT44');
    expect(related('attributed-to', campaigns[0], actor?.key ?? '')).toBeDefined();
  });

  it('are no campaign without an actor in the sentence, or deep in a report', () => {
    expect(
      read('Analysts saw a string of cyberattacks against French organizations since 2021.')
        .campaigns,
    ).toEqual([]);
    const later = [
      'A new loader appeared this year.',
      'It spreads through email.',
      'It hides in scheduled tasks.',
      'Researchers said APT28 ran cyberattacks against French organizations.',
    ].join(' ');
    expect(read(later).campaigns).toEqual([]);
  });
});
