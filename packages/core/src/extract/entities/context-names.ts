/**
 * New names a sentence introduces around them rather than by a word after them: every item of a list a head
 * word follows ("ShadowNet, Duojeen, and PubSab malware"), a name a sentence defines ("Qealler is a Java
 * loader", defined-names.ts) and a name after a threat's group words ("the threat actor Vice Society").
 */
import { ARTICLES } from './common-words.ts';
import { cueKind } from './cue-words.ts';
import { definedKind, THREAT_WORDS } from './defined-names.ts';
import { namedAsThing, namedByPhrase } from './named-as.ts';
import {
  ACRONYM_MAX,
  ALL_CAPS,
  capitalizedRunEnd,
  IDENTIFIER,
  looksLikeName,
  nameLike,
  shapeAt,
  type DiscoveredName,
} from './name-words.ts';
import { speaksInText } from './speakers.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

/** Most names one head word is shared by ("ShadowNet, Duojeen, and PubSab malware"). */
const LIST_ITEMS = 6;

/**
 * "ShadowNet, Duojeen, and PubSab malware": the names listed before a discovered name share its head word.
 * Each item is one word that looks like a name on its own; the list is parted by commas, "and", "or".
 */
export function listedBefore(
  ctx: TextContext,
  found: DiscoveredName,
  isTaken: (i: number) => boolean,
): DiscoveredName[] {
  const items: DiscoveredName[] = [];
  let first = found.from;
  while (items.length < LIST_ITEMS) {
    const item = listItemBefore(ctx, first);
    if (item === undefined || isTaken(item) || !looksLikeName(ctx, item)) break;
    if (endsTitleWithArticle(ctx, item)) break;
    const shape = shapeAt(ctx, item);
    if (shape & IDENTIFIER || (shape & ALL_CAPS && ctx.tokens[item]!.text.length <= ACRONYM_MAX))
      break;
    items.push({ from: item, to: item + 1, type: found.type });
    first = item;
  }
  return items;
}

/**
 * "Predator the Thief, Smoke Loader": the word ends a longer name, not a one-word item. A sentence's first
 * word is capitalized anyway ("Since the Angler and Nuclear exploit kits").
 */
function endsTitleWithArticle(ctx: TextContext, item: number): boolean {
  const article = ctx.tokens[item - 1];
  const before = ctx.tokens[item - 2];
  return (
    article !== undefined &&
    before !== undefined &&
    ARTICLES.has(article.norm) &&
    isCapitalized(before.text) &&
    ctx.sentenceOf[item - 3] === ctx.sentenceOf[item] &&
    ctx.text.slice(before.end, ctx.tokens[item]!.start) === ` ${article.text} `
  );
}

/** The token of the list item right before token `next`: "X, next", "X and next", "X, and next". */
export function listItemBefore(ctx: TextContext, next: number): number | undefined {
  const { tokens, text } = ctx;
  const sentence = ctx.sentenceOf[next];
  let k = next - 1;
  const word = tokens[k];
  if (!word || ctx.sentenceOf[k] !== sentence) return undefined;
  if (word.norm === 'and' || word.norm === 'or') {
    if (text.slice(word.end, tokens[next]!.start) !== ' ') return undefined;
    k--;
    const gap = text.slice(tokens[k]?.end ?? 0, word.start);
    if (gap !== ' ' && gap !== ', ') return undefined;
  } else if (text.slice(word.end, tokens[next]!.start) !== ', ') {
    return undefined;
  }
  return k >= 0 && ctx.sentenceOf[k] === sentence ? k : undefined;
}

/** The token of the list item right after token `at`: "at, X", "at and X". */
export function listItemAfter(ctx: TextContext, at: number): number | undefined {
  const next = ctx.tokens[at + 1];
  if (!next || ctx.sentenceOf[at + 1] !== ctx.sentenceOf[at]) return undefined;
  const gap = ctx.text.slice(ctx.tokens[at]!.end, next.start);
  const joins = next.norm === 'and' || next.norm === 'or';
  if (gap === ', ' && !joins) return at + 1;
  // "WinRAR, and WinSCP": the serial comma before the last item.
  if ((gap === ' ' || gap === ', ') && joins) {
    const item = ctx.tokens[at + 2];
    const after = item ? ctx.text.slice(next.end, item.start) : '';
    return after === ' ' && ctx.sentenceOf[at + 2] === ctx.sentenceOf[at] ? at + 2 : undefined;
  }
  return undefined;
}

/**
 * A name of one or two words the sentence defines ("Qealler is a Java loader", "Kelvreth, a Chinese threat
 * group,"): its spelling need not look coined, the definition says what it is.
 */
export function discoverDefined(ctx: TextContext, i: number): DiscoveredName | undefined {
  // The definition first: most words are followed by none, and it is the cheaper question.
  const self = ctx.tokens[i]!;
  const second = ctx.tokens[i + 1];
  const single = definedKind(ctx, i);
  const pairs =
    !single &&
    second !== undefined &&
    ctx.text.slice(self.end, second.start) === ' ' &&
    isCapitalized(second.text);
  const pair = pairs ? definedKind(ctx, i + 1) : undefined;
  if (!single && !pair) return undefined;
  if (!definedNameWord(ctx, i) || namedAsThing(ctx, i)) return undefined;
  // "Agent Tesla is a RAT": a capitalized word before the name, common or not, may be its first.
  const left = ctx.tokens[i - 1];
  if (
    left &&
    ctx.sentenceOf[i - 1] === ctx.sentenceOf[i] &&
    ctx.text.slice(left.end, self.start) === ' ' &&
    isCapitalized(left.text) &&
    !cueKind(left.norm)
  ) {
    return undefined;
  }
  if (single) return { from: i, to: i + 1, type: single, via: 'definition' };
  return pair && definedNameWord(ctx, i + 1)
    ? { from: i, to: i + 2, type: pair, via: 'definition' }
    : undefined;
}

const GROUP_WORDS: ReadonlySet<string> = new Set(['actor', 'group', 'gang', 'crew']);

/**
 * "the threat actor Kelvreth", "the APT group DoNot", "the ransomware gang Kelvreth": a name right after a
 * threat's group words is that group. "The actor X" alone names a persona as often, "the group X" a
 * Windows group: two words are needed.
 */
export function namedAfterGroupWords(ctx: TextContext, i: number): DiscoveredName | undefined {
  const { tokens, text } = ctx;
  const group = tokens[i - 1];
  const kind = tokens[i - 2];
  const determiner = tokens[i - 3];
  if (!group || !kind || !determiner || !GROUP_WORDS.has(group.norm)) return undefined;
  if (!THREAT_WORDS.has(kind.norm) || !ARTICLES.has(determiner.norm)) return undefined;
  const sentence = ctx.sentenceOf[i];
  if (ctx.sentenceOf[i - 3] !== sentence) return undefined;
  for (let k = i - 3; k < i; k++) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    // "the hacktivist group, Anonymous Catalonia": the name may stand in apposition.
    if (gap !== ' ' && !(k === i - 1 && gap === ', ')) return undefined;
  }
  if (!definedNameWord(ctx, i) || speaksInText(ctx, i) || namedAsThing(ctx, i)) return undefined;
  // "the threat actor Vice Society": the capitalized words that follow belong to the name.
  return { from: i, to: capitalizedRunEnd(ctx, i, false), type: 'intrusion-set' };
}

/**
 * A crew named by a number, which the sentence defines as a group: "8220 Gang is a low-skill crimeware
 * actor". A number and a crew's word alone name nothing ("the 1000 Gang members").
 */
export function discoverNumberedCrew(ctx: TextContext, i: number): DiscoveredName | undefined {
  const crew = ctx.tokens[i + 1];
  if (!crew || !CREW_WORDS.has(crew.norm) || !isCapitalized(crew.text)) return undefined;
  if (ctx.text.slice(ctx.tokens[i]!.end, crew.start) !== ' ') return undefined;
  return definedKind(ctx, i + 1) === 'intrusion-set'
    ? { from: i, to: i + 2, type: 'intrusion-set', via: 'definition' }
    : undefined;
}

const CREW_WORDS: ReadonlySet<string> = new Set(['gang', 'group', 'team', 'crew']);

/** Whether a word may be a crew's number (discoverNumberedCrew): three to five digits. */
export const mayNumberACrew = (word: string): boolean => CREW_NUMBER.test(word);
const CREW_NUMBER = /^\d{3,5}$/u;

/**
 * "a threat actor group called Silence Group", "attributed to the Cobalt Group", "The threat group, Cobalt
 * Gang (also known as …)": a plain capitalized word (an ordinary one too) before a capitalized crew word at
 * token `head` is a group's name where a naming phrase, an attribution, a threat's group words or an alias
 * list vouch for it. Alone, "the Research Group" or "the Emerald Group" name a team or a company.
 */
export function discoverCrewOfWords(ctx: TextContext, head: number): DiscoveredName | undefined {
  const { tokens, text } = ctx;
  const crew = tokens[head];
  const word = tokens[head - 1];
  if (!crew || !word || !CREW_WORDS.has(crew.norm) || !isCapitalized(crew.text)) return undefined;
  if (!isCapitalized(word.text) || text.slice(word.end, crew.start) !== ' ') return undefined;
  if (ctx.sentenceOf[head - 1] !== ctx.sentenceOf[head] || ctx.titleCase(head)) return undefined;
  // Kind and threat words name no crew ("Threat Group"); words that look like names were discoverBefore's.
  if (cueKind(word.norm) || THREAT_WORDS.has(word.norm)) return undefined;
  // "NCC Group": a short acronym before a crew word is a company's (as in discoverBefore).
  if (shapeAt(ctx, head - 1) & ALL_CAPS && word.text.length <= ACRONYM_MAX) return undefined;
  const name = { from: head - 1, to: head + 1, type: 'intrusion-set' } as const;
  if (namedByPhrase(ctx, head - 1) || aliasListAfter(text, crew.end)) return name;
  // "the Microsoft Threat Intelligence Group": a longer capitalized name is no crew of one word.
  const before = head - 2 >= 0 && tokens[head - 2]!.norm === 'the' ? head - 3 : head - 2;
  const previous = tokens[before];
  if (!previous || ctx.sentenceOf[before] !== ctx.sentenceOf[head]) return undefined;
  if (CREDITED_BY.has(previous.norm) && CREDITING.has(tokens[before - 1]?.norm ?? '')) return name;
  // "The threat group, Cobalt Gang": an apposition to a threat's group words.
  const apposition = text.slice(previous.end, word.start) === ', ' && before === head - 2;
  const threat = tokens[before - 1];
  return apposition && GROUP_WORDS.has(previous.norm) && threat && THREAT_WORDS.has(threat.norm)
    ? name
    : undefined;
}

/** "attributed to the Cobalt Group", "used by Cobalt Group": words that credit an act to a crew. */
const CREDITED_BY: ReadonlySet<string> = new Set(['to', 'by']);
const CREDITING: ReadonlySet<string> = new Set(
  `attributed attribute attributing linked tied used utilized operated conducted perpetrated run
carried launched`.split(/\s+/u),
);
/** "Cobalt Gang (also known as TEMP.Metastrike)", "Cobalt Gang (aka …)". */
const ALIAS_LIST = /^ ?\((?:also known as|aka|a\.k\.a\.)\s/iu;
const aliasListAfter = (text: string, end: number): boolean =>
  ALIAS_LIST.test(text.slice(end, end + 20));

/** "Spy Banker Telax is a trojan": a kind word is no part of the name ("Telax"). */
const definedNameWord = (ctx: TextContext, k: number): boolean =>
  nameLike(ctx, k) && !cueKind(ctx.tokens[k]!.norm);
