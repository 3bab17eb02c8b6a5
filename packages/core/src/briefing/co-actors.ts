/**
 * The other actors a report tells of in the activity it is about: "Microsoft has observed two named Chinese
 * nation-state actors, Linen Typhoon and Violet Typhoon, exploiting these vulnerabilities … another China-based
 * threat actor, tracked as Storm-2603, exploiting these vulnerabilities": three actors at one flaw, where a Who
 * naming only the first tells a director one actor is at work. An actor is in the activity when it targets a flaw
 * or a named victim the main actor targets too; a sector or a country two actors both target ties them to no one
 * activity, nor does software they both run.
 */
import { isPerson } from '../analysis/person.ts';
import type { ExtractedEntity, ExtractedRelation } from '../analysis/types.ts';

export interface CoActor {
  readonly actor: ExtractedEntity;
  /** The targets it shares with the main actor, in the order the report relates them. */
  readonly shared: readonly ExtractedEntity[];
  /** Its own relation to the first of them (the evidence). */
  readonly relation: ExtractedRelation;
}

/** Sets and actors; a campaign is an activity, which the report attributes to one of them. */
export const ACTORS: ReadonlySet<string> = new Set(['intrusion-set', 'threat-actor']);

/** Where the report first names an entity, to list entities in the order it names them. */
export const firstWritten = (e: ExtractedEntity): number => e.mentions[0]?.start ?? 0;

/** A target naming one activity: a flaw, or an organization hit (not a sector, a class of them). */
const sharedWithin = (target: ExtractedEntity | undefined): boolean =>
  target !== undefined &&
  (target.type === 'vulnerability' ||
    (target.type === 'identity' && target.properties?.['identity_class'] !== 'class'));

/**
 * The actors other than `selves` (the main actor and its other names) that target what the main actor targets, in
 * the order the report first names them.
 */
export function coActors(
  entities: readonly ExtractedEntity[],
  relations: readonly ExtractedRelation[],
  selves: ReadonlySet<string | undefined>,
): CoActor[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const mainTargets = new Set(
    relations
      .filter((r) => r.type === 'targets' && selves.has(r.source))
      .map((r) => r.target)
      .filter((key) => sharedWithin(byKey.get(key))),
  );
  // Its sponsor or the sets it is attributed to are the main actor itself, told of from above.
  const tiedToMain = new Set(
    relations
      .filter((r) => r.type === 'attributed-to' && (selves.has(r.source) || selves.has(r.target)))
      .flatMap((r) => [r.source, r.target]),
  );
  const found = new Map<
    string,
    { actor: ExtractedEntity; shared: ExtractedEntity[]; relation: ExtractedRelation }
  >();
  for (const relation of relations) {
    if (relation.type !== 'targets' || !mainTargets.has(relation.target)) continue;
    const actor = byKey.get(relation.source);
    if (!actor || selves.has(actor.key) || tiedToMain.has(actor.key)) continue;
    if (!ACTORS.has(actor.type) || isPerson(actor)) continue;
    const target = byKey.get(relation.target)!;
    const known = found.get(actor.key);
    if (known) {
      if (!known.shared.includes(target)) known.shared.push(target);
    } else found.set(actor.key, { actor, shared: [target], relation });
  }
  return [...found.values()].sort((a, b) => firstWritten(a.actor) - firstWritten(b.actor));
}
