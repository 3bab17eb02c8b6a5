/**
 * A report about one actor: the malware, tools and techniques it describes are what that actor used,
 * though most are named in sentences that do not name the actor (an ATT&CK table, "the loader then
 * decrypts …"). Stated relations come from sentences (extract-relations.ts); these are inferred, marked
 * so, and only when the report names exactly one actor and that actor is its subject: in the title, or
 * named at least three times. A report that names two actors infers nothing: which used what is for the
 * sentences to say.
 */
import type { ExtractedEntity, ExtractedRelation, Mention, Span } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { roleOf } from './roles.ts';

/** Mentions that make an actor the subject of a report it is not in the title of. */
const SUBJECT_MENTIONS = 3;

export function soleActorUses(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  stated: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const actors = entities.filter((e) => roleOf(e) === 'attacker');
  const actor = actors[0];
  if (actors.length !== 1 || !actor) return [];
  const firstLine = text.indexOf('\n');
  const titleEnd = firstLine < 0 ? 0 : firstLine;
  const inTitle = actor.mentions.some((m) => m.start < titleEnd);
  if (!inTitle && actor.mentions.length < SUBJECT_MENTIONS) return [];
  const used = new Set(
    stated.filter((r) => r.type === 'uses' && r.source === actor.key).map((r) => r.target),
  );
  const sentenceOf = (m: Mention): Mention => {
    const span = sentences[m.sentence] ?? m;
    return {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      sentence: m.sentence,
    };
  };
  const named = sentenceOf(actor.mentions[0]!);
  const actorNames = new Set([actor.name, ...actor.mentions.map((m) => m.text)].map(normalizeName));
  const out: ExtractedRelation[] = [];
  for (const capability of entities) {
    if (roleOf(capability) !== 'capability' || used.has(capability.key)) continue;
    // A name the report also gives the actor ("the BlueNoroff malware") is no finding about its tools.
    if (capability.mentions.some((m) => actorNames.has(normalizeName(m.text)))) continue;
    const described = capability.mentions[0];
    if (!described) continue;
    const evidence = [named, sentenceOf(described)].sort((a, b) => a.start - b.start);
    out.push({
      type: 'uses',
      source: actor.key,
      target: capability.key,
      evidence: evidence[0]!.start === evidence[1]!.start ? [named] : evidence,
      inferred: 'sole-actor',
    });
  }
  return out;
}
