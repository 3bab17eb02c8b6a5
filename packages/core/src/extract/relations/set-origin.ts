/**
 * The country an intrusion set comes from, as the words around its name say (STIX originates-from):
 * - written right before it: "China's APT31", "Chinese APT31", "Russia-based APT28";
 * - in a description beside it: "Volt Typhoon, a Chinese state-sponsored group", "a North Korean hacking
 *   group called Moonstone Sleet", "the Iranian group APT33", "UNC5221 and described it as a suspected
 *   China-nexus espionage actor", "Storm-2035, an Iranian influence network", "UNC3886, which Google's Mandiant
 *   has described as a China-nexus cyber espionage actor", "UTA0178 and believes with medium confidence that it
 *   is a Chinese nation-state-level actor";
 * - as the state directing it: "Moonstone Sleet, a group directed by the North Korean government",
 *   "Lazarus, which is linked to North Korea,", "the Lazarus Group and APT38, cyber actors associated with
 *   North Korea" (both sets), "hackers affiliated with the People's Republic of China" (an unnamed
 *   actor a later sentence names);
 * - as where it works from: "DarkSide is believed to operate from Russia", "Qilin, based in Russia,";
 * - as whose activity a vendor names so: "Microsoft tracks North Korean IT remote worker activity as Jasper
 *   Sleet, Storm-0287, and Moonstone Sleet" (each set of the list).
 * Not a sympathy ("NoName057(16), a pro-Russian hacktivist group") and not a victim's country ("APT41, a
 * group targeting Taiwanese firms"): only describing words may stand between the name and the country.
 */
import type { Span } from '../../analysis/types.ts';
import {
  findEstimativePhrases,
  firstEstimativePhrase,
  RATED_CONFIDENCE,
  type EstimativePhrase,
} from '../confidence/estimative-language.ts';
import { LIST_JOIN } from './place-targets.ts';
import type { Placed } from './roles.ts';

/** Words that may describe an actor between its article and its noun: "a Chinese state-sponsored cyber espionage group". */
const DESCRIBING = String.raw`(?:suspected|state|nation|government|military|sponsored|backed|linked|aligned|based|nexus|affiliated|cyber|cyberespionage|espionage|hacking|threat|advanced|persistent|apt|criminal|cybercriminal|cybercrime|ransomware|extortion|hacktivist|prolific|sophisticated|notorious|known|intelligence|cyberwarfare|warfare|influence|disinformation|new|newly|previously|unknown|undocumented|little|lesser|emerging|level)`;
/** The noun the description ends on. */
export const ACTOR_NOUN = String.raw`(?:groups?|actors?|hackers|gangs?|crews?|collective|team|unit|adversary|clusters?|apt|operators|network|operation|criminals|cybercriminals)`;
const NAMING = String.raw`(?:called|named|dubbed|known\s+as|tracked\s+as|(?:it|we|they|which)\s+tracks?\s+as|(?:that|which)\s+\p{L}{2,20}\s+(?:tracks?|calls?)(?:\s+as)?|designated(?:\s+as)?|identified\s+as|referred\s+to\s+as)`;
export const DIRECTING = String.raw`(?:directed|sponsored|backed|supported|run|operated|controlled|funded|tasked|linked|tied|aligned|affiliated|associated|attributed)`;

/** The kind words a set's name may carry before its description: "the REvil ransomware gang, a …". */
const KIND_AFTER = String.raw`(?:\s{1,2}(?:${DESCRIBING}\s{1,2}){0,2}${ACTOR_NOUN})?`;
/** "TraderTraitor, a cluster of North Korean cyber actors": the noun that gathers the actors described. */
const GATHERING = String.raw`(?:(?:cluster|group|team|network|collection|set)\s{1,2}of\s{1,2})?`;
/** From the set's name to the country in "<Set>, a Chinese …" / "<Set> is an Iranian …". */
/** "which Google's Mandiant has described as": a source describing the set in a relative clause. */
const WHICH_DESCRIBED = String.raw`which\s{1,2}(?:\p{Lu}\p{L}{1,20}(?:['’]s)?\s{1,2}){1,2}(?:has\s{1,2}|had\s{1,2})?describ(?:ed|es)\s{1,2}as\s{1,2}`;
/** "and believes with medium confidence that it is ": a source judging what the set it named is. */
const JUDGED_TO_BE = String.raw`(?:and\s{1,2})?(?:believes?|assess(?:es)?|assessed|thinks?|judges?|judged)\s{1,2}(?:${RATED_CONFIDENCE}\s{1,2})?that\s{1,2}(?:it|they)\s{1,2}`;
const DESCRIPTION_OPENS = new RegExp(
  String.raw`^${KIND_AFTER},?\s{1,2}(?:(?:and\s{1,2})?describ(?:ed|es)\s{1,2}(?:it|them)\s{1,2}as\s{1,2}|${WHICH_DESCRIBED}|${JUDGED_TO_BE})?(?:(?:is|was|likely|probably|possibly|believed\s+to\s+be)\s{1,2}){0,2}(?:a|an|the)\s{1,2}${GATHERING}(?:${DESCRIBING}[\s-]{1,2}){0,3}$`,
  'iu',
);
/** From the country on: "… state-sponsored group", "…-nexus threat actor", "'s most prolific gang". */
const DESCRIPTION_CLOSES = new RegExp(
  String.raw`^(?:['’]s)?(?:[\s-]{1,2}${DESCRIBING}){0,4}[\s-]{1,2}${ACTOR_NOUN}\b`,
  'iu',
);
/** The plural nouns of a description of several sets: "two Chinese nation-state groups". */
const PLURAL_ACTOR_NOUN = String.raw`(?:groups|actors|hackers|gangs|crews|clusters|operators|criminals|cybercriminals)`;
/** A counted description's plural noun after the country: "… nation-state groups". */
const PLURAL_CLOSES = new RegExp(
  String.raw`^(?:[\s-]{1,2}${DESCRIBING}){0,4}[\s-]{1,2}${PLURAL_ACTOR_NOUN}\b`,
  'iu',
);
/** From the country to the set's name: "… hacking group called ", "… group ". */
const DESCRIPTION_NAMES = new RegExp(
  String.raw`^(?:['’]s)?(?:[\s-]{1,2}${DESCRIBING}){0,4}[\s-]{1,2}${ACTOR_NOUN}(?:,?\s{1,2}${NAMING})?,?\s{1,2}$`,
  'iu',
);
/**
 * Another name listed with the set's before the apposition that describes both: "the Lazarus Group and
 * APT38, cyber actors associated with North Korea".
 */
const LISTED_WITH = String.raw`(?:\s{1,2}and(?:\s{1,2}[\p{Lu}\d][\p{L}\d.-]{0,30}){1,3})?`;
/**
 * "Linen Typhoon and Violet Typhoon, two Chinese nation-state groups": a counted description after listed
 * sets describes each of them (its noun, plural, closes it after the country).
 */
const COUNTED_OPENS = new RegExp(
  String.raw`^${KIND_AFTER}${LISTED_WITH},?\s{1,2}(?:two|three|four|both)\s{1,2}(?:${DESCRIBING}[\s-]{1,2}){0,3}$`,
  'iu',
);
/**
 * "Linen Typhoon and Violet Typhoon are Chinese nation-state actors": a plural predicate after listed sets
 * describes each of them (its noun, plural, closes it after the country).
 */
const PLURAL_PREDICATE_OPENS = new RegExp(
  String.raw`^${KIND_AFTER}${LISTED_WITH},?\s{1,2}(?:are|were)\s{1,2}(?:(?:likely|probably|possibly|both|all)\s{1,2}){0,2}(?:${DESCRIBING}[\s-]{1,2}){0,3}$`,
  'iu',
);
/**
 * "that Google's Mandiant has ", "which researchers have ": who links the set, in a relative clause (its
 * auxiliary tells it from the set's own verb: "a group that targets firms linked to China").
 */
const SOURCE_LINKING = String.raw`(?:(?:that|which)\s{1,2}(?:[\p{L}-]{1,20}(?:['’]s)?\s{1,2}){1,2}(?:has|have|had)\s{1,2})?`;
/**
 * From the set's name to the country: ", a group directed by the ", ", which is linked to ", ", a group that
 * Google's Mandiant has linked to ".
 */
const DIRECTION_OPENS = new RegExp(
  String.raw`^${KIND_AFTER}${LISTED_WITH},?\s{1,2}(?:(?:(?:a|an)\s{1,2})?(?:${DESCRIBING}[\s-]{1,2}){0,3}${ACTOR_NOUN}\s{1,2}${SOURCE_LINKING}|(?:which|that|who)\s{1,2}(?:is|was|are|were)\s{1,2}(?:(?:likely|probably|reportedly|(?:(?:widely|generally|commonly)\s{1,2})?(?:believed|thought|suspected)\s+to\s+be)\s{1,2})?)${DIRECTING}\s{1,2}(?:by|to|with)\s{1,2}(?:the\s{1,2})?$`,
  'iu',
);
/**
 * From an unnamed actor's noun to the country: "hackers affiliated with the ", "attackers backed by ". A
 * name needs the comma ("APT31, linked to"); the noun's own phrase goes on without one.
 */
const NOUN_DIRECTION = new RegExp(
  String.raw`^\s{1,2}${DIRECTING}\s{1,2}(?:by|to|with)\s{1,2}(?:the\s{1,2})?$`,
  'u',
);
const UNNAMED_ACTOR = new RegExp(String.raw`^${ACTOR_NOUN}$`, 'u');

/** An apposition's noun and who says it, before where the set works from: ", a group it said was likely …". */
const BASE_APPOSITION = String.raw`(?:(?:a|an)\s{1,2}(?:${DESCRIBING}[\s-]{1,2}){0,3}${ACTOR_NOUN}\s{1,2}(?:(?:it|they|we|researchers|which|that|who)\s{1,2}(?:(?:said|says|believes?|assess(?:es|ed)?)\s{1,2})?)?)?`;
/** From the set's name to the country: " is believed to operate from ", ", based in ". */
const BASE_OPENS = new RegExp(
  String.raw`^${KIND_AFTER},?\s{1,2}${BASE_APPOSITION}(?:(?:is|are|was|were)\s{1,2}(?:(?:likely|probably|possibly|reportedly)\s{1,2})?(?:(?:believed|thought|said|reported|known)\s{1,2}to\s{1,2}(?:be\s{1,2})?)?)?(?:operates?|operating|based|located|headquartered)\s{1,2}(?:from|in|out\s{1,2}of)\s{1,2}$`,
  'iu',
);
/**
 * " is a loosely organized group of English-speaking young adults based in ": a description of the set's
 * people, noun-phrase words only (no "that targets", no victims' nouns: "a group hacking firms based in"),
 * ending on where they are.
 */
const BASE_DESCRIBED = new RegExp(
  String.raw`^${KIND_AFTER},?\s{1,2}(?:is|are|was|were)\s{1,2}(?:(?:likely|probably|possibly|reportedly)\s{1,2})?(?:a|an)\s{1,2}(?:(?!(?:that|which|who|whose|with|against|targets?|targeting|targeted|attack\w*|victims?|compan(?:y|ies)|firms?|organi[sz]ations?|entities|businesses|customers|users|providers)\b)[\p{L}-]{1,30}\s{1,2}){1,8}?(?:based|located|living|residing)\s{1,2}in\s{1,2}(?:the\s{1,2})?$`,
  'iu',
);
/**
 * "Storm-2372, who we assess with moderate confidence aligns with Russia's interests, victimology, and
 * tradecraft": a judgement that the set serves a state is read as its origin, rated as the words rate it.
 */
const ALIGNED_OPENS = new RegExp(
  String.raw`^${KIND_AFTER},?\s{1,2}(?:who|which|that)\s{1,2}(?:we|it|they|\p{Lu}\p{L}{1,20})\s{1,2}(?:assess|assesses|assessed|believe|believes|judge|judges)\s{1,2}(?:${RATED_CONFIDENCE}\s{1,2})?(?:(?:is|was)\s{1,2})?align(?:s|ed)?\s{1,2}with\s{1,2}$`,
  'iu',
);
const ALIGNED_CLOSES =
  /^['’]s\s{1,2}(?:(?:state|strategic|national|geopolitical)\s{1,2})?interests\b/iu;
/** "… from Russia or another Eastern European country": the first place of a list is one it works from. */
const BASE_GOES_ON = /^\s{1,2}(?:or|and)\s/u;
/** From the country on: "… government", "'s regime", or the country alone ending the phrase. */
const DIRECTION_CLOSES =
  /^(?:(?:['’]s)?\s{1,2}(?:government|state|regime|military)\b|\s*(?:[,.;:)]|$))/iu;
/** "China's APT31", "Chinese APT31", "Russia-based APT28": the country right before the set's name. */
const WRITTEN_BEFORE = /^(?:['’]s|-based|-linked|-backed|-sponsored)?\s{1,2}$/u;
/** A sympathy, not an origin: "pro-Russian", "anti-Israeli". */
const SYMPATHY_BEFORE = /(?:pro|anti)-$/iu;
/** Longest description read after the country (characters). */
const CLOSE_REACH = 80;
/** Longest gap between a set's name and the country (characters): a description, not a clause. */
const GAP_REACH = 90;

/** A plural noun describing the sets named after it: "two Chinese nation-state actors, X and Y". */
const PLURAL_DESCRIPTION = new RegExp(String.raw`\b${PLURAL_ACTOR_NOUN}\b`, 'iu');

/**
 * "two Chinese nation-state actors, Linen Typhoon and Violet Typhoon": a set listed right after another
 * that a plural description before the country names.
 */
function listedAfterDescribed(
  a: Placed,
  place: Placed,
  placed: readonly Placed[],
  text: string,
): boolean {
  return placed.some((q) => {
    if (q.role !== 'attacker' || q.mention.start < place.mention.end) return false;
    if (q.mention.end > a.mention.start) return false;
    const description = text.slice(place.mention.end, q.mention.start);
    return (
      description.length <= GAP_REACH &&
      DESCRIPTION_NAMES.test(description) &&
      PLURAL_DESCRIPTION.test(description) &&
      LIST_JOIN.test(text.slice(q.mention.end, a.mention.start))
    );
  });
}

/**
 * "Microsoft tracks North Korean IT remote worker activity as ": from the country to the names a vendor gives
 * the activity of its people (a few describing words, the activity's or the people's noun, "as", maybe a
 * quote mark: 'refers to this DPRK activity as "TraderTraitor"').
 */
const TRACKED_ACTIVITY =
  /^(?:['’]s)?(?:[\s-]{1,2}[\p{L}\d]{1,20}){0,4}[\s-]{1,2}(?:activity|activities|operations|workers|groups?|actors?|hackers|operators|clusters?)\s{1,2}as\s{1,2}["“']?$/iu;
/**
 * The vendor's verb right before the country: "tracks ", "Microsoft tracks ", "The FBI refers to this specific ".
 */
const TRACKS_BEFORE =
  /\b(?:tracks|track|tracked|tracking|(?:refers|refer|referred|referring)\s{1,2}to(?:\s{1,2}(?:this|these|the|such))?(?:\s{1,2}specific)?)\s{1,2}$/iu;
/** How far before the country the vendor's verb may start. */
const TRACKS_REACH = 32;

/** The first set of the list the set `a` ends ("as Jasper Sleet, Storm-0287, and Moonstone Sleet"). */
function listHead(a: Placed, placed: readonly Placed[], text: string): Placed {
  let head = a;
  for (let i = placed.indexOf(a) - 1; i >= 0; i--) {
    const q = placed[i]!;
    if (q.role !== 'attacker' || q.mention.end > head.mention.start) continue;
    if (!LIST_JOIN.test(text.slice(q.mention.end, head.mention.start))) break;
    head = q;
  }
  return head;
}

/** "Microsoft tracks North Korean IT remote worker activity as Jasper Sleet, …, and Moonstone Sleet". */
function trackedFrom(a: Placed, place: Placed, placed: readonly Placed[], text: string): boolean {
  // The vendor's verb first: asked of every place before every set, it is rarely there.
  if (
    !TRACKS_BEFORE.test(
      text.slice(Math.max(0, place.mention.start - TRACKS_REACH), place.mention.start),
    )
  )
    return false;
  const head = listHead(a, placed, text);
  const gap = text.slice(place.mention.end, head.mention.start);
  return gap.length <= GAP_REACH && TRACKED_ACTIVITY.test(gap);
}

export function setOrigin(a: Placed, placed: readonly Placed[], text: string): Placed | undefined {
  for (const p of placed) {
    if (p.role !== 'place') continue;
    if (SYMPATHY_BEFORE.test(text.slice(Math.max(0, p.mention.start - 5), p.mention.start)))
      continue;
    if (p.mention.end <= a.mention.start) {
      const gap = text.slice(p.mention.end, a.mention.start);
      if (WRITTEN_BEFORE.test(gap)) return p;
      if (gap.length <= GAP_REACH && DESCRIPTION_NAMES.test(gap)) return p;
      if (listedAfterDescribed(a, p, placed, text)) return p;
      if (trackedFrom(a, p, placed, text)) return p;
    } else if (p.mention.start >= a.mention.end) {
      const gap = text.slice(a.mention.end, p.mention.start);
      if (gap.length > GAP_REACH) continue;
      const after = text.slice(p.mention.end, p.mention.end + CLOSE_REACH);
      if (DESCRIPTION_OPENS.test(gap) && DESCRIPTION_CLOSES.test(after)) return p;
      if (
        (COUNTED_OPENS.test(gap) || PLURAL_PREDICATE_OPENS.test(gap)) &&
        PLURAL_CLOSES.test(after)
      )
        return p;
      // "APT28 and Poland, which is linked to …": the name listed with the set's is no place.
      const listedPlace = placed.some(
        (q) =>
          q.role === 'place' &&
          q.mention.start >= a.mention.end &&
          q.mention.end <= p.mention.start,
      );
      if (!listedPlace && DIRECTION_OPENS.test(gap) && DIRECTION_CLOSES.test(after)) return p;
      if (UNNAMED_ACTOR.test(a.mention.text) && NOUN_DIRECTION.test(gap)) return p;
      if (ALIGNED_OPENS.test(gap) && ALIGNED_CLOSES.test(after)) return p;
      // "DarkSide is believed to operate from Russia or another Eastern European country"
      if (
        (BASE_OPENS.test(gap) || BASE_DESCRIBED.test(gap)) &&
        (DIRECTION_CLOSES.test(after) || BASE_GOES_ON.test(after))
      )
        return p;
    }
  }
  return undefined;
}

/** A list's join that offers places as alternatives, and one that adds them (LIST_JOIN reads both). */
const OR_JOIN = /\bor\b/u;
const AND_JOIN = /\band\b|&/u;

/**
 * The origin and the places listed right after it with "and" ("based in the United States and the United
 * Kingdom"): where the set's people are, each of them. Not "Russia or another Eastern European country".
 */
export function originsListed(origin: Placed, placed: readonly Placed[], text: string): Placed[] {
  const places = [origin];
  let last = origin;
  let joined = false;
  for (const p of placed) {
    if (p.role !== 'place' || p.mention.start < last.mention.end) continue;
    const between = text.slice(last.mention.end, p.mention.start);
    if (!LIST_JOIN.test(between) || OR_JOIN.test(between)) break;
    joined ||= AND_JOIN.test(between);
    places.push(p);
    last = p;
  }
  // "in Russia, Ukraine" may go on "… and elsewhere": a list counts only once it is closed by "and".
  return joined ? places : [origin];
}

/** "We assess with moderate confidence that ": the judgement opens the clause naming the set. */
const JUDGED_CLAUSE = /^\s{1,2}that\s{1,2}(?:the\s{1,2})?$/iu;

/**
 * The source's rating of the origin setOrigin read, when its words rate that very claim: "We assess with
 * moderate confidence that Storm-0558 is a China-based threat actor" (50), "Storm-0558 is likely a
 * China-based actor" (70). A judgement elsewhere in the sentence rates something else.
 */
export function originJudgement(
  text: string,
  sentence: Span,
  a: Placed,
  origin: Placed,
): EstimativePhrase | undefined {
  if (origin.mention.start >= a.mention.end) {
    const between = firstEstimativePhrase(text, a.mention.end, origin.mention.start);
    if (between) return between;
  }
  const before = findEstimativePhrases(text, sentence.start, a.mention.start).at(-1);
  return before && JUDGED_CLAUSE.test(text.slice(before.end, a.mention.start)) ? before : undefined;
}
