/**
 * A government attributes an intrusion to a state without naming a group (fixtures/reports/
 * netherlands-mod-state-actor.txt, written for Vigil after the Dutch report on COATHANGER): the intrusion
 * into the ministry is attributed to that state's actor with the confidence the source states, the
 * ministry is the Dutch one although "Chinese" stands closer to it in the title, and the People's Republic
 * of China is China.
 */
import { describe, expect, it } from 'vitest';
import { analysisToStix } from '../../analyze/to-stix.ts';
import { validateObject } from '../../stix/validate.ts';
import { buildKnowledgeIndex } from '../entities/knowledge-index.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { splitSentences } from '../sentences.ts';
import { extractRelations } from './extract-relations.ts';
import { soleSubjectUses } from './sole-subject.ts';
import { fixtureReport } from '../../../../../test-support/fixture-reports.ts';

const text = fixtureReport('netherlands-mod-state-actor.txt');
const sentences = splitSentences(text);
const entities = extractEntities(text, sentences, buildKnowledgeIndex([]));
const stated = extractRelations(text, sentences, entities);
const relations = [...stated, ...soleSubjectUses(text, sentences, entities, stated)];
const relation = (type: string, source: string, target: string) =>
  relations.find((r) => r.type === type && r.source === source && r.target === target);

describe('an intrusion attributed to a state, no group named', () => {
  const actor = entities.find((e) => e.type === 'threat-actor');
  const campaign = entities.find((e) => e.type === 'campaign');

  it('has the Dutch ministry as its victim and China, not Taiwan, among the places', () => {
    expect(entities.filter((e) => e.via === 'government-body').map((e) => e.name)).toEqual([
      'Ministry of Defence of the Netherlands',
    ]);
    expect(campaign?.name).toBe('Intrusion into the Ministry of Defence of the Netherlands');
    const places = entities.filter((e) => e.type === 'location').map((e) => e.externalId);
    expect(places).toEqual(expect.arrayContaining(['NL', 'CN']));
    expect(places).not.toContain('TW');
    // The government spoken of is the Dutch one ("Dutch Defence Minister"): its NCSC, not the UK's.
    expect(entities.find((e) => e.name.startsWith('NCSC'))?.properties?.['country']).toBe('NL');
  });

  it("is attributed to the state's actor with the source's confidence", () => {
    expect(actor).toMatchObject({
      name: 'Chinese state-sponsored actor',
      properties: { threat_actor_types: ['nation-state'], country: 'CN' },
    });
    const attributed = relation('attributed-to', campaign?.key ?? '', actor?.key ?? '');
    expect(attributed).toMatchObject({ confidence: 85, confidenceText: 'high confidence' });
    const evidence = attributed?.evidence.map((e) => text.slice(e.start, e.end)) ?? [];
    expect(evidence).toContainEqual(
      expect.stringContaining('carried out by a state-sponsored actor'),
    );
    expect(relation('located-at', actor?.key ?? '', 'location:CN')).toBeDefined();
  });

  it('is valid STIX, its describing words no aliases that would name it in later reports', () => {
    const analysis = { text, sentences, entities, relations, indicators: [], dates: [] };
    const { objects } = analysisToStix(analysis, { ingested: '2026-12-01T00:00:00.000Z' });
    const object = objects.find((o) => o.type === 'threat-actor');
    expect(object).toMatchObject({ name: 'Chinese state-sponsored actor' });
    expect(object?.aliases).toBeUndefined();
    for (const o of objects) expect(validateObject(o)).toMatchObject({ ok: true });
  });

  it('is the one acting, so what the report tells of the attackers is its', () => {
    const malware = entities.find((e) => e.type === 'malware');
    expect(malware?.name).toBe('COATHANGER');
    expect(relation('uses', actor?.key ?? '', malware?.key ?? '')).toBeDefined();
  });
});
