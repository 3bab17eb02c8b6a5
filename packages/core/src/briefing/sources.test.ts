/**
 * Issue 3: a report without a publication date never shows its ingest time as "Published" — the
 * Sources table says the date is unknown and when Vigil read it, in every renderer for people.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/types.ts';
import { composeBriefing } from './compose-briefing.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import { listSources, sourceDateText } from './sources.ts';
import type { ActorKnowledge, BriefingInput } from './types.ts';

const text = 'An undated note about an intrusion.';
const analysis: Analysis = {
  text,
  sentences: [{ start: 0, end: text.length }],
  entities: [],
  relations: [],
  indicators: [],
  dates: [],
};
const INGESTED = '2026-11-28T19:27:41.000Z';

const actor: ActorKnowledge = {
  id: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
  type: 'intrusion-set',
  name: 'ZIRCONIUM',
  aliases: [],
  targets: { sectors: [], countries: [] },
  techniques: [],
  software: [],
  otherReports: [
    { id: 'report--1', name: 'Undated blog post', ingested: INGESTED },
    { id: 'report--2', name: 'Dated advisory', published: '2025-03-04T00:00:00.000Z' },
  ],
  basis: [],
};

const input: BriefingInput = {
  now: '2026-11-28T20:00:00.000Z',
  report: { title: 'Undated note', ingested: INGESTED, analysis },
  actor,
};

describe('sources without a publication date', () => {
  it('keep the ingest time apart from the publication date', () => {
    const rows = listSources(input);
    const undated = rows.find((r) => r.name === 'Report on file: Undated blog post')!;
    expect(undated).toMatchObject({ ingested: INGESTED });
    expect(undated.published).toBeUndefined();
    expect(rows[0]).toMatchObject({ name: 'Undated note', ingested: INGESTED });
    expect(rows.find((r) => r.name === 'Report on file: Dated advisory')?.published).toBe(
      '2025-03-04T00:00:00.000Z',
    );
  });

  it('are written as "publication date unknown (ingested <day>)", never as published', () => {
    expect(sourceDateText({ ingested: INGESTED })).toBe(
      'publication date unknown (ingested 2026-11-28)',
    );
    expect(sourceDateText({})).toBe('publication date unknown');
    expect(sourceDateText({ published: '2025-03-04', ingested: INGESTED })).toBe('2025-03-04');

    const briefing = composeBriefing(input);
    for (const rendered of [renderMarkdown(briefing), renderHtml(briefing)]) {
      expect(rendered).toContain('Undated blog post');
      expect(rendered).toContain('publication date unknown (ingested 2026-11-28)');
      expect(rendered).not.toContain('2026-11-28T19:27');
    }
  });
});

describe('key judgements', () => {
  it('name a known actor as the report writes it, not by its knowledge name', () => {
    const said = 'APT31 was likely behind the breach.';
    const mention = (start: number, end: number) => ({
      start,
      end,
      text: said.slice(start, end),
      sentence: 0,
    });
    const judged: Analysis = {
      ...analysis,
      text: said,
      sentences: [{ start: 0, end: said.length }],
      entities: [
        {
          key: 'intrusion-set:G0128',
          type: 'intrusion-set',
          name: 'ZIRCONIUM',
          ref: actor.id as `intrusion-set--${string}`,
          mentions: [mention(0, 5)],
          via: 'alias',
        },
        {
          key: 'campaign:breach',
          type: 'campaign',
          name: 'The breach',
          mentions: [mention(26, 32)],
          via: 'intrusion',
        },
      ],
      relations: [
        {
          type: 'attributed-to',
          source: 'campaign:breach',
          target: 'intrusion-set:G0128',
          confidence: 70,
          confidenceText: 'likely',
          evidence: [mention(0, said.length)],
        },
      ],
    };
    const rows = listSources({ ...input, report: { title: 'Note', analysis: judged } });
    expect(rows[0]!.judgements.map((j) => j.text)).toEqual([
      'The breach attributed-to APT31: high confidence',
    ]);
  });
});

describe('knowledge bases among the sources', () => {
  it('are dated by the date their version names, else said to be versioned', () => {
    const rows = listSources({
      ...input,
      knowledgeVersions: [
        { name: 'MITRE ATT&CK', version: 'content up to 2025-11-12' },
        { name: 'CISA KEV', version: '2025.08.25' },
        { name: 'MISP galaxy threat-actor', version: '349' },
      ],
    });
    const dateOf = (name: string) => sourceDateText(rows.find((r) => r.name.startsWith(name))!);
    expect(dateOf('MITRE ATT&CK')).toBe('2025-11-12');
    expect(dateOf('CISA KEV')).toBe('2025-08-25');
    expect(dateOf('MISP galaxy')).toBe('n/a (see version)');
  });
});
