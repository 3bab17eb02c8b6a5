/**
 * "Done when" (issue 3): the seed article and entity-swapped variants written for Vigil
 * (fixtures/reports) yield the same shape of intelligence: the intrusion as a campaign attributed to the
 * intrusion set with high confidence, the set attributed to its state organ, the government body as the
 * victim, the start date (the campaign's first_seen), the countries, the EU/NATO as organizations, and
 * no spurious actor or malware.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPath, seedPath } from '../../../../../test-support/data.ts';
import { describeWhen } from '../../../../../test-support/absent.ts';
import { loadKnowledgeFromData } from '../../../../../test-support/knowledge.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../analysis/types.ts';
import { extractDates } from '../dates/extract-dates.ts';
import { datedCampaigns } from '../dates/reported-period.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../entities/knowledge-index.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { splitSentences } from '../sentences.ts';
import { extractRelations } from './extract-relations.ts';

interface Scenario {
  readonly name: string;
  readonly path: () => string | undefined;
  readonly published: string;
  readonly actor: { readonly externalId: string; readonly ref: string };
  readonly sponsor: { readonly name: string; readonly country: string };
  readonly victim: { readonly name: string; readonly country: string };
  readonly since: string;
  readonly locations: readonly string[];
  readonly organizations: readonly string[];
  readonly notActors: readonly string[];
}

const fixture = (name: string) => () =>
  fileURLToPath(new URL(`../../../../../fixtures/reports/${name}`, import.meta.url));

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'seed: Czech foreign ministry, APT31',
    path: () => seedPath('czech-mfa-apt31-article.txt'),
    published: '2025-05-28',
    actor: { externalId: 'G0128', ref: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b' },
    sponsor: { name: 'Ministry of State Security', country: 'CN' },
    victim: { name: 'Ministry of Foreign Affairs of Czechia', country: 'CZ' },
    since: '2022',
    locations: ['CZ', 'CN', 'US', 'GB'],
    organizations: ['European Union'],
    notActors: ['EU', 'NIST', 'Czech'],
  },
  {
    name: 'variant: Polish defence ministry, APT28',
    path: fixture('poland-mod-apt28.txt'),
    published: '2025-06-10',
    actor: { externalId: 'G0007', ref: 'intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c' },
    sponsor: { name: 'GRU', country: 'RU' },
    victim: { name: 'Ministry of Defence of Poland', country: 'PL' },
    since: '2023',
    locations: ['PL', 'RU', 'GB', 'NL', 'DE', 'FR'],
    organizations: ['North Atlantic Treaty Organization'],
    notActors: ['NATO', 'NIST', 'Polish', 'ENISA'],
  },
  {
    name: 'variant: Finnish parliament, APT31',
    path: fixture('finland-parliament-apt31.txt'),
    published: '2021-03-18',
    actor: { externalId: 'G0128', ref: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b' },
    sponsor: { name: 'Ministry of State Security', country: 'CN' },
    victim: { name: 'Parliament of Finland', country: 'FI' },
    since: '2020',
    locations: ['FI', 'CN', 'US', 'GB'],
    organizations: ['European Union'],
    notActors: ['EU', 'NIST', 'Finnish', 'Supo'],
  },
  {
    name: 'variant: German interior ministry, APT29',
    path: fixture('germany-interior-apt29.txt'),
    published: '2024-02-01',
    actor: { externalId: 'G0016', ref: 'intrusion-set--899ce53f-13a0-479b-a0e4-67d46e241542' },
    sponsor: { name: 'SVR', country: 'RU' },
    victim: { name: 'Ministry of the Interior of Germany', country: 'DE' },
    since: '2021',
    locations: ['DE', 'RU', 'US', 'GB', 'FR', 'NL'],
    organizations: ['European Union'],
    notActors: ['EU', 'NIST', 'German', 'BSI'],
  },
  {
    name: 'variant in other words: Norway blamed APT31 for the hack of its foreign ministry',
    path: fixture('norway-mfa-apt31-blamed.txt'),
    published: '2024-11-04',
    actor: { externalId: 'G0128', ref: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b' },
    sponsor: { name: 'Ministry of State Security', country: 'CN' },
    victim: { name: 'Ministry of Foreign Affairs of Norway', country: 'NO' },
    since: '2021',
    locations: ['NO', 'CN', 'US', 'GB'],
    organizations: ['European Union'],
    notActors: ['EU', 'NIST', 'Norway', 'Beijing'],
  },
];

let index: KnowledgeIndex;
/** The same knowledge after earlier reports stored their state organs as threat actors. */
let withStoredOrgans: KnowledgeIndex;
const haveKnowledge = dataPath('mitre-attack', 'enterprise-attack.json') && dataPath('misp-galaxy');

describeWhen(
  haveKnowledge,
  'threat report scenarios (needs VIGIL_DATA_DIR)',
  'needs ATT&CK and MISP galaxies under VIGIL_DATA_DIR (absent)',
  () => {
    beforeAll(() => {
      const { entries } = loadKnowledgeFromData();
      index = buildKnowledgeIndex(entries);
      withStoredOrgans = buildKnowledgeIndex([
        ...entries,
        ...SCENARIOS.map(({ sponsor }, i) => ({
          id: `threat-actor--00000000-0000-4000-8000-00000000000${i}` as const,
          type: 'threat-actor' as const,
          name: sponsor.name,
          aliases: [sponsor.name],
        })),
      ]);
    });

    for (const scenario of SCENARIOS) {
      describe(scenario.name, () => {
        let entities: ExtractedEntity[] = [];
        let relations: ExtractedRelation[] = [];
        let text = '';
        const relation = (type: string, source?: string, target?: string) =>
          relations.find((r) => r.type === type && r.source === source && r.target === target);

        beforeAll(() => {
          const path = scenario.path();
          if (!path) throw new Error(`${scenario.name}: file absent (VIGIL_DATA_DIR/../seed?)`);
          text = readFileSync(path, 'utf8');
          const sentences = splitSentences(text);
          entities = extractEntities(text, sentences, index);
          relations = extractRelations(text, sentences, entities);
        });

        const actor = () => entities.find((e) => e.externalId === scenario.actor.externalId);
        const sponsor = () =>
          entities.find((e) => e.type === 'threat-actor' && e.name === scenario.sponsor.name);
        const victim = () => entities.find((e) => e.name === scenario.victim.name);
        const campaign = () => entities.find((e) => e.type === 'campaign');

        it('resolves the intrusion set to its ATT&CK group', () => {
          expect(actor()).toMatchObject({ type: 'intrusion-set', ref: scenario.actor.ref });
        });

        it('attributes the intrusion (a campaign) to the intrusion set with high confidence', () => {
          const found = relation('attributed-to', campaign()?.key, actor()?.key);
          expect(found?.confidence).toBeGreaterThanOrEqual(80);
          expect(found?.evidence.length).toBeGreaterThan(0);
          for (const e of found?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
        });

        it('attributes the intrusion set to the state organ, a nation-state actor located in its country', () => {
          const organ = sponsor();
          expect(organ?.properties).toMatchObject({ threat_actor_types: ['nation-state'] });
          expect(relation('attributed-to', actor()?.key, organ?.key)).toBeDefined();
          expect(
            relation('located-at', organ?.key, `location:${scenario.sponsor.country}`),
          ).toBeDefined();
        });

        it('targets the government body, an identity of sector government-national in the victim state', () => {
          const body = victim();
          expect(body).toMatchObject({
            type: 'identity',
            properties: { identity_class: 'organization', sectors: ['government-national'] },
          });
          expect(relation('targets', campaign()?.key, body?.key)).toBeDefined();
          expect(
            relation('located-at', body?.key, `location:${scenario.victim.country}`),
          ).toBeDefined();
        });

        it('dates the activity from its start', () => {
          const dates = extractDates(text, splitSentences(text), { published: scenario.published });
          expect(dates).toContainEqual(
            expect.objectContaining({ role: 'since', value: scenario.since }),
          );
        });

        it('gives the campaign the stated start as first_seen, citing the words that state it', () => {
          const sentences = splitSentences(text);
          const dates = extractDates(text, sentences, { published: scenario.published });
          const dated = datedCampaigns({ text, sentences, entities, dates });
          const found = dated.find((e) => e.key === campaign()?.key);
          expect(found?.properties?.first_seen).toBe(`${scenario.since}-01-01T00:00:00.000Z`);
          expect(found?.properties?.last_seen).toBeUndefined();
          const stating = found?.mentions.filter((m) => !campaign()?.mentions.includes(m)) ?? [];
          expect(stating.map((m) => m.text)).toEqual([
            expect.stringMatching(new RegExp(`^(?:since|as early as) ${scenario.since}$`, 'u')),
          ]);
          for (const m of stating) expect(text.slice(m.start, m.end)).toBe(m.text);
        });

        it('finds the countries and the international organizations (never as countries)', () => {
          const countries = entities.filter((e) => e.type === 'location').map((e) => e.externalId);
          expect(countries).toEqual(expect.arrayContaining([...scenario.locations]));
          for (const name of scenario.organizations) {
            expect(entities.find((e) => e.name === name)).toMatchObject({
              type: 'identity',
              properties: { identity_class: 'organization' },
            });
          }
        });

        it('reads the same relations when the state organ is already in the store', () => {
          const sentences = splitSentences(text);
          const stored = extractEntities(text, sentences, withStoredOrgans);
          const again = extractRelations(text, sentences, stored);
          const shape = (list: readonly ExtractedRelation[]) =>
            list.map((r) => `${r.source} ${r.type} ${r.target} ${r.confidence}`).sort();
          expect(shape(again)).toEqual(shape(relations));
          expect(stored.find((e) => e.key === sponsor()?.key)?.ref).toMatch(
            /^threat-actor--0{8}-/u,
          );
        });

        it('finds no malware and no spurious actor', () => {
          expect(entities.filter((e) => e.type === 'malware' || e.type === 'tool')).toEqual([]);
          const actors = entities.filter(
            (e) => e.type === 'intrusion-set' || e.type === 'threat-actor',
          );
          expect(actors.map((e) => e.key).sort()).toEqual([actor()?.key, sponsor()?.key].sort());
          for (const word of scenario.notActors) {
            expect(actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain(word);
          }
        });
      });
    }
  },
);
