import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../../test-support/data.ts';
import { evaluateTram, readTram, splitOf } from '../../../../../test-support/tram.ts';
import { splitSentences } from '../sentences.ts';
import { extractTechniques } from './extract-techniques.ts';

const ids = (text: string) =>
  extractTechniques(text, splitSentences(text)).map((e) => e.externalId);

describe('extractTechniques', () => {
  it('finds techniques described in prose, with the words that show them', () => {
    const text = 'The group sent spear-phishing emails with malicious links to diplomats.';
    const [found] = extractTechniques(text, splitSentences(text)).filter(
      (e) => e.externalId === 'T1566.002',
    );
    expect(found?.mentions.map((m) => m.text)).toEqual(['malicious links']);
    expect(ids('Persistence was set through a scheduled task created with schtasks.')).toContain(
      'T1053.005',
    );
    expect(ids('It dumps LSASS memory with procdump.')).toContain('T1003.001');
  });

  it('needs two different weak cues, not one repeated', () => {
    expect(ids('The proxy was down. The proxy came back.')).not.toContain('T1090');
    expect(ids('Traffic went through a proxy, and the proxies rotated daily.')).toContain('T1090');
  });

  it('takes a phrase inside a longer phrase of the same technique as one mention', () => {
    const text = 'The loader relies on DLL side-loading.';
    const [found] = extractTechniques(text, splitSentences(text));
    expect(found?.externalId).toBe('T1574.002');
    expect(found?.mentions.map((m) => m.text)).toEqual(['DLL side-loading']);
  });

  it('reports nothing for prose without techniques', () => {
    expect(
      ids('The minister met his counterpart and discussed trade, tourism and the weather.'),
    ).toEqual([]);
  });
});

describeWithData(
  'technique extraction on TRAM (test split)',
  ['mitre-tram', 'tram2_annotated_reports.jsonl'],
  (file) => {
    it('keeps report-level precision >= 0.68 at recall >= 0.55 with ids masked (QUALITY.md)', () => {
      const test = readTram(file).filter((r) => splitOf(r) === 'test');
      const score = evaluateTram(
        test,
        (text, sentences) => extractTechniques(text, sentences),
        splitSentences,
        { mask: true },
      );
      expect(score.reports).toBe(78);
      expect(score.precision).toBeGreaterThanOrEqual(0.68);
      expect(score.recall).toBeGreaterThanOrEqual(0.55);
    });
  },
);
