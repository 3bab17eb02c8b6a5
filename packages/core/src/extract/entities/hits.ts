/**
 * A recognized stretch of tokens before it becomes an entity: what matched, where, and how.
 */
import type { BodyKind } from './government-bodies.ts';
import type { LexiconValue } from './lexicon.ts';
import type { NamedKind } from './named-as.ts';
import type { AliasDecision } from './recognize-alias.ts';

export type Hit = { readonly from: number; readonly to: number } & (
  | { readonly kind: 'alias'; readonly decision: AliasDecision }
  | { readonly kind: 'scheme'; readonly name: string; readonly scheme: string }
  | { readonly kind: 'lexicon'; readonly value: LexiconValue }
  | { readonly kind: 'body'; readonly body: BodyKind }
  | { readonly kind: 'sector'; readonly sector: string }
  | {
      readonly kind: 'discovered';
      readonly type: NamedKind;
      readonly via: string;
      /** The name of the new thing this mention is another name of ("Gorgo (aka Zorvex)"), if not itself. */
      readonly name?: string;
    }
);

/** Order among hits of equal length: knowledge first, then naming schemes, places, bodies, sectors. */
const PRIORITY: Readonly<Record<Hit['kind'], number>> = {
  alias: 0,
  scheme: 1,
  lexicon: 2,
  body: 3,
  sector: 4,
  discovered: 5,
};

/**
 * The better of two hits starting at one token: the longer, on equal length the one of higher priority (the
 * first on a full tie). Asked pairwise so the matching pass builds no list of candidates at each token.
 */
export function betterHit(best: Hit | undefined, hit: Hit | undefined): Hit | undefined {
  if (!hit) return best;
  if (
    !best ||
    hit.to - hit.from > best.to - best.from ||
    (hit.to - hit.from === best.to - best.from && PRIORITY[hit.kind] < PRIORITY[best.kind])
  ) {
    return hit;
  }
  return best;
}
