/**
 * saveReport hands back the entity versions it wrote, on both engines: a command reading several reports
 * builds the knowledge again only then, from what it holds plus those (StoredKnowledge.update).
 */
import { expect, it } from 'vitest';
import { vigilId, VIGIL_IDENTITY_ID, type StixObject } from '@vigil/core';
import { withEachEngine } from '../../../../test-support/stores.ts';
import { saveReport } from './save-report.ts';

const T0 = '2026-03-01T00:00:00.000Z';
const T1 = '2026-03-02T00:00:00.000Z';

const own = (type: string, key: string, rest: Record<string, unknown>): StixObject => ({
  type,
  spec_version: '2.1',
  id: vigilId(type, key),
  created: T0,
  modified: T0,
  created_by_ref: VIGIL_IDENTITY_ID,
  ...rest,
});

function report(key: string, objects: readonly StixObject[]): StixObject {
  return own('report', key, {
    name: key,
    published: T0,
    report_types: ['threat-report'],
    object_refs: objects.map((o) => o.id),
  });
}

const group = own('intrusion-set', 'glasswing', { name: 'Glasswing' });
const place = own('location', 'peru', { name: 'Peru', country: 'PE' });

withEachEngine('saveReport', (makeRepo) => {
  it('hands back a new intrusion set it writes, and nothing when it writes it again', async () => {
    const repo = await makeRepo();
    const first = report('first', [group]);
    const written = await saveReport(repo, { report: first, objects: [group], text: 'x', now: T0 });
    expect(written.entities.map((o) => o.id)).toEqual([group.id]);
    const again = await saveReport(repo, { report: first, objects: [group], text: 'x', now: T1 });
    expect(again.added).toBe(0);
    expect(again.entities).toEqual([]);
  });

  it('hands back nothing for a report that writes only what entity resolution does not read', async () => {
    const repo = await makeRepo();
    const second = report('second', [place]);
    const written = await saveReport(repo, {
      report: second,
      objects: [place],
      text: 'y',
      now: T0,
    });
    expect(written.added).toBeGreaterThan(0);
    expect(written.entities).toEqual([]);
  });
});
