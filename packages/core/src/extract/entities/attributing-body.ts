/**
 * A body that attributes attacks right after its name is their attributor, not their victim: "France's
 * Ministry for Europe and Foreign Affairs on Tuesday attributed … cyberattacks that targeted French
 * entities". Unless its sentence speaks of the body's own systems: "the ministry attributed the breach of
 * its network to APT31". Asked where intrusions get their victims (campaigns.ts) and where actors get their
 * targets (extract-relations.ts), so both read such a sentence alike.
 */
import type { Span } from '../../analysis/types.ts';

/** The attributing verb after at most three modifiers ("on Tuesday publicly attributed"). */
const ATTRIBUTES_AFTER =
  /^(?:\s+(?:on|has|have|had|publicly|formally|officially|openly|also|now|today|yesterday|again|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday)){0,3}\s+(?:attribut|blam|accus|condemn|pinned)/iu;
/** Words by which a sentence speaks of the body's own systems. */
const OWN = /\b(?:its|their|our)\b/iu;

/** `nameEnd`: where the body's mention ends; `sentence`: the sentence it stands in. */
export function attributesOthers(text: string, sentence: Span, nameEnd: number): boolean {
  return (
    ATTRIBUTES_AFTER.test(text.slice(nameEnd, nameEnd + 80)) &&
    !OWN.test(text.slice(sentence.start, sentence.end))
  );
}
