/**
 * `vigil export`: one STIX 2.1 bundle, byte-identical when nothing changed. Objects are sorted by id
 * then `modified` and each is written as canonical JSON (RFC 8785 key order), one per line; the bundle
 * id is a UUIDv5 over the SHA-256 of those lines, so the same content always gets the same id.
 * Objects above `--max-tlp` are withheld, and so are relationships and sightings that point at a
 * withheld object (they would reveal it).
 */
import { createHash } from 'node:crypto';
import { canonicalJson, vigilId } from '@vigil/core';
import type { StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { fetchIds, selectObjects } from './select.ts';
import type { Selection } from './select.ts';
import { TlpPolicy } from './tlp-policy.ts';
import type { TlpLevel } from './tlp-policy.ts';
import { referencesOf } from '../import/refs.ts';

export interface ExportOptions extends Selection {
  /** Default `amber` (ARCHITECTURE.md "TLP markings", rule 3). */
  readonly maxTlp?: TlpLevel;
}

export interface ExportResult {
  /** The bundle as text (ends with a newline). */
  readonly text: string;
  readonly bundleId: string;
  readonly objects: number;
  /** Objects left out because of `--max-tlp` (or because they point at such an object). */
  readonly withheld: number;
  readonly byType: Readonly<Record<string, number>>;
}

const SROS = new Set(['relationship', 'sighting']);

const byIdThenModified = (a: StixObject, b: StixObject): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : (a.modified ?? '') < (b.modified ?? '') ? -1 : 1;

export async function exportBundle(
  repo: Repository,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const selected = await selectObjects(repo, options);
  const definitions = selected.filter((o) => o.type === 'marking-definition');
  const stored = await repo.query({
    types: ['marking-definition'],
    includeRevoked: true,
    limit: 10_000,
  });
  const policy = new TlpPolicy(options.maxTlp ?? 'amber', [...definitions, ...stored.items]);

  const allowed = selected.filter((o) => policy.allows(o));
  const withheldIds = new Set(selected.filter((o) => !policy.allows(o)).map((o) => o.id as string));
  // SRO ends outside the selection (e.g. `--type relationship`) are looked up so their TLP counts too.
  const selectedIds = new Set(selected.map((o) => o.id as string));
  const outside = [
    ...new Set(
      allowed
        .filter((o) => SROS.has(o.type))
        .flatMap((o) => referencesOf(o).map((r) => r.ref))
        .filter((ref) => !selectedIds.has(ref)),
    ),
  ];
  for (const object of await fetchIds(repo, outside)) {
    if (!policy.allows(object)) withheldIds.add(object.id);
  }
  const emitted = allowed.filter(
    (o) => !SROS.has(o.type) || referencesOf(o).every(({ ref }) => !withheldIds.has(ref)),
  );
  emitted.sort(byIdThenModified);

  const lines = emitted.map((o) => canonicalJson(o));
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  const bundleId = vigilId('bundle', hash.digest('hex'));
  const body = lines.length > 0 ? `\n${lines.join(',\n')}\n` : '';
  const text = `{"type":"bundle","id":"${bundleId}","objects":[${body}]}\n`;
  const byType: Record<string, number> = {};
  for (const o of emitted) byType[o.type] = (byType[o.type] ?? 0) + 1;
  return {
    text,
    bundleId,
    objects: emitted.length,
    withheld: selected.length - emitted.length,
    byType,
  };
}
