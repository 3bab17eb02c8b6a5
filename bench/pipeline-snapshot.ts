/**
 * Snapshot of analyzeReport over the 551 real report texts (knowledge and MISP warning lists loaded as in
 * pipeline.bench.ts), to prove a speed change leaves the output alone: `--save <file>` writes, per report,
 * a SHA-256 of the whole Analysis JSON, its counts and one line per fact (entity, relation, indicator,
 * date, sentence); `--compare <file>` re-runs and prints the facts that appeared and disappeared.
 * Run: `VIGIL_DATA_DIR=<data> npx tsx bench/pipeline-snapshot.ts --save /tmp/pipeline-before.json`,
 * change the code, then `... --compare /tmp/pipeline-before.json` (exit code 1 when anything differs; totals by
 * kind before the last line, snapshot-summary.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeReport, type Analysis } from '@vigil/core';
import { corpusAnalyzeOptions } from './pipeline-options.ts';
import { reportCorpus } from './report-corpus.ts';
import { SnapshotSummary } from './snapshot-summary.ts';

interface ReportDigest {
  readonly sha256: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly facts: readonly string[];
}

/** One line per fact, so a diff of two snapshots is a set difference of lines. */
function digest(analysis: Analysis): ReportDigest {
  const { entities, relations, indicators, dates, sentences } = analysis;
  const facts = [
    ...sentences.map((s) => `sentence ${s.start}-${s.end}`),
    ...entities.map((e) => `entity ${JSON.stringify(e)}`),
    ...relations.map((r) => `relation ${JSON.stringify(r)}`),
    ...indicators.map((i) => `indicator ${JSON.stringify(i)}`),
    ...dates.map((d) => `date ${JSON.stringify(d)}`),
  ];
  return {
    sha256: createHash('sha256').update(JSON.stringify(analysis)).digest('hex'),
    counts: {
      sentences: sentences.length,
      entities: entities.length,
      relations: relations.length,
      indicators: indicators.length,
      dates: dates.length,
    },
    facts,
  };
}

function analyzeCorpus(): ReportDigest[] {
  const options = corpusAnalyzeOptions();
  return reportCorpus().map((text) => digest(analyzeReport(text, options)));
}

function compare(before: readonly ReportDigest[], after: readonly ReportDigest[]): number {
  let changed = 0;
  const summary = new SnapshotSummary();
  after.forEach((report, i) => {
    const old = before[i];
    if (old?.sha256 === report.sha256) return;
    changed++;
    const was = new Set(old?.facts ?? []);
    const now = new Set(report.facts);
    summary.add(was, now);
    console.log(`report ${i}: ${JSON.stringify(old?.counts)} -> ${JSON.stringify(report.counts)}`);
    for (const f of was) if (!now.has(f)) console.log(`  - ${f}`);
    for (const f of now) if (!was.has(f)) console.log(`  + ${f}`);
    // Same facts, different hash: only the order of entities, relations or indicators changed.
    if ([...was].every((f) => now.has(f)) && [...now].every((f) => was.has(f))) {
      console.log('  (same facts, different order)');
    }
  });
  if (changed > 0) console.log(['totals:', ...summary.lines()].join('\n'));
  console.log(`${changed} of ${after.length} reports differ`);
  return changed;
}

function main(): void {
  const args = process.argv.slice(2);
  const save = args.indexOf('--save');
  const against = args.indexOf('--compare');
  const file = args[Math.max(save, against) + 1];
  if (!file || (save < 0 && against < 0)) {
    throw new Error('usage: pipeline-snapshot.ts --save <file> | --compare <file>');
  }
  const snapshot = analyzeCorpus();
  if (save >= 0) {
    writeFileSync(file, JSON.stringify(snapshot));
    const facts = snapshot.reduce((n, r) => n + r.facts.length, 0);
    console.log(`saved ${snapshot.length} reports, ${facts} facts to ${file}`);
    return;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as ReportDigest[];
  if (compare(before, snapshot) > 0) process.exitCode = 1;
}

main();
