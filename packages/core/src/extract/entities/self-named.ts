/**
 * "Two hackers calling themselves Saber and cyb0rg", "a hacktivist going by the handle Sarcoma": names people
 * give themselves, so a name there is theirs, never a malware family's or a tool's that happens to share it
 * (MISP's Excalibur is also "Saber"); after a group's word, a new group's ("a group calling itself Radiant").
 */
import { listItemAfter, listItemBefore } from './context-names.ts';
import { cueKind } from './cue-words.ts';
import { capitalizedRunEnd, nameLike, type DiscoveredName } from './name-words.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

const CALLING = new Set([
  'calling',
  'call',
  'calls',
  'called',
  'named',
  'naming',
  'styling',
  'styled',
]);
const SELVES = new Set(['themselves', 'himself', 'herself', 'itself']);
const HANDLE_WORDS = new Set(['handle', 'handles', 'moniker', 'monikers', 'nickname', 'nicknames']);
/** Items of the list of names before the one asked about: "Saber, cyb0rg and X". */
const LIST_REACH = 4;

/** Whether the name at token `from` (or the list it ends) follows words of people naming themselves. */
export function selfNamed(ctx: TextContext, from: number): boolean {
  let first = from;
  for (let n = 0; n < LIST_REACH; n++) {
    const before = listItemBefore(ctx, first);
    if (before === undefined) break;
    first = before;
  }
  const word = (k: number): string => ctx.normIn(ctx.sentenceOf[from], k);
  if (SELVES.has(word(first - 1)) && CALLING.has(word(first - 2))) return true;
  // "going by the handle Sarcoma", "under the moniker Saber"
  const handle = word(first - 1);
  return HANDLE_WORDS.has(handle) && (word(first - 2) === 'the' || word(first - 2) === 'a');
}

/**
 * Words for the people a name is theirs: "a group calling itself", "hackers who call themselves", "a
 * hacktivist persona calling itself" (the mask a crew speaks through).
 */
const PEOPLE = new Set(
  `group groups gang crew collective team hackers hacker hacktivists hacktivist actor actors persona
personas`.split(/\s+/u),
);
const WHO = new Set(['who', 'that', 'which']);
/** Of those, the words for a body of people, whose name one list item is. */
const GROUP_WORDS = new Set('group groups gang crew collective team'.split(' '));

/**
 * "A group calling itself Radiant has stolen …", "hackers who call themselves Saber": the name a group gives
 * itself is a threat group's, however it is spelled.
 */
export function selfNamedGroup(ctx: TextContext, i: number): DiscoveredName | undefined {
  const { tokens } = ctx;
  // Asked at every capitalized word: the one lookup most words fail first.
  if (!SELVES.has(tokens[i - 1]?.norm ?? '')) return undefined;
  const word = (k: number): string =>
    k >= 0 && ctx.sentenceOf[k] === ctx.sentenceOf[i] ? (tokens[k]?.norm ?? '') : '';
  if (word(i - 1) === '' || !CALLING.has(word(i - 2))) return undefined;
  const people = WHO.has(word(i - 3)) ? i - 4 : i - 3;
  if (!PEOPLE.has(word(people))) return undefined;
  for (let k = people; k < i; k++) {
    // "The hackers, who call themselves …": a comma may open the relative clause.
    const gap = ctx.text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (gap !== ' ' && !(gap === ', ' && WHO.has(tokens[k + 1]!.norm))) return undefined;
  }
  if (!nameLike(ctx, i) || cueKind(tokens[i]!.norm)) return undefined;
  const to = selfGivenNameEnd(ctx, i);
  // "Two hackers calling themselves Saber and cyb0rg": people listed by their handles, no group.
  const next = listItemAfter(ctx, to - 1);
  const listed = next !== undefined && (next === to + 1 || nameLike(ctx, next)); // "Saber and cyb0rg", "Saber, Velk"
  if (!GROUP_WORDS.has(word(people)) && listed) return undefined;
  return { from: i, to, type: 'intrusion-set' };
}

/** Words before "the persona" that put it to use: "using the persona", "under the persona". */
const WEARING = new Set(['using', 'under', 'as', 'via', 'through', 'wearing']);

/**
 * "The IRGC-affiliated cyber actors, using the persona "CyberAv3ngers", are targeting …": a persona actors
 * operate under is a threat group's name, the mask they speak through, however it is spelled; one word, as a
 * crew's handle is, not a made-up person's name.
 */
export function wornPersona(ctx: TextContext, i: number): DiscoveredName | undefined {
  const { tokens } = ctx;
  if (tokens[i - 1]?.norm !== 'persona') return undefined;
  const article = ctx.normIn(ctx.sentenceOf[i], i - 2);
  if (article !== 'the' && article !== 'a') return undefined;
  if (!WEARING.has(ctx.normIn(ctx.sentenceOf[i], i - 3))) return undefined;
  if (!nameLike(ctx, i) || cueKind(tokens[i]!.norm)) return undefined;
  // "masquerading as the persona “Marcella Flores”": a made-up person's first name and surname, a lure.
  const to = selfGivenNameEnd(ctx, i);
  return to === i + 1 ? { from: i, to, type: 'intrusion-set' } : undefined;
}

/**
 * The end of the name a group gives itself: every capitalized word, ordinary ones too ("Radiant Hunters"),
 * and past a dollar sign that ends a word of it ("Scattered Lapsus$ Hunters").
 */
function selfGivenNameEnd(ctx: TextContext, i: number): number {
  let to = capitalizedRunEnd(ctx, i, true);
  while (
    ctx.text.startsWith('$ ', ctx.tokens[to - 1]!.end) &&
    isCapitalized(ctx.tokens[to]?.text ?? '')
  ) {
    to = capitalizedRunEnd(ctx, to, true);
  }
  return to;
}

/** Capitalized words of a self-given name before a known name inside it: "Scattered" of "Scattered Lapsus$ Hunters". */
const WORDS_BEFORE_INSIDE = 3;

/** Names kept per first word: a text gives a group a name or two; hostile text cannot make the test quadratic. */
const NAMES_PER_WORD = 8;

/**
 * The names groups give themselves in a text, each as its words, by their first word: asked only of texts
 * that say "itself" or "themselves".
 */
const selfGivenNames = perText((ctx): ReadonlyMap<string, readonly (readonly string[])[]> => {
  const byFirst = new Map<string, string[][]>();
  if (!ctx.text.includes('itself') && !ctx.text.includes('themselves')) return byFirst;
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (!SELVES.has(tokens[i - 1]!.norm)) continue;
    const named = selfNamedGroup(ctx, i);
    if (!named) continue;
    const words = tokens.slice(named.from, named.to).map((t) => t.text);
    const same = byFirst.get(words[0]!) ?? [];
    if (same.length < NAMES_PER_WORD && !same.some((w) => w.join(' ') === words.join(' '))) {
      same.push(words);
    }
    byFirst.set(words[0]!, same);
  }
  return byFirst;
});

/**
 * Whether tokens [from, to) lie inside a longer name a group gives itself in the text, there or repeated:
 * "a group calling itself Scattered Lapsus$ Hunters" is a new group, not LAPSUS$.
 */
export function insideSelfGivenName(ctx: TextContext, from: number, to: number): boolean {
  const names = selfGivenNames(ctx);
  if (names.size === 0) return false;
  const { tokens } = ctx;
  for (let k = from; k >= 0 && from - k <= WORDS_BEFORE_INSIDE; k--) {
    for (const words of names.get(tokens[k]!.text) ?? []) {
      const end = k + words.length;
      // Longer than the known name: a kind word ends the run ("calling themselves Lapsus$ Group").
      if (end >= to && end - k > to - from && words.every((w, n) => tokens[k + n]?.text === w)) {
        return true;
      }
    }
    if (!isCapitalized(tokens[k - 1]?.text ?? '')) return false;
  }
  return false;
}
