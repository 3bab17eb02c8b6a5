/**
 * Every actor, malware and tool mention Vigil finds in the texts rules may be read on (AnnoCTR train, dev
 * and the 280 unannotated "ext" texts, and TRAM; never AnnoCTR test), grouped by entity, mention as
 * written, rule and whether the knowledge holds it, with a count, the reports it is in and one sentence:
 * the list read for names that are not names (QUALITY.md, eighth session).
 * Run: `VIGIL_DATA_DIR=../shared/data npx tsx bench/mention-audit.ts > mentions.tsv`.
 */
import { readFileSync } from 'node:fs';
import { normalizeReportText, splitSentences } from '@vigil/core';
import { extractEntities } from '../packages/core/src/extract/entities/extract-entities.ts';
import { buildKnowledgeIndex } from '../packages/core/src/extract/entities/knowledge-index.ts';
import { dataPath } from '../test-support/data.ts';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';
import { readTram } from '../test-support/tram.ts';

const NAMED = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool']);
/** Characters of context shown on each side of the mention, inside its sentence. */
const CONTEXT = 80;

function readableTexts(): [string, string][] {
  const splits = dataPath('annoctr', 'splits.tsv');
  const tram = dataPath('mitre-tram', 'tram2_annotated_reports.jsonl');
  if (!splits || !tram) throw new Error('needs VIGIL_DATA_DIR with annoctr/ and mitre-tram/');
  const texts: [string, string][] = [];
  for (const line of readFileSync(splits, 'utf8').trim().split('\n')) {
    const [name, split] = line.split('\t');
    if (!name || split === 'test') continue;
    texts.push([name, readFileSync(dataPath('annoctr', 'text', `${name}.txt`)!, 'utf8')]);
  }
  readTram(tram).forEach((report, i) => texts.push([`tram:${i}`, report.text]));
  return texts;
}

const index = buildKnowledgeIndex(loadKnowledgeFromData().entries);
const groups = new Map<string, { mentions: number; reports: Set<string>; example: string }>();
let total = 0;
for (const [name, raw] of readableTexts()) {
  const text = normalizeReportText(raw);
  const sentences = splitSentences(text);
  for (const e of extractEntities(text, sentences, index)) {
    if (!NAMED.has(e.type)) continue;
    for (const m of e.mentions) {
      total++;
      const key = [e.type, e.name, m.text, e.via ?? '', e.ref ? 'known' : 'new'].join('\t');
      const s = sentences[m.sentence] ?? { start: 0, end: text.length };
      const example = text
        .slice(Math.max(s.start, m.start - CONTEXT), Math.min(s.end, m.end + CONTEXT))
        .replace(/\s+/gu, ' ');
      const group = groups.get(key) ?? { mentions: 0, reports: new Set<string>(), example };
      group.mentions++;
      group.reports.add(name);
      groups.set(key, group);
    }
  }
}
console.log('type\tentity\tmention\trule\tknowledge\tmentions\treports\tsentence');
for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key}\t${g.mentions}\t${g.reports.size}\t${g.example}`);
}
console.error(`${total} mentions in ${groups.size} groups`);
