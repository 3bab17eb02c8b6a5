/**
 * The streamed export on real ATT&CK data, both engines: the bytes are exactly what the whole-bundle
 * export wrote before streaming (rebuilt here from the store's objects: sorted by id, canonical JSON
 * one per line, bundle id from their SHA-256), both when nothing is withheld and when a TLP:RED object
 * and a relationship to it are, and no piece handed to the sink holds more than one object. A TLP 2.0
 * marking the store lacks is added to the bundle only when an emitted object cites it.
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { TLP2, canonicalJson, vigilId, type StixObject } from '@vigil/core';
import { attackTemplate } from '../../../../test-support/attack-store.ts';
import { describeWithData } from '../../../../test-support/data.ts';
import { withEachEngine } from '../../../../test-support/stores.ts';
import { allPages } from '../all-pages.ts';
import type { Repository } from '../repository.ts';
import { writeBundle } from './export-bundle.ts';

const TLP_RED = TLP2.red.id;

/** The bundle as exportBundle built it in memory before it streamed. */
function wholeBundle(objects: readonly StixObject[]): string {
  const sorted = [...objects].sort((a, b) => (a.id < b.id ? -1 : 1));
  const lines = sorted.map((o) => canonicalJson(o));
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  const body = lines.length > 0 ? `\n${lines.join(',\n')}\n` : '';
  return `{"type":"bundle","id":"${vigilId('bundle', hash.digest('hex'))}","objects":[${body}]}\n`;
}

async function streamed(repo: Repository, maxTlp: 'amber' | 'red') {
  const pieces: string[] = [];
  const summary = await writeBundle(repo, (piece) => void pieces.push(piece), { maxTlp });
  return { summary, pieces, text: pieces.join('') };
}

describeWithData('writeBundle over ATT&CK', ['mitre-attack', 'enterprise-attack.json'], () => {
  withEachEngine('streamed export', (_makeRepo, context) => {
    it('writes the same bytes as the whole-bundle export, object by object', async () => {
      const repo = await context.cloneRepo(await attackTemplate(context.engine));
      const stored = await allPages((after) =>
        repo.query({ includeRevoked: true, limit: 5000, after }),
      );
      const { summary, pieces, text } = await streamed(repo, 'red');
      expect(text).toBe(wholeBundle(stored));
      expect(summary).toMatchObject({ objects: stored.length, withheld: 0 });
      expect(pieces.length).toBe(stored.length + 2);
      const largest = Math.max(...stored.map((o) => canonicalJson(o).length));
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(largest + 2);

      // A TLP:RED group and a relationship to it: both withheld below red, the rest as before.
      const zirconium = stored.find((o) => o.type === 'intrusion-set' && o.name === 'ZIRCONIUM')!;
      const secret = {
        ...zirconium,
        id: 'intrusion-set--5b0f6c52-1e0b-4b8e-8f7a-3f0a5f8c9d21',
        name: 'Internal tracking name',
        object_marking_refs: [TLP_RED],
      } as StixObject;
      const link = {
        type: 'relationship',
        spec_version: '2.1',
        id: 'relationship--9a4f3b1e-6c2d-4e8f-a0b7-1d2c3e4f5a6b',
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
        relationship_type: 'related-to',
        source_ref: secret.id,
        target_ref: zirconium.id,
      } as StixObject;
      await repo.put([secret, link]);
      const amber = await streamed(repo, 'amber');
      expect(amber.text).toBe(wholeBundle(stored));
      expect(amber.summary).toMatchObject({ objects: stored.length, withheld: 2 });
      // Up to red, the TLP 2.0 definition the group cites travels with it (the store has none).
      const red = await streamed(repo, 'red');
      expect(red.text).toBe(wholeBundle([...stored, secret, link, TLP2.red]));
      // Four full exports of the ATT&CK store: a hang guard, not a speed check (about 60 s seen on a loaded 2-CPU machine).
    }, 180_000);
  });
});
