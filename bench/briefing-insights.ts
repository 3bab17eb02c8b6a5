/**
 * One essential insight of the briefing on each of the 551 corpus reports, where its text matches a pattern:
 * how many reports a briefing rule reaches, and which ("how" "Techniques:" lists the How lines naming techniques).
 * Figures only, never assertions.
 * Run: `VIGIL_DATA_DIR=../shared/data npx tsx bench/briefing-insights.ts <topic> [pattern]`.
 */
import { analyzeReport, composeBriefing } from '@vigil/core';
import { corpusAnalyzeOptions } from './pipeline-options.ts';
import { reportCorpus } from './report-corpus.ts';

const [topic, pattern = ''] = process.argv.slice(2);
if (!topic) {
  console.error(
    'usage: briefing-insights.ts <topic> [pattern]  (topics: who, what, how, against-whom, …)',
  );
  process.exit(2);
}
const matches = new RegExp(pattern, 'u');
const options = corpusAnalyzeOptions();
const NOW = '2026-12-01T00:00:00Z';
const texts = reportCorpus();
let reached = 0;
texts.forEach((text, i) => {
  const title = text.split('\n', 1)[0]!.slice(0, 80);
  const analysis = analyzeReport(text, { ...options, published: NOW });
  const briefing = composeBriefing({ now: NOW, report: { title, tlp: 'clear', analysis } });
  const insight = briefing.insights.content.find((x) => x.topic === topic && matches.test(x.text));
  if (!insight) return;
  reached++;
  console.log(`${i}\t${title.slice(0, 60)}\t${insight.text.slice(0, 300)}`);
});
console.log(`${reached} of ${texts.length} reports: a "${topic}" insight matching /${pattern}/`);
