/**
 * Hostile or degenerate text: the analysis finishes and stays sound. Its time on such text is measured in
 * `bench/pipeline-hostile.bench.ts`, not here (no timed assertions in tests).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from './analyze-report.ts';
import { prepareKnowledge } from './knowledge.ts';

const knowledge = prepareKnowledge([]);

describe('analyzeReport on hostile input', () => {
  it('follows a chain of "aka" back only a few names, however long the chain', () => {
    const text = 'A new malware called Zorvex aka Quillmoth. '.concat(
      'Quillmoth aka Zorvex '.repeat(20_000),
    );
    const analysis = analyzeReport(text, { knowledge });
    expect(analysis.entities.map((e) => [e.type, e.name])).toEqual([['malware', 'Zorvex']]);
  });

  it('reads the state of a body one step back along a run of bodies, however long the run', () => {
    const run = 'foreign ministry and '.repeat(20_000);
    const analysis = analyzeReport(
      `The Polish government said hackers hit its ${run}defence ministry.`,
      { knowledge },
    );
    expect(analysis.entities.map((e) => e.name)).toEqual([
      'Poland',
      'Ministry of Foreign Affairs of Poland',
    ]);
  });

  it('reads each of many dates in one sentence once', () => {
    const analysis = analyzeReport(`Seen ${'since 2022, '.repeat(5_000)}at last.`, { knowledge });
    expect(analysis.dates).toHaveLength(5_000);
    expect(new Set(analysis.dates.map((d) => d.mention.start)).size).toBe(5_000);
  });
});
