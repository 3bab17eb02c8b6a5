/**
 * "Researchers link Handala to Void Manticore", "TA410 is loosely linked to APT10", "Scattered Lapsus$ Hunters,
 * which has links to the Scattered Spider and Lapsus$ hacking groups", "an Iranian actor that overlaps with
 * UNC1549 and Smoke Sandstorm", "overlaps between UNC6040 and a group publicly tracked as
 * ShinyHunters": two intrusion sets a sentence ties without saying they are one.
 * STIX has no set-to-set relationship of its own, so the tie is `related-to`, from the set the sentence
 * tells of to each set it is tied to.
 */
import { RATED_CONFIDENCE } from '../confidence/estimative-language.ts';
import { negatedBefore } from '../negated-clause.ts';
import type { Placed } from './roles.ts';

/**
 * Words that make the actor after them the object of a link ("loosely linked to APT10", "a subgroup of APT10",
 * "overlaps with activity tracked as GhostEmperor", "overlaps with activity other vendors track as UNC5267", "whose
 * activity overlaps with that of UAC-0006").
 */
export const LINKED_TO =
  /\b(?:(?:linked|tied|connected|related|attributed)\s+to|(?:(?:close|strong|possible|alleged)\s+)?(?:links|ties)\s+to|(?:associated|overlaps?|overlapping)\s+with|shar(?:es|ed|ing)\s+(?:[\w-]+\s+){1,4}with|similar\s+to|(?:subgroup|sub-group|subcluster|sub-cluster|subset|offshoot|part)\s+of)\s+(?:the\s+|th(?:at|ose)\s+of\s+)?(?:(?:an?\s+|the\s+)?(?:activity|group|actor|threat\s+actor|cluster)\s+(?:tracked|known|reported|publicly\s+reported|(?:that\s+)?(?:other\s+vendors|others|other\s+researchers|\p{Lu}\p{L}+)\s+(?:tracks?|calls?))\s+as\s+)?$/u;
/**
 * What the link words may follow, back to the set told of: the set itself ("TA406 is associated with", "UAC-0133,
 * a subcluster of"), or a word for it or its ways ("an umbrella group loosely linked to", "a threat actor that overlaps with",
 * "ITG10's TTPs overlap with"), not another thing the words tie ("an IP address previously linked to", "a
 * campaign that we attributed to", "the ones attributed to"); a source's judgement may stand between ("UNC4736, a
 * cluster it believes with moderate confidence is linked to").
 */
const LINK_SUBJECT = new RegExp(
  String.raw`(?:^(?:['’]s)?|^,\s+(?:an?|the)|\b(?:group|groups|actor|actors|cluster|clusters|subgroup|team|gang|crew|operators?|activity|activities|tactics|techniques|procedures|\(?TTPs\)?|tradecraft|infrastructure|persona|personas|it|they))(?:\s+(?:it|they|we|\p{Lu}\p{L}+)\s+(?:believes?|assess(?:es)?|judges?|thinks?)(?:\s{1,2}${RATED_CONFIDENCE})?)?(?:,?\s+(?:is|are|was|were|be|been|has|have|had|to|likely|possibly|probably|loosely|closely|also|previously|strongly|reportedly|partially|partly|somewhat|highly|may|might|could|that|which|who))*\s*$`,
  'u',
);
/** "link Handala to …", "attribute TA402 to …": a verb before the tied set, its object. */
const LINK_VERB_BEFORE =
  /(?<!\b(?:not|never|n[’']t)\s)\b(?:link|links|linked|linking|tie|ties|tied|tying|attribute|attributes|attributed|attributing|connect|connects|connected)\s+(?:the\s+)?$/u;
const TO_BETWEEN = /^\s+to\s+(?:the\s+)?$/u;
/** "overlaps between UNC6040 and …": the tie named before both sets. */
const TIE_BETWEEN_BEFORE =
  /\b(?:overlaps?|links?|ties|connections?|similarities)\s+between\s+(?:the\s+)?$/u;
/** "overlaps between X and Y", not "we have not found a … technical link between X and Y". */
const tieBetween = (text: string, told: Placed): boolean =>
  TIE_BETWEEN_BEFORE.test(wordsBefore(text, told)) && !negatedBefore(text, told.mention.start);
/** "… and a group publicly tracked as ShinyHunters": the second set of the tie. */
const AND_BETWEEN =
  /^\s+and\s+(?:(?:an?|the)\s+(?:group|actor|threat\s+actor|cluster)\s+(?:(?:publicly|also|separately)\s+)?(?:tracked|known|reported)\s+as\s+|the\s+)?$/u;
/** "UNC1549 and Smoke Sandstorm", "APT10, APT3 or APT41": the next name of a list. */
export const LISTED = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;
/** How far before a set its link words may begin. */
const LINK_REACH = 56;
/** Longest stretch between the set told of and the first set it is tied to. */
const TIE_REACH = 150;

const isSet = (p: Placed): boolean => p.entity.type === 'intrusion-set';
/** The words before a set's name, as far as link words may begin. */
const wordsBefore = (text: string, set: Placed): string =>
  text.slice(Math.max(0, set.mention.start - LINK_REACH), set.mention.start);

/**
 * The [set told of, set tied to] pairs of one sentence; `placed` is the sentence's entities in text order.
 * The set told of is the nearest set before the tie with nothing but words between them (no semicolon).
 */
export function linkedSets(text: string, placed: readonly Placed[]): [Placed, Placed][] {
  const sets = placed.filter(isSet);
  const pairs: [Placed, Placed][] = [];
  for (let i = 1; i < sets.length; i++) {
    const tied = sets[i]!;
    const told = sets[i - 1]!;
    const between = text.slice(told.mention.end, tied.mention.start);
    if (between.length > TIE_REACH || between.includes(';')) continue;
    const linkWords = LINKED_TO.exec(between.slice(-LINK_REACH));
    const linked =
      (linkWords !== null &&
        LINK_SUBJECT.test(between.slice(0, between.length - linkWords[0].length))) ||
      (TO_BETWEEN.test(between) && LINK_VERB_BEFORE.test(wordsBefore(text, told))) ||
      (AND_BETWEEN.test(between) && tieBetween(text, told));
    if (!linked) continue;
    // The tied set and the names listed after it are tied to the set told of.
    for (let k = i; k < sets.length; k++) {
      const next = sets[k]!;
      if (k > i && !LISTED.test(text.slice(sets[k - 1]!.mention.end, next.mention.start))) break;
      if (next.entity.key !== told.entity.key) pairs.push([told, next]);
    }
  }
  return pairs;
}
