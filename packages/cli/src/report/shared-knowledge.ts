/**
 * A name the analysis would create whose object the store already holds from another producer — a
 * country MISP's galaxy made under the same deterministic id — is referenced as that object, as an
 * ATT&CK intrusion set is: not re-authored by Vigil, not re-marked with the report's TLP, not "new".
 */
import { newEntityId, VIGIL_IDENTITY_ID, type Analysis } from '@vigil/core';
import type { Repository } from '@vigil/store';

export async function referStoredKnowledge(
  repo: Repository,
  analysis: Analysis,
): Promise<Analysis> {
  const entities = await Promise.all(
    analysis.entities.map(async (entity) => {
      if (entity.ref) return entity;
      const id = newEntityId(entity);
      const stored = await repo.get(id);
      if (!stored || stored.created_by_ref === VIGIL_IDENTITY_ID) return entity;
      return { ...entity, ref: id };
    }),
  );
  return { ...analysis, entities };
}
