/**
 * Whether a date's clause tells of the intruders' activity ("infiltrating its networks as early as
 * 2022", "had been inside the ministry's network since 2021") rather than of another event beside it:
 * a sanction, a publication, the group's founding or how long a vendor has tracked it.
 */
import type { Span } from '../../analysis/types.ts';
import { INTRUSION_WORDS } from '../entities/campaigns.ts';

/**
 * Being in or taking from the victim's systems, beyond the intrusion words themselves, and what it did to them
 * ("has forced the hospitals to divert ambulances since Tuesday", "offline since Saturday").
 */
const ACCESS_WORDS: ReadonlySet<string> = new Set(
  `access accessed accessing inside infected infecting spied spying stole stolen stealing steal
exfiltrated exfiltrating read reading lurked lurking lingered lingering persisted persisting targeted
targeting penetrated intruded undetected campaign campaigns operation operations activity activities
offline outage outages disrupted disrupting disruption encrypted forced`.split(/\s+/u),
);

/** Events other than the activity: acts against the group, what was published, the group's history. */
const OTHER_EVENT_WORDS: ReadonlySet<string> = new Set(
  `sanction sanctions sanctioned sanctioning indicted indictment indictments charged arrested published
publication announced announcement released founded established formed created emerged operational
exist exists existed existence reporting tracked tracking tracks`.split(/\s+/u),
);

// Commas, semicolons, colons, brackets, dashes and table cells set a clause apart ("APT31, operational
// since 2010,").
const BOUNDARY_CHARS = ',;:()|\u2014';
/** How long the boundary starting at `i` is: one character, or " – " (an en dash between spaces); 0 for none. */
function boundaryAt(text: string, i: number): number {
  const c = text.charAt(i);
  if (c !== '' && BOUNDARY_CHARS.includes(c)) return 1;
  return c === ' ' && text.charAt(i + 1) === '\u2013' && text.charAt(i + 2) === ' ' ? 3 : 0;
}
const WORD = /\p{L}+/gu;
const LETTER = /\p{L}/u;

/**
 * The clause holding the date at `date` inside `sentence`; a date fronting its sentence ("Since 2022,
 * the attackers ...", "In September 2024, the group gained access …") takes the clause it introduces.
 */
export function clauseAround(text: string, sentence: Span, date: Span): string {
  const { start, end } = clauseSpan(text, sentence, date);
  return text.slice(start, end);
}

/** What may stand before a date that fronts its sentence: a word or two ("In September 2024, …"). */
const FRONTING_LEAD = /^\s*(?:\p{L}+\s){0,2}$/u;

/** Where the clause holding the date starts and ends in the text. */
export function clauseSpan(text: string, sentence: Span, date: Span): Span {
  const before = text.slice(sentence.start, date.start);
  const after = text.slice(date.end, sentence.end);
  const from = lastBoundaryEnd(before);
  let to = firstBoundary(after);
  const lead = before.slice(from);
  const fronting = !LETTER.test(lead) || (from === 0 && FRONTING_LEAD.test(lead));
  if (fronting && !LETTER.test(after.slice(0, to))) {
    const rest = after.slice(to + 1);
    to += 1 + firstBoundary(rest);
  }
  return { start: sentence.start + from, end: date.end + to };
}

/**
 * ", which has …", ", who had …": a relative clause opening on the comma before it; or one inside the noun
 * phrase set beside the word (", a Chinese espionage group that has been suspected of … since at least 2014").
 */
const RELATIVE_OPENS = /^,\s{1,2}(?:(?:an?|the)\s(?:[\p{L}-]+\s){0,4})?(?:which|who|that)\b/u;

/**
 * Where the word a relative clause holding the date at `date` describes ends ("the Bureau, which has stolen
 * … since 2017": the end of "Bureau"), or -1 when the date's clause is none.
 */
export function relativeClauseAntecedentEnd(text: string, sentence: Span, date: Span): number {
  const before = text.slice(sentence.start, date.start);
  const comma = lastBoundaryEnd(before) - 1;
  if (comma < 0 || !RELATIVE_OPENS.test(before.slice(comma))) return -1;
  return sentence.start + comma;
}

/**
 * Telling of the intrusion rather than doing it: a day or month so told dates the news, not the activity. Words
 * that take the news as their object ("disclosed the breach on March 3", "claimed the attack on Thursday",
 * "described by researchers in July
 * 2020") tell it wherever they stand in the clause; words that frame a whole report ("said", "told") only when
 * the date is theirs ("said on Monday"), since "said it was hit by a cyberattack in February" dates the attack.
 * A stated start or end is not asked this: "confirmed that hackers had been inside since 2021" states the
 * activity's own start.
 */
const TELLING_WORDS: ReadonlySet<string> = new Set(
  `disclosed discloses disclosing disclosure revealed reveals revealing notified notifies notifying notification
filed filing statement described describes documented documents analyzed analysed wrote written blogged
claimed claims claiming`.split(/\s+/u),
);
const FRAMING_WORDS: ReadonlySet<string> = new Set(
  'said says say told tells confirmed confirms reported reports announced announces stated'.split(
    ' ',
  ),
);
/** How many words may stand between a framing word and its date: "told reporters on Monday". */
const FRAMING_REACH = 2;

/** Whether the clause's words before and after the date (`before`, `after`) tell of the news. */
export function tellsOfNews(before: string, after: string): boolean {
  const ahead = before.toLowerCase().match(WORD) ?? [];
  const behind = after.toLowerCase().match(WORD) ?? [];
  if ([...ahead, ...behind].some((w) => TELLING_WORDS.has(w))) return true;
  return ahead.slice(-1 - FRAMING_REACH).some((w) => FRAMING_WORDS.has(w));
}

export function tellsOfActivity(clause: string): boolean {
  const words = clause.toLowerCase().match(WORD) ?? [];
  if (words.some((w) => OTHER_EVENT_WORDS.has(w))) return false;
  return words.some((w) => INTRUSION_WORDS.has(w) || ACCESS_WORDS.has(w));
}

/**
 * Where the last boundary of `text` ends, 0 when none: read backwards from the end, so that a sentence of many
 * dates costs each date its own clause, not the whole sentence before it.
 */
function lastBoundaryEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const length = boundaryAt(text, i);
    if (length > 0) return i + length;
  }
  return 0;
}

function firstBoundary(text: string): number {
  for (let i = 0; i < text.length; i++) if (boundaryAt(text, i) > 0) return i;
  return text.length;
}
