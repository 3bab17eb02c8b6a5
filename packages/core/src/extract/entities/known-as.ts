/**
 * A name found by its context (a kind word, a name's shape) that the knowledge already holds in another
 * spelling: it is that entry, not a new one ("the Gallium group" is GALLIUM, "Async RAT" is AsyncRAT).
 */
import { MALWARE_HEADS } from './cue-words.ts';
import type { DiscoveredName } from './name-words.ts';
import type { Hit } from './hits.ts';
import type { AliasValue, KnowledgeIndex } from './knowledge-index.ts';
import type { TextContext } from './text-context.ts';

/** Knowledge types a discovered name of each kind may be. */
const KNOWN_TYPES: Readonly<Record<DiscoveredName['type'], readonly string[]>> = {
  'intrusion-set': ['intrusion-set', 'threat-actor'],
  malware: ['malware', 'tool'],
  tool: ['tool', 'malware'],
};

/**
 * A name found by its context that the knowledge holds in another spelling ("the Gallium group" for
 * GALLIUM, which the case rule keeps from matching "Gallium" alone): the context settles what it names,
 * so it is that entry rather than a new one.
 */
export function knownAs(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  found: DiscoveredName,
): Hit | undefined {
  const ofType = (values: readonly AliasValue[]): AliasValue[] => ofKnownType(found.type, values);
  const match = knowledge.trie.matchesAt(ctx.text, ctx.tokens, found.from, (values, to) =>
    to === found.to ? ofType(values) : [],
  );
  if (match) return knownHit(found.from, found.to, match.values);
  if (found.type !== 'malware') return undefined;
  const spaced = spacedFromKindWord(ctx, knowledge, found);
  if (spaced) return knownHit(found.from, found.to + 1, ofType(spaced));
  return knownHit(found.from, found.to, ofType(gluedToRat(ctx, knowledge, found)));
}

export function knownHit(from: number, to: number, values: readonly AliasValue[]): Hit | undefined {
  const value = values[0];
  if (!value) return undefined;
  const candidates = values.filter(
    (v) => v.entry.type === value.entry.type && v.entry.id !== value.entry.id,
  );
  const decision = { value, candidates, recognition: 80, via: 'alias+context' };
  return { from, to, kind: 'alias', decision };
}

/** Kind words that the knowledge often writes glued to a family's name ("AsyncRAT", "PandaBanker"). */
const GLUED_KINDS: ReadonlySet<string> = new Set(['rat', 'loader', 'stealer', 'banker', 'bot']);

/**
 * "Async RAT", "Panda Banker", "RedLine stealer": the name and the kind word after it, which the knowledge
 * writes as one word, or as two with a capital the report did not use ("RedLine Stealer").
 */
function spacedFromKindWord(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  found: DiscoveredName,
): readonly AliasValue[] | undefined {
  const kind = ctx.tokens[found.to];
  const last = ctx.tokens[found.to - 1];
  if (!kind || !last || !GLUED_KINDS.has(kind.norm)) return undefined;
  if (ctx.text.slice(last.end, kind.start) !== ' ') return undefined;
  const name = ctx.tokens.slice(found.from, found.to + 1).map((t) => t.norm);
  const values = namedWithKind(knowledge, name);
  return values.length > 0 ? values : undefined;
}

/**
 * The entries the knowledge names by `words`, the last of them a kind word, written glued ("LummaStealer",
 * "AsyncRAT") or apart ("Lumma Stealer").
 */
export function namedWithKind(
  knowledge: KnowledgeIndex,
  words: readonly string[],
): readonly AliasValue[] {
  const glued = knowledge.trie.valuesOf([words.join('')]);
  return glued.length > 0 ? glued : knowledge.trie.valuesOf(words);
}

/** The values of the knowledge types a discovered name of `type` may be. */
export const ofKnownType = (
  type: DiscoveredName['type'],
  values: readonly AliasValue[],
): AliasValue[] => values.filter((v) => KNOWN_TYPES[type].includes(v.entry.type));

/**
 * "NetwireRAT", "Gh0stRAT": a known family's name with "RAT" glued to it, and "Quasar" for QuasarRAT. Only
 * RAT: other kind words glued to a known word make another family's name ("NovaLoader" is not the Nova
 * ransomware, "CMDStealer" not Cmd).
 */
function gluedToRat(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  found: DiscoveredName,
): readonly AliasValue[] {
  const norm = found.to - found.from === 1 ? (ctx.tokens[found.from]?.norm ?? '') : '';
  if (norm.endsWith('rat') && norm.length >= 6) return knowledge.trie.valuesOf([norm.slice(0, -3)]);
  // And the other way: "the Quasar malware" is QuasarRAT, which the knowledge names with its "RAT".
  const withRat = norm.length >= 3 ? knowledge.trie.valuesOf([`${norm}rat`]) : [];
  return withRat.length > 0 ? withRat : knowledge.trie.valuesOf([norm, 'rat']);
}

/**
 * Names their context linked to the knowledge ("the RedLine stealer" is RedLine Stealer), and known names
 * that end in their kind word ("RedLine Stealer" written out), by their first word as written: the same
 * word standing alone elsewhere is that entry too, not a new family by its coined spelling. The first
 * word, because the name spans the kind word.
 */
export function linkedByContext(ctx: TextContext, hits: readonly Hit[]): ReadonlyMap<string, Hit> {
  const linked = new Map<string, Hit>();
  for (const hit of hits) {
    if (hit.kind !== 'alias') continue;
    const kindLast =
      hit.to - hit.from >= 2 && MALWARE_HEADS.has(ctx.tokens[hit.to - 1]?.norm ?? '');
    if (hit.decision.via === 'alias+context' || kindLast) {
      linked.set(ctx.tokens[hit.from]?.text ?? '', hit);
    }
  }
  return linked;
}
