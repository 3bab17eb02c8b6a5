/**
 * The reference case of issue 3, as the analyst types it: the Czech MFA / APT31 article ingested with
 * its publication date, source, Admiralty reliability and TLP:AMBER into a store that knows ATT&CK.
 * The STIX bundle is valid against the OASIS schemas and marks everything the report says with the
 * report's TLP, every relation points back at the sentence it came from, APT31 is ATT&CK's G0128 (not
 * a new object), and ingesting the same article again writes nothing.
 */
import { copyFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { describeWhen } from '../../test-support/absent.ts';
import { attackBundlePath, attackTemplate } from '../../test-support/attack-store.ts';
import { seedPath } from '../../test-support/data.ts';
import { expectSchemaValid, stixSchemaOracle } from '../../test-support/stix-schemas.ts';
import { scratch, storeInfo } from './scratch.ts';

// TLP 2.0 AMBER, as FIRST and OASIS publish it.
const TLP_AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
// ATT&CK's own object for APT31 (G0128, ZIRCONIUM).
const ATTACK_APT31 = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
}
interface IngestJson {
  readonly results: readonly {
    readonly ok: boolean;
    readonly report_id: string;
    readonly added: number;
    readonly unchanged: number;
    readonly analysis: {
      readonly text: string;
      readonly sentences: readonly { start: number; end: number }[];
      readonly relations: readonly {
        readonly type: string;
        readonly source: string;
        readonly target: string;
        readonly evidence: readonly Span[];
      }[];
    };
  }[];
}

const article = seedPath('czech-mfa-apt31-article.txt');
const present = article && attackBundlePath() && stixSchemaOracle();

describeWhen(
  present,
  'vigil ingest of the seed article with source options',
  'needs VIGIL_DATA_DIR with ATT&CK, the OASIS schemas and ../seed/czech-mfa-apt31-article.txt',
  () => {
    const ws = scratch('seed');
    const ingest = (...extra: string[]) =>
      ws.vigil([
        'ingest',
        article!,
        '--published',
        '2025-05-28',
        '--source',
        'Czech MFA',
        '--reliability',
        'B',
        '--tlp',
        'amber',
        ...extra,
      ]);
    let first: IngestJson;

    beforeAll(async () => {
      // A store that already knows ATT&CK, as after `vigil sync attack`.
      copyFileSync((await attackTemplate('sqlite')).location, ws.db);
      const run = await ingest('--json');
      expect(run.code, run.stderr).toBe(0);
      first = JSON.parse(run.stdout) as IngestJson;
    }, 600_000);

    it('stores the report once, with its date, source, reliability and TLP in the summary', async () => {
      const [result] = first.results;
      expect(result?.ok).toBe(true);
      expect(result?.added).toBeGreaterThan(0);
      const before = await storeInfo(ws.db);
      const again = await ingest();
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/published 2025-05-28/u);
      expect(again.stdout).toMatch(/marking TLP:AMBER/u);
      expect(again.stdout).toMatch(/source Czech MFA, reliability B/u);
      expect(again.stdout).toMatch(/APT31 \(= ZIRCONIUM, G0128\)/u);
      expect(again.stderr).toContain(`stored ${result?.report_id}: 0 new versions`);
      expect(await storeInfo(ws.db)).toEqual(before);
    });

    it('ties every relation to the sentence it came from, offsets into the stored text', () => {
      const { text, sentences, relations } = first.results[0]!.analysis;
      expect(relations.length).toBeGreaterThan(0);
      for (const relation of relations) {
        const name = `${relation.source} ${relation.type} ${relation.target}`;
        expect(relation.evidence.length, name).toBeGreaterThan(0);
        for (const span of relation.evidence) {
          expect(text.slice(span.start, span.end), name).toBe(span.text);
          const sentence = sentences[span.sentence];
          expect(sentence, name).toBeDefined();
          expect(span.start, name).toBeGreaterThanOrEqual(sentence!.start);
          expect(span.end, name).toBeLessThanOrEqual(sentence!.end);
        }
      }
    });

    it('prints a schema-valid STIX bundle: TLP:AMBER on what the report says, ATT&CK APT31 reused', async () => {
      const before = await storeInfo(ws.db);
      const run = await ingest('--format', 'stix');
      expect(run.code, run.stderr).toBe(0);
      const bundle = JSON.parse(run.stdout) as { type: string; id: string; objects: StixObject[] };
      // Each object against its OASIS schema (OASIS's bundle.json itself lists no location or
      // extension-definition, so the envelope is checked by hand).
      expect(bundle.type).toBe('bundle');
      expect(bundle.id).toMatch(/^bundle--[0-9a-f-]{36}$/u);
      expectSchemaValid(bundle.objects);

      const byType = (type: string) => bundle.objects.filter((o) => o.type === type);
      const [report] = byType('report');
      expect(report?.object_marking_refs).toEqual([TLP_AMBER]);
      // The bundle carries the definition of the marking it cites.
      expect(byType('marking-definition').map((m) => m.id)).toContain(TLP_AMBER);
      // Everything Vigil derived from the report (objects, relations, the report) is marked AMBER;
      // only Vigil's own identity and its extension definition, which say nothing of the report, are not.
      const vigil = report?.created_by_ref;
      const derived = bundle.objects.filter(
        (o) => o.created_by_ref === vigil && o.type !== 'extension-definition',
      );
      expect(derived.length).toBeGreaterThan(byType('relationship').length);
      for (const object of derived) {
        expect(object.object_marking_refs, `${object.type} ${object.id}`).toEqual([TLP_AMBER]);
      }
      // APT31 is ATT&CK's object, unchanged and not re-marked, and the report cites it.
      const groups = byType('intrusion-set');
      expect(groups.map((g) => g.id)).toEqual([ATTACK_APT31]);
      expect(groups[0]?.object_marking_refs ?? []).not.toContain(TLP_AMBER);
      const refs = report?.object_refs as string[];
      expect(refs).toContain(ATTACK_APT31);
      // The attribution of the intrusion carries the source's "high-degree of certainty".
      const campaignId = byType('campaign')[0]?.id;
      const attribution = byType('relationship').find(
        (r) =>
          r.relationship_type === 'attributed-to' &&
          r.source_ref === campaignId &&
          r.target_ref === ATTACK_APT31,
      );
      expect(attribution?.confidence).toBeGreaterThanOrEqual(80);
      // Every object the report references is in the bundle.
      const ids = new Set<string>(bundle.objects.map((o) => o.id));
      expect(refs.filter((id) => !ids.has(id))).toEqual([]);
      // Printing the bundle of an already stored report stored nothing.
      expect(await storeInfo(ws.db)).toEqual(before);
    });
  },
);
