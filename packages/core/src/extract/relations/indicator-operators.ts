/**
 * Indicators the text says an actor used, operated or registered ("APT31 used the servers 5.188.86.172
 * and update-check[.]example[.]net"): the indicator `indicates` that actor, with the confidence of the
 * sentence's estimative language (none when it states none). The actor must be the one acting, in the
 * same sentence: the subject right before the verb ("APT31 has also registered ..."), or the agent of a
 * passive ("... 5.188.86.172, operated by APT31"). A report that merely lists IOCs next to an actor
 * states nothing about who ran them.
 */
import type {
  ExtractedEntity,
  ExtractedIndicator,
  ExtractedRelation,
  Mention,
  Span,
} from '../../analysis/types.ts';
import { findEstimativePhrases } from '../confidence/estimative-language.ts';
import { RelationBuilder } from './relation-builder.ts';
import { roleOf } from './roles.ts';

/** Verbs by which an actor holds infrastructure. */
const OPERATING_VERBS = new Set(
  `use uses used using operate operates operated operating register registers registered registering
control controls controlled controlling host hosts hosted hosting leverage leverages leveraged leveraging
employ employs employed employing maintain maintains maintained rent rents rented deploy deploys
deployed deploying`.split(/\s+/u),
);

/** Words allowed between the actor and its verb: auxiliaries, adverbs, estimative words. */
const VERB_MODIFIERS = new Set(
  `has have had is was were are been be also then later again reportedly allegedly likely probably
possibly almost certainly apparently repeatedly previously actively primarily mainly still
subsequently additionally`.split(/\s+/u),
);
const MAX_MODIFIERS = 4;

const WORD = /\p{L}+/gu;

/** The key naming an indicator in the relations this module returns (`source`). */
export const indicatorKey = (ioc: ExtractedIndicator): string => `${ioc.type}:${ioc.value}`;

export function indicatorOperators(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  indicators: readonly ExtractedIndicator[],
): ExtractedRelation[] {
  const actorsBySentence = new Map<number, { key: string; mention: Mention }[]>();
  for (const entity of entities) {
    if (roleOf(entity) !== 'attacker') continue;
    for (const mention of entity.mentions) {
      const list = actorsBySentence.get(mention.sentence) ?? [];
      list.push({ key: entity.key, mention });
      actorsBySentence.set(mention.sentence, list);
    }
  }
  const out = new RelationBuilder();
  for (const ioc of indicators) {
    for (const m of ioc.mentions) {
      const actors = actorsBySentence.get(m.sentence);
      const span = sentences[m.sentence];
      if (!actors || !span) continue;
      const actor = operatorOf(text, m, actors);
      if (!actor) continue;
      const evidence: Mention = {
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        sentence: m.sentence,
      };
      const phrase = findEstimativePhrases(text, span.start, span.end)[0];
      out.add('indicates', indicatorKey(ioc), actor, evidence, phrase);
    }
  }
  return out.relations();
}

/** The actor the sentence says holds the indicator at `at`: the nearest one before it, or a passive agent. */
function operatorOf(
  text: string,
  at: Mention,
  actors: readonly { key: string; mention: Mention }[],
): string | undefined {
  let before: { key: string; mention: Mention } | undefined;
  for (const a of actors) {
    if (a.mention.end <= at.start && (!before || a.mention.start > before.mention.start))
      before = a;
  }
  if (before && actsOn(text.slice(before.mention.end, at.start))) return before.key;
  let after: { key: string; mention: Mention } | undefined;
  for (const a of actors) {
    if (a.mention.start >= at.end && (!after || a.mention.start < after.mention.start)) after = a;
  }
  if (after && passiveAgent(text.slice(at.end, after.mention.start))) return after.key;
  return undefined;
}

/** "APT31 has also used ...": an operating verb after at most a few modifiers, nothing negated. */
function actsOn(between: string): boolean {
  let modifiers = 0;
  for (const m of between.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (OPERATING_VERBS.has(word)) return true;
    if (!VERB_MODIFIERS.has(word) || ++modifiers > MAX_MODIFIERS) return false;
  }
  return false;
}

/** "5.188.86.172, a server operated by APT31": an operating verb, then "by" right before the actor. */
function passiveAgent(between: string): boolean {
  const words = [...between.matchAll(WORD)].map((m) => m[0].toLowerCase());
  if (words.length > 8 || words.at(-1) !== 'by') return false;
  return words.some((w) => OPERATING_VERBS.has(w)) && !words.some((w) => NEGATIONS.has(w));
}

const NEGATIONS = new Set(['not', 'never', 'no']);
