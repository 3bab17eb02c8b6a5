/**
 * Snapshot of extractIndicators over the 551 real report texts, to prove a change does what it says:
 * `--save <file>` writes every indicator (type, value, defanged, mentions) and the sentence spans per
 * report as JSON; `--compare <file>` re-runs and prints what appeared and disappeared, per report.
 * Run: `VIGIL_DATA_DIR=<data> npx tsx bench/ioc-snapshot.ts --save /tmp/ioc-before.json`, change the
 * code, then `... --compare /tmp/ioc-before.json` (exit code 1 when anything differs). After the
 * reports come 20,000 generated texts (ioc-fuzz-texts.ts), reported as "fuzz <n>".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractIndicators } from '@vigil/core';
import { splitSentences } from '../packages/core/src/extract/sentences.ts';
import { fuzzTexts } from './ioc-fuzz-texts.ts';
import { reportCorpus } from './report-corpus.ts';

const FUZZ_TEXTS = 20_000;

/** One line per fact, so a diff of two snapshots is a set difference of lines. */
function facts(text: string): string[] {
  const lines = splitSentences(text).map((s) => `sentence ${s.start}-${s.end}`);
  for (const f of extractIndicators(text)) {
    const mentions = f.mentions.map((m) => `${m.start}-${m.end}#${m.sentence}`).join(',');
    const warnings = f.warnings ? ` warnings=${JSON.stringify(f.warnings)}` : '';
    lines.push(`${f.type} ${f.value}${f.defanged ? ' (defanged)' : ''} @${mentions}${warnings}`);
  }
  return lines;
}

function main(): void {
  const args = process.argv.slice(2);
  const save = args.indexOf('--save');
  const compare = args.indexOf('--compare');
  const file = args[Math.max(save, compare) + 1];
  if (!file || (save < 0 && compare < 0)) {
    throw new Error('usage: ioc-snapshot.ts --save <file> | --compare <file>');
  }
  const reports = reportCorpus();
  const texts = [...reports, ...fuzzTexts(FUZZ_TEXTS)];
  const snapshot = texts.map(facts);
  const label = (i: number): string =>
    i < reports.length ? `report ${i}` : `fuzz ${i - reports.length}`;
  if (save >= 0) {
    writeFileSync(file, JSON.stringify(snapshot));
    const lines = snapshot.reduce((n, r) => n + r.length, 0);
    console.log(
      `saved ${reports.length} reports and ${FUZZ_TEXTS} generated texts, ${lines} facts to ${file}`,
    );
    return;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as string[][];
  let changed = 0;
  snapshot.forEach((after, i) => {
    const lines = diffReport(before[i] ?? [], after, texts[i]!);
    if (lines.length === 0) return;
    changed++;
    console.log(`${label(i)}:`);
    for (const l of lines) console.log(`  ${l}`);
  });
  console.log(
    `${changed} of ${snapshot.length} texts differ (${reports.length} reports, then generated)`,
  );
  if (changed > 0) process.exitCode = 1;
}

/** "type value" -> its fact line; sentence lines are keyed by themselves. */
function byIndicator(lines: readonly string[]): Map<string, string> {
  return new Map(
    lines.map((l) => [l.startsWith('sentence ') ? l : l.slice(0, l.indexOf(' @')), l]),
  );
}

/** The text around an indicator's first mention, to judge it without opening the report. */
function context(line: string, text: string): string {
  const span = /@(\d+)-(\d+)/.exec(line);
  if (!span) return '';
  const [start, end] = [Number(span[1]), Number(span[2])];
  const around = `${text.slice(Math.max(0, start - 60), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`;
  return `\n      ${JSON.stringify(around)}`;
}

/** New and gone indicators, and indicators whose mentions changed (with the mention difference). */
function diffReport(before: readonly string[], after: readonly string[], text: string): string[] {
  const old = byIndicator(before);
  const now = byIndicator(after);
  const out: string[] = [];
  for (const [key, line] of old) if (!now.has(key)) out.push(`- ${line}${context(line, text)}`);
  for (const [key, line] of now) {
    const was = old.get(key);
    if (was === undefined) out.push(`+ ${line}${context(line, text)}`);
    else if (was !== line) {
      const mentions = (l: string): string[] => l.slice(l.indexOf(' @') + 2).split(/[ ,]/);
      const gone = mentions(was).filter((m) => !mentions(line).includes(m));
      const added = mentions(line).filter((m) => !mentions(was).includes(m));
      out.push(`~ ${key}: mentions -[${gone.join(',')}] +[${added.join(',')}]`);
    }
  }
  return out;
}

main();
