/**
 * "a group it calls "TraderTraitor", also known as Lazarus Group or APT38": the names one sentence gives one
 * actor. The knowledge may hold them apart (ATT&CK's Lazarus Group and APT38 are two groups, and the entities stay
 * so), but an activity attributed to each of them in such a sentence is one attribution made under several names,
 * no disagreement between sources.
 */
import type { ExtractedEntity, Mention } from '../analysis/types.ts';

/** Between the first name and the next: ", also known as ", " (", ", aka ". */
const ALIAS_CUE =
  /^[”"']?,?\s{0,2}(?:\(|(?:also |otherwise |better |commonly |publicly )?(?:known|tracked|referred to) as|aka|a\.k\.a\.)\s{0,2}["“]?$/u;
/** Between the later names of the list: " or ", ", ", ", or ", " and ", "/". */
const LIST_JOINER = /^[”"']?\s{0,2}(?:,|\/|(?:,\s{0,2})?(?:or|and))\s{0,2}["“]?$/u;

/** Whether the mentions, one per name, are written as one actor's names: an alias cue, then a list. */
export function namedAsOne(text: string, mentions: readonly Mention[]): boolean {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  return ordered.slice(1).every((mention, k) => {
    const before = ordered[k]!;
    if (mention.start < before.end) return false;
    const gap = text.slice(before.end, mention.start);
    return ALIAS_CUE.test(gap) || (k > 0 && LIST_JOINER.test(gap));
  });
}

/**
 * The other intrusion sets a sentence names `actor` by, written as one actor's names with one of its mentions
 * ("TraderTraitor, also known as Lazarus Group or APT38": for TraderTraitor, Lazarus Group and APT38; for APT38,
 * TraderTraitor and Lazarus Group), in the order written. Not a state's organ: "GRU Unit 74455, also known as
 * Voodoo Bear" names the unit a set belongs to, which the Who gives as its sponsor.
 */
export function otherNamesOf(
  text: string,
  actor: ExtractedEntity,
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const groups = entities.filter((e) => e.type === 'intrusion-set');
  if (groups.length < 2) return [];
  const found = new Set<ExtractedEntity>();
  for (const sentence of new Set(actor.mentions.map((m) => m.sentence))) {
    const named = groups
      .flatMap((entity) =>
        entity.mentions
          .filter((m) => m.sentence === sentence)
          .map((mention) => ({ entity, mention })),
      )
      .sort((a, b) => a.mention.start - b.mention.start);
    let chain: typeof named = [];
    const close = () => {
      if (chain.some((n) => n.entity === actor))
        for (const n of chain) if (n.entity !== actor) found.add(n.entity);
    };
    for (const n of named) {
      if (chain.length > 0 && !namedAsOne(text, [...chain.map((c) => c.mention), n.mention])) {
        close();
        chain = [];
      }
      chain.push(n);
    }
    close();
  }
  return [...found];
}
