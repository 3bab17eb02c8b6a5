/**
 * A family a source attributes to an actor is one the actor uses: "Google attributes the BRICKSTORM backdoor to
 * UNC5221", "BRICKSTORM, which Google attributes to the China-nexus group UNC5221".
 */
import { RATED_CONFIDENCE } from '../confidence/estimative-language.ts';
import type { Placed } from './roles.ts';

/** "attributes (the) " right before the family. */
const ATTRIBUTES_BEFORE = /\battribut(?:e|es|ed|ing)\s+(?:the\s+)?$/u;
/** "with high confidence": the source's rating between the attributing verb and "to". */
const RATED = String.raw`(?:\s{1,2}${RATED_CONFIDENCE})?`;
/**
 * " (backdoor) (with high confidence) to (the China-nexus group) ": the family's kind word, the rating, then "to"
 * and the actor's description.
 */
const TO_THE_ACTOR = new RegExp(
  String.raw`^(?:\s+[\p{Ll}-]+){0,2}${RATED}\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);
/**
 * ", and attribute it with high confidence to the China-aligned APT group ": the family named, then attributed
 * as "it" ("a backdoor, which we named WolfsBane, and attribute it …").
 */
const IT_ATTRIBUTED = new RegExp(
  String.raw`^,?\s+and\s+(?:we\s+)?attribut(?:e|es|ed)\s+it${RATED}\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);
/** ", which Google attributes to (the China-nexus group) ": a relative clause after the family. */
const WHICH_ATTRIBUTED =
  /^,\s+which\s+(?:[\p{L}-]+\s+){0,3}attribut(?:e|es|ed)\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const BEFORE_REACH = 20;

export function familyAttributedTo(text: string, family: Placed, actor: Placed): boolean {
  const { start, end } = family.mention;
  // An actor named before the family leaves no words between, which the patterns need.
  const between = text.slice(end, actor.mention.start);
  if (WHICH_ATTRIBUTED.test(between) || IT_ATTRIBUTED.test(between)) return true;
  return (
    TO_THE_ACTOR.test(between) &&
    ATTRIBUTES_BEFORE.test(text.slice(Math.max(0, start - BEFORE_REACH), start))
  );
}

/** "attributed the malware to ": the family named before, then the actor. */
const THE_FAMILY_ATTRIBUTED =
  /\battribut(?:e|es|ed|ing)\s+(?:the|this)\s+(?:malware|backdoor|implant|tool|ransomware|family|stealer)\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** How far before the actor those words may start (characters). */
const THE_FAMILY_REACH = 90;

/**
 * "The NCSC said the GRU had used a new malware called Authentic Antics. The NCSC attributed the malware to
 * APT28.": the one family the sentence before names, which "the malware" stands for, when the words
 * attribute it to `actor`.
 */
export function familyReferredTo(
  text: string,
  actor: Placed,
  before: readonly Placed[],
): Placed | undefined {
  const { start } = actor.mention;
  if (!THE_FAMILY_ATTRIBUTED.test(text.slice(Math.max(0, start - THE_FAMILY_REACH), start))) {
    return undefined;
  }
  const families = before.filter(
    (p) => p.role === 'capability' && p.entity.type !== 'attack-pattern',
  );
  const first = families[0];
  return first && families.every((p) => p.entity.key === first.entity.key) ? first : undefined;
}
