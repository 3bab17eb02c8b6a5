/**
 * "Handala, a hacktivist persona that we assess with moderate confidence is operated by Void Manticore": the set
 * behind the persona the report is about, as the relations extraction ties them (extract-relations.ts, the
 * persona's wearer related-to the persona), with the sentence's confidence. The Who names the wearer and what
 * it is attributed to, since the persona's deeds are its.
 */
import type { ExtractedEntity, ExtractedRelation } from '../analysis/types.ts';
import { personaNamed } from '../extract/relations/referring-sets.ts';

export interface PersonaWearer {
  readonly wearer: ExtractedEntity;
  readonly relation: ExtractedRelation;
}

export function personaWearer(
  text: string,
  persona: ExtractedEntity,
  relations: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): PersonaWearer | undefined {
  for (const relation of relations) {
    if (relation.type !== 'related-to' || relation.target !== persona.key) continue;
    const wearer = byKey.get(relation.source);
    if (wearer?.type !== 'intrusion-set') continue;
    const told = new Set(relation.evidence.map((e) => e.sentence));
    if (persona.mentions.some((m) => told.has(m.sentence) && personaNamed(text, m)))
      return { wearer, relation };
  }
  return undefined;
}
