/**
 * "Two hackers calling themselves Saber and cyb0rg", "a hacktivist going by the handle Sarcoma": names people
 * give themselves, so a name there is theirs, never a malware family's or a tool's that happens to share it
 * (MISP's Excalibur is also "Saber").
 */
import { listItemBefore } from './context-names.ts';
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
