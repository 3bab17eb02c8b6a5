/**
 * People a report names as the hands behind an intrusion: indicted officers, sanctioned nationals, a
 * ransomware gang's leader. "intelligence officers Ding Xiaoyang, Zhu Yunmin, and Cheng Qingmin", "two
 * Chinese nationals, Zhao Guangzong and Ni Gaobin", "Dmitry Khoroshev, a Russian national, …".
 *
 * A name is read only where a role word stands right before it or in apposition ("officers", "national",
 * "leader"), and only where the words make the role an actor's (an accusation, the actor's name beside it):
 * the same words name researchers, spokespeople and victims elsewhere. Each person is a STIX threat-actor
 * whose resource_level is "individual" (docs/ARCHITECTURE.md, "People").
 */
import { ARTICLES } from './common-words.ts';
import type { Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import { isEnglishWord } from './english-words.ts';
import { PerWordTest } from './per-word.ts';
import type { TextContext } from './text-context.ts';

export const INDIVIDUAL = 'individual';

/** Role words, and the threat-actor-role-ov value a role names where it names one. */
const ROLES: ReadonlyMap<string, string | undefined> = new Map([
  ['official', undefined],
  ['officials', undefined],
  ['officer', undefined],
  ['officers', undefined],
  ['national', undefined],
  ['nationals', undefined],
  ['citizen', undefined],
  ['citizens', undefined],
  ['employee', undefined],
  ['employees', undefined],
  ['hacker', undefined],
  ['hackers', undefined],
  ['defendant', undefined],
  ['defendants', undefined],
  ['suspect', undefined],
  ['suspects', undefined],
  ['individuals', undefined],
  ['member', undefined],
  ['members', undefined],
  ['operator', undefined],
  // "Zhou Shuai and Yin Kecheng, the two APT27 actors, are charged": only where accused or beside the actor.
  ['actor', undefined],
  ['actors', undefined],
  ['affiliate', undefined],
  ['affiliates', undefined],
  ['leader', 'director'],
  ['founder', 'director'],
  ['administrator', 'director'],
  ['mastermind', 'director'],
  ['developer', 'malware-author'],
]);

/** Roles read only in an apposition after the names ("…, the two APT27 actors,"). */
const APPOSED_ONLY = new Set(['actor', 'actors']);

/** Roles a state's spokespeople hold too: an actor's people only beside its name ("officials of the IRGC-CEC"). */
const BESIDE_ONLY = new Set(['official', 'officials']);

/** Roles only an actor's people play: in a sentence naming an actor, they are its. */
const HOSTILE_ROLES = new Set([
  'hacker',
  'hackers',
  'defendant',
  'defendants',
  'suspect',
  'suspects',
  'affiliate',
  'affiliates',
  'mastermind',
]);

/** Words of a sentence that accuses people: charges, sanctions, arrests, rewards for information. */
const ACCUSING = new Set([
  'charged',
  'charges',
  'indicted',
  'indictment',
  'sanctioned',
  'sanctions',
  'sanctioning',
  'arrested',
  'arrest',
  'accused',
  'wanted',
  // "The defendants include Wu Haibo, …": people a court case names are accused.
  'defendant',
  'defendants',
  'extradited',
  'convicted',
  'sentenced',
  'pleaded',
  'reward',
  'rewards',
  'unmasked',
  'designated',
  'identified',
  'named',
]);

/** Words between an actor's name and the role word after it: "the MSS's intelligence officers". */
const BESIDE_REACH = 3;

/** The last token of the actor's name after role word r and "of (the)", if one stands there. */
function actorOf(ctx: TextContext, r: number, acting: (i: number) => boolean): number | undefined {
  if (ctx.tokens[r + 1]?.norm !== 'of') return undefined;
  let at = ctx.tokens[r + 2]?.norm === 'the' ? r + 3 : r + 2;
  // "two members of the group, Ruslan Peretyatko and …": the group an actor's name told of before.
  if (at === r + 3 && GROUP_NOUNS.has(ctx.tokens[at]?.norm ?? '') && actorBefore(r, acting)) {
    return at;
  }
  if (ctx.sentenceOf[at] !== ctx.sentenceOf[r] || !acting(at)) return undefined;
  const nameEnd = (k: number): number => {
    while (acting(k + 1) && ctx.spaceBefore(k + 1)) k++;
    return k;
  };
  at = nameEnd(at);
  // "two members of the Conti and Trickbot ransomware groups, Mikhail Tsarev and …": a second actor, then
  // the kind of group they are.
  if (ctx.tokens[at + 1]?.norm === 'and' && acting(at + 2)) at = nameEnd(at + 2);
  const kind = ctx.tokens[at + 1]?.norm === 'ransomware' ? at + 2 : at + 1;
  return KIND_NOUNS.has(ctx.tokens[kind]?.norm ?? '') ? kind : at;
}
/** What the actors of a role are, after their names: "the Conti and Trickbot ransomware groups". */
const KIND_NOUNS = new Set(['group', 'groups', 'gang', 'gangs']);

const GROUP_NOUNS = new Set(['group', 'gang']);
/** How far back "the group" looks for an actor's name, in tokens. */
const GROUP_REACH = 400;

function actorBefore(r: number, acting: (i: number) => boolean): boolean {
  for (let k = r - 1; k >= Math.max(0, r - GROUP_REACH); k--) if (acting(k)) return true;
  return false;
}

/** Tokens after a role's "of" to the colon opening its list: the actor's long name, its place, its acronym. */
const COLON_REACH = 14;

/** The token before the colon that ends "of …" after role word r, an actor named on the way. */
function colonAfterActor(
  ctx: TextContext,
  r: number,
  acting: (i: number) => boolean,
): number | undefined {
  if (ctx.tokens[r + 1]?.norm !== 'of') return undefined;
  let named = false;
  for (let k = r + 2; k < r + 2 + COLON_REACH && ctx.sentenceOf[k + 1] === ctx.sentenceOf[r]; k++) {
    named ||= acting(k);
    const gap = between(ctx, k, k + 1);
    if (gap.endsWith(':')) return named ? k : undefined;
    if (/[.;]/u.test(gap)) return undefined;
  }
  return undefined;
}

/** Whether an actor's name stands right before role word r (a few words apart) or after it, "of (the) …". */
function besideActor(ctx: TextContext, r: number, acting: (i: number) => boolean): boolean {
  const sentence = ctx.sentenceOf[r];
  for (let k = r - 1; k >= 0 && r - k <= BESIDE_REACH && ctx.sentenceOf[k] === sentence; k--) {
    if (acting(k)) return true;
  }
  return actorOf(ctx, r, acting) !== undefined || colonAfterActor(ctx, r, acting) !== undefined;
}

/** Whether a sentence holds a token of some kind, each sentence asked once. */
class PerSentence {
  readonly #known = new Map<number, boolean>();
  constructor(
    private readonly ctx: TextContext,
    private readonly holds: (norm: string, i: number) => boolean,
  ) {}

  has(sentence: number): boolean {
    let known = this.#known.get(sentence);
    if (known === undefined) {
      const [from, to] = this.ctx.tokenRange(sentence);
      known = false;
      for (let k = from; k < to && !known; k++) known = this.holds(this.ctx.tokens[k]!.norm, k);
      this.#known.set(sentence, known);
    }
    return known;
  }
}

/** Verbs right after a list of names that make them speakers: "FBI agents Jan Novak and Petr Cech said …". */
const SAYING = new Set(['said', 'says', 'told', 'stated', 'added', 'explained', 'warned']);

const MAX_NAME_WORDS = 4;
const MAX_LIST = 12;
/** Words between the article and the role word of an apposition ("a Russian national", "a former GRU officer"). */
const APPOSITION_REACH = 4;

interface FoundPerson {
  readonly finding: EntityFinding;
  readonly mention: Mention;
  readonly from: number;
  readonly to: number;
}

/**
 * What token i was read as before: part of a name (an actor, a company), part of a place's name, or
 * nothing. A place's name may be a person's ("Vladimir Dunaev"); a name may not.
 */
export type ReadAs = (i: number) => 'name' | 'place' | undefined;

/**
 * People named after or before a role word, then every later writing of the same full name. `acting(i)`:
 * token i is part of an actor's, a state organ's or a malware family's name.
 */
export function findPeople(
  ctx: TextContext,
  read: ReadAs,
  acting: (i: number) => boolean,
): FoundPerson[] {
  const { tokens } = ctx;
  const found: FoundPerson[] = [];
  const accusing = new PerSentence(ctx, (norm) => ACCUSING.has(norm));
  const naming = new PerSentence(ctx, (_, i) => acting(i));
  const byName = new Map<string, EntityFinding>();
  const add = (from: number, to: number, role: string | undefined): void => {
    const mention = ctx.mention(from, to);
    const key = `threat-actor:${normalizeName(mention.text)}`;
    let finding = byName.get(key);
    if (!finding) {
      finding = {
        key,
        type: 'threat-actor',
        name: mention.text,
        properties: { resource_level: INDIVIDUAL, ...(role ? { roles: [role] } : {}) },
        recognition: 70,
        via: 'context:person',
      };
      byName.set(key, finding);
    }
    found.push({ finding, mention, from, to });
  };
  // Asked once per distinct word: the loop runs over every token of every report.
  const roleWord = new PerWordTest((t) => ROLES.has(t.norm), tokens);
  for (let r = 0; r < tokens.length; r++) {
    if (!roleWord.get(tokens[r]!)) continue;
    const norm = tokens[r]!.norm;
    const sentence = ctx.sentenceOf[r] ?? -1;
    // A role names an actor's hands only where this sentence or the one before accuses someone ("… unsealed
    // an indictment against four APT40 cyber actors. Hainan Xiandun employee Wu Shurong …"), where a hostile
    // role stands in a sentence naming an actor, or where the actor's name stands beside the role ("Evil Corp
    // member", "the leader of Evil Corp"); not "Microsoft employee John Lambert said APT29 …". Officials count
    // only as the actor's own: a state's spokespeople are officials too.
    const accused =
      !BESIDE_ONLY.has(norm) && (accusing.has(sentence) || accusing.has(sentence - 1));
    const hostile =
      accused || (HOSTILE_ROLES.has(norm) && naming.has(sentence)) || besideActor(ctx, r, acting);
    if (!hostile) continue;
    // A Title Case heading capitalizes every word ("Seven … Defendants, Including …, Charged In Connection").
    if (tokens[r]!.text !== norm && (!ctx.sentenceStart(r) || ctx.titleCase(r))) continue;
    const role = ROLES.get(norm);
    // "Royal actors: Use Windows Restart Manager …": a list after "actors" is of their deeds.
    if (!APPOSED_ONLY.has(norm))
      for (const [from, to] of namesAfter(ctx, r, read, acting)) add(from, to, role);
    for (const [from, to] of namesBefore(ctx, r, read)) add(from, to, role);
  }
  if (found.length === 0) return found;
  return [...found, ...laterWritings(ctx, found, read)];
}

const CAPITALIZED_WORD = /^[A-Z][a-z]+$/u;

/** Whether token i may be a word of a person's name: capitalized letters, not a name already read. */
function nameWord(ctx: TextContext, i: number, read: ReadAs): boolean {
  const token = ctx.tokens[i];
  // A capital then lower-case letters: not "WANG LEI" in a file name, not "McAfee".
  return token !== undefined && read(i) !== 'name' && CAPITALIZED_WORD.test(token.text);
}

/** The name starting at token i: 2 to 4 name words parted by single spaces, in one sentence. */
function nameAt(
  ctx: TextContext,
  i: number,
  read: ReadAs,
  /** In a list of people already begun, or after a colon: "Noah Michael Urban" is a name too. */
  listed = false,
): number | undefined {
  if (!nameWord(ctx, i, read)) return undefined;
  let to = i + 1;
  while (to - i < MAX_NAME_WORDS && ctx.spaceBefore(to) && nameWord(ctx, to, read)) to++;
  if (to - i < 2 || ctx.sentenceOf[to - 1] !== ctx.sentenceOf[i]) return undefined;
  // "Volt Typhoon", "Domino Backdoor", "New York": every word an English word or a place's is a name of
  // something else; in a list, only if a place's is among them ("Officials: Israel Linked to …").
  let place = false;
  for (let k = i; k < to; k++) {
    if (read(k) === 'place') place = true;
    else if (!isEnglishWord(ctx.tokens[k]!.norm)) return to;
  }
  return listed && !place ? to : undefined;
}

/** What stands between two tokens, spaces trimmed. */
const between = (ctx: TextContext, a: number, b: number): string =>
  ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start).trim();

/** "officers Ding Xiaoyang, Zhu Yunmin, and Cheng Qingmin", "nationals, Zhao Guangzong and Ni Gaobin". */
function namesAfter(
  ctx: TextContext,
  role: number,
  read: ReadAs,
  acting: (i: number) => boolean,
): [number, number][] {
  const names: [number, number][] = [];
  // "five members of Scattered Spider: Ahmed …", "six officials of Iran's … Command (IRGC-CEC): Hamid …": the
  // list after the actor the role is of.
  const last = actorOf(ctx, role, acting) ?? colonAfterActor(ctx, role, acting) ?? role;
  const opening = ctx.tokens[last + 1] ? between(ctx, last, last + 1) : undefined;
  // A colon may close a bracket first: "… (IRGC-CEC): Hamid …".
  const colon = opening?.endsWith(':') === true;
  if (opening !== '' && opening !== ',' && !colon) return names;
  if (last > role && opening === '') return names;
  let at = last + 1;
  // "the defendants, including Jong Song Hwa and Ri Kyong Sik", "The defendants include Wu Haibo, …"
  const including =
    (opening === ',' && ctx.tokens[at]?.norm === 'including') ||
    (opening === '' && last === role && INCLUDE.has(ctx.tokens[at]?.norm ?? ''));
  if (including) at++;
  while (names.length < MAX_LIST) {
    const end = nameAt(ctx, at, read, colon || including || names.length > 0);
    if (end === undefined) break;
    names.push([at, end]);
    const next = ctx.tokens[end];
    if (!next || ctx.sentenceOf[end] !== ctx.sentenceOf[role]) break;
    if (SAYING.has(next.norm)) return [];
    // "Ruslan Peretyatko, an FSB officer, and Andrey Korinets": the list goes on after an apposition.
    const after = appositionAfter(ctx, end) ?? end;
    const following = ctx.tokens[after];
    if (!following || ctx.sentenceOf[after] !== ctx.sentenceOf[role]) break;
    // ", Zhu Yunmin", ", and Cheng Qingmin", " and Ni Gaobin".
    const gap = between(ctx, after - 1, after);
    if (gap !== ',' && !(gap === '' && following.norm === 'and')) break;
    at = following.norm === 'and' ? after + 1 : after;
  }
  return names;
}

/** The token after the comma closing an apposition that opens at token `at` (", an FSB officer,"), if one does. */
function appositionAfter(ctx: TextContext, at: number): number | undefined {
  if (!opensApposition(ctx, at) || between(ctx, at - 1, at) !== ',') return undefined;
  const close = ctx.commaClosing(at + 1, APPOSITION_REACH + 1);
  return close === undefined ? undefined : close + 1;
}

const INCLUDE = new Set(['include', 'included', 'includes']);

/**
 * An apposition opens on an article, a possessive pronoun or an owner's name ("Wu Haibo, i-Soon's founder, and
 * Chen Cheng, its chief operating officer").
 */
function opensApposition(ctx: TextContext, at: number): boolean {
  const norm = ctx.tokens[at]?.norm ?? '';
  if (ARTICLES.has(norm) || OWNERS.has(norm)) return true;
  for (let k = at + 1; k <= at + OWNER_TOKENS; k++) if (ctx.possessiveS(k)) return true;
  return false;
}
const OWNERS = new Set(['its', 'their', 'his', 'her']);
/** Tokens an owner's name before "'s" may take: "i-Soon" is three. */
const OWNER_TOKENS = 3;

/** Words counting the people of an apposition: "Yin Kecheng and Zhou Shuai, two members of APT27". */
const COUNTS = new Set('two three four five six seven eight nine ten'.split(' '));

/**
 * "Dmitry Khoroshev, a Russian national": the name before ", a …" that a role word ends; "Yin Kecheng and
 * Zhou Shuai, two members of APT27": the names listed before ", two …".
 */
function namesBefore(ctx: TextContext, role: number, read: ReadAs): [number, number][] {
  for (let article = role - 1; article >= 1 && role - article <= APPOSITION_REACH + 1; article--) {
    const word = ctx.tokens[article]!;
    if (ctx.sentenceOf[article] !== ctx.sentenceOf[role]) return [];
    const counted = COUNTS.has(word.norm);
    if (!counted && word.norm !== 'a' && word.norm !== 'an' && word.norm !== 'the') continue;
    // "Zhou Shuai and Yin Kecheng, the two APT27 actors": the article before the count opens the apposition.
    if (
      counted &&
      article >= 2 &&
      ctx.tokens[article - 1]!.norm === 'the' &&
      between(ctx, article - 2, article - 1) === ','
    ) {
      article--;
    }
    if (between(ctx, article - 1, article) !== ',') return [];
    const last = nameEndingAt(ctx, article, read);
    if (last === undefined) return [];
    const names: [number, number][] = [[last, article]];
    // "Ding Xiaoyang, Zhu Yunmin and Cheng Qingmin, three …": the list read back to its first name.
    let end = last;
    while (counted && end > 0 && names.length < MAX_LIST) {
      const gap = between(ctx, end - 1, end);
      const joined = ctx.tokens[end - 1]?.norm === 'and';
      const lastItem = joined ? end - 1 : gap === ',' ? end : undefined;
      const from = lastItem === undefined ? undefined : nameEndingAt(ctx, lastItem, read);
      if (from === undefined) break;
      names.unshift([from, lastItem!]);
      end = from;
    }
    return names;
  }
  return [];
}

/** The first token of the whole name that ends right before token `end`, if one does. */
function nameEndingAt(ctx: TextContext, end: number, read: ReadAs): number | undefined {
  for (let from = Math.max(0, end - MAX_NAME_WORDS); from <= end - 2; from++) {
    // The whole name: no capitalized word glued before it in its sentence.
    const longer =
      ctx.spaceBefore(from) &&
      ctx.sentenceOf[from - 1] === ctx.sentenceOf[from] &&
      nameWord(ctx, from - 1, read);
    if (nameAt(ctx, from, read) === end && !longer) return from;
  }
  return undefined;
}

/**
 * Each later writing of a person's full name, and of the last word of a name alone ("Khoroshev, who used the
 * handle LockBitSupp") where no other person's name ends with it and it is no English word ("Wang").
 */
function laterWritings(
  ctx: TextContext,
  found: readonly FoundPerson[],
  read: ReadAs,
): FoundPerson[] {
  const first = new Map<string, FoundPerson>();
  const lastWords = new Map<string, FoundPerson | undefined>();
  const taken = new Set<number>();
  const families = new Map<string, FoundPerson | undefined>();
  for (const p of found) {
    for (let k = p.from; k < p.to; k++) taken.add(k);
    if (first.has(p.mention.text)) continue;
    first.set(p.mention.text, p);
    const last = ctx.tokens[p.to - 1]!.text;
    lastWords.set(last, lastWords.has(last) ? undefined : p);
    // "Rim Jong Hyok … Rim works for Andariel": a Korean or Chinese family name is written first.
    const family = ctx.tokens[p.from]!.text;
    if (p.to > p.from + 1 && FAMILY_NAMES_FIRST.has(family))
      families.set(family, families.has(family) ? undefined : p);
  }
  const more: FoundPerson[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (taken.has(i)) continue;
    const end = nameAt(ctx, i, read) ?? i + 1;
    const mention = ctx.mention(i, end);
    const person =
      end > i + 1
        ? first.get(mention.text)
        : (nameAlone(ctx, i, lastWords.get(mention.text), false) ??
          nameAlone(ctx, i, families.get(mention.text), true));
    if (person) more.push({ finding: person.finding, mention, from: i, to: end });
    i = end - 1;
  }
  return more;
}

/**
 * Common Korean and Chinese family names, which come first in the name and stand alone for the person later
 * ("Rim", "Wang"). Many are English words too ("Rim", "Park", "Sun"): one stands for the person inside a
 * sentence, where only a name is capitalized, not at its start. Those that are mostly English words ("He",
 * "Song") are left out.
 */
const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(
  `Kim Lee Park Pak Choi Jung Jeong Kang Cho Yoon Jang Lim Rim Ri Han Shin Seo Kwon Hwang Ahn Oh Jeon Ko Moon
Yang Son Bae Baek Heo Nam Ryu Jon Wang Li Zhang Liu Chen Zhao Huang Zhou Wu Xu Sun Zhu Hu Guo Lin Luo
Gao Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Su Lu Ren
Shen Yao Xiong Jin Ni Weng Qiu Zou Shi Fu Bai Qian Xia Meng Hou Tao Yan Zhong Zhan`.split(/\s+/u),
);

/**
 * `person`, for one word of its name written alone at token i, unless the word is English ("Wang Labs" is no
 * Wang); a family name written first (`familyFirst`) only needs that at a sentence's start.
 */
function nameAlone(
  ctx: TextContext,
  i: number,
  person: FoundPerson | undefined,
  familyFirst: boolean,
): FoundPerson | undefined {
  if (!person || ((!familyFirst || ctx.sentenceStart(i)) && isEnglishWord(ctx.tokens[i]!.norm)))
    return undefined;
  return person;
}
