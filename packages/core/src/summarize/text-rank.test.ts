import { describe, expect, it } from 'vitest';
import { splitSentences } from '../extract/sentences.ts';
import { excludedRanges, findHeadings, insideAny } from './headed-sections.ts';
import { summarize } from './text-rank.ts';

const REPORT = [
  'Overview',
  'Harbor Panda sent spearphishing emails to port authority staff in March 2025. The emails carried links to a fake login page hosted on a lookalike domain. Staff who entered passwords gave the group access to webmail. The group then read mail about shipping schedules and customs inspections for several weeks.',
  '',
  'Key takeaways',
  'Phishing remains the main way in for this group and staff should be careful with links.',
  '',
  'Recommendations',
  'Enable multi-factor authentication for webmail and train staff to report phishing emails.',
].join('\n');

describe('headed sections', () => {
  it('finds summary and advice headings and excludes their sections', () => {
    const roles = findHeadings(REPORT).map((h) => [h.text, h.role]);
    expect(roles).toEqual([
      ['Overview', 'body'],
      ['Key takeaways', 'summary'],
      ['Recommendations', 'advice'],
    ]);
    const excluded = excludedRanges(REPORT);
    expect(excluded).toEqual([{ start: REPORT.indexOf('Key takeaways'), end: REPORT.length }]);
  });

  it('ends an excluded section at the next body heading', () => {
    const text = 'Mitigation Steps\nPatch now.\nTechnical Details\nThe actor used a loader.';
    const [range] = excludedRanges(text);
    expect(range).toEqual({ start: 0, end: text.indexOf('Technical Details') });
  });
});

describe('summarize', () => {
  const sentences = splitSentences(REPORT);
  const excludedSpans = excludedRanges(REPORT);
  const excluded = new Set(sentences.flatMap((s, i) => (insideAny(s, excludedSpans) ? [i] : [])));

  it('returns sentences in source order, never excluded ones', () => {
    const chosen = summarize(REPORT, sentences, { maxSentences: 3, excluded });
    expect(chosen.length).toBe(3);
    expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
    for (const i of chosen) expect(excluded.has(i)).toBe(false);
  });

  it('favours sentences with entity weight', () => {
    const target = sentences.findIndex((s) =>
      REPORT.slice(s.start, s.end).startsWith('The group then read'),
    );
    const weights = new Map([[target, 10]]);
    expect(summarize(REPORT, sentences, { maxSentences: 1, excluded, weights })).toEqual([target]);
  });

  it('bounds the graph on a huge input', () => {
    const big = Array.from(
      { length: 5000 },
      (_, i) => `Sentence number ${i} talks about servers, routers and logs in detail.`,
    ).join(' ');
    const spans = splitSentences(big);
    const chosen = summarize(big, spans, { maxSentences: 5, maxCandidates: 50 });
    expect(chosen.length).toBe(5);
    expect(Math.max(...chosen)).toBeLessThan(spans.length);
  });
});
