/**
 * Export on both engines: --max-tlp never lets a marked object out (TLP 1.0 ids mapped to 2.0, granular
 * markings counted, relationships to withheld objects withheld too), filters by type and report, the
 * bundle is deterministic, and it carries each TLP marking definition its objects cite, once, whether
 * the store holds it or not (a TLP 2.0 id is unresolvable otherwise).
 */
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { TLP2, type StixObject } from '@vigil/core';
import { importBundleStream } from '../import/import-file.ts';
import { withEachEngine } from '../../../../test-support/stores.ts';
import { exportBundle } from './export-bundle.ts';
import { parseMaxTlp, TlpPolicy } from './tlp-policy.ts';

const id = (type: string, n: number) =>
  `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as const;
const TLP1_RED = 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed';
const TLP1_WHITE = 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9';
const TLP2_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const TLP2_AMBER_STRICT = 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003';
const when = '2024-03-01T00:00:00.000Z';

const sdo = (type: string, n: number, extra: Record<string, unknown> = {}): StixObject => ({
  type,
  spec_version: '2.1',
  id: id(type, n),
  created: when,
  modified: when,
  name: `${type} ${n}`,
  ...(type === 'malware' ? { is_family: true } : {}),
  ...extra,
});

const unmarked = sdo('malware', 1);
const white = sdo('malware', 2, { object_marking_refs: [TLP1_WHITE] });
const green = sdo('tool', 3, { object_marking_refs: [TLP2_GREEN] });
const strict = sdo('tool', 4, { object_marking_refs: [TLP2_AMBER_STRICT] });
const red = sdo('intrusion-set', 5, { object_marking_refs: [TLP1_RED] });
const granularRed = sdo('malware', 6, {
  granular_markings: [{ marking_ref: TLP1_RED, selectors: ['name'] }],
});
const toRed = {
  type: 'relationship',
  spec_version: '2.1',
  id: id('relationship', 7),
  created: when,
  modified: when,
  relationship_type: 'uses',
  source_ref: red.id,
  target_ref: unmarked.id,
} as StixObject;
const report = sdo('report', 8, {
  published: when,
  object_refs: [unmarked.id, green.id],
});
const all = [unmarked, white, green, strict, red, granularRed, toRed, report];

const exportedIds = (text: string): string[] =>
  (JSON.parse(text) as { objects: StixObject[] }).objects.map((o) => o.id);

it('parses --max-tlp as users write it, TLP 1.0 WHITE reading as CLEAR', () => {
  expect(parseMaxTlp('TLP:AMBER+STRICT')).toBe('amber+strict');
  expect(parseMaxTlp('white')).toBe('clear');
  expect(parseMaxTlp('purple')).toBeUndefined();
  expect(new TlpPolicy('amber').levelOf(red)).toBe('red');
});

withEachEngine('exportBundle', (makeRepo) => {
  it('withholds everything above --max-tlp (default amber), and SROs that point at it', async () => {
    const repo = await makeRepo();
    await repo.put(all);
    const byDefault = await exportBundle(repo);
    expect(exportedIds(byDefault.text).sort()).toEqual(
      [unmarked, white, green, report]
        .map((o) => o.id)
        .concat(TLP1_WHITE, TLP2_GREEN)
        .sort(),
    );
    expect(byDefault.withheld).toBe(4);
    const clear = exportedIds((await exportBundle(repo, { maxTlp: 'clear' })).text);
    expect(clear.sort()).toEqual([unmarked.id, white.id, report.id, TLP1_WHITE].sort());
    const everything = exportedIds((await exportBundle(repo, { maxTlp: 'red' })).text);
    expect(everything.sort()).toEqual(
      all
        .map((o) => o.id)
        .concat(TLP1_WHITE, TLP2_GREEN, TLP2_AMBER_STRICT, TLP1_RED)
        .sort(),
    );
    // Relationships alone: the withheld end is looked up in the store, so the relationship is withheld.
    expect(exportedIds((await exportBundle(repo, { types: ['relationship'] })).text)).toEqual([]);
  });

  it('honours a TLP level stated by a marking definition under its own id', async () => {
    const repo = await makeRepo();
    const customRed = {
      type: 'marking-definition',
      spec_version: '2.1',
      id: id('marking-definition', 20),
      created: when,
      definition_type: 'tlp',
      definition: { tlp: 'red' },
    } as StixObject;
    const marked = sdo('malware', 21, { object_marking_refs: [customRed.id] });
    await repo.put([customRed, marked, unmarked]);
    const ids = exportedIds((await exportBundle(repo)).text);
    expect(ids).toContain(unmarked.id);
    expect(ids).not.toContain(marked.id);
  });

  it('filters by type and by report, deterministically', async () => {
    const repo = await makeRepo();
    await repo.put(all);
    const tools = await exportBundle(repo, { types: ['tool'], maxTlp: 'red' });
    expect(exportedIds(tools.text).sort()).toEqual(
      [green.id, strict.id, TLP2_GREEN, TLP2_AMBER_STRICT].sort(),
    );
    const byReport = await exportBundle(repo, { report: report.id });
    expect(exportedIds(byReport.text).sort()).toEqual(
      [report.id, unmarked.id, green.id, TLP2_GREEN].sort(),
    );
    const again = await exportBundle(repo, { report: report.id });
    expect(again.text).toBe(byReport.text);
    expect(again.bundleId).toMatch(/^bundle--[0-9a-f-]{36}$/);
    // A new version changes the bundle (and its id).
    await repo.put([{ ...unmarked, modified: '2024-04-01T00:00:00.000Z', name: 'renamed' }]);
    const changed = await exportBundle(repo, { report: report.id });
    expect(changed.bundleId).not.toBe(byReport.bundleId);
    await expect(exportBundle(repo, { report: id('report', 99) })).rejects.toThrow(/no report/);
  });

  it('carries each cited TLP definition once, stored or not, and imports back unchanged', async () => {
    const repo = await makeRepo();
    await repo.put([
      TLP2.green,
      green,
      sdo('malware', 30, { object_marking_refs: [TLP2.amber.id] }),
    ]);
    const first = await exportBundle(repo);
    const ids = exportedIds(first.text);
    expect(ids.filter((i) => i.startsWith('marking-definition--')).sort()).toEqual(
      [TLP2.green.id, TLP2.amber.id].sort(),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const amber = (JSON.parse(first.text) as { objects: StixObject[] }).objects.find(
      (o) => o.id === TLP2.amber.id,
    );
    expect(amber).toEqual(TLP2.amber);

    // `vigil import` of the bundle into an empty store, exported again: the same bytes.
    const copy = await makeRepo();
    await importBundleStream(copy, Readable.from([Buffer.from(first.text)]));
    expect((await exportBundle(copy)).text).toBe(first.text);
    expect((await exportBundle(repo)).text).toBe(first.text);
  });

  it('carries only the definitions and identities cited by what it emits', async () => {
    const repo = await makeRepo();
    const analyst = sdo('identity', 40, { identity_class: 'individual' });
    const redReport = sdo('report', 41, {
      published: when,
      object_refs: [unmarked.id],
      object_marking_refs: [TLP2.red.id],
      created_by_ref: analyst.id,
    });
    const clearTool = sdo('tool', 42, { object_marking_refs: [TLP2.clear.id] });
    await repo.put([TLP2.red, TLP2.clear, TLP2.green, analyst, redReport, clearTool, unmarked]);
    // Whole store at amber: the red report is withheld, and with it the RED definition; GREEN is
    // cited by nothing. The analyst stays: the store holds it and the export is the whole store.
    const ids = exportedIds((await exportBundle(repo)).text);
    expect(ids.sort()).toEqual([analyst.id, clearTool.id, unmarked.id, TLP2.clear.id].sort());
    // By type: the analyst is cited from outside the selection only by the withheld report.
    const reports = exportedIds((await exportBundle(repo, { types: ['report', 'tool'] })).text);
    expect(reports.sort()).toEqual([clearTool.id, TLP2.clear.id].sort());
    // Up to red everything cited is carried; asking for the definitions gives all of them.
    const red = exportedIds((await exportBundle(repo, { maxTlp: 'red' })).text);
    expect(red).toContain(TLP2.red.id);
    expect(red).not.toContain(TLP2.green.id);
    const definitions = exportedIds(
      (await exportBundle(repo, { types: ['marking-definition'] })).text,
    );
    expect(definitions.sort()).toEqual([TLP2.red.id, TLP2.clear.id, TLP2.green.id].sort());
  });
});
