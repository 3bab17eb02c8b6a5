/**
 * Which places a sentence says an actor targets: after a targeting word ("in Poland", "targeted Poland",
 * "across Europe"), every later place of the same list ("in Italy and Japan"), never where the actor itself is.
 */
import type { Placed } from './roles.ts';

/** Words right before a place that make it a target ("in Poland", "targeted Poland", "across Europe"). */
const TARGET_BEFORE =
  /\b(?:in|against|targeting|targeted|targets|attacked|attacking|across|throughout|on)\s+(?:the\s+)?$/u;
/**
 * "APT28, based in Russia", "MuddyWater, which operates out of Iran": where the actor itself is, not what it
 * targets ("organizations based in Israel" are targets).
 */
const SEATED_AFTER_ACTOR =
  /^[\s,]*(?:(?:which|that|is|was|reportedly|likely|probably)\s+)*(?:based|located|headquartered|operating|operates|residing)\s+(?:in|out\s+of|from)\s+(?:the\s+)?$/u;
/** "in" alone, no targeting word ("attacks on Thailand’s gaming industry" target Thailand). */
const BARE_IN = /\bin\s+(?:the\s+)?$/u;
const POSSESSIVE = /^['’]s\b/u;
/** How far after the place what it owns may start: the "’s" and a space. */
const OWNED_WITHIN = 4;

/**
 * "an organization in China’s intelligence branch", "industries included in China’s Belt and Road
 * Initiative": after a bare "in" the place owns what the phrase is about, and is no target itself, unless
 * what it owns is a victim ("organizations in Ukraine’s energy sector"), or a targeting word comes first
 * ("targeting Ukraine’s …", "attacks on Thailand’s …").
 */
function possessorOfNonVictim(
  item: Placed,
  before: string,
  placed: readonly Placed[],
  text: string,
): boolean {
  const { end } = item.mention;
  if (!BARE_IN.test(before) || !POSSESSIVE.test(text.slice(end, end + 3))) return false;
  return !placed.some(
    (p) => p.role === 'victim' && p.mention.start > end && p.mention.start <= end + OWNED_WITHIN,
  );
}

/**
 * "against the Chinese national security", "in the Chinese Sea", "experts in North Korean affairs": a place
 * word that qualifies a state's concerns or a sea names no victim, whatever word comes before it.
 */
const QUALIFIES_NON_VICTIM =
  /^['’]?s?\s+(?:(?:national|international|foreign|domestic|internal|economic|strategic)\s+)?(?:security|sea|affairs|policy|policies|ambitions|influence|strategy)\b/iu;

/**
 * "a South Korean online newspaper focused on North Korea", "outlets focussing on North Korea": what a
 * publication or an expert is about is its topic, not a target (a campaign focused on a region targets it).
 */
const TOPIC_OF_PUBLICATION =
  /\b(?:newspapers?|outlets?|news|media|websites?|sites?|publications?|journals?|magazines?|blogs?|experts?|journalists?|analysts?|researchers?|scholars?)\s+(?:\w+\s+)?focus(?:s|es|ed|ing|sed|sing)?\s+on\s+(?:the\s+)?$/iu;

/** What parts the items of a list of places ("Poland, Germany, and France", "Italy and Japan"). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$/u;

/**
 * "against member states", "in Poland", "targeted Poland": a place is a target when the words before it say
 * so, and so is every later place of the same list ("organizations in Italy and Japan").
 */
export function placeTargeted(
  v: Placed,
  attacker: Placed,
  placed: readonly Placed[],
  text: string,
): boolean {
  let item = v;
  // Each step moves to an earlier place of the sentence: at most as many steps as places.
  for (;;) {
    const before = text
      .slice(Math.max(0, item.mention.start - 24), item.mention.start)
      .toLowerCase();
    const sinceActor = text.slice(attacker.mention.end, item.mention.start);
    if (sinceActor.length <= 60 && SEATED_AFTER_ACTOR.test(sinceActor)) return false;
    if (TARGET_BEFORE.test(before)) {
      const after = text.slice(item.mention.end, item.mention.end + 40);
      const longBefore = text.slice(Math.max(0, item.mention.start - 60), item.mention.start);
      return (
        !possessorOfNonVictim(item, before, placed, text) &&
        !QUALIFIES_NON_VICTIM.test(after) &&
        !TOPIC_OF_PUBLICATION.test(longBefore)
      );
    }
    const previous = placeBefore(item, placed);
    if (!previous || !LIST_JOIN.test(text.slice(previous.mention.end, item.mention.start))) {
      return false;
    }
    item = previous;
  }
}

/** The place mentioned nearest before `item` in its sentence. */
function placeBefore(item: Placed, placed: readonly Placed[]): Placed | undefined {
  let nearest: Placed | undefined;
  for (const p of placed) {
    if (p.role !== 'place' || p.mention.end > item.mention.start) continue;
    if (!nearest || p.mention.end > nearest.mention.end) nearest = p;
  }
  return nearest;
}
