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
      // "a dam in the western part of the country": the state the text speaks about.
      campaigns: ['Intrusion into a dam in Norway'],
      relations: [
        'targets Dams sector none',
        'targets Norway none',
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

  it('names a US state written after the site as written, in the United States, past the networks of it', () => {
    const text =
      'Water utility hit\n\n' +
      'Officials said on Monday that hackers had breached the networks of a water utility in Massachusetts. ' +
      'The FBI said the attack was likely the work of actors linked to Iranian intelligence.';
    expect(read(text)).toEqual({
      campaigns: ['Intrusion into a water utility in Massachusetts'],
      relations: [
        'targets Utilities sector none',
        'targets United States none',
        'attributed-to Intelligence services of Iran 70',
      ],
    });
  });

  it('is read in a title without its article, the state before the site named with it', () => {
    const text =
      'Iran-linked hackers hit US water utility through exposed controllers\n\n' +
      'The water authority said on Saturday that its pumps were switched to manual operation. ' +
      'CISA later attributed the activity to APT33.';
    expect(read(text)).toEqual({
      campaigns: ['Intrusion into a US water utility'],
      relations: [
        'targets Utilities sector none',
        'targets United States none',
        'attributed-to APT33 none',
      ],
    });
    // A title's bare sector is no one site; below the title the article is needed.
    expect(read('Hackers hit healthcare again\n\nHospitals were hit in May.').campaigns).toEqual(
      [],
    );
    expect(
      read('Water news\n\nIn May, Iran-linked hackers hit US water utility controllers.').campaigns,
    ).toEqual([]);
  });

  it('is the site a device was reached at, its state among its words', () => {
    const text =
      'Hacktivists hit water utilities\n\n' +
      'APT33 compromised a PLC at a U.S. water facility in November, CISA said.';
    expect(read(text)).toEqual({
      campaigns: ['Intrusion into a U.S. water facility'],
      relations: [
        'targets Water sector none',
        'targets United States none',
        'attributed-to APT33 none',
      ],
    });
    // A device at a named site, or at many sites, is no one unnamed site.
    expect(
      read('Water news\n\nCyberAv3ngers compromised a PLC at Velkmoor water facility.').campaigns,
    ).toEqual([]);
    expect(
      read('Water news\n\nCyberAv3ngers compromised a PLC at water facilities in May.').campaigns,
    ).toEqual([]);
  });

  it('is the site "the country\'s" words own, before the named victims of the group\'s history', () => {
    const text =
      'Germany blames APT28\n\n' +
      "Germany's foreign ministry on Wednesday summoned the Russian ambassador after attributing an " +
      "August 2024 cyberattack on the country's air traffic control authority DFS to APT28. " +
      'The attack did not affect flights, the agency said. Officials called the attack unacceptable. ' +
      'APT28 has been blamed for the 2015 hack of ' +
      'the German Bundestag.';
    expect(read(text)).toEqual({
      campaigns: [
        'Intrusion into the Parliament of Germany',
        'Intrusion into air traffic control authority in Germany',
      ],
      relations: [
        'targets Transportation sector none',
        'targets Germany none',
        'attributed-to APT28 none',
        'targets Parliament of Germany none',
        'attributed-to APT28 none',
      ],
    });
    // A named victim in the opening is the report's own.
    expect(
      read(
        'Germany blames APT28\n\nAPT28 hacked the German Bundestag in May. ' +
          "It also attacked the country's air traffic control authority.",
      ).campaigns,
    ).toEqual(['Intrusion into the Parliament of Germany']);
  });

  it("is the sector a state's possessive owns, the state the sentence's subject", () => {
    const text =
      'Singapore names UNC3886\n\n' +
      'Singapore is dealing with a serious cyberattack on its critical infrastructure by APT33, ' +
      'the minister said. A cyberattack on its energy sector followed.';
    expect(read(text)).toEqual({
      campaigns: ['Intrusion into critical infrastructure in Singapore'],
      relations: [
        'targets Infrastructure sector none',
        'targets Singapore none',
        'attributed-to APT33 none',
      ],
    });
    expect(
      read('Energy news\n\nGermany is investigating a cyberattack on its energy sector by APT33.')
        .campaigns,
    ).toEqual(['Intrusion into energy sector in Germany']);
    // A company's own, or a title's "its": no state's site.
    expect(
      read('Acme Corp is investigating a cyberattack on its water utility, officials said.')
        .campaigns,
    ).toEqual([]);
    expect(read('Hackers hit its water utility\n\nOfficials said so.').campaigns).toEqual([]);
  });

  it('names no country "the country" stands for where the text speaks about none', () => {
    expect(
      read('Hackers attacked a dam in the north of the country in May, researchers in Norway said.')
        .campaigns,
    ).toEqual(['Intrusion into a dam']);
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
