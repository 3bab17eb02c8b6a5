/**
 * Which state's government a text speaks about, so "its foreign ministry" can be placed: the country
 * written as a government ("Poland's government", "the government of Norway") or as the one making an
 * attribution ("Norway blamed APT31 for..."), nearest before the mention, else the most frequent such
 * country in the text.
 */
import type { Hit } from './hits.ts';
import { sponsorWordsEndAt } from './sponsoring-governments.ts';
import { sponsorsAnActor } from './state-sponsored.ts';
import type { TextContext } from './text-context.ts';
import { WEEKDAYS } from './calendar-words.ts';

const GOVERNMENT_WORDS = new Set([
  'government',
  'authorities',
  'officials',
  'cabinet',
  'prime',
  'president',
  'administration',
  'state',
]);

/** A minister's portfolio before the word: "Defence Minister", "Foreign Minister". */
const PORTFOLIOS = new Set(
  'defence defense foreign interior justice finance digital prime deputy'.split(' '),
);

/** Words after which "of X" names the state: "the government of Norway", "the authorities of the UK". */
const GOVERNMENT_OF = new Set(['government', 'authorities', 'cabinet', 'administration']);

/** A state as the subject of an attribution: "Norway blamed", "Norway has publicly attributed". */
const ATTRIBUTION_VERBS = new Set(
  `attributed attributes attributing blamed blames blaming accused accuses accusing linked links
pinned pins named names`.split(/\s+/u),
);

/** Words allowed between the state and its attribution verb ("has", "publicly", "on Tuesday"). */
const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  ...'has have had publicly formally officially openly also now today yesterday again recently on'.split(
    ' ',
  ),
  ...WEEKDAYS,
]);
const MAX_MODIFIERS = 3;

export class GovernmentCountry {
  readonly #marks: { token: number; code: string }[] = [];
  readonly #dominant: string | undefined;

  constructor(ctx: TextContext, hits: readonly Hit[]) {
    const counts = new Map<string, number>();
    // "China's Ministry of State Security": a state's organ that runs actors is no body of a victim state.
    const organs = new Set<number>();
    for (const hit of hits) {
      if (
        hit.kind === 'lexicon' &&
        hit.value.kind === 'organization' &&
        hit.value.org.role === 'sponsor'
      )
        organs.add(hit.from);
    }
    for (const hit of hits) {
      if (hit.kind !== 'lexicon' || hit.value.kind !== 'country') continue;
      if (!speaksAsGovernment(ctx, hit, organs)) continue;
      this.#marks.push({ token: hit.from, code: hit.value.code });
      counts.set(hit.value.code, (counts.get(hit.value.code) ?? 0) + 1);
    }
    let dominant: string | undefined;
    for (const [code, n] of counts)
      if (!dominant || n > (counts.get(dominant) ?? 0)) dominant = code;
    this.#dominant = dominant;
  }

  /** The government country in force at token `at`. */
  at(at: number): string | undefined {
    return this.markBefore(at)?.code ?? this.#dominant;
  }

  /** The last place before token `at` where the text speaks of a state's government. */
  markBefore(at: number): { readonly token: number; readonly code: string } | undefined {
    // Marks are in text order: binary search for the last one before `at`.
    let lo = 0;
    let hi = this.#marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#marks[mid]?.token ?? Infinity) < at) lo = mid + 1;
      else hi = mid;
    }
    return this.#marks[lo - 1];
  }
}

/** Module level: a closure made per hit would also be named at each creation by the TypeScript loader. */
const normAt = (ctx: TextContext, i: number): string => ctx.tokens[i]?.norm ?? '';

function speaksAsGovernment(ctx: TextContext, hit: Hit, organs: ReadonlySet<number>): boolean {
  if (sponsorOfAnActor(ctx, hit.from)) return false;
  let next = hit.to;
  const possessive = normAt(ctx, next) === 's';
  if (possessive) next++; // "Poland's government"
  const word = normAt(ctx, next);
  // "Japan's Ministry of Foreign Affairs": the state's own ministry, unless one that runs actors.
  if (possessive && word === 'ministry') return !organs.has(next);
  if (GOVERNMENT_WORDS.has(word) && !(word === 'state' && sponsorsAnActor(normAt(ctx, next + 1)))) {
    return true;
  }
  // "Dutch Defence Minister Kajsa Ollongren said", "the Polish Minister of Digital Affairs"
  if (word === 'minister' || (PORTFOLIOS.has(word) && normAt(ctx, next + 1) === 'minister')) {
    return true;
  }
  // "Japan's National Police Agency", "Singapore's coordinating minister": the state's own official or body.
  if (possessive && ownOfficial(ctx, next)) return true;
  // "the government of Norway", "the government of the United Kingdom"
  let before = hit.from - 1;
  if (normAt(ctx, before) === 'the') before--;
  if (normAt(ctx, before) === 'of' && GOVERNMENT_OF.has(normAt(ctx, before - 1))) return true;
  return subjectOfAttribution(ctx, hit.to);
}

/** Heads of a state's own officials and bodies, a few words after its possessive. */
const OFFICIAL_HEADS = new Set(
  'minister ministers ministry police agency parliament prosecutors prosecutor'.split(' '),
);
/** "Singapore's Cyber Security Agency": at most this many words before the head. */
const OFFICIAL_WORDS = 2;

/** An official or a body of the state starts at token `from` ("China's Ministry …" is asked before). */
function ownOfficial(ctx: TextContext, from: number): boolean {
  for (let i = from; i <= from + OFFICIAL_WORDS; i++)
    if (OFFICIAL_HEADS.has(normAt(ctx, i))) return true;
  return false;
}

/** "directed by the Chinese government", "connected to the Chinese state": the sponsor, not the speaker. */
function sponsorOfAnActor(ctx: TextContext, from: number): boolean {
  return sponsorWordsEndAt(ctx, normAt(ctx, from - 1) === 'the' ? from - 2 : from - 1);
}

/** "Norway blamed ...": the verb follows the country after at most a few modifiers, words apart. */
function subjectOfAttribution(ctx: TextContext, from: number): boolean {
  for (let i = from; i <= from + MAX_MODIFIERS; i++) {
    const token = ctx.tokens[i];
    const previous = ctx.tokens[i - 1];
    // Separated by spaces only: "Russia-linked APT28" is an origin, not a state speaking.
    if (!token || !previous || !/^\s+$/u.test(ctx.text.slice(previous.end, token.start))) {
      return false;
    }
    if (ATTRIBUTION_VERBS.has(token.norm)) return true;
    if (!VERB_MODIFIERS.has(token.norm)) return false;
  }
  return false;
}
