/**
 * How many names the knowledge knows would Vigil find without it? Over the 151 TRAM reports (no entity
 * gold), the group and malware mentions found with the knowledge (ATT&CK + MISP galaxies) are a silver
 * standard; the same reports are then read with an empty knowledge, and each silver mention counts as found
 * when the same span comes out as the same type. Discovery of new names is what AnnoCTR's empty-knowledge
 * rows measure on gold; this is a larger, silver check of the same rules on other vendors' texts.
 *   VIGIL_DATA_DIR=../shared/data npx tsx bench/quality-discovery.ts [--misses]
 * --misses lists the silver mentions not found, by text (and by the type found instead).
 */
import { readFileSync } from 'node:fs';
import type { ExtractedEntity } from '../packages/core/src/analysis/types.ts';
import { extractEntities } from '../packages/core/src/extract/entities/extract-entities.ts';
import { buildKnowledgeIndex } from '../packages/core/src/extract/entities/knowledge-index.ts';
import { splitSentences } from '../packages/core/src/extract/sentences.ts';
import { dataPath } from '../test-support/data.ts';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';

const path = dataPath('mitre-tram', 'tram2_annotated_reports.jsonl');
if (!path) throw new Error('needs VIGIL_DATA_DIR/mitre-tram/tram2_annotated_reports.jsonl');
const full = buildKnowledgeIndex(loadKnowledgeFromData().entries);
const empty = buildKnowledgeIndex([]);
const TYPES = ['intrusion-set', 'malware'] as const;

interface Tally {
  silver: number;
  found: number;
  otherType: number;
  readonly misses: Map<string, number>;
}
const tallies = new Map<string, Tally>(
  TYPES.map((t) => [t, { silver: 0, found: 0, otherType: 0, misses: new Map() }]),
);

const spanKey = (m: { start: number; end: number }): string => `${m.start}:${m.end}`;
const typesBySpan = (entities: readonly ExtractedEntity[]): Map<string, string> => {
  const bySpan = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) bySpan.set(spanKey(m), e.type);
  return bySpan;
};

for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const text = (JSON.parse(line) as { text?: unknown }).text;
  if (typeof text !== 'string') continue;
  const sentences = splitSentences(text);
  const silver = extractEntities(text, sentences, full);
  const without = typesBySpan(extractEntities(text, sentences, empty));
  for (const e of silver) {
    const tally = tallies.get(e.type);
    if (!tally) continue;
    for (const m of e.mentions) {
      tally.silver++;
      const type = without.get(spanKey(m));
      if (type === e.type) {
        tally.found++;
        continue;
      }
      if (type) tally.otherType++;
      const key = `${text.slice(m.start, m.end)}${type ? ` (as ${type})` : ''}`;
      tally.misses.set(key, (tally.misses.get(key) ?? 0) + 1);
    }
  }
}

console.log(
  '| TRAM, type | mentions found with the knowledge | found again without it | share | found as another type |',
);
console.log('|---|---|---|---|---|');
for (const [type, t] of tallies) {
  console.log(
    `| ${type} | ${t.silver} | ${t.found} | ${(t.found / Math.max(t.silver, 1)).toFixed(3)} | ${t.otherType} |`,
  );
}
if (process.argv.includes('--misses')) {
  for (const [type, t] of tallies) {
    console.error(`\n${type}: mentions not found again, by text`);
    const sorted = [...t.misses].sort((a, b) => b[1] - a[1]).slice(0, 60);
    console.error(sorted.map(([k, n]) => `${n}\t${k}`).join('\n'));
  }
}
