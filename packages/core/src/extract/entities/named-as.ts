/**
 * New names introduced by a naming phrase: "an APT group named “ReconHellcat”", "a threat actor known by
 * the aliases ‘Hydro’ and ‘JiiN’", "a family we dubbed Golden Chickens", "a new RAT called PurpleWave".
 * The phrase says a name follows; the cue word before it (group, actor / malware, RAT, loader) says what
 * kind of thing it names. Without a cue nothing is proposed: "a file named Invoice" names no threat.
 */
import { cueKind, type CueKind } from './cue-words.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

/** Words right before a name that announce it. */
const NAMING = new Set(
  'named dubbed called nicknamed codenamed aka alias aliases moniker monikers'.split(' '),
);
/** "known as", "tracked as", "referred to as", "also known as". */
const BEFORE_AS = new Set(['known', 'tracked', 'to', 'designated', 'identified', 'labelled']);
/** Quote marks and emphasis that may wrap an announced name. */
const WRAPPERS = new Set([...'"“”‘’\'*_`']);
/**
 * Things other than threats that reports give names to: places on the web, systems, code parts, people's
 * handles. Named nearer the naming word than a cue, the name is theirs ("a group of activists launched a
 * site called …").
 */
const NAMED_THINGS = new Set(
  `site sites website websites forum forums market marketplace shop store service platform system systems
company firm vendor organization project program programme packer module modules function functions
method class export key value string parameter variable file files folder directory account accounts
user username handle persona nickname domain server channel campaign operation technique`.split(
    /\s+/u,
  ),
);
/** How far back from the naming word a cue word may be (same sentence). */
const CUE_LOOKBACK = 6;

export type NamedKind = 'malware' | 'intrusion-set';

/**
 * The kind of a name starting at token i when a naming phrase announces it, else undefined. `isName(k)`
 * says whether token k may be part of a name (capitals, not an ordinary word).
 */
export function announcedKind(ctx: TextContext, i: number): NamedKind | undefined {
  const trigger = namingWordBefore(ctx, i);
  if (trigger === undefined) return undefined;
  return cueBefore(ctx, trigger);
}

/** Index of the naming word that announces a name starting at token i, following "X and Y" lists. */
function namingWordBefore(ctx: TextContext, i: number): number | undefined {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[i];
  let k = i - 1;
  // "the aliases ‘Hydro’ and ‘JiiN’": step back over earlier announced names and the conjunction.
  for (let hops = 0; hops < 3; hops++) {
    const word = tokens[k];
    if (!word || ctx.sentenceOf[k] !== sentence) return undefined;
    if (NAMING.has(word.norm)) return k;
    if (word.norm === 'as' && BEFORE_AS.has(tokens[k - 1]?.norm ?? '')) return k;
    if (word.norm !== 'and' && word.norm !== 'or') return undefined;
    // The conjunction follows a wrapped name of at most three capitalized words.
    let j = k - 1;
    while (j > k - 4 && isCapitalized(tokens[j]?.text ?? '') && !wrappedStart(ctx, j)) j--;
    if (!isCapitalized(tokens[j]?.text ?? '') || !wrappedStart(ctx, j)) return undefined;
    k = j - 1;
  }
  return undefined;
}

const wrappedStart = (ctx: TextContext, j: number): boolean =>
  WRAPPERS.has(ctx.text[(ctx.tokens[j]?.start ?? 0) - 1] ?? ' ');

function cueBefore(ctx: TextContext, trigger: number): NamedKind | undefined {
  const sentence = ctx.sentenceOf[trigger];
  for (let k = trigger - 1; k >= Math.max(0, trigger - CUE_LOOKBACK); k--) {
    if (ctx.sentenceOf[k] !== sentence) break;
    const norm = ctx.tokens[k]?.norm ?? '';
    // "a site called …", "a packer we dubbed …": the nearer noun is the thing the name is given to.
    if (NAMED_THINGS.has(norm)) return undefined;
    const kind: CueKind | undefined = cueKind(norm);
    if (kind === 'group') return 'intrusion-set';
    if (kind === 'malware') return 'malware';
    if (kind === 'tool') return undefined;
  }
  return undefined;
}
