/**
 * Indicators tied to an actor because the sentence says the actor ran them, and not otherwise; through
 * to the STIX bundle, where `vigil hunt --actor` follows the `indicates` relationship.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../analysis/types.ts';
import { analysisToStix } from '../../analyze/to-stix.ts';
import { provenanceOf } from '../../analyze/provenance.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { buildKnowledgeIndex } from '../entities/knowledge-index.ts';
import { extractIndicators } from '../ioc/extract.ts';
import { splitSentences } from '../sentences.ts';
import { extractRelations } from './extract-relations.ts';
import { indicatorOperators } from './indicator-operators.ts';

const ZIRCONIUM = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';
const KNOWLEDGE: KnowledgeEntry[] = [
  { id: ZIRCONIUM, type: 'intrusion-set', name: 'APT31', aliases: [], externalId: 'G0128' },
  {
    id: 'intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c',
    type: 'intrusion-set',
    name: 'APT28',
    aliases: [],
    externalId: 'G0007',
  },
];
const index = buildKnowledgeIndex(KNOWLEDGE);

function analyze(text: string): Analysis {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, index);
  return {
    text,
    sentences,
    entities,
    relations: extractRelations(text, sentences, entities),
    indicators: extractIndicators(text, { sentences }),
    dates: [],
  };
}

function operators(text: string): string[] {
  const a = analyze(text);
  return indicatorOperators(a.text, a.sentences, a.entities, a.indicators)
    .map((r) => `${r.source} -> ${r.target}${r.confidence === undefined ? '' : ` ${r.confidence}`}`)
    .sort();
}

describe('indicatorOperators', () => {
  it('ties every indicator the actor is said to have used to that actor', () => {
    expect(
      operators(
        'APT31 used the servers 5.188.86.172 and update-check[.]example[.]net in the campaign.',
      ),
    ).toEqual([
      'domain-name:update-check.example.net -> intrusion-set:G0128',
      'ipv4-addr:5.188.86.172 -> intrusion-set:G0128',
    ]);
    // A long list after one verb is still its object.
    const hosts = Array.from({ length: 12 }, (_, i) => `198.51.100.${i + 1}`);
    expect(
      operators(`APT31 operated ${hosts.join(', ')} and c2-relay[.]example[.]org.`),
    ).toHaveLength(13);
  });

  it('takes the confidence of the sentence, the nearest subject, and the agent of a passive', () => {
    expect(
      operators(
        'APT28 targeted the ministry, and APT31 has almost certainly registered evil-cdn[.]example[.]org.',
      ),
    ).toEqual(['domain-name:evil-cdn.example.org -> intrusion-set:G0128 95']);
    expect(operators('The server 5.188.86.172 was operated by APT28 in 2023.')).toEqual([
      'ipv4-addr:5.188.86.172 -> intrusion-set:G0007',
    ]);
  });

  it('reads a sentence naming hundreds of actors and indicators: each to the actor right before it', () => {
    const clauses = Array.from({ length: 150 }, (_, i) =>
      i % 2 === 0 ? `APT31 used 198.51.100.${i + 1}` : `APT28 used 203.0.113.${i + 1}`,
    );
    const found = operators(`${clauses.join(', and ')}.`);
    expect(found).toHaveLength(150);
    for (const line of found) {
      const actor = line.startsWith('ipv4-addr:198.51.100.') ? 'G0128' : 'G0007';
      expect(line).toMatch(new RegExp(`-> intrusion-set:${actor}$`, 'u'));
    }
    // A passive's agent counts within a few words only, however long the sentence runs on.
    const filler = Array.from({ length: 400 }, () => 'traffic').join(' ');
    expect(operators(`The server 5.188.86.172 carried ${filler} operated by APT28.`)).toEqual([]);
  });

  it('states nothing when the actor is not the one running the indicator', () => {
    expect(operators('APT31 has not used 5.188.86.172.')).toEqual([]);
    expect(operators('APT31 targets hosts that used 5.188.86.172.')).toEqual([]);
    expect(operators('Researchers tracking APT31 blocked 5.188.86.172.')).toEqual([]);
    expect(
      operators('APT31 was active. The server 5.188.86.172 was used in the campaign.'),
    ).toEqual([]);
    expect(
      operators(
        'APT31 used spear-phishing e-mails with malicious attachments against ministries, and researchers later sinkholed 5.188.86.172.',
      ),
    ).toEqual([]);
    expect(
      operators(
        'APT31 has used the Discord CDN in other [campaigns](https://vendor-blog.example.com/apt31-post).',
      ),
    ).toEqual([]);
    expect(operators('APT31 uses T1566.002 and CVE-2021-44228.')).toEqual([]);
  });
});

describe('indicators in the STIX bundle', () => {
  it('indicate the actor the text says ran them, with confidence and evidence, without an attribution', () => {
    const text = 'APT31 probably used the server 5.188.86.172 in the campaign.';
    const { objects, report } = analysisToStix(analyze(text), { ingested: '2025-01-01T00:00:00Z' });
    const indicates = objects.filter(
      (o) => o.type === 'relationship' && o.relationship_type === 'indicates',
    );
    expect(indicates).toEqual([expect.objectContaining({ target_ref: ZIRCONIUM, confidence: 70 })]);
    const evidence = provenanceOf(report)?.evidence?.find((e) => e.object_ref === indicates[0]?.id);
    expect(evidence?.spans[0]).toMatchObject({ start: 0, end: text.length });
  });
});
