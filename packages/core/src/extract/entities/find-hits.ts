/**
 * The matching pass: at each token, every recognizer proposes a hit and the longest wins (ties by
 * priority, hits.ts); then new names are discovered before head words, and names accepted once are
 * propagated to their other mentions in the same text.
 */
import { namesUsGeorgia } from './us-state-bodies.ts';
import { definedKind } from './defined-names.ts';
import { attackLinkedNames, type LinkedName } from './attack-links.ts';
import { namesAProduct } from './capital-products.ts';
import { namesAPerson } from './person-names.ts';
import { operationNameWords } from './operations.ts';
import { isCommonWord } from './common-words.ts';
import { withDocumentFullNames } from './document-full-names.ts';
import {
  discoverCrewOfWords,
  discoverNumberedCrew,
  listedBefore,
  listItemBefore,
  mayNumberACrew,
} from './context-names.ts';
import {
  announcedCapitalsName,
  announcedDualUseTool,
  coinedToolBefore,
  describedCapitalsBefore,
  basedOnBefore,
  discoverBefore,
  discoverByShape,
  mayBeHead,
  PLURAL_MALWARE_HEADS,
} from './discover-names.ts';
import { mayBeNameWord } from './name-words.ts';
import {
  BODY_ACRONYMS,
  GOVERNMENT_BODIES,
  LOCAL_UNITS,
  LOWER_CASE_BODIES,
  ministriesOfStates,
  ministriesSharingAHead,
  type BodyKind,
} from './government-bodies.ts';
import { majorityFirst } from './majority-kind.ts';
import { betterHit, type Hit } from './hits.ts';
import { misspelledRepeats } from './misspelled-names.ts';
import type { AliasValue, KnowledgeIndex } from './knowledge-index.ts';
import { knownAs, linkedByContext } from './known-as.ts';
import { listedBeforeKnown } from './listed-before-known.ts';
import { caseMatches, LEXICON, type LexiconValue } from './lexicon.ts';
import { listedAliasHit, withListedSchemeAliases } from './listed-aliases.ts';
import { toolUsedTo } from './tools-used.ts';
import { announcedKind, type NamedKind } from './named-as.ts';
import {
  matchNamingScheme,
  mayStartScheme,
  NO_SCHEME,
  schemeOpening,
  type SchemeContext,
} from './naming-schemes.ts';
import { recognizeAlias } from './recognize-alias.ts';
import { PerWord, PerWordNumber, PerWordTest } from './per-word.ts';
import { sectorsAfterAHead, sectorsBetweenSectors, sectorsSharingAHead } from './sector-lists.ts';
import { describesOtherNoun, namesSoftwareUtilities, SECTOR_WORDS } from './sectors.ts';
import { insideUrl } from '../inside-url.ts';
import type { TextContext } from './text-context.ts';
import { withoutStrayOrganAcronyms } from './state-organ-acronyms.ts';
import { TokenTrie, type NameStart } from './token-trie.ts';
import { isAllCaps, nameTokens, type Token } from './tokens.ts';
import { WordLookup } from './word-lookup.ts';

const SECTORS = new TokenTrie<string>();
for (const { sector, phrase } of SECTOR_WORDS) SECTORS.add(nameTokens(phrase), sector);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Bits of the dictionaries a word can start a name in. */
const ALIASES = 1;
const PLACES = 2;
const BODIES = 4;
const SECTOR_NAMES = 8;

/** What a word starts: names in these dictionaries (bits), the knowledge's aliases from this trie node. */
interface FirstWord {
  readonly dictionaries: number;
  readonly aliases: NameStart<AliasValue> | undefined;
}

const firstWordMaps = new WeakMap<
  KnowledgeIndex,
  { readonly names: number; readonly words: WordLookup<FirstWord> }
>();

/**
 * First word of any name -> the dictionaries with a name starting with it and, for the knowledge's
 * aliases, the trie node they start from: one lookup per word instead of one per dictionary, and none in
 * the trie's root (those scattered lookups cost as much again). Built on first use of a knowledge index,
 * again if names were added since (a name with a new first word always adds to the trie's size).
 */
function firstWordsOf(knowledge: KnowledgeIndex): WordLookup<FirstWord> {
  const known = firstWordMaps.get(knowledge);
  if (known?.names === knowledge.trie.size) return known.words;
  const bits = new Map<string, number>();
  const add = (trie: TokenTrie<unknown>, bit: number): void => {
    for (const word of trie.firstKeys()) bits.set(word, (bits.get(word) ?? 0) | bit);
  };
  add(knowledge.trie, ALIASES);
  add(LEXICON, PLACES);
  add(GOVERNMENT_BODIES, BODIES);
  add(SECTORS, SECTOR_NAMES);
  const aliasStarts = new Map(knowledge.trie.starts());
  const lookup = new WordLookup(
    Array.from(bits, ([word, dictionaries]) => {
      const first: FirstWord = { dictionaries, aliases: aliasStarts.get(word) };
      return [word, first] as const;
    }),
  );
  firstWordMaps.set(knowledge, { names: knowledge.trie.size, words: lookup });
  return lookup;
}

/** Codes of `named` in findHits: nothing, a group, malware, a tool. */
const NAMED_KINDS: readonly (NamedKind | undefined)[] = [
  undefined,
  'intrusion-set',
  'malware',
  'tool',
];

function namedCode(hit: Hit): number {
  const kind =
    hit.kind === 'scheme'
      ? 'intrusion-set'
      : hit.kind === 'discovered'
        ? hit.type
        : hit.kind === 'alias'
          ? hit.decision.value.entry.type
          : undefined;
  for (let code = 1; code < NAMED_KINDS.length; code++) if (NAMED_KINDS[code] === kind) return code;
  return 0;
}

const NO_WORDS: ReadonlySet<string> = new Set();

export interface HitOptions {
  /** Find names the knowledge does not hold (naming schemes, head words). Default true. */
  readonly discover?: boolean;
}

export function findHits(ctx: TextContext, knowledge: KnowledgeIndex, options: HitOptions): Hit[] {
  const discover = options.discover ?? true;
  const { text, tokens } = ctx;
  const taken = new Uint8Array(tokens.length);
  // What each token names, for the aliases a report lists after a name ("APT28 (aka Sofacy, …)").
  const named = new Uint8Array(tokens.length);
  const hits: Hit[] = [];
  // Index + 1 of the hit that took each token: "which name stands at token k" without a search.
  const owner = new Int32Array(tokens.length);
  const hitAt = (k: number): Hit | undefined => hits[(owner[k] ?? 0) - 1];
  /** A known malware or tool's name ends at token k. */
  const knownFamilyAt = (k: number | undefined): boolean => {
    const hit = k === undefined ? undefined : hitAt(k);
    const type = hit?.kind === 'alias' ? hit.decision.value.entry.type : undefined;
    return hit?.to === (k ?? 0) + 1 && (type === 'malware' || type === 'tool');
  };
  const operationWords = discover ? operationNameWords(ctx) : NO_WORDS;
  const take = (hit: Hit): void => {
    // "Operation DreamJob … earlier DreamJob samples": the operation's name, no new family's, where only
    // the name's shape made it one ("the DreamJob backdoor" would be a family).
    if (
      hit.kind === 'discovered' &&
      hit.via === 'name-shape' &&
      hit.to - hit.from === 1 &&
      operationWords.has(tokens[hit.from]!.text)
    )
      return;
    hits.push(hit);
    owner.fill(hits.length, hit.from, hit.to);
    taken.fill(1, hit.from, hit.to);
    named.fill(namedCode(hit), hit.from, hit.to);
  };
  const foundKind = (k: number): NamedKind | undefined => NAMED_KINDS[named[k] ?? 0];
  // "tracked as Tortoiseshell and Imperial Kitten": an alias list after a group is as good as a cue word.
  // "Laundry Bear, a previously unknown Russian group,": a definition says so as well, from further away.
  const cueNear = (from: number, to: number): boolean =>
    ctx.cuesNear(from, to).has('group') ||
    announcedKind(ctx, from, foundKind) === 'intrusion-set' ||
    definedKind(ctx, to - 1) === 'intrusion-set';

  // What names each word starts: asked once per distinct word of the text.
  const firstWords = firstWordsOf(knowledge);
  const starts = new PerWord(({ norm }) => firstWords.get(norm) ?? null, tokens);
  const schemeOpenings = new PerWordNumber(discover ? schemeOpening : () => NO_SCHEME, tokens);

  // The matchers' callbacks, made once per text rather than at every token that may start a name.
  let decision: Hit | undefined;
  const acceptAlias = (values: readonly AliasValue[], to: number, from: number): AliasValue[] => {
    if (to - from === 1 && halfOfGluedName(ctx, knowledge, from, values)) return [];
    const d = recognizeAlias(ctx, from, to, values, foundKind);
    if (d) decision = { from, to, kind: 'alias', decision: d };
    return d ? [d.value] : [];
  };
  const acceptPlace = (values: readonly LexiconValue[], to: number, from: number): LexiconValue[] =>
    values.filter(
      (v) =>
        caseMatches(v.written, tokens.slice(from, to)) &&
        !(v.kind === 'country' && v.form === 'metonym' && namesAProduct(ctx, to)) &&
        !(v.kind === 'country' && v.form === 'name' && namesAPerson(ctx, from, to)) &&
        // "the Northern District of Georgia": the US state, no mention of the country.
        !(v.kind === 'country' && v.code === 'GE' && namesUsGeorgia(ctx, from)) &&
        !(
          v.kind === 'organization' &&
          v.afterState &&
          !statePossessiveBefore(from, v.org.country) &&
          !stateNamedAfter(to, v.org.country)
        ),
    );
  /** "Russia's |military intelligence": the state's name, then "'s", right before token `from`. */
  const statePossessiveBefore = (from: number, country: string | undefined): boolean => {
    const state = hitAt(from - 2);
    return (
      tokens[from - 1]?.norm === 's' &&
      state?.kind === 'lexicon' &&
      state.value.kind === 'country' &&
      state.value.code === country
    );
  };
  /** "military intelligence service| of Russia", "… of the Russian Federation": the state right after. */
  const stateNamedAfter = (to: number, country: string | undefined): boolean => {
    if (tokens[to]?.norm !== 'of') return false;
    const state = stateAt(tokens[to + 1]?.norm === 'the' ? to + 2 : to + 1);
    return state !== undefined && state.code === country;
  };
  const acceptBody = (
    values: readonly BodyKind[],
    to: number,
    from: number,
  ): readonly BodyKind[] => {
    const first = tokens[from];
    const acronym = to - from === 1 && first && BODY_ACRONYMS.has(first.norm);
    if (acronym && !isAllCaps(first.text)) return [];
    // "the Dutch police", "the Spanish national police"; a capitalized "Police" heads a table cell, a title or
    // a body's own name ("Japan's National Police Agency") as often.
    const last = tokens[to - 1];
    if (!last || !LOWER_CASE_BODIES.has(last.norm)) return values;
    // "a major US police department" is a city's.
    const local = LOCAL_UNITS.has(tokens[to]?.norm ?? '');
    const capitalized = tokens.slice(from, to).some((t) => t.text !== t.norm);
    return capitalized || local ? [] : values;
  };
  /** The country named from token k ("Taiwan", "South Korea"), and the token after its name. */
  const stateAt = (k: number): { code: string; to: number } | undefined => {
    const match = LEXICON.matchesAt(text, tokens, k, acceptPlace);
    const value = match?.values[0];
    return match && value?.kind === 'country' ? { code: value.code, to: match.to } : undefined;
  };
  const acceptSector = (values: readonly string[], to: number, from: number): readonly string[] =>
    describesOtherNoun(ctx, to, from) ||
    namesSoftwareUtilities(ctx, from, to) ||
    insideUrl(text, tokens[from]!.start)
      ? []
      : values;
  const schemeContext: Mutable<SchemeContext> = { text, tokens, shouting: false, cueNear };

  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token) break;
    const first = starts.get(token);
    const dictionaries = first === null ? 0 : first.dictionaries;
    const mayScheme = mayStartScheme(tokens, i, schemeOpenings.get(token));
    // Most tokens start no name of any kind: skip them before asking the matchers.
    if (dictionaries === 0 && !mayScheme) {
      i++;
      continue;
    }
    decision = undefined;
    const alias = first?.aliases
      ? knowledge.trie.matchesFrom(first.aliases, text, tokens, i, acceptAlias)
      : undefined;
    const aliasHit = alias ? decision : undefined;
    if (mayScheme) schemeContext.shouting = ctx.shouting(i);
    const scheme = mayScheme ? matchNamingScheme(schemeContext, i) : undefined;
    const lexicon =
      dictionaries & PLACES ? LEXICON.matchesAt(text, tokens, i, acceptPlace) : undefined;
    const body =
      dictionaries & BODIES ? GOVERNMENT_BODIES.matchesAt(text, tokens, i, acceptBody) : undefined;
    const sector =
      dictionaries & SECTOR_NAMES ? SECTORS.matchesAt(text, tokens, i, acceptSector) : undefined;
    const lexiconValue = lexicon?.values[0];
    const bodyValue = body?.values[0];
    const sectorValue = sector?.values[0];
    // Candidates in priority order, folded pairwise: no list of them at each token.
    let best: Hit | undefined = aliasHit;
    if (scheme) {
      const { to, name } = scheme;
      best = betterHit(best, { from: i, to, kind: 'scheme', name, scheme: scheme.scheme });
    }
    if (lexicon && lexiconValue) {
      best = betterHit(best, { from: i, to: lexicon.to, kind: 'lexicon', value: lexiconValue });
    }
    if (body && bodyValue) {
      best = betterHit(best, { from: i, to: body.to, kind: 'body', body: bodyValue });
    }
    if (sector && sectorValue !== undefined) {
      best = betterHit(best, { from: i, to: sector.to, kind: 'sector', sector: sectorValue });
    }
    // "the foreign and defence ministries", "the foreign ministries of Taiwan and India": bodies where no
    // word alone names one.
    const shared =
      !best && dictionaries & BODIES
        ? [...ministriesSharingAHead(tokens, i), ...ministriesOfStates(text, tokens, i, stateAt)]
        : [];
    if (best) {
      take(best);
      i = best.to;
    } else if (shared.length > 0) {
      for (const { from, to, body } of shared) take({ from, to, kind: 'body', body });
      i = shared.at(-1)!.to;
    } else {
      i++;
    }
  }

  for (const hit of sectorsSharingAHead(ctx, taken)) take(hit);
  for (const hit of sectorsAfterAHead(ctx, taken)) take(hit);
  for (const hit of sectorsBetweenSectors(ctx, taken, (k) => hitAt(k)?.kind === 'sector'))
    take(hit);
  for (const linked of attackLinkedNames(ctx)) {
    if (anyTaken(taken, linked.from, linked.to)) continue;
    const hit = linkedHit(ctx, knowledge, linked, discover);
    if (hit) take(hit);
  }
  if (discover) {
    // Both discoveries need a head word or a name-like word: asked once per distinct word, not per token.
    const isHead = new PerWordTest(({ norm }) => mayBeHead(norm), tokens);
    const nameWord = new PerWordTest(mayBeNameWord, tokens);
    const crewNumber = new PerWordTest(({ text }) => mayNumberACrew(text), tokens);
    // "RedLine Stealer … the RedLine malware": a word a known name starts is that entry before a head word too.
    const linkedFirst = linkedByContext(ctx, hits);
    for (let i = 1; i < tokens.length; i++) {
      if (taken[i - 1] || !isHead.get(tokens[i]!)) continue;
      const base = basedOnBefore(ctx, i, (k) => taken[k] === 1);
      const found =
        base ??
        discoverBefore(ctx, i, (k) => taken[k] === 1) ??
        describedCapitalsBefore(ctx, i, (k) => taken[k] === 1) ??
        coinedToolBefore(ctx, i, (k) => taken[k] === 1) ??
        (taken[i] ? undefined : discoverCrewOfWords(ctx, i));
      if (!found) continue;
      const listed = listedBefore(ctx, found, (k) => taken[k] === 1);
      // "the QUEUESEED and BIASBOOT backdoors": a known family listed first shares the plural head too.
      if (
        !base &&
        listed.length === 0 &&
        PLURAL_MALWARE_HEADS.has(tokens[i]!.norm) &&
        !knownFamilyAt(listItemBefore(ctx, found.from))
      )
        continue;
      for (const name of [found, ...listed]) {
        const known =
          name.to - name.from === 1 ? linkedFirst.get(tokens[name.from]!.text) : undefined;
        take(
          (known && { ...known, from: name.from, to: name.to }) ??
            knownAs(ctx, knowledge, name) ?? { ...name, kind: 'discovered', via: 'naming-context' },
        );
      }
    }
    for (const hit of listedBeforeKnown(ctx, knowledge, hits, (k) => taken[k] === 1)) take(hit);
    const linked = linkedByContext(ctx, hits);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      // Asked of every word: a product such as "Splashtop" also passes the name-word test below, whose branch
      // never asks it.
      const dualUse = announcedDualUseTool(ctx, i, foundKind);
      if (dualUse) {
        take({ ...dualUse, kind: 'discovered', via: 'naming-context' });
        continue;
      }
      if (!nameWord.get(tokens[i]!)) {
        const crew = crewNumber.get(tokens[i]!) ? discoverNumberedCrew(ctx, i) : undefined;
        if (crew && !taken[i + 1]) {
          take(knownAs(ctx, knowledge, crew) ?? { ...crew, kind: 'discovered', via: 'definition' });
        }
        const capitals = announcedCapitalsName(ctx, i, foundKind);
        if (capitals) take({ ...capitals, kind: 'discovered', via: 'naming-context' });
        continue;
      }
      const known = linked.get(tokens[i]!.text);
      if (known) {
        take({ ...known, from: i, to: i + 1 });
        continue;
      }
      const tool = toolUsedTo(ctx, i, foundKind);
      if (tool) {
        take(knownAs(ctx, knowledge, tool) ?? { ...tool, kind: 'discovered', via: 'used-to' });
        continue;
      }
      const found = discoverByShape(ctx, i, foundKind);
      if (found)
        take(
          knownAs(ctx, knowledge, found) ??
            listedAliasHit(ctx, hitAt, found) ?? {
              ...found,
              kind: 'discovered',
              via: found.via ?? 'name-shape',
            },
        );
    }
  }
  propagate(ctx, hits, taken, take);
  for (const hit of misspelledRepeats(ctx, hits, taken)) take(hit);
  const listed = withListedSchemeAliases(ctx, hits, hitAt, foundKind);
  return withDocumentFullNames(ctx, withoutStrayOrganAcronyms(ctx, listed)).sort(
    (a, b) => a.from - b.from,
  );
}

/** A name linked to its ATT&CK page: that object when the knowledge holds it, else a new name. */
function linkedHit(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  linked: LinkedName,
  discover: boolean,
): Hit | undefined {
  const { from, to } = linked;
  const entry = knowledge.byExternalId.get(linked.externalId);
  if (entry) {
    const tokens = ctx.tokens.slice(from, to);
    const alias = ctx.mention(from, to).text;
    const value = { entry, alias, written: tokens.map((t) => t.text), ordinary: false };
    const decision = { value, candidates: [], recognition: 95, via: 'attack-link' };
    return { from, to, kind: 'alias', decision };
  }
  return discover
    ? { from, to, kind: 'discovered', type: linked.type, via: 'attack-link' }
    : undefined;
}

/**
 * A name accepted once with context (an ordinary-word alias, a discovered name, a naming-scheme name)
 * also counts where it is written the same way elsewhere in the text without the context.
 */
function propagate(
  ctx: TextContext,
  hits: readonly Hit[],
  taken: Uint8Array,
  take: (hit: Hit) => void,
): void {
  const byText = new TokenTrie<Hit>(asWritten);
  const contextual = hits.filter(
    (hit) =>
      hit.kind === 'discovered' ||
      hit.kind === 'scheme' ||
      (hit.kind === 'alias' && hit.decision.recognition < 90),
  );
  // The first hit of a name is the model its bare repeats copy: the kind most of its hits give first.
  for (const hit of majorityFirst(ctx, contextual))
    byText.add(
      ctx.tokens.slice(hit.from, hit.to).map((t) => t.text),
      hit,
    );
  if (byText.size === 0) return;
  const opens = new PerWordTest((token) => byText.startsWith(token.text), ctx.tokens);
  // Made once, not inside the loop: a callback there that read `i` would give every iteration, matched
  // or not, a context of its own to allocate.
  const untaken = (values: readonly Hit[], to: number, from: number): readonly Hit[] =>
    anyTaken(taken, from, to) ? [] : values;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i];
    if (!token || taken[i] || !opens.get(token)) continue;
    const match = byText.matchesAt(ctx.text, ctx.tokens, i, untaken);
    const model = match?.values[0];
    if (!match || !model) continue;
    // An ordinary word opening a sentence ("One", "Delta") is capitalized for that reason alone, unless
    // the name is the sentence's subject: "Machete sends spear-phishing emails".
    const ordinaryOpener = ctx.sentenceStart(i) && match.to - i === 1 && isCommonWord(token.norm);
    if (ordinaryOpener && !verbFollows(ctx, i)) continue;
    take({ ...model, from: i, to: match.to });
    i = match.to - 1;
  }
}

const asWritten = (token: Token): string => token.text;

/**
 * Whether the word after token i, one space on in its sentence, reads as the verb of a subject at i: an
 * auxiliary, or a lower-case word in -ed or -s ("Machete used", "Silence sends", "Platinum has").
 */
function verbFollows(ctx: TextContext, i: number): boolean {
  const word = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!word || !next || next.start !== word.end + 1 || ctx.text.charCodeAt(word.end) !== 0x20) {
    return false;
  }
  if (ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i] || next.text !== next.norm) return false;
  const verb = next.norm;
  return (
    AUXILIARIES.has(verb) || verb.endsWith('ed') || (verb.endsWith('s') && !verb.endsWith('ss'))
  );
}

const AUXILIARIES: ReadonlySet<string> = new Set(
  'is was has had have will would can could may might did does also then still'.split(' '),
);

/** Whether a token in [from, to) is taken: a loop, not a subarray view made at every match. */
function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k] === 1) return true;
  return false;
}

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const titleWord = (text: string): boolean => TITLE_WORD.test(text);

/**
 * "the Royal Road RTF weaponizer": a word that, glued to its capitalized neighbour, makes another known
 * name ("RoyalRoad") is half of that name, not the family the word alone names (the ransomware Royal).
 */
function halfOfGluedName(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  at: number,
  values: readonly AliasValue[],
): boolean {
  const name = ctx.tokens[at];
  if (!name || !titleWord(name.text)) return false;
  return gluedPair(ctx, knowledge, at, values) || gluedPair(ctx, knowledge, at - 1, values);
}

/** Whether tokens `left` and `left + 1`, two title-case words one space apart, glued make another name. */
function gluedPair(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  left: number,
  values: readonly AliasValue[],
): boolean {
  const a = ctx.tokens[left];
  const b = ctx.tokens[left + 1];
  if (!a || !b || b.start !== a.end + 1 || ctx.text.charCodeAt(a.end) !== 0x20) return false;
  if (!titleWord(a.text) || !titleWord(b.text)) return false;
  const other = knowledge.trie.valuesOf([a.norm + b.norm]);
  return other.some((o) => values.every((v) => v.entry.id !== o.entry.id));
}
