/**
 * An attack on one unnamed site as the reported activity (fixtures/reports/norway-dam-attack.txt, written for
 * Vigil after Norway's attribution of the 2025 dam sabotage, and variants with another country, site and state).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';
import { fixtureReport } from '../../../../../test-support/fixture-reports.ts';

const knowledge = prepareKnowledge([]);

function read(text: string) {
  const { entities, relations } = analyzeReport(text, { knowledge });
  const named = new Map(entities.map((e) => [e.key, e.name]));
  return {
    campaigns: entities.filter((e) => e.type === 'campaign').map((e) => e.name),
    relations: relations
      .filter((r) => r.source.startsWith('campaign:'))
      .map((r) => `${r.type} ${named.get(r.target)} ${r.confidence ?? 'none'}`),
  };
}

describe('an attack on one unnamed site', () => {
  it('is the campaign a state attributes, targeting the site’s sector, with the stated confidence', () => {
    expect(read(fixtureReport('norway-dam-attack.txt'))).toEqual({
      campaigns: ['Intrusion into a dam'],
      relations: [
        'targets Dams sector none',
        // "was most likely the work of actors linked to Russian intelligence"
        'attributed-to Intelligence services of Russia 70',
      ],
    });
  });

  it('holds for another country, site and state, and names the country written after the site', () => {
    const text =
      'Canada blames Iranian hackers for water attack\n\n' +
      'Canada said on Monday that hackers had breached a small water treatment plant in Canada. ' +
      'Officials said the attack was very likely the work of actors linked to Iranian intelligence.';
    expect(read(text)).toEqual({
      campaigns: ['Intrusion into a small water treatment plant in Canada'],
      relations: [
        'targets Water sector none',
        'targets Canada none',
        'attributed-to Intelligence services of Iran 85',
      ],
    });
  });

  it('is no campaign for attacks on many sites, a named site, or a site told of after the opening', () => {
    expect(read('APT28 is known for attacks on hospitals in Europe.').campaigns).toEqual([]);
    expect(read('Hackers breached a Velkmoor hospital in May.').campaigns).toEqual([]);
    const later =
      'APT28 profile\n\nAPT28 is a Russian group of hackers. It writes its own malware families. ' +
      'It steals email from ministries in Europe. It once attacked a dam in Norway.';
    expect(read(later).campaigns).toEqual([]);
  });
});
