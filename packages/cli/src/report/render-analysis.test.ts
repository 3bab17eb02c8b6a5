/**
 * The summary lists a campaign with the period its report states ("since 2022", never more precise than
 * the stated words) and, when the store holds a wider one from other reports, that one too; an
 * unresolved entity is "(new)" only when the store did not hold it before the reading.
 */
import { describe, expect, it } from 'vitest';
import { analysisToStix, type Analysis, type ExtractedEntity, type ReportMeta } from '@vigil/core';
import type { AnalyzedDocument } from './analysis-session.ts';
import { renderSummary } from './render-analysis.ts';

const NAME = 'Intrusion into the Ministry of Foreign Affairs of Czechia';
const TEXT = `Czech report. ${NAME}: the intruders were inside the ministry's networks as early as 2022.`;
const meta: ReportMeta = {
  ingested: '2025-06-01T00:00:00.000Z',
  published: '2025-05-28T00:00:00.000Z',
};

function documentWith(properties: Record<string, unknown>): AnalyzedDocument {
  const campaign: ExtractedEntity = {
    key: `campaign:${NAME.toLowerCase()}`,
    type: 'campaign',
    name: NAME,
    properties,
    mentions: [{ start: 14, end: 14 + NAME.length, text: NAME, sentence: 0 }],
    via: 'intrusion-of-victim',
  };
  const analysis: Analysis = {
    text: TEXT,
    sentences: [{ start: 0, end: TEXT.length }],
    entities: [campaign],
    relations: [],
    indicators: [],
    dates: [],
  };
  return { analysis, stix: analysisToStix(analysis, meta), meta };
}

/** The line under "Activity:" that lists the campaign. */
const activityLine = (summary: string): string | undefined => {
  const lines = summary.split('\n');
  return lines.slice(lines.indexOf('Activity:') + 1).find((line) => line.includes(NAME));
};

describe('renderSummary: a campaign’s period', () => {
  it('gives the stated start as a year when it is a year start', () => {
    const line = activityLine(
      renderSummary(documentWith({ first_seen: '2022-01-01T00:00:00.000Z' })),
    );
    expect(line).toContain(`${NAME} (since 2022)`);
  });

  it('gives a start and an end, a month start as its month', () => {
    const doc = documentWith({
      first_seen: '2021-01-01T00:00:00.000Z',
      last_seen: '2023-03-01T00:00:00.000Z',
    });
    expect(activityLine(renderSummary(doc))).toContain(`${NAME} (2021 – March 2023)`);
  });

  it('says nothing of a period the report does not state', () => {
    const line = activityLine(renderSummary(documentWith({})));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/since|until|known/u);
  });

  it('adds the period the store will hold when other reports widened it', () => {
    const doc = documentWith({ first_seen: '2023-01-01T00:00:00.000Z' });
    const objects = doc.stix.objects.map((o) =>
      o.type === 'campaign'
        ? { ...o, first_seen: '2022-01-01T00:00:00.000Z', last_seen: '2024-03-01T00:00:00.000Z' }
        : o,
    );
    const line = activityLine(renderSummary({ ...doc, stix: { ...doc.stix, objects } }));
    expect(line).toContain(`${NAME} (since 2023; known 2022 – March 2024)`);
  });
});

describe('renderSummary: new or known', () => {
  it('calls an unresolved entity new only when the store did not hold it before this reading', () => {
    const doc = documentWith({});
    expect(activityLine(renderSummary(doc))).toMatch(/\(new\)/u);
    const campaign = doc.stix.objects.find((o) => o.type === 'campaign')!;
    const again = activityLine(renderSummary({ ...doc, storedIds: new Set([campaign.id]) }));
    expect(again).toMatch(/\(known\)/u);
    expect(again).not.toMatch(/\(new\)/u);
    const other = renderSummary({ ...doc, storedIds: new Set([doc.stix.report.id]) });
    expect(activityLine(other)).toMatch(/\(new\)/u);
  });
});

describe('renderSummary: dates', () => {
  it('lists the same date in the same words once, with its count', () => {
    const doc = documentWith({});
    const date = (start: number, text: string) => ({
      role: 'since',
      value: '2022',
      mention: { start, end: start + text.length, text, sentence: 0 },
    });
    const dates = [
      date(60, 'as early as 2022'),
      date(90, 'as early as 2022'),
      date(120, 'in 2022'),
    ];
    const summary = renderSummary({
      ...doc,
      analysis: { ...doc.analysis, dates } as unknown as AnalyzedDocument['analysis'],
    });
    const listed = summary.split('\n').filter((l) => l.includes('2022") ') || l.endsWith('2022")'));
    expect(listed).toEqual([
      '  - since 2022  ("as early as 2022") (2x)',
      '  - since 2022  ("in 2022")',
    ]);
  });
});
