/**
 * Sets a sentence speaks of without naming them: "the group", "these actors", "They" standing for the set the
 * sentences before name, and an actor a sentence describes ("A China-based hacking group") that the next
 * sentence names ("the group, which it tracks as Storm-0558").
 */
import { VICTIMS_OF_NOUNS } from '../entities/listed-companies.ts';
import { afterHeadingLine } from '../heading-line.ts';
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import { isReportedActivity } from '../../analysis/reported-activity.ts';
import { actingFamilyOf, actingOrganOf, onlySet, type Placed } from './roles.ts';
import { cuesIn } from './triggers.ts';

/** The set a sentence speaks of, its mention the words that stand for it, and the sentence that names it. */
export interface Referent {
  readonly placed: Placed;
  readonly named: number;
}

/**
 * The referent whose words are group 1 of `match`, read at the start of sentence `s` (`span`); with no group 1,
 * the empty words where the match ends.
 */
function referent(
  text: string,
  span: Span,
  s: number,
  match: RegExpExecArray,
  set: Placed,
  named: number,
): Referent {
  return { placed: { ...set, mention: referentMention(text, span, s, match) }, named };
}

/** The words of group 1 of `match` read at the start of sentence `s`, else the empty words where it ends. */
function referentMention(text: string, span: Span, s: number, match: RegExpExecArray): Mention {
  const end = span.start + match.index + match[0].length;
  const start = end - (match[1]?.length ?? 0);
  return { start, end, text: text.slice(start, end), sentence: s };
}

/** Words that stand for a family's people: "the actors", "they", not "the actor" or "the group". */
const PEOPLE_WORDS = /(?:actors|attackers|hackers|operators|affiliates|^they|^They)$/u;

/** Whether the words standing for the set stand for people: "the actors", "they", "Its affiliates". */
const forPeople = (head: string, opening: RegExpExecArray): boolean =>
  PEOPLE_WORDS.test(opening[1] ?? '') ||
  (opening[1] === 'Its' && ITS_PEOPLE.test(head.slice(opening.index + opening[0].length)));
const ITS_PEOPLE = /^ (?:operators|affiliates|members|hackers)\b/u;

/** How many sentences back "the group" may look for the set it stands for. */
const ANAPHOR_REACH = 3;

/**
 * Whether the sentences "the group" may look back to tell of an intrusion by, or attribute something to, two
 * different sets, each in a sentence of its own.
 */
function disputedAttribution(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): boolean {
  let attributed: string | undefined;
  for (let back = 1; back <= ANAPHOR_REACH && back <= s; back++) {
    const placed = bySentence.get(s - back) ?? [];
    const sets = placed.filter((p) => p.role === 'attacker');
    const set = sets[0]?.entity.key;
    if (!set || sets.some((p) => p.entity.key !== set)) continue;
    // "… that the intrusion was the work of Sandworm": the sentence tells of an intrusion, or attributes.
    const span = sentences[s - back]!;
    const intrusion = placed.some((p) => p.role === 'campaign');
    if (!intrusion && !cuesIn(text.slice(span.start, span.end)).has('attribution')) continue;
    if (attributed !== undefined && attributed !== set) return true;
    attributed = set;
  }
  return false;
}

/**
 * "APT31 used ... . The group is linked to China's MSS.": "the group" at the opening of a sentence, or
 * of the clause a speaker reports ("Supo said the group is linked to …"), speaks of the set the nearest
 * of the three sentences before it names, when that sentence names one set only ("the attackers gained
 * access …" between the two names none); the words "the group" stand for it. Whether they are joined
 * to a state organ is left to linkToSponsors, which reads the words between the two.
 */
function anaphoricSet(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
  before: ReadonlyMap<number, Referent>,
  soleBefore: Referent | undefined,
  soleCampaign: Referent | undefined,
  titled: Referent | undefined,
): Referent | undefined {
  // "Initial access\nThe attackers exploited …": the sentence opens after its heading line.
  const span = afterHeadingLine(text, sentences[s] ?? { start: 0, end: text.length });
  const head = text.slice(span.start, Math.min(span.end, span.start + 160));
  const anaphor =
    GROUP_ANAPHOR.exec(head) ??
    RUNNER_ANAPHOR.exec(head) ??
    (head.includes(' told ') ? TOLD_ANAPHOR.exec(head) : null);
  const victims = anaphor
    ? null
    : (VICTIMS_OPENING.exec(head) ?? BARE_VICTIMS_OPENING.exec(head) ?? VICTIMS_CLOSING.exec(head));
  const opening = anaphor ?? victims ?? sameGroup(text, span);
  if (!opening) return itSet(text, sentences, s, head, bySentence);
  // "The persona emerged in December 2023": the set named as a persona; any other words, the set behind it.
  const mask = /persona$/u.test(opening[1] ?? '');
  for (let back = 1; back <= ANAPHOR_REACH && back <= s; back++) {
    const placed = bySentence.get(s - back) ?? [];
    const named = placed.filter(
      (p) =>
        p.role === 'attacker' &&
        !overlapOnly(text, placed, p) &&
        personaNamed(text, p.mention) === mask,
    );
    // "The GRU unit 26165 actors used … . The actors also exploited …": the organ, where its people acted;
    // "Medusa actors use PowerShell … . The actors use Rclone …": the family, where its people did, in words
    // for its people ("the actor" after "one such actor working alongside the DarkSide gang" is the partner).
    const only =
      named[0] ??
      actingOrganOf(text, placed) ??
      (forPeople(head, opening) ? actingFamilyOf(text, placed) : undefined);
    // "The actors also exploited … . After gaining access, the actors used …": words that stood for the set
    // carry it on, the sentence that named it still the one that says who it is.
    const carried = only ? undefined : before.get(s - back);
    if (carried) return referent(text, span, s, opening, carried.placed, carried.named);
    if (!only) continue;
    // "…to MirrorFace, which it said is a subgroup of APT10": a set a relative clause names describes the first.
    const sets = named.filter((p) => !inRelativeClauseAfter(text, only.mention, p.mention));
    if (sets.some((p) => p.entity.key !== only.entity.key)) {
      // "… UAT-5918 has overlaps with Volt Typhoon, Flax Typhoon … . Victims include …": the report's own.
      const own = victims && titled && sets.find((p) => p.entity.key === titled.placed.entity.key);
      return own ? referent(text, span, s, opening, own, s - back) : undefined;
    }
    // A bare name on a line of its own (a list, a cell) tells nothing "the group" could go on with.
    if (bareLine(text, sentences[s - back])) return undefined;
    // "Mandiant attributed the intrusion to Sandworm. Orange attributed it to APT29. The attackers …": which
    // set the attackers are, the sources dispute.
    if (disputedAttribution(text, sentences, s, bySentence)) return undefined;
    return referent(text, span, s, opening, only, s - back);
  }
  // "Targets included North Korean defectors …" further on in a report naming one set before it: its targets;
  // naming no set yet but one operation of its own ("… we named the campaign Operation ForumTroll. The targets
  // were media outlets …"), the operation's.
  const sole = soleBefore ?? soleCampaign;
  if (victims && sole) return referent(text, span, s, opening, sole.placed, sole.named);
  return undefined;
}

/**
 * "UAT-5918 targets critical infrastructure entities in Taiwan … overlaps with Chinese APT groups such as Volt
 * Typhoon, Flax Typhoon … . Victims include organizations in …": the one set the title names, when every other
 * set is named in passing (in one sentence), is the one the report's victims are of.
 */
function titledSet(
  text: string,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): Referent | undefined {
  const titleEnd = text.indexOf('\n');
  if (titleEnd < 0) return undefined;
  let titled: Referent | undefined;
  const sets = new Map<string, ExtractedEntity>();
  for (const [s, placed] of bySentence)
    for (const p of placed) {
      if (p.role !== 'attacker') continue;
      sets.set(p.entity.key, p.entity);
      if (p.mention.start >= titleEnd) continue;
      if (titled && titled.placed.entity.key !== p.entity.key) return undefined;
      titled ??= { placed: p, named: s };
    }
  if (!titled) return undefined;
  for (const [key, set] of sets) {
    const sentence = set.mentions[0]?.sentence;
    if (key !== titled.placed.entity.key && set.mentions.some((m) => m.sentence !== sentence))
      return undefined;
  }
  return titled;
}

/** A campaign the report names as its own: not an intrusion told of by its victim, nor its reported activity. */
const ownCampaign = (p: Placed): boolean =>
  p.role === 'campaign' &&
  p.entity.type === 'campaign' &&
  p.entity.via !== 'intrusion-of-victim' &&
  !isReportedActivity(p.entity);

/**
 * The set each sentence naming none speaks of ("the group", "these actors", "They"), by sentence, read in text
 * order so that each may carry on the set one before it stood for.
 */
export function anaphoricSets(
  text: string,
  sentences: readonly Span[],
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): Map<number, Referent> {
  const found = new Map<number, Referent>();
  // The one set the sentences so far name, while they name one only (`several` once they name two).
  let soleBefore: Referent | undefined;
  let several = false;
  // The same for the operations the report names as its own, while no set is named.
  let campaignBefore: Referent | undefined;
  let severalCampaigns = false;
  const titled = titledSet(text, bySentence);
  for (const s of [...bySentence.keys()].sort((a, b) => a - b)) {
    const named = bySentence.get(s)!.filter((p) => p.role === 'attacker');
    const sole = several ? titled : soleBefore;
    const soleCampaign = severalCampaigns || soleBefore ? undefined : campaignBefore;
    for (const p of named) {
      if (soleBefore && soleBefore.placed.entity.key !== p.entity.key) several = true;
      soleBefore ??= { placed: p, named: s };
    }
    for (const p of bySentence.get(s)!) {
      if (!ownCampaign(p)) continue;
      if (campaignBefore && campaignBefore.placed.entity.key !== p.entity.key)
        severalCampaigns = true;
      campaignBefore ??= { placed: p, named: s };
    }
    // "… while claiming the attacks through the online persona "Handala"": a persona's name is the set's
    // mask, not another set at work.
    const acting = named.filter((p) => !personaNamed(text, p.mention));
    // Only a relative clause can hold the sets aside: most sentences naming a set are its own.
    if (
      acting.length > 0 &&
      !text.slice(sentences[s]?.start, sentences[s]?.end).includes(', which ')
    )
      continue;
    const set = anaphoricSet(text, sentences, s, bySentence, found, sole, soleCampaign, titled);
    if (set && acting.every((p) => tiedAside(text, set.placed.mention, p.mention)))
      found.set(s, set);
  }
  return found;
}

/**
 * "the online persona "Handala"", "the Handala persona", "Handala, a hacktivist persona that …", "Handala is a
 * front for Void Manticore": a set named as another's persona. After "a persona of" stands the wearer ("Handala
 * is a persona of Void Manticore"), after "the persona of" the mask ("under the persona of Guccifer").
 */
const PERSONA_BEFORE =
  /\bpersonas?,?\s(?:(?:called|named|dubbed|including|such\sas)\s|(?<!\ba\s(?:[\w-]{1,20}\s)?personas?\s)of\s)?(?:the\s)?["“]?$/u;
const PERSONA_AFTER =
  /^["”]?(?:(?:,\s(?:an?|the)\s(?:[\w-]{1,20}\s){0,2}|\s)personas?\b|\sis\s(?:likely\s|probably\s)?(?:an?\s)?(?:front|cover|persona)\s(?:for|of|used\sby|operated\sby)\s)/u;
export const personaNamed = (text: string, m: Mention): boolean =>
  PERSONA_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
  PERSONA_AFTER.test(text.slice(m.end, m.end + 56));

/** The next name of a list, after a group word the name before may carry ("XakNet Team and Solntsepek"). */
const PERSONA_LISTED = /^(?:\s(?:Team|Group|Gang|Crew))?(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$/u;

/**
 * The sets of a sentence (in text order) that are personas: named so, or listed right after one ("operates
 * hacktivist personas, including the Cyber Army of Russia Reborn, XakNet Team and Solntsepek").
 */
export function personasOf(text: string, sets: readonly Placed[]): Placed[] {
  const masks: Placed[] = [];
  let previous: Placed | undefined;
  for (const p of sets) {
    const listed =
      previous !== undefined &&
      masks.at(-1) === previous &&
      PERSONA_LISTED.test(text.slice(previous.mention.end, p.mention.start));
    if (listed || personaNamed(text, p.mention)) masks.push(p);
    previous = p;
  }
  return masks;
}

/**
 * "The group, which overlaps with activity tracked as GhostEmperor, FamousSparrow and UNC5807, broke into …",
 * "The group, which has links to the Scattered Spider and Lapsus$ hacking groups, previously claimed …": sets
 * named in a relative clause right after "the group" that ties it to them are an aside; the sentence still tells
 * what the set "the group" stands for did.
 */
function tiedAside(text: string, referentWords: Mention, named: Mention): boolean {
  return (
    named.start > referentWords.end &&
    named.end - referentWords.end <= ASIDE_REACH &&
    TIED_CLAUSE.test(text.slice(referentWords.end, named.end))
  );
}
/** Longest aside (characters): a clause listing a few names, not the rest of a run-on sentence. */
const ASIDE_REACH = 200;
/** The clause's tying word, then names only: a comma before a capital or "and", never a new clause. */
const TIED_CLAUSE =
  /^, which (?:[\w-]+ ){0,3}(?:overlaps?|overlapping|is linked|is tied|is associated|is related|shares|links|ties)\b(?:[^,.;:]|, (?=\p{Lu}|and |or ))*$/u;

/**
 * The doers of an intrusion, of all the words GROUP_ANAPHOR's group 1 may be: "The attackers", "the hackers"; not
 * "They", who may be the victim's people ("They restored the systems with …"), nor "the actor" or "the group",
 * which as often stand for a partner a text brings in ("one such actor working alongside the gang").
 */
const DOERS = /\b(?:attackers|hackers|intruders|threat actors|cyber actors)$/iu;

/**
 * "MITRE said a nation-state threat actor had breached its network. The attackers chained CVE-2023-46805 …": "the
 * attackers" opening a sentence, where no set is named for them, are the doers of `intrusion`, the one told of
 * in the sentences just before (the nearest names it), when those sentences name no set either. The intrusion
 * placed at the words that stand for its doers.
 */
export function intrusionDoers(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
  intrusion: ExtractedEntity,
): Placed | undefined {
  const span = sentences[s]!;
  const opening = GROUP_ANAPHOR.exec(text.slice(span.start, Math.min(span.end, span.start + 160)));
  if (!opening?.[1] || !DOERS.test(opening[1])) return undefined;
  for (let back = 1; back <= ANAPHOR_REACH && back <= s; back++) {
    const before = bySentence.get(s - back) ?? [];
    if (before.some((p) => p.role === 'attacker')) return undefined;
    if (before.some((p) => p.entity.key === intrusion.key)) {
      return {
        entity: intrusion,
        mention: referentMention(text, span, s, opening),
        role: 'campaign',
      };
    }
  }
  return undefined;
}

/**
 * "Scattered Spider is known for SIM swapping. It has targeted telecommunications … companies": "It" opening a
 * sentence with a verb of targeting stands for the set that opens the sentence before, where nothing else
 * (no other set, no malware or tool "it" could stand for) is named.
 */
function itSet(
  text: string,
  sentences: readonly Span[],
  s: number,
  head: string,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): Referent | undefined {
  const opening = IT_ANAPHOR.exec(head);
  const before = sentences[s - 1];
  if (!opening || !before) return undefined;
  const named = bySentence.get(s - 1) ?? [];
  const set = onlySet(named);
  if (!set || named.some((p) => p.role === 'capability')) return undefined;
  // "The Kimsuky group is known to be … . It mainly targets …": the set opens the sentence, its article or not.
  const opener = text.slice(before.start, set.mention.start).trim();
  if (opener !== '' && opener !== 'The') return undefined;
  return referent(text, sentences[s]!, s, opening, set, s - 1);
}
const IT_ANAPHOR =
  /^\s*(It)(?= (?:(?:has|had|have|also|mainly|mostly|primarily|typically|usually|often|frequently|reportedly) ){0,2}(?:targeted|targets|attacked|attacks|breached|compromised)\b)/u;

/**
 * "Among the targets was the Institute for Statecraft", "Its victims included …": a sentence listing the
 * victims of the set the sentences before name. Group 1, the words before "targets", stands for the set,
 * so the victims follow both it and the word that makes them targets.
 */
const VICTIMS_OPENING =
  /^\s*((?:Among|Amongst) (?:the|its|their)|Its|Their|The group's|The group’s)(?= (?:targets|victims) (?:was|were|is|are|included?|includes)\b)/u;
/**
 * "Victims include government agencies …", "The victims included …", "Victims of the campaign include …",
 * "Victims were located in Bulgaria, …", "Targets were in the United Kingdom", "The targets were media outlets,
 * educational institutions and …", "The targeted companies are located
 * in Poland", "Targeted organizations were … branches of multinational corporations in the hospitality … sectors": the set's victims with no word standing
 * for the set; it has no group 1, so the set stands at the sentence's opening, before the word that makes them
 * targets.
 */
/** "Based on our investigation, targets were in …": what the source tells it from, before the victims. */
const GROUNDS_OPENING = String.raw`(?:Based on|According to|From) [^,.;\n]{1,60}, `;
/**
 * "At least 20 organizations were affected, including the Ministry of Defence", "Approximately 20 organizations
 * have been impacted, in the hospitality, retail and education sectors": victims counted, then named or placed
 * after the word that makes them targets.
 */
const COUNTED_VICTIMS = String.raw`(?:(?:[Aa]t least|[Mm]ore than|[Oo]ver|[Aa]bout|[Aa]pproximately|[Aa]round|[Rr]oughly|[Nn]early|[Aa]lmost|[Ss]ome) )?(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Dd]ozens of|[Hh]undreds of|[Mm]any|[Mm]ultiple) (?:[\p{L}-]+ )?(?:organi[sz]ations|entities|companies|institutions|agencies|bodies|victims) (?:were|have been|had been) (?:affected|impacted|hit|compromised|targeted|breached|attacked),? (?:including|in|across)\b`;
const BARE_VICTIMS_OPENING = new RegExp(
  String.raw`^\s*(?:${GROUNDS_OPENING})?(?:The )?(?=(?:Victims|victims|Targets|targets|Victimology|victimology)(?: of (?:the|this) (?:${VICTIMS_OF_NOUNS.join('|')}))? (?:(?:have )?(?:included?|includes)|(?:were|are|have been) (?:(?:located|based) )?in|(?:were|are) (?![\p{L}-]+(?:ed|en)\b)(?:mainly |mostly |primarily |largely )?\p{Ll}[\p{L}-]* (?:organi[sz]ations|outlets|institutions|entities|companies|agencies|bodies|firms|officials))\b|(?:Targeted|Affected|Compromised|targeted|affected|compromised) (?:organi[sz]ations|entities|companies|sectors|industries) (?:were|are|include|included|have included)\b|${COUNTED_VICTIMS})`,
  'u',
);

/**
 * "Ticketmaster, Santander Bank and Advance Auto Parts are among the victims": the list before the words that
 * make them targets; as for BARE_VICTIMS_OPENING, the set stands at the sentence's opening.
 */
export const AMONG_THE_VICTIMS = String.raw`(?:are|were|is|was) among(?:st)? the (?:victims|targets|affected (?:organi[sz]ations|entities|companies|agencies))\b`;
const VICTIMS_CLOSING = new RegExp(String.raw`^\s*(?=[^.;]{1,140}? ${AMONG_THE_VICTIMS})`, 'u');

/**
 * "Star Blizzard extended its targeting to include defence-industrial targets, as well as US Department of
 * Energy facilities", "APT42's targets have included …": a set named by the sentence's subject, whose targets
 * the sentence lists.
 */
const TARGETS_LISTED =
  /\b(?:(?:extended|expanded|broadened|widened|shifted) (?:its|their) targeting to include|(?:'s|’s) targets (?:have )?(?:included?|includes))\b/u;

/** The sentence lists victims: "Victims include …", "Among its targets were …", "… are among the victims". */
export function listsVictims(text: string, span: Span): boolean {
  const head = text.slice(span.start, Math.min(span.end, span.start + 160));
  return (
    VICTIMS_OPENING.test(head) ||
    BARE_VICTIMS_OPENING.test(head) ||
    VICTIMS_CLOSING.test(head) ||
    TARGETS_LISTED.test(head)
  );
}

/**
 * "… disclosed that it had been hit by the same group weeks earlier": "the same" points back wherever the
 * words stand, as the agent of a passive verb.
 */
const SAME_GROUP =
  /\bby (the same (?:group|gang|crew|actors?|threat actors?|hackers|hacking group|ransomware gang|ransomware group))\b/u;
/** How far into a sentence "by the same group" is looked for. */
const SAME_GROUP_REACH = 400;

function sameGroup(text: string, span: Span): RegExpExecArray | null {
  const words = text.slice(span.start, Math.min(span.end, span.start + SAME_GROUP_REACH));
  // A plain search first: the regex is asked of nearly every sentence, and nearly none says "by the same".
  return words.includes('by the same ') ? SAME_GROUP.exec(words) : null;
}

/** A dateline a sentence may open on: "WASHINGTON, July 12, 2023 - ", "BERLIN, May 3, 2024 - ". */
const DATELINE = String.raw`(?:\p{Lu}[^\n]{0,60}?\s[-—–]{1,2}\s)?`;
/**
 * An actor a sentence opens on without naming it, after a dateline if any: "A China-based hacking group",
 * "WASHINGTON, July 12, 2023 - Chinese hackers".
 */
const DESCRIBED_ACTOR = new RegExp(
  String.raw`^\s*${DATELINE}(?:(?:An?|The) )?(?:[\p{L}-]+ ){0,3}?(hacking group|hacker group|espionage group|threat actor|[Hh]ackers|group|actor)\b`,
  'u',
);
/** "revealed a campaign by ": the activity of the actors the speaker reports. */
const ACTIVITY_BY = String.raw`(?:an? )?(?:[\p{Ll}-]+ )?(?:campaign|operation|intrusion|activity|attacks) by `;
/**
 * "The FBI and CISA said on Wednesday that hackers linked to …", "The agencies said actors affiliated with …",
 * "The FBI and CISA revealed a campaign by actors affiliated with …": unnamed actors in the clause a speaker
 * reports; group 1, the noun.
 */
const REPORTED_ACTOR = new RegExp(
  String.raw`^\s*${DATELINE}(?:\p{Lu}[\p{L}.&-]*(?: (?:and (?:the )?)?\p{Lu}[\p{L}.&-]*| \(\p{Lu}+\)){0,8}|The (?:agencies|officials|authorities|investigators|researchers)) (?:said|says|announced|revealed|disclosed|uncovered|exposed)(?: on \p{Lu}\p{Ll}+)? (?:that |${ACTIVITY_BY})?(hackers|attackers|intruders|threat actors|cyber actors|actors)\b`,
  'u',
);
/** A verb of speaking REPORTED_ACTOR needs, looked for before it is tried. */
const SPEAKS = / (?:said|says|announced|revealed|disclosed|uncovered|exposed) /u;
/** "The campaign has been attributed to ": the next sentence opens by naming who did it. */
const ATTRIBUTED_TO =
  /^\s*The (?:campaign|activity|attacks?|intrusions?|hacks?|breach(?:es)?|operation) (?:has|have|was|were) (?:been )?(?:publicly )?attributed to $/u;
/** "… could now clearly attribute the campaign to the group ": the set named next did it. */
const ATTRIBUTES_THE_CAMPAIGN =
  /\b(?:attribute|attributes|attributed|attributing|blamed|blames|blame) (?:the|this) (?:campaign|activity|attacks?|intrusions?|hacks?|hacking|breach(?:es)?|operation) (?:to|on) (?:the )?(?:(?:group|actor|hacking group|hacker group) )?$/u;
/** How far before the set's name the words attributing the campaign to it are read (characters). */
const ATTRIBUTES_REACH = 100;
/** What a vendor's name stands for: "the group", "the actors", "the hackers". */
const GROUP_NOUN = '(?:group|actors?|hackers|threat actors?|unit)';
/** ", which it tracks as ", ", whom Microsoft calls ", ", tracked by Microsoft as ": the vendor's name follows. */
const VENDOR_CALLS = String.raw`,? (?:(?:which|that|whom) (?:it|they|we|\p{Lu}\p{L}+) (?:tracks|track|tracked|calls|call|called|names|named|dubs|dubbed) (?:as )?|(?:tracked|called|named|dubbed) by \p{Lu}\p{L}+ as )`;
/**
 * "…said the group, which it tracks as ", "the hackers, whom Microsoft calls ", "The company tracks the group
 * as ": the next sentence names it.
 */
const NAMES_THE_GROUP = new RegExp(
  String.raw`\b(?:[Tt]he ${GROUP_NOUN}(?:${VENDOR_CALLS}|,? (?:(?:which|that|who) calls|calling) (?:itself|themselves) )|(?:it|they|we|company|firm|\p{Lu}\p{L}+) (?:tracks|calls|names|dubs|dubbed|named|called) the ${GROUP_NOUN} as )$`,
  'u',
);

/**
 * The set the next sentence names for the actor sentence `s` opens on: "A China-based hacking group breached
 * … . Microsoft said the group, which it tracks as Storm-0558, …". The mention is the actor's noun.
 */
export function namedInNextSentence(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): Referent | undefined {
  const span = sentences[s];
  if (!span || s + 1 >= sentences.length) return undefined;
  const head = text.slice(span.start, Math.min(span.end, span.start + 120));
  const described = DESCRIBED_ACTOR.exec(head);
  // A plain search first: nearly every sentence is asked, and few report a speaker's "that".
  const reported = described || !SPEAKS.test(head) ? undefined : REPORTED_ACTOR.exec(head);
  if (!described && !reported) return trackedActivity(text, sentences, s, bySentence);
  // The first later sentence naming a set names them so or not at all, the sentences between naming none.
  const naming = nextNamingSentence(sentences, s, bySentence);
  if (!naming) return undefined;
  const { later, placed } = naming;
  const opening = sentences[later]!.start;
  if (described) {
    // "… . The flaws, tracked as CVE-2023-46805 … . Volexity tracks the threat actor as UTA0178".
    const first = onlySet(placed);
    if (!first) return undefined;
    const before = text.slice(Math.max(opening, first.mention.start - 80), first.mention.start);
    return NAMES_THE_GROUP.test(before)
      ? referent(text, span, s, described, first, later)
      : undefined;
  }
  // "The FBI said that hackers … compromised … . The campaign has been attributed to Salt Typhoon, …",
  // "… . Microsoft tracks the group as Salt Typhoon." or "… . The minister said the government could now
  // attribute the campaign to the group APT28": the set the later sentence names so, whatever other names its
  // apposition gives.
  const first = firstSet(placed)!;
  const before = text.slice(opening, first.mention.start);
  return ATTRIBUTED_TO.test(before) ||
    NAMES_THE_GROUP.test(before.slice(-80)) ||
    ATTRIBUTES_THE_CAMPAIGN.test(before.slice(-ATTRIBUTES_REACH))
    ? referent(text, span, s, reported!, first, later)
    : undefined;
}
/**
 * "CERT-UA investigated cyberattacks against state authorities … . The activity is tracked as UAC-0099.": the
 * set the next sentence opens by naming as the activity's is the doer of the attacks sentence `s` tells of. The
 * mention is the attacks' noun.
 */
function trackedActivity(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): Referent | undefined {
  const next = sentences[s + 1];
  const placed = bySentence.get(s + 1);
  if (!next || !placed) return undefined;
  const first = firstSet(placed);
  if (!first || first.mention.start - next.start > TRACKED_ACTIVITY_REACH) return undefined;
  if (!TRACKED_ACTIVITY.test(text.slice(next.start, first.mention.start))) return undefined;
  const span = sentences[s]!;
  const attacks = ATTACKS_TOLD.exec(text.slice(span.start, span.end));
  return attacks ? referent(text, span, s, attacks, first, s + 1) : undefined;
}
/**
 * "The activity is tracked as ", "This campaign is being tracked by CERT-UA as ", "We track this activity as ", "The
 * activity overlaps with the threat actor industry reporting tracks as ".
 */
const TRACKED_ACTIVITY =
  /^\s*(?:(?:The|This|These) (?:activity|campaign|cluster|attacks|cyberattacks|operations?) (?:is|are|was|were|has been|have been) (?:being )?tracked(?: by \p{Lu}[\p{L}-]+)? (?:as|under the (?:name|identifier)) |\p{Lu}[\p{L}-]+ (?:tracks?|tracked) (?:this|the|these) (?:activity|campaign|cluster|attacks) (?:as|under the (?:name|identifier)) |(?:The|This) (?:activity|campaign) (?:partially |largely )?overlaps with (?:the )?(?:threat )?(?:actor|group) (?:(?:that|which) )?(?:[\p{L}-]+ ){0,3}(?:tracks?|tracked|known) as )["“]?$/u;
/** How far into its sentence the tracked name may stand. */
const TRACKED_ACTIVITY_REACH = 100;
/** The noun of the attacks a sentence tells of; group 1. */
const ATTACKS_TOLD = /\b((?:cyber-?)?attacks|intrusions|campaign|operation|compromises)\b/iu;

/** How many sentences after the described or reported actors the sentence naming them may come. */
const ATTRIBUTION_REACH = 3;

/** The first sentence after `s`, within ATTRIBUTION_REACH, that names an actor, and what it names. */
function nextNamingSentence(
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): { readonly later: number; readonly placed: readonly Placed[] } | undefined {
  for (let later = s + 1; later <= s + ATTRIBUTION_REACH && later < sentences.length; later++) {
    const placed = bySentence.get(later) ?? [];
    if (placed.some((p) => p.role === 'attacker')) return { later, placed };
  }
  return undefined;
}

function firstSet(placed: readonly Placed[]): Placed | undefined {
  let first: Placed | undefined;
  for (const p of placed) {
    if (p.role === 'attacker' && (!first || p.mention.start < first.mention.start)) first = p;
  }
  return first;
}

/**
 * "the group, tracked by Microsoft as ", "the actors, which CrowdStrike tracks as ", "Industry tracks this group
 * as ": a vendor's name for the actor "the group" stands for follows.
 */
const TRACKED_AS = new RegExp(
  String.raw`\b(?:(?:[Tt]he|[Tt]his|[Tt]hese) (?:cyber )?${GROUP_NOUN}${VENDOR_CALLS}|(?:tracks|track|calls|call) (?:the|this|these) (?:same )?(?:cyber )?${GROUP_NOUN} as )$`,
  'u',
);
/** A state organ's mention opening a sentence, after a few characters at most ("The GRU", "Unit 29155"). */
const OPENING_REACH = 6;
/** "Unit 29155 cyber actors use …": the organ's people, what a sentence tells of wherever it names them. */
const ORGANS_PEOPLE = /^ (?:cyber )?(?:actors|hackers|operators)\b/u;

/** Whether the organ's mention is what its sentence speaks of: opening it, or naming its people. */
const organSpokenOf = (text: string, organ: Placed, opening: number): boolean =>
  organ.mention.start - opening <= OPENING_REACH ||
  ORGANS_PEOPLE.test(text.slice(organ.mention.end, organ.mention.end + 16));

/**
 * "Unit 29155 cyber actors primarily target … . The FBI assesses that the group, tracked by Microsoft as
 * Cadet Blizzard, exfiltrated data", "… . Industry tracks this group as Cadet Blizzard, Ember Bear, and
 * DEV-0586": the set a vendor's name gives to "the group", when no set or organ is named in its sentence but
 * that name, and one of the sentences before opens on a state organ's mention or names its people ("the
 * authoring agencies assess Unit 29155 cyber actors use …") and names no set; the set is the organ's. The
 * organ's placed mention, and the set's.
 */
export function organTrackedAs(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): { readonly set: Placed; readonly organ: Placed } | undefined {
  const placed = bySentence.get(s) ?? [];
  const set = onlySet(placed);
  if (!set || placed.some((p) => p.role === 'sponsor')) return undefined;
  const span = sentences[s]!;
  const words = text.slice(Math.max(span.start, set.mention.start - 60), set.mention.start);
  if (!TRACKED_AS.test(words)) return undefined;
  // "… cyber actors of the GRU's Unit 29155 had targeted … . The unit, which Microsoft tracks as Cadet Blizzard,
  // …": "the unit" is an organ's, wherever its sentence names it.
  const unit = UNIT_TRACKED_AS.test(words);
  for (let back = 1; back <= ANAPHOR_REACH && back <= s; back++) {
    const before = bySentence.get(s - back) ?? [];
    if (before.some((p) => p.role === 'attacker')) return undefined;
    const opening = sentences[s - back]!.start;
    const organ = before.find(
      (p) => p.role === 'sponsor' && (unit || organSpokenOf(text, p, opening)),
    );
    if (organ) return { set, organ };
  }
  return undefined;
}
const UNIT_TRACKED_AS = new RegExp(String.raw`\b[Tt]he unit${VENDOR_CALLS}$`, 'u');

/**
 * Whether `later` stands in a relative clause (", which …", ", who …") opened after `first`, or in an
 * apposition that ties `first` to it ("UNC4736, a North Korea-nexus cluster with suspected ties to the
 * Lazarus Group").
 */
export function inRelativeClauseAfter(text: string, first: Mention, later: Mention): boolean {
  if (later.start <= first.end) return false;
  const between = text.slice(first.end, later.start);
  if (between.includes(', which ') || between.includes(', who ')) return true;
  return TYING_APPOSITION.test(between);
}
/** ", a … cluster with suspected ties to the ", ", a group linked to ": an apposition tying to another set. */
const TYING_APPOSITION =
  /^, an? [^,;]{0,80}\b(?:ties|tied|linked|associated|affiliated|overlaps?|overlapping|subgroup|part)\b[^,;]{0,40}$/u;

/**
 * "The activity overlaps with groups tracked as OPERATOR PANDA, RedMike and GhostEmperor", "its TTPs overlap with
 * those of several known Chinese APT groups, including Volt Typhoon, Flax Typhoon and Dalbit": a set its sentence
 * names only as what the activity told of overlaps with, at its first mention there; "the hackers" after it
 * are still the set told of before.
 */
function overlapOnly(text: string, placed: readonly Placed[], set: Placed): boolean {
  const first = placed.find((p) => p.entity.key === set.entity.key)!;
  return OVERLAP_BEFORE.test(
    text.slice(Math.max(0, first.mention.start - OVERLAP_REACH), first.mention.start),
  );
}
const OVERLAP_BEFORE =
  /\boverlap(?:s|ping)?\s+with\s+(?:(?:the\s+)?(?:groups?|activity|clusters?|actors?)\s+(?:tracked|known|referred\s+to)\s+as\s+|those\s+of\s+(?:[\p{L}-]+\s){0,4}(?:groups|actors|clusters),?\s(?:including|such\sas)\s(?:[\p{L}\d-]+(?:\s[\p{L}\d-]+)?(?:,\s|,?\sand\s)){0,5})?$/u;
const OVERLAP_REACH = 200;

/**
 * A "sentence" of at most a few words that is no heading: a name on a line of its own, no statement. Words
 * closed by a full stop are one ("Turla is active.").
 */
function bareLine(text: string, span: Span | undefined): boolean {
  if (span === undefined) return false;
  const line = text.slice(span.start, span.end).trim();
  const words = line.split(/\s+/u).length;
  if (words >= 2 && STATEMENT_END.test(line)) return false;
  return !HEADING_MARK.test(line) && words <= 3;
}
const STATEMENT_END = /[.!?]$/u;
const HEADING_MARK = /^(?:#|\*\*)/u;

/** Group 1 of GROUP_ANAPHOR and TOLD_ANAPHOR: the words that stand for the set. */
const REFERENT_WORDS = String.raw`((?:[Tt]he|[Tt]his|[Tt]hese|THE|THIS) (?:same )?(?:\p{Lu}\p{L}*-(?:affiliated|linked|backed|sponsored|based) )?(?:group|subgroup|actor|actors|threat actor|threat actors|cyber actors|hacking group|espionage group|unit|gang|persona|campaign|activity|attacks|cyberattacks|attackers|hackers|intruders|Group|Actor|Threat Actor|GROUP|ACTOR)|Its(?= (?:attacks|campaigns|operators|affiliates|members|hackers)\b)|(?:They|(?<=, )they)(?! (?:also |further |then |later )?(?:said|say|says|described|describe|reported|report|noted|note|wrote|write|told|tell|observed|observe|found|find|assess|assessed|believe|believed|published|explained|added|stated|concluded|discovered|identified|track|tracked|call|called|named|refer|referred|warned|warn|recommend|recommended|urged|urge)\b))\b(?! of\b)`;
/**
 * Group 1: the words that stand for the set. A speaker is up to six capitalized words joined by "and", "of"
 * or "for" and followed by its acronym ("The Finnish Security and Intelligence Service (Supo) had earlier
 * said …"), or a body or people the text named before ("The directorate said the group …"); TOLD_ANAPHOR
 * reads the clause anyone told someone. "The attackers" stands for it as "the group" does, and "the attacks"
 * for who made them ("the police said the attacks are highly likely connected to China's MSS").
 * "They" stands for it too, unless a verb of speech or research follows ("They further described Anchor
 * as …": the researchers), and so does "they" after an opening clause ("After gaining access, they deployed") or
 * word ("Post-compromise, the group uses …", "Additionally, they …").
 * "Its" does before the set's own doings or people ("Its attacks targeted Swedish authorities"), not before
 * what a victim has ("Its systems were hit").
 */
/**
 * "According to a report by ANSSI, the country's cybersecurity agency, the hackers …": a source quoted before
 * the words standing for the set, with what it is in an aside, or its acronym ("According to the Dutch National
 * Cyber Security Centre (NCSC), the attackers …").
 */
const ACCORDING_TO = String.raw`According to (?:(?:a|an|the|its) (?:\p{Ll}+ )?(?:report|statement|advisory|analysis|assessment) (?:by|from|of) )?(?:the )?\p{Lu}[\p{L}.’'-]{0,30}(?: (?:of |for )?\p{Lu}[\p{L}.’'-]{0,30}){0,4}(?: \(\p{Lu}[\p{L}-]{1,12}\))?(?:, (?:the|its|a|an) [^,.;:]{1,60})?, `;
/** "Since April 2025 the group …", "In 2024 the actors …": an opening that ends on a year needs no comma. */
const YEAR_OPENING = String.raw`(?:Since|In|From|By|Until|Since at least) (?:(?:early|late|mid|\p{Lu}\p{Ll}+) )?(?:19|20)\d\d `;
/** "Between December 2024 and January 2025, the group …": a period opening the sentence. */
const PERIOD_OPENING = String.raw`(?:Between|From) (?:\p{Lu}\p{Ll}+ )?(?:19|20)\d\d (?:and|to|until) (?:\p{Lu}\p{Ll}+ )?(?:19|20)\d\d, `;
/** "On a small number of targets, mostly cryptocurrency companies, the actors …": whom the deed was done on. */
const ON_THE_TARGETS = String.raw`On (?:a |the )?(?:small |few |handful |number |of |some |several |select |selected ){0,4}(?:targets|victims|systems|hosts|networks|machines)(?:, (?:mostly|mainly|primarily|including) [\p{L}\d ]{1,40})?, `;
/** A body's or people's name of up to six capitalized words: "The Finnish Security and Intelligence Service". */
const CAPITALIZED_BODY = String.raw`\p{Lu}[\p{L}.’'-]{0,30}(?: (?:and |of |for )?\p{Lu}[\p{L}.’'-]{0,30}){0,5}`;
/** "Among the tools the group deployed are …": what the set used, told after it. */
const AMONG_ITS_MEANS = String.raw`(?:Among|Amongst) the (?:\p{Ll}+ )?(?:tools|malware|families|payloads|implants|backdoors|techniques)(?: that| which)? `;
const GROUP_ANAPHOR = new RegExp(
  String.raw`^\s*["“]?(?:${AMONG_ITS_MEANS}|(?:${CAPITALIZED_BODY}(?: \(\p{Lu}\p{L}{1,12}\))?|The (?:\p{Lu}\p{Ll}+ )?(?:directorate|agency|agencies|services|ministry|company|firm|government|department|office|centre|center|authorities|investigators|officials|researchers|police|advisory|report)) (?:(?:later|also|previously|earlier|has|had|have) ){0,2}(?:said|says?|stated|added|believes?|assess(?:es|ed)?|judges?|concluded|disclosed|confirmed|revealed|warned|noted|reported|linked|tied)(?: (?:on|in) \p{Lu}\p{Ll}+)?(?: in (?:a|an|its) (?:filing|statement|letter|notice|post)(?: with (?:the )?\p{Lu}+)?)?(?: with (?:a )?\p{L}+ (?:confidence|degree of (?:confidence|certainty)))?(?: that)? |(?:Since|In|From|Later|Then|Since at least|Outside|Beyond|Across|Besides|After|Once|Following|For|To) (?:the (?:start|end|beginning|middle) of )?[\p{L}\d ]{1,24}(?:[’']s [\p{L}\d ]{1,20})?, |\p{Lu}\p{Ll}+(?:-\p{Ll}+)?, (?:(?:in|since|from|by) [\p{L}\d ]{1,24}, )?|(?:Beginning|Starting) (?:on|in) [\p{L}\d ]{1,20}(?:, \d{4})?, |${ACCORDING_TO}|${YEAR_OPENING}|${PERIOD_OPENING}|${ON_THE_TARGETS})?` +
    REFERENT_WORDS,
  'u',
);
/** The words between a body and the set it runs: "runs", "is behind", "likely directs". */
export const RUNS_THE_SET = String.raw`(?:(?:also|likely|probably|reportedly) )?(?:runs|ran|directs|directed|controls|controlled|oversees|oversaw|commands|commanded|sponsors|sponsored|tasks|tasked|funds|funded|(?:is|was|stands|stood) behind)`;

/**
 * "China's Ministry of State Security runs the group", "The GRU is behind these attacks": a body of up to six
 * capitalized words that runs the set, the set in the object's place.
 */
const RUNNER_ANAPHOR = new RegExp(
  String.raw`^\s*(?:The )?${CAPITALIZED_BODY} ${RUNS_THE_SET} ` + REFERENT_WORDS,
  'u',
);
/**
 * "Its chief executive told lawmakers that the attackers …": the clause anyone told someone opens on the
 * same words; asked only of a sentence with " told ".
 */
const TOLD_ANAPHOR = new RegExp(
  String.raw`^\s*(?:[\p{L}.’'-]+ ){1,8}?told (?:\p{Ll}+ ){1,3}?that ` + REFERENT_WORDS,
  'u',
);
