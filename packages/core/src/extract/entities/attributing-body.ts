/**
 * A body that attributes attacks right after its name is their attributor, not their victim: "France's
 * Ministry for Europe and Foreign Affairs on Tuesday attributed … cyberattacks that targeted French
 * entities". Unless its sentence speaks of the body's own systems: "the ministry attributed the breach of
 * its network to APT31". So is a body that says what others suffered: "The Czech Foreign Ministry said
 * that Czech institutions had also been targeted by APT28", unless it says it was hit itself ("said it had
 * been targeted"), and one a sentence quotes: "According to the Interior Ministry, the hackers exploited …
 * to gain access to email accounts of party officials". Asked where intrusions get their victims
 * (campaigns.ts) and where actors get their targets (extract-relations.ts), so both read such a sentence
 * alike. Naming the suspect is attributing: "Finnish police name APT31 as suspect in parliament hack"; so is linking
 * the attacks to one: "Japan police link MirrorFace cyberattacks to China" (not "a ministry linked to …").
 */
import type { Span } from '../../analysis/types.ts';

/**
 * The rest of a body's name after the word that named it, read before the verbs: "police| security service
 * PST said", "police| (NPA) said". Case-sensitive: an acronym is capitals.
 */
const NAME_REST =
  /^(?:\s+(?:security|intelligence|service|agency|directorate|department|unit|office|\(?\p{Lu}{2,6}\)?)){0,4}/u;
/**
 * The attributing verb after at most three modifiers ("on Tuesday publicly attributed"), or a verb of the
 * police or the courts acting on the suspects ("UK police arrested four people in connection with the attacks",
 * "the Dutch police are investigating"), or of a ministry answering for its state ("summoned the Russian
 * ambassador").
 */
const ATTRIBUTES_AFTER =
  /^(?:\s+(?:on|has|have|had|publicly|formally|officially|openly|also|now|today|yesterday|again|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday)){0,3}\s+(?:attribut|blam|accus|condemn|pinned|nam(?:e|es|ed)\s|(?:link|tie|trace)(?:s|d|ed)?\s+(?!to\b)|summon|arrest|detain|charg|indict|raid|seiz|(?:(?:is|are|was|were)\s+)?investigat)/iu;
/** The reporting verb right after the body's name, or after "also", "has": "said on the same day that". */
const SAYS_AFTER =
  /^(?:\s+(?:has|have|had|also)){0,2}\s+(?:said|says|stated|states|warned|warns|announced|noted)\b/iu;
/**
 * "According to (the)" right before a body's name, up to two words (its state's) between: "according to the German
 * interior ministry".
 */
export const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** How far before a name "according to" is looked for. */
export const ACCORDING_REACH = 50;
/** Words by which a sentence speaks of the body's own systems. */
const OWN = /\b(?:its|their|our)\b/iu;
/** … and by which a body's quoted words do: "said it had been targeted", "said we were hit". */
const OWN_SPOKEN = /\b(?:it|its|itself|our|we|us)\b/giu;
/**
 * The body as the one who judges, not the one hit: "APT28, a group that it linked to the GRU", "an actor it
 * tracks as Storm-2603".
 */
const JUDGING_AFTER =
  /^\s+(?:linked|links|tied|ties|attributed|attributes|tracks|tracked|calls|called|named|names|described|describes|believes|believed|assessed|assesses|blamed|blames|suspects|suspected|identified|identifies)\b/iu;

/** `name`: the body's mention; `sentence`: the sentence it stands in. */
export function attributesOthers(text: string, sentence: Span, name: Span): boolean {
  const nameEnd = name.end;
  const rest = text.slice(nameEnd, nameEnd + 160);
  const restOfName = NAME_REST.exec(rest)![0].length;
  const after = rest.slice(restOfName, restOfName + 80);
  // Words of the body's own systems are looked for near its name: a sentence may be a whole text that names
  // the body a thousand times.
  const near = (from: number): string =>
    text.slice(Math.max(sentence.start, from), Math.min(sentence.end, nameEnd + OWN_REACH));
  if (ATTRIBUTES_AFTER.test(after)) return !OWN.test(near(nameEnd - OWN_REACH));
  const spoken =
    SAYS_AFTER.test(after) ||
    ACCORDING_BEFORE.test(
      text.slice(Math.max(sentence.start, name.start - ACCORDING_REACH), name.start),
    );
  return spoken && !speaksOfItsOwn(near(nameEnd));
}

function speaksOfItsOwn(words: string): boolean {
  for (const m of words.matchAll(OWN_SPOKEN)) {
    const judging = m[0].toLowerCase() === 'it' && JUDGING_AFTER.test(words.slice(m.index + 2));
    if (!judging) return true;
  }
  return false;
}
/** How far from the body's name its own systems may be spoken of (characters). */
const OWN_REACH = 240;
