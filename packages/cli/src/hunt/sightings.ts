/**
 * --sightings: turns the hunt's per-indicator tallies into STIX sightings in the store. Ids are
 * deterministic over (indicator, organization, swept inputs), so re-running the same hunt writes a new
 * version of the same sighting with this run's count: it never adds to the previous count.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import {
  type IndicatorSpecList,
  type StixId,
  type StixObject,
  indicatorForValue,
  organizationIdentity,
  sightingObject,
} from '@vigil/core';
import type { PutResult, Repository } from '@vigil/store';
import type { IndicatorTally } from './hunt-output.ts';

export interface SightingsInput {
  readonly specs: IndicatorSpecList;
  readonly tallies: ReadonlyMap<number, IndicatorTally>;
  readonly files: readonly string[];
  readonly org: string;
  readonly now: Date;
}

export async function writeSightings(repo: Repository, input: SightingsInput): Promise<PutResult> {
  const nowIso = input.now.toISOString();
  const paths = input.files.map((f) => (f === '-' ? '-' : resolve(f))).sort();
  const scope = createHash('sha256').update(paths.join('\n')).digest('hex');
  const scopeLabel =
    paths.length === 1
      ? paths[0]!
      : `${paths.length} inputs (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''})`;
  const objects: StixObject[] = [];
  const identity = organizationIdentity(input.org, nowIso);
  if (!(await repo.get(identity.id))) objects.push(identity);
  for (const [specIndex, t] of input.tallies) {
    const spec = input.specs.at(specIndex)!;
    let indicatorId: StixId;
    if (spec.pattern === undefined) {
      const indicator = indicatorForValue(spec.value ?? spec.ref, nowIso);
      if (!indicator) continue;
      indicatorId = indicator.id;
      if (!(await repo.get(indicator.id)) && !objects.some((o) => o.id === indicator.id))
        objects.push(indicator);
    } else indicatorId = spec.ref as StixId;
    const draft = sightingObject({
      indicatorId,
      identityId: identity.id,
      scope,
      scopeLabel,
      count: t.count,
      nowIso,
    });
    const previous = await repo.get(draft.id);
    objects.push(
      sightingObject({
        indicatorId,
        identityId: identity.id,
        scope,
        scopeLabel,
        count: t.count,
        ...(t.first === undefined
          ? {}
          : {
              firstSeen: new Date(t.first).toISOString(),
              lastSeen: new Date(t.last!).toISOString(),
            }),
        nowIso,
        ...(previous ? { previous } : {}),
      }),
    );
  }
  return repo.transaction((tx) => tx.put(objects));
}
