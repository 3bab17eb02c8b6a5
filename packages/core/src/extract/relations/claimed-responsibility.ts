/**
 * "Scattered Lapsus$ Hunters took responsibility on Telegram", "APT28 later claimed responsibility for the
 * hack", "The Qilin ransomware gang listed Apex on its leak site", or told to be responsible ("… said that the
 * gang, known as Qilin, was responsible"): an actor claiming or held to account for an intrusion the sentence
 * does not name again, which the sentences before told of.
 */
import type { Mention } from '../../analysis/types.ts';

/** After a family's name, its people's word: "The Interlock ransomware gang". */
const PEOPLES_WORDS = String.raw`(?:\s{1,2}ransomware)?(?:\s{1,2}(?:gang|group|operators|crew))?`;
/** What one sentence tells of an intrusion, as the object of "responsibility" or "responsible for". */
const THE_INTRUSION = String.raw`(?:it|the\s{1,2}(?:[\p{Ll}-]{1,20}\s{1,2})?(?:attack|cyberattack|hack|breach|incident|intrusion))\b`;
/**
 * After the actor's name (and after a family's, its people's word: "The Interlock ransomware gang"): an aside of
 * its own between commas, opened by a relative or an article (", which claims ties to X, Y and Z,"; a name in a
 * list before it claims nothing), a few adverbs, then the claim, whose object, when there is one, is the
 * intrusion itself.
 */
const CLAIMED_AFTER = new RegExp(
  String.raw`^${PEOPLES_WORDS}(?:,\s(?:which|who|a|an|the|also)\s[^.;]{1,100}?,)?\s{1,2}(?:(?:later|quickly|soon|has|had|have|also|publicly)\s{1,2}){0,2}(?:(?:claimed|took|accepted|assumed)\s{1,2}(?:responsibility|credit)(?!\s{1,2}for\s{1,2}(?!${THE_INTRUSION}))|(?:listed|posted|added)\s(?:\p{Lu}[\p{L}.&-]*\s){1,4}(?:on|to)\sits\s(?:data\s)?(?:leak|extortion|dark\sweb)\s(?:site|portal|blog|page))`,
  'u',
);
/**
 * "… told the BBC that the gang, known as Qilin, was responsible": held to account, the name's own aside closing
 * on the comma before the verb; "responsible for" only the intrusion ("responsible for the Synnovis attack"
 * names it, and "responsible for ransomware payments" is another thing).
 */
const RESPONSIBLE_AFTER = new RegExp(
  String.raw`^${PEOPLES_WORDS},?\s{1,2}(?:was|is|were)\s{1,2}(?:(?:likely|probably|also)\s{1,2})?responsible(?!\s{1,2}for\s{1,2}(?!${THE_INTRUSION}))`,
  'u',
);
/** Longest stretch from the actor's name to the end of its claim. */
const CLAIM_REACH = 200;

/** Whether the actor at `actor` claims, in its own sentence, the intrusion told of before. */
export const claimsResponsibility = (text: string, actor: Mention): boolean => {
  const after = text.slice(actor.end, actor.end + CLAIM_REACH);
  return CLAIMED_AFTER.test(after) || RESPONSIBLE_AFTER.test(after);
};
