/**
 * Names a report lists as another name of a group it has just named ("APT40—aka FEVERDREAM, GreenCrash",
 * "TA4321 is also known as Quillfish", "a new RAT dubbed Quarvex, aka Floxbreaker"): when the knowledge does
 * not hold them, they are mentions of that group (or that new family) in this report, not new ones. Names the knowledge holds keep its reading: a report's
 * "aka" does not merge two groups the knowledge keeps apart.
 */
import type { DiscoveredName } from './name-words.ts';
import type { Hit } from './hits.ts';
import { listItemAfter, listItemBefore } from './context-names.ts';
import { aliasListedOf, inAliasList, type FoundKind } from './named-as.ts';
import { isDesignatorName } from './naming-schemes.ts';
import type { TextContext } from './text-context.ts';

/** The hit for a listed alias: the named group's own reading, at the alias's tokens. */
export function listedAliasHit(
  ctx: TextContext,
  hitAt: HitAt,
  found: DiscoveredName,
): Hit | undefined {
  const k = found.aliasOf;
  if (k === undefined) return undefined;
  const named = hitAt(k);
  const { from, to } = found;
  // "a new group called Gorgo (aka Zorvex)": one new group, with two names.
  if (named?.kind === 'scheme' || (named?.kind === 'discovered' && named.type === found.type)) {
    return asMentionOfNew(ctx, named, from, to);
  }
  return named?.kind === 'alias' ? asMentionOf(ctx, named, from, to) : undefined;
}

/**
 * Vendor-scheme names named as another name of a known group ("MuddyWater, also known as Static Kitten,
 * UNC3313, or MERCURY"; "TA3546, also known as FIN7"): the report says they are that group, so every
 * mention of the scheme name is, the first group listed winning. So is a scheme name the knowledge holds
 * only from MISP, listed with an ATT&CK group ("TA402, also known as Molerats"): MISP keeps Proofpoint's
 * designators apart where ATT&CK has not adopted them, and the report states the equivalence. Two ATT&CK
 * groups stay apart (MITRE decided they differ).
 */
export function withListedSchemeAliases(
  ctx: TextContext,
  hits: readonly Hit[],
  hitAt: HitAt,
  foundKind: FoundKind,
): Hit[] {
  // Keyed by a new scheme name as written, or by the entry of a designator the knowledge holds.
  const groupOf = new Map<string, AliasHit>();
  // New scheme names listed after another new group's name: that group ("APT99, aka UNC1234").
  const newGroupOf = new Map<string, NewGroupHit>();
  // Family names listed as the group's that the group's own names spell apart ("CozyBear" of "Cozy Bear").
  const regrouped = new Map<Hit, AliasHit>();
  const pair = (scheme: Hit, known: Hit): void => {
    if (known.kind !== 'alias' || known.decision.value.entry.type !== 'intrusion-set') return;
    const key = schemeKey(ctx, scheme, known);
    if (key !== undefined && !groupOf.has(key)) groupOf.set(key, known);
  };
  for (const hit of hits) {
    if (hit.kind !== 'scheme' && hit.kind !== 'alias') continue;
    const k = aliasListedOf(ctx, hit.from, foundKind);
    // "UAC-0002 (Sandworm, APT44)", "Sandworm (UAC-0002)": another name in brackets right after.
    const at = bracketedAfter(ctx, hit);
    const bracketed = at === undefined ? undefined : hitAt(at);
    if (bracketed && bracketed.from === at) {
      pair(hit, bracketed);
      pair(bracketed, hit);
    }
    const named = k === undefined ? listedBeside(ctx, hit, hitAt) : hitAt(k);
    if (!named) continue;
    if (spelledAmongAliases(ctx, hit, named)) regrouped.set(hit, named);
    pair(hit, named);
    pair(named, hit);
    if (hit.kind === 'scheme' && isNewGroup(named) && !newGroupOf.has(hit.name)) {
      newGroupOf.set(hit.name, named);
    }
  }
  if (groupOf.size === 0 && newGroupOf.size === 0 && regrouped.size === 0) return [...hits];
  return hits.map((hit) => {
    const group = regrouped.get(hit);
    if (group) return asMentionOf(ctx, group, hit.from, hit.to);
    const key =
      hit.kind === 'scheme'
        ? hit.name
        : hit.kind === 'alias'
          ? hit.decision.value.entry.id
          : undefined;
    const known = key === undefined ? undefined : groupOf.get(key);
    // Every mention of that entry follows, also the names the report listed under it ("GazaHackerTeam").
    if (known) return asMentionOf(ctx, known, hit.from, hit.to);
    const fresh = hit.kind === 'scheme' ? newGroupOf.get(hit.name) : undefined;
    return fresh ? asMentionOfNew(ctx, fresh, hit.from, hit.to) : hit;
  });
}

/**
 * "the hackers, who are also tracked as OPERATOR PANDA, RedMike, UNC5807 and GhostEmperor": a new scheme name in
 * a list of another group's names, whose owner the words leave unsaid, is another name of the known group
 * listed right beside it.
 */
function listedBeside(ctx: TextContext, hit: Hit, hitAt: HitAt): Hit | undefined {
  if (hit.kind !== 'scheme' || !inAliasList(ctx, hit.from)) return undefined;
  for (const k of [listItemBefore(ctx, hit.from), listItemAfter(ctx, hit.to - 1)]) {
    const beside = k === undefined ? undefined : hitAt(k);
    if (beside?.kind === 'alias' && beside.decision.value.entry.type === 'intrusion-set')
      return beside;
  }
  return undefined;
}

/**
 * "APT29, also known as Midnight Blizzard, CozyBear and The Dukes": a family's name the knowledge holds, listed
 * as another name of a known group whose own names hold it spaced or cased otherwise ("Cozy Bear"), is the
 * group's; the family keeps the name elsewhere.
 */
function spelledAmongAliases(ctx: TextContext, hit: Hit, named: Hit): named is AliasHit {
  if (hit.kind !== 'alias' || named.kind !== 'alias') return false;
  // Two groups stay apart however the report lists them ("The Winnti Group (also known as APT41, …)"), and so
  // do two families.
  if (named.decision.value.entry.type !== 'intrusion-set') return false;
  if (hit.decision.value.entry.type === 'intrusion-set') return false;
  const written = squeezed(ctx.mention(hit.from, hit.to).text);
  return named.decision.value.entry.aliases.some((alias) => squeezed(alias) === written);
}
const squeezed = (name: string): string => name.replace(/[\s_-]+/gu, '').toLowerCase();

/** The token right inside a bracket that opens one space after the hit, if any. */
function bracketedAfter(ctx: TextContext, hit: Hit): number | undefined {
  const last = ctx.tokens[hit.to - 1];
  const next = ctx.tokens[hit.to];
  if (!last || !next || ctx.sentenceOf[hit.to] !== ctx.sentenceOf[hit.from]) return undefined;
  return ctx.text.slice(last.end, next.start) === ' (' ? hit.to : undefined;
}

type NewGroupHit = Extract<Hit, { kind: 'scheme' | 'discovered' }>;

const isNewGroup = (hit: Hit): hit is NewGroupHit =>
  hit.kind === 'scheme' || (hit.kind === 'discovered' && hit.type === 'intrusion-set');

/** The new group's reading at tokens the report gives as another of its names. */
function asMentionOfNew(ctx: TextContext, group: NewGroupHit, from: number, to: number): Hit {
  if (group.kind === 'scheme') return { ...group, from, to };
  const { start, end } = ctx.mention(group.from, group.to);
  return { ...group, from, to, name: group.name ?? ctx.text.slice(start, end) };
}

/**
 * The key under which a hit stands for the known group listed with it: a new scheme name, or the entry of
 * a designator the knowledge holds only without an ATT&CK id, listed with a group that has one.
 */
function schemeKey(ctx: TextContext, hit: Hit, known: AliasHit): string | undefined {
  if (hit.kind === 'scheme') return hit.name;
  if (hit.kind !== 'alias') return undefined;
  const entry = hit.decision.value.entry;
  if (entry.externalId || entry.type !== 'intrusion-set') return undefined;
  if (!known.decision.value.entry.externalId) return undefined;
  return isDesignatorName(ctx.mention(hit.from, hit.to).text) ? entry.id : undefined;
}

type AliasHit = Extract<Hit, { kind: 'alias' }>;

/** The hit that covers token k, if any (find-hits.ts keeps the index: no search per question). */
export type HitAt = (k: number) => Hit | undefined;

/** The known group's reading, at other tokens that the report gives as its name. */
function asMentionOf(ctx: TextContext, named: AliasHit, from: number, to: number): Hit {
  const written = ctx.tokens.slice(from, to).map((t) => t.text);
  const value = { ...named.decision.value, alias: ctx.mention(from, to).text, written };
  return { from, to, kind: 'alias', decision: { ...named.decision, value, via: 'report-alias' } };
}
