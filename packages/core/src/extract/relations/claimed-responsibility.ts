/**
 * "Scattered Lapsus$ Hunters took responsibility on Telegram", "APT28 later claimed responsibility for the
 * hack", "The Qilin ransomware gang listed Apex on its leak site": an actor claiming an intrusion the sentence
 * does not name again, which the sentences before told of.
 */
import type { Mention } from '../../analysis/types.ts';

/**
 * After the actor's name (and after a family's, its people's word: "The Interlock ransomware gang"): an aside of
 * its own between commas, opened by a relative or an article (", which claims ties to X, Y and Z,"; a name in a
 * list before it claims nothing), a few adverbs, then the claim, whose object, when there is one, is the
 * intrusion itself.
 */
const CLAIMED_AFTER =
  /^(?:\s{1,2}ransomware)?(?:\s{1,2}(?:gang|group|operators|crew))?(?:,\s(?:which|who|a|an|the|also)\s[^.;]{1,100}?,)?\s{1,2}(?:(?:later|quickly|soon|has|had|have|also|publicly)\s{1,2}){0,2}(?:(?:claimed|took|accepted|assumed)\s{1,2}(?:responsibility|credit)(?!\s{1,2}for\s{1,2}(?!(?:it|the\s{1,2}(?:[\p{Ll}-]{1,20}\s{1,2})?(?:attack|cyberattack|hack|breach|incident|intrusion))\b))|(?:listed|posted|added)\s(?:\p{Lu}[\p{L}.&-]*\s){1,4}(?:on|to)\sits\s(?:data\s)?(?:leak|extortion|dark\sweb)\s(?:site|portal|blog|page))/u;
/** Longest stretch from the actor's name to the end of its claim. */
const CLAIM_REACH = 200;

/** Whether the actor at `actor` claims, in its own sentence, the intrusion told of before. */
export const claimsResponsibility = (text: string, actor: Mention): boolean =>
  CLAIMED_AFTER.test(text.slice(actor.end, actor.end + CLAIM_REACH));
