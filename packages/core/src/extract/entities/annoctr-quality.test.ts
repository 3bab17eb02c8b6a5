/**
 * Regression guard for entity recognition quality (QUALITY.md, "Entities"): AnnoCTR test split scored
 * against its human gold spans, and ordinary prose that must stay free of actors and malware. Floors sit
 * a little under the figures measured with `npx tsx bench/quality-entities.ts`.
 */
import { beforeAll, expect, it } from 'vitest';
import { evaluate, readBio, type Evaluation } from '../../../../../bench/quality-annoctr.ts';
import {
  isActorOrMalware,
  proseFindings,
  proseSentences,
  TRAP_SENTENCES,
} from '../../../../../bench/quality-prose.ts';
import { dataPath } from '../../../../../test-support/data.ts';
import { describeWhen } from '../../../../../test-support/absent.ts';
import { loadKnowledgeFromData } from '../../../../../test-support/knowledge.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.ts';

const bio = dataPath('annoctr', 'ner_bio', 'test.bio');
const texts = dataPath('annoctr', 'text');
const splits = dataPath('annoctr', 'splits.tsv');
const cyner = dataPath('cyner-ner', 'test.txt');
const ready = bio && texts && splits && cyner && dataPath('mitre-attack', 'enterprise-attack.json');

describeWhen(
  ready,
  'AnnoCTR test split and ordinary prose (needs VIGIL_DATA_DIR)',
  'needs AnnoCTR, CyNER and ATT&CK under VIGIL_DATA_DIR (absent)',
  () => {
    let full: KnowledgeIndex;
    let withKnowledge: Evaluation;
    let withoutKnowledge: Evaluation;

    beforeAll(() => {
      full = buildKnowledgeIndex(loadKnowledgeFromData().entries);
      const docs = readBio(bio ?? '', texts ?? '', splits ?? '', 'test');
      withKnowledge = evaluate(docs, full);
      withoutKnowledge = evaluate(docs, buildKnowledgeIndex([]));
    });

    it('keeps F1 per type with the knowledge loaded', () => {
      expect(withKnowledge.byClass.GROUP.f1).toBeGreaterThanOrEqual(0.62);
      expect(withKnowledge.byClass.MALWARE.f1).toBeGreaterThanOrEqual(0.8);
      expect(withKnowledge.byClass.SOFTWARE.f1).toBeGreaterThanOrEqual(0.76);
      expect(withKnowledge.byClass.LOC.f1).toBeGreaterThanOrEqual(0.82);
    });

    it('keeps discovering new names with an empty knowledge', () => {
      expect(withoutKnowledge.byClass.GROUP.f1).toBeGreaterThanOrEqual(0.54);
      expect(withoutKnowledge.byClass.MALWARE.f1).toBeGreaterThanOrEqual(0.74);
    });

    it('finds no actor or malware in the trap phrases', () => {
      const traps = proseSentences([], []).filter((s) => s.corpus === 'trap');
      expect(traps).toHaveLength(TRAP_SENTENCES.length);
      expect(proseFindings(traps, full).map((f) => f.entity.name)).toEqual([]);
    });

    it('rarely finds an actor or malware in untagged report and CyNER sentences', () => {
      const sentences = proseSentences([bio ?? ''], [cyner ?? '']);
      const findings = proseFindings(sentences, full);
      const rate = (list: typeof findings) =>
        new Set(list.map((f) => f.sentence)).size / sentences.length;
      expect(sentences.length).toBeGreaterThan(2500);
      // The criterion (actors and malware), then with ATT&CK tools (cmd, netstat) counted too.
      expect(rate(findings.filter((f) => isActorOrMalware(f.entity)))).toBeLessThan(0.035);
      expect(rate(findings)).toBeLessThan(0.04);
    });
  },
);
