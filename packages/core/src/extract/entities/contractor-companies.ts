/**
 * Companies that do an actor's hacking under contract, as sanctions and indictments name them: "OFAC is
 * sanctioning Integrity Technology Group (Integrity Tech), a Beijing-based cybersecurity company, for its role
 * in multiple computer intrusion incidents", "Sichuan Juxinhe Network Technology, a cybersecurity company that
 * officials said was directly involved in the Salt Typhoon intrusions". The words right after the company's name
 * say it took part in the intrusions; a victim is struck by them, never "involved in" or "responsible for" them.
 */
import type { Mention } from '../../analysis/types.ts';

/** What a security firm does about intrusions: "involved in responding to the attacks" makes no contractor. */
const RESPONSE =
  '(?:investigating|responding|remediating|mitigating|defending|analy[sz]ing|tracking|disrupting|cleaning)';
/** What the company took part in: intrusions, attacks, hacking, campaigns. */
const DEEDS = String.raw`(?!${RESPONSE}\b)(?:[\p{L}\d-]+ ){0,4}?(?:intrusions?|attacks?|cyberattacks?|hacks|hacking|incidents|operations|campaigns|breaches)\b`;
/** The company's acronym, then an apposition saying what it is: " (Integrity Tech), a Beijing-based company". */
const APPOSED = String.raw`\.?(?: \([^()]{1,40}\))?(?:, (?:a|an|the) [^,;.()]{1,60}?)?`;
/** "…, for its role in multiple computer intrusion incidents". */
const ROLE_IN = new RegExp(
  String.raw`^${APPOSED},? for (?:its|their) (?:alleged )?role in ${DEEDS}`,
  'u',
);
/** "…, a cybersecurity company that officials said was directly involved in the Salt Typhoon intrusions". */
const INVOLVED = new RegExp(
  String.raw`^${APPOSED},? (?:that|which|who) (?:(?:[\p{L}.]+ ){1,3}(?:said|say|says|alleged|allege|believe|believed) )?(?:was|is|were|are|has been|had been|have been) (?:directly |allegedly |also )?(?:involved in|responsible for) ${DEEDS}`,
  'u',
);
/** Characters after a mention that the phrases may take. */
const REACH = 240;
/** Words without which neither phrase stands in a text: most texts are asked nothing more. */
const CONTRACT_WORDS = /\b(?:role in|involved in|responsible for)\b/u;

export const mayNameContractors = (text: string): boolean => CONTRACT_WORDS.test(text);

export const contractorAt = (text: string, mention: Mention): boolean => {
  const after = text.slice(mention.end, mention.end + REACH);
  return ROLE_IN.test(after) || INVOLVED.test(after);
};
