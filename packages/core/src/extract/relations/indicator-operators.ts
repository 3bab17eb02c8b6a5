/**
 * Indicators the text says an actor used, operated or registered ("APT31 used the servers 5.188.86.172
 * and update-check[.]example[.]net"): the indicator `indicates` that actor, with the confidence of the
 * sentence's estimative language (none when it states none). The actor must be the one acting, in the
 * same sentence: the subject right before the verb ("APT31 has also registered ..."), or the agent of a
 * passive ("... 5.188.86.172, operated by APT31"). A report that merely lists IOCs next to an actor
 * states nothing about who ran them.
 */
import type {
  ExtractedEntity,
  ExtractedIndicator,
  ExtractedRelation,
  Mention,
  Span,
} from '../../analysis/types.ts';
import { firstEstimativePhrase, type EstimativePhrase } from '../confidence/estimative-language.ts';
import { RelationBuilder } from './relation-builder.ts';
import { sentenceEvidence } from './sentence-evidence.ts';
import { roleOf } from './roles.ts';
import { firstStartingFrom } from '../first-starting-from.ts';

/** Verbs by which an actor holds infrastructure. */
const OPERATING_VERBS = new Set(
  `use uses used using operate operates operated operating register registers registered registering
control controls controlled controlling host hosts hosted hosting leverage leverages leveraged leveraging
employ employs employed employing maintain maintains maintained rent rents rented deploy deploys
deployed deploying`.split(/\s+/u),
);

/** Words allowed between the actor and its verb: auxiliaries, adverbs, estimative words. */
const VERB_MODIFIERS = new Set(
  `has have had is was were are been be also then later again reportedly allegedly likely probably
possibly almost certainly apparently repeatedly previously actively primarily mainly still
subsequently additionally`.split(/\s+/u),
);
const MAX_MODIFIERS = 4;

const WORD = /\p{L}+/gu;

/** The key naming an indicator in the relations this module returns (`source`). */
export const indicatorKey = (ioc: ExtractedIndicator): string => `${ioc.type}:${ioc.value}`;

export function indicatorOperators(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  indicators: readonly ExtractedIndicator[],
): ExtractedRelation[] {
  const actorsBySentence = new Map<number, Actor[]>();
  for (const entity of entities) {
    if (roleOf(entity) !== 'attacker') continue;
    for (const mention of entity.mentions) {
      const list = actorsBySentence.get(mention.sentence) ?? [];
      list.push({ key: entity.key, mention });
      actorsBySentence.set(mention.sentence, list);
    }
  }
  // Indicator mentions by sentence, in text order, so a list after one verb is read as one object.
  const iocsBySentence = new Map<number, { ioc: ExtractedIndicator; mention: Mention }[]>();
  for (const ioc of indicators) {
    if (NOT_INFRASTRUCTURE.has(ioc.type)) continue;
    for (const mention of ioc.mentions) {
      if (!actorsBySentence.has(mention.sentence) || isCitation(text, mention)) continue;
      const list = iocsBySentence.get(mention.sentence) ?? [];
      list.push({ ioc, mention });
      iocsBySentence.set(mention.sentence, list);
    }
  }
  const out = new RelationBuilder();
  for (const [s, iocs] of iocsBySentence) {
    const actors = (actorsBySentence.get(s) ?? []).sort(
      (a, b) => a.mention.start - b.mention.start,
    );
    const span = sentences[s];
    if (!span) continue;
    const evidence = sentenceEvidence(text, span, s);
    // Read the sentence's estimative words only once it is known to tie an indicator to an actor, and once:
    // a sentence without any, holding thousands of indicators, is not read again for each.
    let phrase: EstimativePhrase | undefined;
    let phraseRead = false;
    iocs.sort((a, b) => a.mention.start - b.mention.start);
    let previous: { end: number; actor: string } | undefined;
    for (const { ioc, mention } of iocs) {
      const listed =
        previous && LIST_GAP.test(text.slice(previous.end, mention.start))
          ? previous.actor
          : undefined;
      const actor = listed ?? operatorOf(text, mention, actors);
      previous = actor ? { end: mention.end, actor } : undefined;
      if (!actor) continue;
      if (!phraseRead) {
        phrase = firstEstimativePhrase(text, span.start, span.end);
        phraseRead = true;
      }
      out.add('indicates', indicatorKey(ioc), actor, evidence, phrase);
    }
  }
  return out.relations();
}

interface Actor {
  readonly key: string;
  readonly mention: Mention;
}

/** Identifiers that name a technique, a flaw or a network, not something an actor runs. */
const NOT_INFRASTRUCTURE: ReadonlySet<ExtractedIndicator['type']> = new Set([
  'attack-id',
  'cve',
  'asn',
]);

/** "[campaigns](https://vendor.example/post)": a link citing a source, not the actor's server. */
function isCitation(text: string, m: Mention): boolean {
  // The host inside such a URL is a mention of its own: look back to the link's opening.
  const before = text.slice(Math.max(0, m.start - CITATION_REACH), m.start);
  const open = before.lastIndexOf('](');
  return open >= 0 && !/[\s)]/u.test(before.slice(open + 2));
}
const CITATION_REACH = 300;

/** Between two items of one list: commas, spaces, "and"/"or". */
const LIST_GAP = /^[\s,]*(?:(?:and|or)\s+)?$/iu;

/** The verb and its object sit close: "used the servers 5.188.86.172", not a clause later. */
const OBJECT_WINDOW = 60;

/**
 * The actor the sentence says holds the indicator at `at`: the nearest one before it, or a passive agent.
 * `actors` are in text order (stable): a sentence listing thousands of indicators and actors stays cheap.
 */
function operatorOf(text: string, at: Mention, actors: readonly Actor[]): string | undefined {
  const before = nearestBefore(actors, at.start);
  if (before) {
    const verbEnd = verbAfter(text.slice(before.mention.end, at.start));
    if (verbEnd >= 0 && at.start - (before.mention.end + verbEnd) <= OBJECT_WINDOW) {
      return before.key;
    }
  }
  const after = actors[firstStartingFrom(actors, at.end)];
  if (after && passiveAgent(text.slice(at.end, after.mention.start))) return after.key;
  return undefined;
}

/** The actor ending by `offset` that starts last (the first listed of those starting together). */
function nearestBefore(actors: readonly Actor[], offset: number): Actor | undefined {
  let found: Actor | undefined;
  for (let k = firstStartingFrom(actors, offset) - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (found && a.mention.start !== found.mention.start) break;
    if (a.mention.end <= offset) found = a;
  }
  return found;
}

/**
 * "APT31 has also used ...": where the operating verb ends when it follows the actor after at most a
 * few modifiers, nothing negated; -1 otherwise.
 */
function verbAfter(between: string): number {
  let modifiers = 0;
  for (const m of between.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (OPERATING_VERBS.has(word)) return m.index + m[0].length;
    if (!VERB_MODIFIERS.has(word) || ++modifiers > MAX_MODIFIERS) return -1;
  }
  return -1;
}

/** "5.188.86.172, a server operated by APT31": an operating verb, then "by" right before the actor. */
function passiveAgent(between: string): boolean {
  const words: string[] = [];
  // Stop at the ninth word: in a long sentence the next actor may be thousands of words away.
  for (const m of between.matchAll(WORD)) {
    if (words.length === MAX_AGENT_GAP_WORDS) return false;
    words.push(m[0].toLowerCase());
  }
  if (words.at(-1) !== 'by') return false;
  return words.some((w) => OPERATING_VERBS.has(w)) && !words.some((w) => NEGATIONS.has(w));
}

const NEGATIONS = new Set(['not', 'never', 'no']);
/** Most words between an indicator and the agent of its passive ("..., operated by"). */
const MAX_AGENT_GAP_WORDS = 8;
