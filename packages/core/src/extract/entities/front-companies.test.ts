/** Front companies: organizations the words "front company" beside their name make an actor's cover. */
import { describe, expect, it } from 'vitest';
import { intrusionSet } from '../../../../../test-support/intrusion-sets.ts';
import { extractRelations } from '../relations/extract-relations.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const knowledge = buildKnowledgeIndex([intrusionSet(40, 'APT40', 'G0065')]);

/** "name [front company] -> related-to targets" per organization, and the report's targets relations. */
function read(text: string): { organizations: string[]; targets: string[] } {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, knowledge);
  const relations = extractRelations(text, sentences, entities);
  const name = (key: string) => entities.find((e) => e.key === key)?.name ?? key;
  const organizations = entities
    .filter((e) => e.type === 'identity' && e.properties?.['identity_class'] === 'organization')
    .map((e) => {
      const roles = e.properties?.['roles'];
      const fronted = relations
        .filter((r) => r.type === 'related-to' && r.source === e.key)
        .map((r) => name(r.target));
      const role = Array.isArray(roles) ? ` [${roles.join(', ')}]` : '';
      return `${e.name}${role}${fronted.length > 0 ? ` -> ${fronted.join(', ')}` : ''}`;
    });
  const targets = relations
    .filter((r) => r.type === 'targets')
    .map((r) => `${name(r.source)} targets ${name(r.target)}`);
  return { organizations, targets };
}

describe('front companies listed', () => {
  it('are each a front, tied to the one person of their sentence', () => {
    expect(
      read(
        'Zhenxing Wang, a U.S. national, was arrested. Zhenxing Wang created front companies, including ' +
          'Hopana Tech LLC and Tony WKJ LLC, to hide ' +
          'the workers. Zorvex Corp was a victim.',
      ).organizations,
    ).toEqual([
      'Hopana Tech LLC [front company] -> Zhenxing Wang',
      'Tony WKJ LLC [front company] -> Zhenxing Wang',
      'Zorvex Corp',
    ]);
  });
});

describe('a front company', () => {
  it('is named so after its name, its acronym or its legal form, and tied to the organ of its sentence', () => {
    expect(
      read(
        "According to the indictment, China's Ministry of State Security established Wuhan Xiaoruizhi " +
          'Science and Technology Company, Limited (Wuhan XRZ) as a front company. Wuhan XRZ paid the hackers.',
      ).organizations,
    ).toEqual([
      'Wuhan Xiaoruizhi Science and Technology Company, Limited [front company] -> Ministry of State Security',
    ]);
    expect(
      read(
        'APT40 hackers worked for Hainan Xiandun Technology Development Co., Ltd., a front company ' +
          'in Haikou.',
      ).organizations,
    ).toEqual(['Hainan Xiandun Technology Development Co., Ltd [front company] -> APT40']);
    // A speaker's description in a relative clause.
    expect(
      read(
        'The UK sanctioned Wuhan Xiaoruizhi Science and Technology Company, which it described as a ' +
          "front company for China's Ministry of State Security.",
      ).organizations,
    ).toEqual([
      'Wuhan Xiaoruizhi Science and Technology Company [front company] -> Ministry of State Security',
    ]);
  });

  it("is tied to the organ named last before it, of several: a province's arm of the MSS", () => {
    expect(
      read(
        "The MSS's Hubei State Security Department established Wuhan Xiaoruizhi Science and Technology " +
          'Company, Limited (Wuhan XRZ) as a front company.',
      ).organizations,
    ).toEqual([
      'Wuhan Xiaoruizhi Science and Technology Company, Limited [front company] -> Hubei State Security Department',
    ]);
    // Else the first named after it.
    expect(
      read(
        'Acme Widgets Inc., a front company, took orders from the MSS and the Hubei State Security ' +
          'Department.',
      ).organizations,
    ).toEqual(['Acme Widgets Inc [front company] -> Ministry of State Security']);
  });

  it('is named so after "front company", its name ending in its own "Company", with the short name it defines', () => {
    const text =
      'APT40 operated via front company Hainan Xiandun Technology Development Company (Hainan ' +
      'Xiandun). Hainan Xiandun hired hackers.';
    const sentences = splitSentences(text);
    const front = extractEntities(text, sentences, knowledge).find((e) => e.type === 'identity');
    expect(front?.mentions.map((m) => m.text)).toEqual([
      'Hainan Xiandun Technology Development Company',
      'Hainan Xiandun',
      'Hainan Xiandun',
    ]);
    expect(read(text).organizations).toEqual([
      'Hainan Xiandun Technology Development Company [front company] -> APT40',
    ]);
  });

  it('is no victim of the actor it fronts for', () => {
    const { targets } = read(
      'APT40 targeted universities in Ohio through Acme Widgets Inc., a front company.',
    );
    expect(targets).toContain('APT40 targets Education sector');
    expect(targets).not.toContain('APT40 targets Acme Widgets Inc');
  });

  it('is not read from other fronts', () => {
    expect(
      read('Acme Widgets Inc. is on the front line of the fight. APT40 targeted Acme Widgets Inc.')
        .organizations,
    ).toEqual(['Acme Widgets Inc']);
  });
});

describe('a contractor', () => {
  it('is read from its role in the intrusions, and tied to the set its sentence names', () => {
    const { organizations, targets } = read(
      'OFAC is sanctioning Zorvex Network Technology Co., Ltd. (Zorvex Tech), a Beijing-based cybersecurity ' +
        'company, for its role in multiple computer intrusion incidents against U.S. victims. Zorvex Tech ' +
        'provided infrastructure used by APT40 to compromise universities in Ohio.',
    );
    expect(organizations).toEqual([
      'Department of the Treasury',
      'Zorvex Network Technology Co., Ltd [contractor] -> APT40',
    ]);
    expect(targets).toContain('APT40 targets Education sector');
    expect(targets).not.toContain('APT40 targets Zorvex Network Technology Co., Ltd');
  });

  it('is read from its part in them, as the officials tell it', () => {
    expect(
      read(
        'The Treasury sanctioned Sichuan Zorvex Network Technology, a cybersecurity company that officials ' +
          'said was directly involved in the APT40 intrusions.',
      ).organizations,
    ).toEqual(['Sichuan Zorvex Network Technology [contractor] -> APT40']);
  });

  it('is not the firm that answered the intrusions, nor a victim', () => {
    expect(
      read(
        'Zorvex Widgets Inc., which was involved in responding to the APT40 intrusions, said APT40 breached ' +
          'Acme Widgets Inc. Acme Widgets Inc. was hit by the attacks.',
      ).organizations,
    ).toEqual(['Zorvex Widgets Inc', 'Acme Widgets Inc']);
  });
});
