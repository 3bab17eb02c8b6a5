/**
 * "Two hackers calling themselves Saber and cyb0rg", "a hacktivist going by the handle Sarcoma": names people
 * give themselves, so a name there is theirs, never a malware family's or a tool's that happens to share it
 * (MISP's Excalibur is also "Saber"); after a group's word, a new group's ("a group calling itself Radiant").
 */
import { listItemAfter, listItemBefore } from './context-names.ts';
import { cueKind } from './cue-words.ts';
import { capitalizedRunEnd, nameLike, type DiscoveredName } from './name-words.ts';
import type { TextContext } from './text-context.ts';

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
  const word = (k: number): string =>
    ctx.sentenceOf[k] === ctx.sentenceOf[from] ? (ctx.tokens[k]?.norm ?? '') : '';
  if (SELVES.has(word(first - 1)) && CALLING.has(word(first - 2))) return true;
  // "going by the handle Sarcoma", "under the moniker Saber"
  const handle = word(first - 1);
  return HANDLE_WORDS.has(handle) && (word(first - 2) === 'the' || word(first - 2) === 'a');
}

/** Words for the people a name is theirs: "a group calling itself", "hackers who call themselves". */
const PEOPLE = new Set(
  'group groups gang crew collective team hackers hacker hacktivists hacktivist actor actors'.split(
    ' ',
  ),
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
  const to = capitalizedRunEnd(ctx, i, false);
  // "Two hackers calling themselves Saber and cyb0rg": people listed by their handles, no group.
  const next = listItemAfter(ctx, to - 1);
  const listed = next !== undefined && (next === to + 1 || nameLike(ctx, next)); // "Saber and cyb0rg", "Saber, Velk"
  if (!GROUP_WORDS.has(word(people)) && listed) return undefined;
  return { from: i, to, type: 'intrusion-set' };
}
