/**
 * Words that state a relation between two things named in one sentence. Matched on lower-case word
 * stems so "targeted", "targeting" and "targets" all count.
 */
import { insideUrl } from '../inside-url.ts';

export type RelationCue = 'attribution' | 'link' | 'target' | 'use' | 'exploit';

const STEMS: Readonly<Record<RelationCue, readonly string[]>> = {
  attribution: [
    'attribut',
    'blame',
    'accus',
    'responsib',
    'behind',
    'conducted',
    'carried',
    'perpetrat',
    'orchestrat',
  ],
  link: [
    'link',
    'affiliat',
    'associat',
    'tied',
    'connected',
    'sponsor',
    'backed',
    'belong',
    'behalf',
    'operat',
    'run',
    'part',
    'unit',
    'working',
    'controlled',
    'attribut',
    // "is almost certainly subordinate to FSB Centre 18", "a group steered by Russia's military intelligence".
    'subordinat',
    'steer',
    // "The group is likely tasked by the Russian government".
    'tasked',
    'tasking',
    // "is very likely supported by the Russian government", "funded by", "directed by".
    'support',
    'fund',
    'directed',
  ],
  target: [
    'target',
    'attack',
    'cyberattack',
    'infiltrat',
    'breach',
    'compromis',
    'hack',
    'intrusion',
    'against',
    'spied',
    'spying',
    'spies',
    // "to spy on the Ukrainian military" (a short stem: inflections only, never "spyware").
    'spy',
    // "the Play ransomware group has affected a wide range of businesses", "Akira has impacted …".
    'affected',
    'impacted',
    'victim',
    'struck',
    'hit',
    'stole',
    'robbed',
    // "a plan to disrupt energy facilities", "sabotage of water utilities".
    'disrupt',
    'sabotag',
    // "sent phishing e-mails to government agencies", "spearphished diplomats".
    'phish',
    'spearphish',
    // "APT40 focuses on government entities in Southeast Asia".
    'focus',
    // "Volt Typhoon had prepositioned itself in US critical infrastructure".
    'preposition',
    // "Salt Typhoon also accessed data from at least 70 government and critical infrastructure entities".
    'accessed',
    // Hacktivists: "knocked the websites of Dutch municipalities offline", "defaced the sites of …".
    'knock',
    'defac',
    // "sent emails with malicious attachments to defense contractors", only before what is sent
    // (SENT_WHAT): "sent the data to a server in Russia" targets no one.
    'sent',
    'send',
    // "to break into organizations in the aerospace sector", "broke into the networks of"; only before "into".
    'break',
    'broke',
    // "gained access to email accounts at about 25 organizations"; only before "access".
    'gain',
    // Hacktivists' floods: "took down the websites of several Czech banks"; only before "down".
    'took',
    'take',
    'taking',
  ],
  // A vulnerability is exploited, not used or targeted: "exploited CVE-2023-46805", "weaponized CVE-…".
  exploit: ['exploit', 'weaponiz'],
  use: [
    'use',
    'used',
    'uses',
    'using',
    'deploy',
    'leverag',
    'deliver',
    'employ',
    'drop',
    'install',
    'distribut',
    'spread',
    'launch',
    'loaded',
    'execut',
    // "targeting governmental institutions … via Korplug loaders".
    'via',
    // "APT28 relied on phishing emails", "the group relies on Cobalt Strike".
    'relied',
    'relies',
    'rely',
    // "a threat cluster that specializes in voice phishing (vishing) campaigns".
    'specializ',
  ],
};

/**
 * What a sending aimed at people sends, and to whom: "sent emails with malicious attachments to defense
 * contractors", "sends lure documents to". Not "sends messages masquerading as companies located in …".
 */
const SENT_WHAT =
  /^\s(?:[\p{L}-]+\s){0,3}?(?:e-?mails?|messages?|lures?|attachments?|documents?|invitations?)\b[^.;:]{0,50}?\sto\s(?!be\b)/u;
/** Characters after "sent" the sending may take to say to whom. */
const SENT_REACH = 110;
/** What must follow a stem's word for it to be a cue, and how far to read for it. */
interface NeededAfter {
  readonly after: RegExp;
  readonly reach: number;
}
const SENT_NEEDS: NeededAfter = { after: SENT_WHAT, reach: SENT_REACH };
const INTO_NEEDS: NeededAfter = { after: /^\s+into\s/u, reach: 7 };
// "gained access to email accounts", "gained initial access through an unpatched appliance (CVE-…)".
const ACCESS_NEEDS: NeededAfter = {
  after: /^\s+(?:initial\s+)?access\s+(?:to|through|via)\s/u,
  reach: 30,
};
const DOWN_NEEDS: NeededAfter = { after: /^\s+down\s/u, reach: 7 };
const NEEDS_AFTER: ReadonlyMap<string, NeededAfter> = new Map([
  ['sent', SENT_NEEDS],
  ['send', SENT_NEEDS],
  ['break', INTO_NEEDS],
  ['broke', INTO_NEEDS],
  ['gain', ACCESS_NEEDS],
  ['took', DOWN_NEEDS],
  ['take', DOWN_NEEDS],
  ['taking', DOWN_NEEDS],
]);

/**
 * Whether the cue `stem` of the word ending at `end` holds there: a sending needs what is sent, a break
 * "into", a gain "access to", a taking "down".
 */
const holdsAt = (text: string, stem: string, end: number): boolean => {
  const needs = NEEDS_AFTER.get(stem);
  return !needs || needs.after.test(text.slice(end, end + needs.reach));
};

/** A word; "pre-positioned" is one, as "prepositioned" is. */
const WORD = /(?:[Pp]re-)?\p{L}+/gu;
/** The word in lower case, "pre-positioned" as "prepositioned" (the only hyphen WORD takes in). */
const unhyphenated = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.charCodeAt(3) === 0x2d ? `pre${lower.slice(4)}` : lower;
};

const CUES = Object.keys(STEMS) as RelationCue[];
const STEM_PREFIX = 3; // the shortest stems ("run", "use", "hit") are three letters

/** Stems by their first three letters, so a word is checked against a handful of stems, not all 50. */
const STEMS_BY_PREFIX: ReadonlyMap<string, readonly (readonly [RelationCue, string])[]> = (() => {
  const byPrefix = new Map<string, [RelationCue, string][]>();
  for (const cue of CUES) {
    for (const stem of STEMS[cue]) {
      const key = stem.slice(0, STEM_PREFIX);
      const list = byPrefix.get(key) ?? [];
      list.push([cue, stem]);
      byPrefix.set(key, list);
    }
  }
  return byPrefix;
})();

/** The same prefixes (all ASCII letters) as numbers: three letter codes, lower case, in one integer. */
const asciiPrefixCode = (word: string): number => {
  let code = 0;
  for (let k = 0; k < STEM_PREFIX; k++) {
    const c = word.charCodeAt(k);
    if (c > 0x7f) return -1;
    code = (code << 8) | (c | 0x20);
  }
  return code;
};
const PREFIX_CODES: ReadonlySet<number> = new Set([...STEMS_BY_PREFIX.keys()].map(asciiPrefixCode));

/**
 * The stems that may fit a word of at least three letters (a \p{L}+ run). Words opening with three
 * ASCII letters (nearly all) are answered by their letter codes, with no string made, and most have none.
 */
function stemsFor(word: string): readonly (readonly [RelationCue, string])[] | undefined {
  const code = asciiPrefixCode(word);
  if (code >= 0 && !PREFIX_CODES.has(code)) return undefined;
  return STEMS_BY_PREFIX.get(word.toLowerCase().slice(0, STEM_PREFIX));
}

/** Which cues occur in `text` (a sentence or the stretch between two mentions). */
export function cuesIn(text: string): Set<RelationCue> {
  const found = new Set<RelationCue>();
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < STEM_PREFIX) continue;
    const candidates = stemsFor(m[0]);
    if (!candidates) continue;
    const word = unhyphenated(m[0]);
    let slug: boolean | undefined;
    for (const [cue, stem] of candidates) {
      if (found.has(cue) || !matchesStem(word, stem)) continue;
      if (!holdsAt(text, stem, m.index + m[0].length)) continue;
      // "[distributed](https://…/threat-actors-target-victims-…)": a link's slug is no prose.
      slug ??= insideUrl(text, m.index);
      if (!slug) found.add(cue);
    }
    if (found.size === CUES.length) break;
  }
  return found;
}

/** Offset just past the last word of `text` that carries `cue`, or -1 when none does. */
export function lastCueEnd(text: string, cue: RelationCue): number {
  return lastCue(text, cue)?.end ?? -1;
}

/** The last word of `text` that carries `cue`: its start and end offsets. */
export function lastCue(
  text: string,
  cue: RelationCue,
): { start: number; end: number } | undefined {
  let last: { start: number; end: number } | undefined;
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < STEM_PREFIX) continue;
    const candidates = stemsFor(m[0]);
    if (!candidates) continue;
    const word = unhyphenated(m[0]);
    const end = m.index + m[0].length;
    if (
      candidates.some(
        ([c, stem]) => c === cue && matchesStem(word, stem) && holdsAt(text, stem, end),
      )
    ) {
      last = { start: m.index, end };
    }
  }
  return last;
}

const SHORT_SUFFIXES = new Set(['', 's', 'es', 'd', 'ed', 'ing']);

/**
 * Short stems ("link", "run", "use") take inflections only, so "linked" counts and "linkedin" does not; a
 * final consonant may double before them ("dropped", "running", "hitting").
 */
function matchesStem(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  if (stem.length > 4) return true;
  const suffix = word.slice(stem.length);
  if (SHORT_SUFFIXES.has(suffix)) return true;
  const doubled = stem.charAt(stem.length - 1);
  return (suffix === `${doubled}ed` || suffix === `${doubled}ing`) && !'aeiouy'.includes(doubled);
}
