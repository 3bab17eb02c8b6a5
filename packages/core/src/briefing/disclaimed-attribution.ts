/**
 * Words by which a report says nobody is known to be behind what it tells: "no attribution has been made", "the
 * company did not say which group was behind the attack", "has not been attributed to any group". An actor the
 * report then names without tying it to the activity ("researchers noted similarities with Scattered Spider") is
 * no answer to "who"; the briefing must not make it one.
 */
import { sentenceIndexAt } from '../extract/sentence-at.ts';
import type { Analysis, Mention } from '../analysis/types.ts';

const DISCLAIMERS =
  /\b(?:no attribution (?:has|had) been made|no attribution was made|(?:has|have|had) not (?:yet )?been (?:publicly |formally )?attributed|(?:did|does|would|could) not (?:say|disclose|identify|name|know) (?:who|which (?:group|gang|hackers|actor|threat actor)s?)\b|(?:was|were|is|are|remains?) unattributed|(?:it )?remains? unclear who|no (?:group|gang|one) has (?:yet )?claimed (?:responsibility|the attack))/iu;

/** The first words of the text saying nobody is known to be behind it, if any. */
export function disclaimedAttribution(analysis: Analysis): Mention | undefined {
  const m = DISCLAIMERS.exec(analysis.text);
  if (!m) return undefined;
  const start = m.index;
  const end = start + m[0].length;
  return { start, end, text: m[0], sentence: sentenceIndexAt(analysis.sentences, start) };
}
