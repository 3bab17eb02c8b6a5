/**
 * "Done when" (issue 3): the seed article yields activity since 2022. The campaign Vigil builds for the
 * intrusion ("Intrusion into the Ministry of Foreign Affairs of Czechia") carries first_seen 2022 in
 * its STIX form, the report's provenance points at the words that say so ("as early as 2022"), and the
 * briefing's "since when" gives that start before the group's longer history.
 */
import { beforeAll, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { describeWhen } from '../../test-support/absent.ts';
import { seedPath } from '../../test-support/data.ts';
import { expectSchemaValid, stixSchemaOracle } from '../../test-support/stix-schemas.ts';
import { scratch } from './scratch.ts';

interface Evidence {
  readonly object_ref: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}
interface InsightJson {
  readonly topic: string;
  readonly text: string;
  readonly citations: readonly { readonly text: string }[];
}

const article = seedPath('czech-mfa-apt31-article.txt');

describeWhen(
  article && stixSchemaOracle(),
  'the seed article dates the intrusion: since 2022',
  'needs ../seed/czech-mfa-apt31-article.txt and the OASIS schemas under VIGIL_DATA_DIR',
  () => {
    const ws = scratch('seed-period');
    const dated = ['--published', '2025-05-28'];
    let objects: StixObject[] = [];
    let campaign: StixObject | undefined;

    beforeAll(async () => {
      const run = await ws.vigil(['analyze', article!, ...dated, '--format', 'stix']);
      expect(run.code, run.stderr).toBe(0);
      objects = (JSON.parse(run.stdout) as { objects: StixObject[] }).objects;
      campaign = objects.find((o) => o.type === 'campaign');
    }, 120_000);

    it('gives the campaign first_seen 2022 in STIX timestamp form, schema-valid', () => {
      expect(campaign?.name).toBe('Intrusion into the Ministry of Foreign Affairs of Czechia');
      expect(campaign?.first_seen).toBe('2022-01-01T00:00:00.000Z');
      expect(campaign?.last_seen).toBeUndefined();
      expectSchemaValid(objects.filter((o) => o.type === 'campaign'));
    });

    it('cites the words that state it in the report’s provenance', async () => {
      const report = objects.find((o) => o.type === 'report');
      const extensions = Object.values(report?.extensions ?? {}) as { evidence?: Evidence[] }[];
      const spans = extensions
        .flatMap((e) => e.evidence ?? [])
        .filter((e) => e.object_ref === campaign?.id)
        .flatMap((e) => e.spans);
      const json = await ws.vigil(['analyze', article!, ...dated, '--json']);
      expect(json.code, json.stderr).toBe(0);
      const { text } = JSON.parse(json.stdout) as { text: string };
      expect(spans.map((s) => text.slice(s.start, s.end))).toContain('as early as 2022');
    });

    it('says since 2022 in the briefing, before the group’s history', async () => {
      const run = await ws.vigil(['brief', article!, ...dated, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const briefing = JSON.parse(run.stdout) as { insights: { content: InsightJson[] } };
      const since = briefing.insights.content.find((i) => i.topic === 'since-when');
      expect(since?.text).toMatch(/^Intrusion into the Ministry of Foreign Affairs of Czechia/u);
      expect(since?.text).toContain('since 2022 (“as early as 2022”)');
      expect(since?.citations[0]?.text).toBe('as early as 2022');
      // The group's "over the past decade" comes after, never in place of, the intrusion's start.
      expect(since?.text.indexOf('2015')).toBeGreaterThan(since?.text.indexOf('2022') ?? -1);
    });
  },
);
