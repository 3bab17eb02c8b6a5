/**
 * Which places a sentence says an actor targets: after a targeting word ("in Poland", "targeted Poland",
 * "across Europe"), every later place of the same list ("in Italy and Japan"), never where the actor itself is.
 */
import { countryByCode } from '../../geo/countries.ts';
import { THEFTS } from '../entities/company-victims.ts';
import type { Placed } from './roles.ts';

/**
 * Words right before a place that make it a target ("in Poland", "targeted Poland", "across Europe", "in the
 * continental and non-continental United States", "in countries including Australia", "across NATO member states
 * including Bulgaria"), and a targeting verb before an indefinite article or a number ("attacked a German
 * hospital", "an attack on a Danish port", "attacked dozens of Israeli companies", "targeting a dozen French
 * entities"; not "in a", "on a": "posted on a Russian forum"), and the people a sentence says were struck at a
 * state's bodies ("emails to officials at South Korean government ministries", "sent phishing emails to German
 * political parties"), and the state whose bodies were struck ("targeted executive authorities of Ukraine",
 * "cyberattacks against defense enterprises of Ukraine"), and the state the people targeted are tied to
 * ("continued targeting individuals connected to Ukraine").
 */
const TARGET_BEFORE =
  /\b(?:(?:in|against|target|targeting|targeted|targets|attack|attacked|attacking|across|throughout|on)\s+(?:the\s+)?(?:(?:non-)?(?:continental|mainland|southern|northern|eastern|western|central)\s+(?:and\s+)?){0,2}|(?:in|across|throughout)\s+(?:[\p{L}-]+\s+){0,3}?(?:countries|nations|regions|states)\s+(?:including|such\s+as|like|notably)\s+(?:the\s+)?|(?:targeting|targeted|targets|attacked|attacking|breached|compromised|hit|against|attacks?\s+on)\s+(?:an?|several|many|multiple|numerous|(?:dozens|hundreds|scores)\s+of|a\s+dozen|at\s+least\s+\w+|\d+)\s+|(?:to|targeting|targeted|targets)\s+(?:senior\s+)?(?:officials|employees|staff|staffers|personnel|diplomats|executives)\s+(?:at|of)\s+(?:the\s+)?|(?:targeting|targeted|targets|attacked|attacking|breached|compromised|against|attacks\s+on)\s+(?:[\p{L}-]+\s+){0,2}?(?:authorities|ministries|agencies|organi[sz]ations|entities|institutions|bodies|networks|enterprises|companies)\s+of\s+(?:the\s+)?|(?:phishing|spear-?phishing|malicious|fake|lure)\s+(?:e-?mails?|messages|documents|invitations)\s+to\s+(?:the\s+)?|(?:targeting|targeted|targets)\s+(?:individuals|people|persons|organi[sz]ations|entities)\s+(?:connected|linked|tied|related)\s+to\s+(?:the\s+)?)$/u;
/**
 * "compromised internet-connected cameras at Ukrainian border crossings": what an intrusion verb struck, then
 * where those things stand (not "hosted at Russian providers": no intrusion verb).
 */
const THINGS_AT =
  /\b(?:compromised|breached|hacked|hijacked|infected|targeted)\s(?:[\p{L}\d-]{1,30}\s){1,3}at\s(?:the\s)?$/u;
/**
 * "stole more than 20 million payment card records from US businesses": whom a theft took from, a few words
 * after its verb.
 */
const STOLEN_FROM = new RegExp(
  String.raw`\b(?:${[...THEFTS].join('|')})\s(?:[^\s.;]+\s){0,8}from\s(?:the\s)?$`,
  'u',
);
const STOLEN_REACH = 100;
/**
 * "APT28, based in Russia", "MuddyWater, which operates out of Iran": where the actor itself is, not what it
 * targets ("organizations based in Israel" are targets).
 */
const SEATED_AFTER_ACTOR =
  /^[\s,]*(?:(?:which|that|is|was|reportedly|likely|probably)\s+)*(?:based|located|headquartered|operating|operates|residing)\s+(?:in|out\s+of|from)\s+(?:the\s+)?$/u;
/**
 * How far before a place its targeting words are looked for: "compromised at least 10 ", "in the continental
 * and non-continental ".
 */
const BEFORE_REACH = 48;
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
 * word that qualifies a state's concerns or a sea names no victim, whatever word comes before it; nor does
 * one saying where a thing was made ("to target Israeli-made operational technology").
 */
const QUALIFIES_NON_VICTIM =
  /^(?:['’]?s?\s+(?:(?:national|international|foreign|domestic|internal|economic|strategic)\s+)?(?:security|sea|affairs|policy|policies|ambitions|influence|strategy)|-(?:made|built|manufactured|designed|produced))\b/iu;

/**
 * "a South Korean online newspaper focused on North Korea", "outlets focussing on North Korea", "a news and
 * analysis service focusing on North Korea", "researchers on North Korea": what a
 * publication or an expert is about is its topic, not a target (a campaign focused on a region targets it).
 */
const TOPIC_OF_PUBLICATION =
  /\b(?:(?:newspapers?|outlets?|news|media|websites?|sites?|publications?|journals?|magazines?|blogs?|services?|experts?|journalists?|analysts?|researchers?|scholars?)\s+(?:\w+\s+)?focus(?:s|es|ed|ing|sed|sing)?|(?:experts?|journalists?|analysts?|researchers?|scholars?|academics?|specialists?)(?:\s+(?:working|writing|reporting))?)\s+on\s+(?:the\s+)?$/iu;

/**
 * "two LockBit actors were arrested in Poland and Ukraine": where the police or a court acted on the actors,
 * not what they targeted.
 */
const WHERE_JUSTICE_ACTED =
  /\b(?:arrested|detained|apprehended|extradited|charged|indicted|sentenced|jailed|convicted|raided)\b[^.]{1,40}\bin\s+(?:the\s+)?$/iu;

/**
 * "young English-speaking hackers in the US and the UK", "affiliates in Russia": where the actor's own people
 * are, not what they target.
 */
const WHERE_ACTORS_ARE = /\b(?:hackers|affiliates|developers)\s+in\s+(?:the\s+)?$/iu;

/**
 * "together with partners in the Netherlands, Czech Republic, Germany …": the states of the agencies that tell
 * it, with the speakers, not what the actor targets.
 */
const WHERE_PARTNERS_ARE = /\b(?:partners|allies|counterparts)\s+(?:in|from)\s+(?:the\s+)?$/iu;

/**
 * "foreign embassies in Moscow", "foreign companies operating in China": the state that hosts foreigners, not
 * theirs, and not the target of an attack on them.
 */
const WHERE_FOREIGNERS_ARE =
  /\bforeign\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:based|operating|located|working)\s+)?in\s+(?:the\s+)?$/iu;

/**
 * "the peace summit on Ukraine held in Switzerland", "sanctions on Russia", "speaking at a security conference in
 * Oslo": a place a meeting, a text or a measure is about, or where an event was held, is no target of the
 * sentence's actor.
 */
const SETTING_OR_TOPIC =
  /\b(?:(?:summit|conference|talks|meeting|report|article|paper|book|policy|stance|views?|sanctions|briefing|resolution|statement|debate|negotiations)\s+on|(?:held|hosted|convened|organi[sz]ed|registered|born|published|printed)\s+in|(?:summit|conference|forum|meeting|event|talks|press\s+briefing)\s+in)\s+(?:the\s+)?$/iu;

/**
 * "targeting a Turkish defense organization with a lure about public infrastructure projects in Madagascar": a
 * place a lure is about is its bait, not its target; not past a word sending it to someone ("a lure about
 * projects to ministries in Madagascar").
 */
const LURE_TOPIC =
  /\b(?:lures?|decoys?|baits?)(?:\s+(?:documents?|files?|e-?mails?|messages?|themes?))?\s+(?:about|on|regarding|concerning|referencing|related\s+to|themed\s+(?:around|on))\s+(?:(?!(?:to|at|against|targeting)\s)[\p{L}-]+\s+){0,5}?(?:in|of|on|for)\s+(?:the\s+)?$/iu;

/** What parts the items of a list ("Poland, Germany, and France", "Italy and Japan"), up to the next item. */
const JOIN = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$`;
/** What parts the items of a list of places. */
export const LIST_JOIN = new RegExp(`^${JOIN}`, 'u');

/**
 * "against member states", "in Poland", "targeted Poland": a place is a target when the words before it say
 * so, and so is every later place of the same list ("organizations in Italy and Japan"), also after a
 * victim the list names first ("targeted NATO member states, Ukraine and Georgia").
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
      .slice(Math.max(0, item.mention.start - BEFORE_REACH), item.mention.start)
      .toLowerCase();
    const sinceActor = text.slice(attacker.mention.end, item.mention.start);
    if (sinceActor.length <= 60 && SEATED_AFTER_ACTOR.test(sinceActor)) return false;
    if (
      TARGET_BEFORE.test(before) ||
      THINGS_AT.test(before) ||
      STOLEN_FROM.test(
        text.slice(Math.max(0, item.mention.start - STOLEN_REACH), item.mention.start),
      )
    ) {
      const after = text.slice(item.mention.end, item.mention.end + 40);
      const longBefore = text.slice(Math.max(0, item.mention.start - 60), item.mention.start);
      return (
        !possessorOfNonVictim(item, before, placed, text) &&
        !QUALIFIES_NON_VICTIM.test(after) &&
        !TOPIC_OF_PUBLICATION.test(longBefore) &&
        !WHERE_JUSTICE_ACTED.test(longBefore) &&
        !WHERE_ACTORS_ARE.test(longBefore) &&
        !WHERE_PARTNERS_ARE.test(longBefore) &&
        !WHERE_FOREIGNERS_ARE.test(longBefore) &&
        !SETTING_OR_TOPIC.test(longBefore) &&
        !LURE_TOPIC.test(longBefore) &&
        !inQuotedTitle(text, item.mention.start)
      );
    }
    const previous = itemBefore(item, placed);
    const between = previous ? text.slice(previous.mention.end, item.mention.start) : '';
    // "targeted NATO member states, Ukraine and Georgia", "government agencies, Ukraine …": a victim listed
    // before the place, its noun after it.
    const listed =
      previous?.role === 'place'
        ? LIST_JOIN.test(between) || PLACE_INCLUDED.test(between)
        : VICTIM_LISTED_BEFORE.test(between);
    if (!previous || !listed) return false;
    item = previous;
  }
}

/**
 * "in Europe, including Germany", "in the United States and its territories, including Guam": a place the one
 * before it takes in.
 */
const PLACE_INCLUDED =
  /^(?:\s+and\s+(?:its|their)\s+(?:territories|dependencies|neighbou?rs|allies))?,\s+(?:including|especially|particularly|notably|such\s+as)\s+(?:the\s+)?$/u;

/** A victim's mention and up to two lower-case words of its noun, then a list's join. */
const VICTIM_LISTED_BEFORE = new RegExp(String.raw`^(?:\s\p{Ll}+){0,2}${JOIN}`, 'u');

/** The place or victim mentioned nearest before `item` in its sentence. */
function itemBefore(item: Placed, placed: readonly Placed[]): Placed | undefined {
  let nearest: Placed | undefined;
  for (const p of placed) {
    if ((p.role !== 'place' && p.role !== 'victim') || p.mention.end > item.mention.start) continue;
    if (!nearest || p.mention.end > nearest.mention.end) nearest = p;
  }
  return nearest;
}

/** How far around a place a quoted title is looked for, in characters. */
const TITLE_REACH = 120;
const CLOSING_QUOTES = '”"';
/** Words long enough to be capitalized in a title and not in a sentence ("of", "the", "in" are not). */
const TITLE_WORD = /\p{L}{4,}/gu;
const CAPITALIZED = /^\p{Lu}/u;
const TARGETING_WORD =
  /\b(?:target|targets|targeted|targeting|attacks?|attacked|attacking|against|hits?)\b/iu;

/**
 * "an invitation to a conference on “The US Security Challenges in the Middle East”": a place inside a
 * quoted title (a lure's, a document's, an event's) is its subject, not a target, unless the title says
 * it is ("“… Returns to Targeting U.S. Organizations”"). Quoted speech is written in sentence case and
 * keeps its targets ("“They targeted banks in Poland,” she said").
 */
function inQuotedTitle(text: string, at: number): boolean {
  // Within reach only: searched back from `at`, a newline of a one-line text would be looked for to its start.
  const reach = text.slice(Math.max(0, at - TITLE_REACH), at);
  const before = reach.slice(reach.lastIndexOf('\n') + 1);
  // Walking back to the quote that opens here: a typographic one, or a straight one with an even number of
  // straight quotes before it.
  let straight = 0;
  for (const c of before) if (c === '"') straight++;
  let open = -1;
  for (let i = before.length - 1; i >= 0 && open < 0; i--) {
    const c = before[i]!;
    if (c === '”') return false;
    if (c === '"') straight--;
    if (c === '“' || (c === '"' && straight % 2 === 0)) open = i;
  }
  if (open < 0) return false;
  const rest = text.slice(at, at + TITLE_REACH);
  // A typographic quote left open runs to the line's end (pages lose closing quotes).
  let close = -1;
  for (let i = 0; i < rest.length && close < 0; i++) {
    if (rest[i] === '\n') {
      if (before[open] !== '“') return false;
      close = i;
    } else if (CLOSING_QUOTES.includes(rest[i]!)) close = i;
  }
  if (close < 0) return false;
  const quoted = before.slice(open + 1) + rest.slice(0, close);
  // "“Budworm: Espionage Group Returns to Targeting U.S. Organizations”": a cited title saying so.
  if (TARGETING_WORD.test(quoted)) return false;
  const words = quoted.match(TITLE_WORD) ?? [];
  const capitalized = words.filter((w) => CAPITALIZED.test(w)).length;
  return words.length >= 3 && capitalized / words.length >= 0.75;
}

/**
 * The sector mentioned right after a country's adjective ("Danish ministries") or its initials used as one
 * ("US government agencies"), if one is.
 */
export function sectorRightAfter(
  v: Placed,
  placed: readonly Placed[],
  text: string,
): Placed | undefined {
  const country = countryByCode(v.entity.key.slice('location:'.length));
  const written = v.mention.text;
  if (!country?.adjectives.includes(written) && !INITIALS.test(written)) return undefined;
  return placed.find(
    (p) =>
      p.role === 'victim' &&
      p.entity.properties?.['identity_class'] === 'class' &&
      p.mention.start > v.mention.end &&
      text.slice(v.mention.end, p.mention.start) === ' ',
  );
}

/**
 * "Singapore's minister said … UNC3886 was attacking the country's critical information infrastructure": the
 * victim "the country's" owns, later in the sentence of the one country `v` names, which the words stand for;
 * so does "its" in a sentence the country opens as its subject, with no other name between ("Singapore is
 * dealing with a serious attack on its critical information infrastructure by UNC3886"), past the
 * attacker, which owns no victim ("Singapore says UNC3886 is attacking its …").
 */
export function victimOfTheCountry(
  v: Placed,
  placed: readonly Placed[],
  text: string,
  sentenceStart: number,
): Placed | undefined {
  // `placed` is the sentence's: another place there, and which the words stand for is not told.
  if (placed.some((p) => p.role === 'place' && p.entity.key !== v.entity.key)) return undefined;
  const opens = /^(?:the\s+)?$/iu.test(text.slice(sentenceStart, v.mention.start));
  return placed.find((p) => {
    if (p.role !== 'victim' || p.mention.start < v.mention.end) return false;
    // Read from the country on: a victim before it has no words there.
    const before = text.slice(
      Math.max(v.mention.end, p.mention.start - COUNTRYS_REACH),
      p.mention.start,
    );
    if (THE_COUNTRYS.test(before)) return true;
    if (!opens || !ITS_OWN.test(before)) return false;
    // "Singapore says UNC3886 is attacking its critical infrastructure": an attacker owns no victim.
    return !placed.some(
      (q) =>
        q.mention.start > v.mention.end &&
        q.mention.end <= p.mention.start &&
        q.role !== 'attacker' &&
        // "a serious cyberattack on its …": the intrusion's own word is no other name.
        q.role !== 'campaign',
    );
  });
}
/** "the country's (critical information) ": the words before the victim, the state owning it. */
const THE_COUNTRYS = /\bthe (?:country|nation)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "its (critical information) ": the same, said of the sentence's subject. */
const ITS_OWN = /\bits\s+(?:[\p{L}-]+\s+){0,2}$/u;
const COUNTRYS_REACH = 48;

/** The noun of victims a place owns: "(Czech) institutions", "(its) government agencies". */
const OWNED_VICTIMS = String.raw`(?:\p{Ll}+\s+)?(?:institutions|organi[sz]ations|entities|agencies|bodies|companies|firms|businesses|networks)\b`;
/** "Czech institutions": the place's adjective before its victims' noun. */
const VICTIMS_AFTER_PLACE = new RegExp(String.raw`^\s+${OWNED_VICTIMS}`, 'u');
/**
 * "The Czech Republic said on the same day that some of its institutions", "Poland's government said that its
 * institutions": the place tells of its own.
 */
const ITS_VICTIMS_TOLD = new RegExp(
  String.raw`^(?:['’]s\s+(?:government|authorities|cabinet))?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|announced|confirmed|disclosed|reported|warned)\b[^.;]{1,80}?\b(?:its|their)\s+${OWNED_VICTIMS}`,
  'u',
);

/** How far after the place its victims' noun may end (characters). */
const OWNED_REACH = 160;

/**
 * Where the words after the victims a place owns start, when the place owns victims before the attacker is
 * named: "Czech institutions| had been targeted by APT28".
 */
export function victimsOwnedAt(v: Placed, attacker: Placed, text: string): number | undefined {
  const { end } = v.mention;
  // Empty when the place comes after the attacker; within the reach of the words read.
  const rest = text.slice(end, Math.min(attacker.mention.start, end + OWNED_REACH));
  const owned = VICTIMS_AFTER_PLACE.exec(rest) ?? ITS_VICTIMS_TOLD.exec(rest);
  return owned ? end + owned[0].length : undefined;
}

/** "US", "U.S.", "UK": a state's initials. */
const INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;
