/**
 * Prints the AnnoCTR entity-recognition figures for QUALITY.md:
 *   VIGIL_DATA_DIR=../shared/data npx tsx bench/quality-entities.ts [--errors train|dev] [--prose] [--tram]
 * Per split (train, dev, test) and per type: precision, recall, F1, with the knowledge (ATT&CK + MISP
 * galaxies) loaded and with an empty knowledge (new names found by naming schemes and context only).
 * --tram lists the new names (not in the knowledge) found in the 151 TRAM reports, which carry no entity gold:
 * a check of discovery rules on texts no rule was tuned on.
 */
import { readFileSync } from 'node:fs';
import { requiredDataPath } from '../test-support/data.ts';
import { extractEntities } from '../packages/core/src/extract/entities/extract-entities.ts';
import { splitSentences } from '../packages/core/src/extract/sentences.ts';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';
import { buildKnowledgeIndex } from '../packages/core/src/extract/entities/knowledge-index.ts';
import { evaluate, SCORE_CLASSES, readBio } from './quality-annoctr.ts';
import {
  isActorOrMalware,
  proseFindings,
  proseSentences,
  taggedElsewhere,
  type ProseFinding,
} from './quality-prose.ts';

const split = (name: string) =>
  readBio(
    requiredDataPath('annoctr', 'ner_bio', `${name}.bio`),
    requiredDataPath('annoctr', 'text'),
    requiredDataPath('annoctr', 'splits.tsv'),
    name,
  );

const errorsFor = process.argv.includes('--errors') ? process.argv.at(-1) : undefined;
const full = buildKnowledgeIndex(loadKnowledgeFromData().entries);
const empty = buildKnowledgeIndex([]);
const pct = (x: number): string => x.toFixed(3);

console.log('| split | knowledge | type | gold | precision | recall | F1 |');
console.log('|---|---|---|---|---|---|---|');
/** Where each split's missed GROUP mentions sit (with the knowledge): counts per document, no text. */
const groupMisses: string[] = [];
for (const name of ['train', 'dev', 'test']) {
  const docs = split(name);
  for (const [label, index] of [
    ['ATT&CK+MISP', full],
    ['empty', empty],
  ] as const) {
    const { byClass, errors, missesPerDocument } = evaluate(docs, index);
    if (index === full) groupMisses.push(missConcentration(name, missesPerDocument.GROUP));
    for (const type of SCORE_CLASSES) {
      const s = byClass[type];
      console.log(
        `| ${name} | ${label} | ${type} | ${s.tp + s.fn} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`,
      );
    }
    if (errorsFor === name && label === (process.env.ERRMODE ?? 'ATT&CK+MISP')) {
      const tally = new Map<string, number>();
      for (const e of errors) {
        const k = `${e.kind} ${e.type} ${e.text}`;
        tally.set(k, (tally.get(k) ?? 0) + 1);
      }
      const sorted = [...tally].sort((a, b) => b[1] - a[1]).slice(0, 150);
      console.error(sorted.map(([k, n]) => `${n}\t${k}`).join('\n'));
      const contexts = process.env.CONTEXT ? new RegExp(process.env.CONTEXT, 'u') : undefined;
      for (const e of errors) {
        if (contexts?.test(e.text)) console.error(`${e.kind} ${e.type} [${e.text}] … ${e.context}`);
      }
    }
  }
}

console.log(
  '\n| split | documents | missed GROUP mentions | documents holding them | the two largest shares |',
);
console.log('|---|---|---|---|---|');
for (const row of groupMisses) console.log(row);

function missConcentration(name: string, perDocument: readonly number[]): string {
  const sorted = [...perDocument].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  const holding = sorted.filter((n) => n > 0).length;
  const top = sorted.slice(0, 2).join(' + ');
  return `| ${name} | ${perDocument.length} | ${total} | ${holding} | ${top} |`;
}

// Ordinary prose: sentences without actor/malware tags, and trap phrases.
const proseFiles = {
  annoctr: ['train', 'dev', 'test'].map((s) => requiredDataPath('annoctr', 'ner_bio', `${s}.bio`)),
  cyner: ['train', 'valid', 'test'].map((s) => requiredDataPath('cyner-ner', `${s}.txt`)),
};
const prose = proseSentences(proseFiles.annoctr, proseFiles.cyner);
const findings = proseFindings(prose, full);
const actorOrMalware = findings.filter((f) => isActorOrMalware(f.entity));
const sentencesWith = (list: readonly ProseFinding[], corpus: string): number =>
  new Set(list.filter((f) => f.sentence.corpus === corpus).map((f) => f.sentence)).size;
console.log(
  '\n| corpus | sentences | with an actor or malware | rate | with an actor, malware or tool | rate | ' +
    'actor/malware findings on a name the document tags elsewhere |',
);
console.log('|---|---|---|---|---|---|---|');
for (const corpus of ['annoctr', 'cyner', 'trap'] as const) {
  const n = Math.max(prose.filter((s) => s.corpus === corpus).length, 1);
  const strict = sentencesWith(actorOrMalware, corpus);
  const withTools = sentencesWith(findings, corpus);
  const mine = actorOrMalware.filter((f) => f.sentence.corpus === corpus);
  const gaps =
    corpus === 'annoctr'
      ? `${mine.filter(taggedElsewhere).length} of ${mine.length}`
      : 'n/a (no document marks)';
  console.log(
    `| ${corpus} | ${n} | ${strict} | ${pct(strict / n)} | ${withTools} | ${pct(withTools / n)} | ${gaps} |`,
  );
}
if (process.argv.includes('--prose')) {
  // Findings of the tuning splits only: the AnnoCTR test split is for the final figures, not for reading.
  const readable = findings.filter((f) => f.sentence.file !== proseFiles.annoctr[2]);
  const tally = new Map<string, number>();
  for (const f of readable) {
    const gap = taggedElsewhere(f) ? ' [tagged elsewhere in its document]' : '';
    const k = `${f.sentence.corpus} ${f.entity.type} ${f.entity.mentions.map((m) => m.text).join('/')} (${f.entity.via})${gap}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  console.error(
    [...tally]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n}\t${k}`)
      .join('\n'),
  );
}

if (process.argv.includes('--tram')) {
  // New names only: dictionary hits are the knowledge's, discoveries are the rules'.
  const discovered = /^(?:name-shape|naming-context|naming-scheme:)/u;
  const names = new Map<string, number>();
  for (const line of readFileSync(
    requiredDataPath('mitre-tram', 'tram2_annotated_reports.jsonl'),
    'utf8',
  ).split('\n')) {
    if (!line.trim()) continue;
    const report: unknown = JSON.parse(line);
    const text = (report as { text?: unknown }).text;
    if (typeof text !== 'string') continue;
    for (const e of extractEntities(text, splitSentences(text), full)) {
      if ((e.type !== 'malware' && e.type !== 'intrusion-set') || !discovered.test(e.via)) continue;
      const k = `${e.type} ${e.via.split(':')[0] ?? ''}\t${e.name}`;
      names.set(k, (names.get(k) ?? 0) + e.mentions.length);
    }
  }
  const byRule = new Map<string, { names: number; mentions: number }>();
  for (const [k, n] of names) {
    const rule = k.split('\t')[0] ?? '';
    const r = byRule.get(rule) ?? { names: 0, mentions: 0 };
    byRule.set(rule, { names: r.names + 1, mentions: r.mentions + n });
  }
  console.log('\n| TRAM new names: type and rule | names | mentions |\n|---|---|---|');
  for (const [rule, r] of [...byRule].sort())
    console.log(`| ${rule} | ${r.names} | ${r.mentions} |`);
  console.error(
    [...names]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n}\t${k}`)
      .join('\n'),
  );
}
