/**
 * Sector words that share one head noun: "telecommunication, financial, and government entities" names three
 * sectors, though only "government entities" is a sector phrase on its own. The first word of a two-word
 * sector phrase whose second word is such a head ("financial institutions", "energy companies") names its
 * sector before any head of the kind, and so does every word of a list that ends on one.
 */
import type { Hit } from './hits.ts';
import { PerWordTest } from './per-word.ts';
import { SECTOR_WORDS } from './sectors.ts';
import type { TextContext } from './text-context.ts';

/** Nouns for the organizations of a sector, and for one of them ("a Ukrainian energy company"). */
const SINGULAR_HEADS: ReadonlySet<string> = new Set(
  `company firm organization organisation institution agency provider business enterprise facility operator
supplier`.split(/\s+/u),
);
const HEADS: ReadonlySet<string> = new Set([
  ...`entities organizations organisations companies firms institutions sector sectors industry industries
agencies providers businesses enterprises targets victims facilities operators websites suppliers`.split(
    /\s+/u,
  ),
  ...SINGULAR_HEADS,
]);

/** A sector word that can stand before a head ("financial" of "financial institutions") -> its sector. */
const BEFORE_A_HEAD: ReadonlyMap<string, string> = firstWords(false);
/**
 * Acronyms among those ("IT companies"), by the word as written: lower-cased they are ordinary words
 * ("it"), so only the capitals count.
 */
const ACRONYMS_BEFORE_A_HEAD: ReadonlyMap<string, string> = firstWords(true);

function firstWords(acronyms: boolean): ReadonlyMap<string, string> {
  const words = new Map<string, string>();
  for (const { sector, phrase } of SECTOR_WORDS) {
    const parts = phrase.split(' ');
    const first = parts[0] ?? '';
    if ((first === first.toUpperCase()) !== acronyms) continue;
    const key = acronyms ? first : first.toLowerCase();
    if (parts.length === 1 || (parts.length === 2 && HEADS.has(parts[1] ?? ''))) {
      if (!words.has(key)) words.set(key, sector);
    }
  }
  return words;
}

/** The sector a list word names: by its lower-case form, or an acronym by its capitals. */
const sectorOf = (token: { readonly norm: string; readonly text: string }): string | undefined =>
  BEFORE_A_HEAD.get(token.norm) ?? ACRONYMS_BEFORE_A_HEAD.get(token.text);

/**
 * Words that name a sector only as an item of a list of sectors ("manufacturing, legal and healthcare
 * organizations", "sectors, including medical, education, legal …"): alone, "legal entities" are any
 * organizations.
 */
const LISTED_ONLY: ReadonlyMap<string, string> = new Map([
  ['legal', 'legal'],
  // "financial, and health-related sectors".
  ['health', 'healthcare'],
  // "sectors including satellite, communications equipment, …": alone, a satellite office or image.
  ['satellite', 'communications'],
  // "government and military organizations": alone, a military may be the attacker.
  ['military', 'defense'],
]);

/** The sector a word names as an item of a list of sectors. */
const itemSector = (token: { readonly norm: string; readonly text: string }): string | undefined =>
  sectorOf(token) ?? LISTED_ONLY.get(token.norm);

/** Most sector words one list may hold before its head. */
const MOST_ITEMS = 8;

/**
 * The sector hits of lists ending on a head noun, for list words not taken yet: `taken` marks tokens other
 * hits hold ("government entities" at the end of the list keeps its own hit).
 */
export function sectorsSharingAHead(ctx: TextContext, taken: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = ctx;
  // Asked at every token: once per distinct word.
  const sectorWord = new PerWordTest((token) => sectorOf(token) !== undefined, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || taken[i] === 1 || !sectorWord.get(token)) continue;
    const items = listBeforeAHead(ctx, i, taken);
    if (!items) continue;
    for (const [item, end] of items.words) {
      const word = tokens[modifiedAt(ctx, item) ?? item];
      const sector = word && itemSector(word);
      if (taken[item] === 1 || sector === undefined) continue;
      if (word && ownedBusinesses(word, tokens[items.last + 1])) continue;
      if (describesAName(ctx, items.last + 1)) continue;
      // The last item takes the head in: "… and government entities".
      const to = end === items.last && taken[end + 1] !== 1 ? end + 2 : end + 1;
      // "healthcare, information technology and energy sectors": the list read from the sector word takes in
      // the modifier before it.
      const from = itemStart(ctx, item, i);
      hits.push({ from, to, kind: 'sector', sector });
      taken.fill(1, from, to);
    }
    i = items.last + 1;
  }
  return hits;
}

/** Words that open a two-word list item whose second word names the sector: "information technology". */
const MODIFIERS: ReadonlyMap<string, string> = new Map([['information', 'technology']]);

/** The token of the sector word a modifier at token `item` stands before, if it is one. */
function modifiedAt(ctx: TextContext, item: number): number | undefined {
  const expected = MODIFIERS.get(ctx.tokens[item]?.norm ?? '');
  return expected !== undefined &&
    ctx.tokens[item + 1]?.norm === expected &&
    ctx.spaceBefore(item + 1) &&
    ctx.sentenceOf[item + 1] === ctx.sentenceOf[item]
    ? item + 1
    : undefined;
}

/** The first token of a list item at token `item`, the list read from token `i`: its modifier's, if any. */
const itemStart = (ctx: TextContext, item: number, i: number): number =>
  item === i && modifiedAt(ctx, item - 1) === item ? item - 1 : item;

/**
 * "the energy company Delek Group", "the Chilean financial institution Redbanc": one named organization's
 * description, which the organization carries, not a sector of its own ("agency IP addresses" are no name).
 */
function describesAName(ctx: TextContext, head: number): boolean {
  if (!SINGULAR_HEADS.has(ctx.tokens[head]?.norm ?? '')) return false;
  const next = ctx.tokens[head + 1];
  return next !== undefined && ctx.spaceBefore(head + 1) && NAME_WORD.test(next.text);
}
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** Heads that name businesses: "state enterprises" are businesses the state owns, not the state's bodies. */
const BUSINESSES: ReadonlySet<string> = new Set(
  'companies firms businesses enterprises company firm business enterprise'.split(' '),
);

/** "state enterprises", "state companies": a word naming who owns businesses, not their sector. */
const ownedBusinesses = (
  word: { readonly norm: string },
  head: { readonly norm: string } | undefined,
): boolean => word.norm === 'state' && head !== undefined && BUSINESSES.has(head.norm);

/**
 * Words after a sector word that belong to its name in CISA's list of critical infrastructure sectors:
 * "Transportation Systems", "Water and Wastewater Systems", "Defense Industrial Base".
 */
const NAME_TAILS: readonly (readonly string[])[] = [
  ['and', 'wastewater', 'systems'],
  ['and', 'public', 'health'],
  ['industrial', 'base'],
  ['and', 'agriculture'],
  ['systems'],
  ['services'],
  ['facilities'],
  ['supply'],
];

/** The last token of the sector name the word at token `at` opens: its tail's, or its own. */
function nameEnd(ctx: TextContext, at: number): number {
  // "health-related sectors", "health related sectors": the word's sector, said of what relates to it.
  const next = ctx.tokens[at + 1];
  const between = next && ctx.text.slice(ctx.tokens[at]!.end, next.start);
  if (next?.norm === 'related' && (between === '-' || between === ' ')) {
    return at + 1;
  }
  for (const tail of NAME_TAILS) {
    const fits = tail.every(
      (word, k) => ctx.tokens[at + 1 + k]?.norm === word && ctx.spaceBefore(at + 1 + k),
    );
    if (fits) return at + tail.length;
  }
  return at;
}

/**
 * The sector words of the list starting at token `first` when it ends on a head noun, one space after its
 * last word; parted by commas, "and", "or" ("telecommunication, financial, and government entities"),
 * each item [first token, last token].
 */
/** Most words of a sector phrase another hit holds at the end of a list. */
const PHRASE_WORDS = 4;

/** The last token of the run another hit holds from token `from`, in its sentence. */
function takenPhraseEnd(ctx: TextContext, from: number, taken: Uint8Array): number | undefined {
  let end = from;
  while (
    end + 1 < from + PHRASE_WORDS &&
    taken[end + 1] === 1 &&
    ctx.sentenceOf[end + 1] === ctx.sentenceOf[from]
  )
    end++;
  return taken[from] === 1 ? end : undefined;
}

function listBeforeAHead(
  ctx: TextContext,
  first: number,
  taken: Uint8Array,
): { readonly words: (readonly [number, number])[]; readonly last: number } | undefined {
  const { tokens, text } = ctx;
  const words: (readonly [number, number])[] = [[first, nameEnd(ctx, first)]];
  let k = words[0]![1];
  let passedOver = false;
  while (words.length <= MOST_ITEMS) {
    const next = tokens[k + 1];
    const here = tokens[k];
    if (!next || !here || ctx.sentenceOf[k + 1] !== ctx.sentenceOf[k]) return undefined;
    if (text.slice(here.end, next.start) === ' ' && headAt(ctx, k + 1, words.length)) {
      return { words, last: k };
    }
    // "energy and water utilities": the last item opens a sector phrase of its own, which ends the list.
    if (words.length > 1 && taken[k] === 1 && taken[k + 1] === 1 && ctx.spaceBefore(k + 1)) {
      return { words, last: takenPhraseEnd(ctx, k, taken) ?? k };
    }
    const after = itemAfter(ctx, k);
    if (after === undefined) return undefined;
    // "… information technology and other critical infrastructure sectors": "other" opens the last item.
    const item =
      tokens[after]!.norm === 'other' &&
      ctx.spaceBefore(after + 1) &&
      ctx.sentenceOf[after + 1] === ctx.sentenceOf[after]
        ? after + 1
        : after;
    // "information technology": the sector word after its modifier.
    const modified = modifiedAt(ctx, item);
    if (modified !== undefined) {
      k = nameEnd(ctx, modified);
      words.push([item, k]);
      continue;
    }
    if (itemSector(tokens[item]!) === undefined) {
      // "government, defense and human rights organizations": a sector phrase of its own ends the list;
      // "government and critical infrastructure websites": or stands before the head.
      const end = takenPhraseEnd(ctx, item, taken);
      if (end === undefined) {
        // "government, defense, strategic planning and human rights organizations": one item of plain words
        // no sector names is passed over in a list that names two sectors.
        const plainEnd = passedOver ? undefined : plainItemEnd(ctx, item);
        if (plainEnd === undefined) return undefined;
        passedOver = true;
        k = plainEnd;
        continue;
      }
      if (passedOver && words.length < 2) return undefined;
      const after = tokens[end + 1];
      const headAfter =
        after !== undefined &&
        ctx.sentenceOf[end + 1] === ctx.sentenceOf[end] &&
        text.slice(tokens[end]!.end, after.start) === ' ' &&
        HEADS.has(after.norm);
      return HEADS.has(tokens[end]!.norm) || headAfter ? { words, last: end } : undefined;
    }
    k = nameEnd(ctx, item);
    words.push([item, k]);
  }
  return undefined;
}

/** Heads only of a list of two items or more: "social media networks" and "cryptocurrency networks" are none. */
const LIST_HEADS: ReadonlySet<string> = new Set(['networks']);

/**
 * Whether a head noun stands at token k after a list of `items`, or after "infrastructure" there:
 * "telecommunications, lodging and military infrastructure networks".
 */
function headAt(ctx: TextContext, k: number, items: number): boolean {
  const head = (word: { readonly norm: string }): boolean =>
    HEADS.has(word.norm) || (items > 1 && LIST_HEADS.has(word.norm));
  const word = ctx.tokens[k]!;
  if (head(word)) return true;
  const after = ctx.tokens[k + 1];
  return (
    word.norm === 'infrastructure' &&
    after !== undefined &&
    ctx.sentenceOf[k + 1] === ctx.sentenceOf[k] &&
    ctx.spaceBefore(k + 1) &&
    head(after)
  );
}

/** Most words of a list item no sector names that a list may pass over. */
const PLAIN_ITEM_WORDS = 3;

/**
 * The last token of the list item of lower-case words opening at token `item` when another item follows it
 * ("strategic planning, …", "strategic planning and …"); none for an item that goes on otherwise.
 */
function plainItemEnd(ctx: TextContext, item: number): number | undefined {
  for (let end = item; end < item + PLAIN_ITEM_WORDS; end++) {
    const token = ctx.tokens[end];
    if (!token || !/^[a-z]+$/u.test(token.text) || ctx.sentenceOf[end] !== ctx.sentenceOf[item])
      return undefined;
    if (end > item && !ctx.spaceBefore(end)) return undefined;
    if (itemAfter(ctx, end) !== undefined) return end;
  }
  return undefined;
}

/** The last token of a phrase of two or three words another sector hit holds, opening at token `item`. */
function heldPhraseEnd(ctx: TextContext, item: number, taken: Uint8Array): number | undefined {
  if (taken[item] !== 1 || taken[item + 1] !== 1 || !ctx.spaceBefore(item + 1)) return undefined;
  return taken[item + 2] === 1 && ctx.spaceBefore(item + 2) ? item + 2 : item + 1;
}

/** Words that open a list of a head's kinds: "sectors, including …", "industries such as …". */
const INCLUDING = new Set(['including', 'like']);
/** Two words that open such a list, by the first. */
const OPENER_PAIRS: ReadonlyMap<string, string> = new Map([
  ['such', 'as'],
  ['related', 'to'],
  ['associated', 'with'],
]);

/**
 * The sector hits of lists a head noun opens ("critical infrastructure sectors, including medical, education,
 * legal, insurance, technology, and manufacturing"): every item a single word, the list ending with
 * its sentence or a word that goes on; items no sector names are passed over.
 */
export function sectorsAfterAHead(ctx: TextContext, taken: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!HEADS.has(tokens[i]!.norm)) continue;
    let item = i + 1;
    const opener = tokens[item]!.norm;
    // "such as", "related to", "associated with" ("organizations related to government, defense, …").
    const second = OPENER_PAIRS.get(opener);
    if (second !== undefined && tokens[item + 1]?.norm === second) item++;
    else if (!INCLUDING.has(opener)) continue;
    item++;
    const listed: number[] = [];
    for (let k = 0; k <= MOST_ITEMS && item < tokens.length; k++) {
      if (ctx.sentenceOf[item] !== ctx.sentenceOf[i]) break;
      listed.push(item);
      // "satellite, communications equipment, oil and gas": an item a sector phrase of its own holds goes on.
      const held = heldPhraseEnd(ctx, item, taken);
      const after = itemAfter(ctx, held ?? item);
      if (held !== undefined && after !== undefined) {
        listed.pop();
        item = after;
        continue;
      }
      if (after === undefined) {
        // An item that goes on as a phrase ("medical devices", "food and beverage manufacturing") is no single
        // word's sector, and the list ends there.
        if (ctx.spaceBefore(item + 1) && ctx.sentenceOf[item + 1] === ctx.sentenceOf[item])
          listed.pop();
        break;
      }
      item = after;
    }
    if (listed.length < 2) continue;
    for (const k of listed) {
      const sector = itemSector(tokens[k]!);
      if (sector === undefined || taken[k] === 1) continue;
      hits.push({ from: k, to: k + 1, kind: 'sector', sector });
      taken[k] = 1;
    }
    i = listed.at(-1)!;
  }
  return hits;
}

/**
 * "financial services, transportation, energy and healthcare": a word that names a sector only before a head
 * ("energy companies"), listed alone between two items that are sectors; "in government, energy, logistics
 * and the grain industry": or listed before items that are all sectors, two of them named so. Alone elsewhere
 * it is a plain word ("their energy"). `sectorAt(k)`: a sector hit holds token k.
 */
export function sectorsBetweenSectors(
  ctx: TextContext,
  taken: Uint8Array,
  sectorAt: (k: number) => boolean,
): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = ctx;
  const sectorWord = new PerWordTest((token) => itemSector(token) !== undefined, tokens);
  const accepted = new Uint8Array(tokens.length);
  const item = (k: number): boolean => sectorAt(k) || accepted[k] === 1;
  // The first word of the item after the one starting at k: past the rest of a hit, and past "the".
  const nextItem = (k: number): number | undefined => {
    let end = k;
    if (sectorAt(k)) while (sectorAt(end + 1) && ctx.spaceBefore(end + 1)) end++;
    const next = itemAfter(ctx, end);
    return next !== undefined && tokens[next]!.norm === 'the' && ctx.spaceBefore(next + 1)
      ? next + 1
      : next;
  };
  // Items named as sectors among the next ones, while every item is a sector.
  const namedAfter = (i: number): number => {
    let named = 0;
    let k = nextItem(i);
    for (let n = 0; n < MOST_ITEMS && k !== undefined && item(k); n++) {
      if (sectorAt(k)) named++;
      k = nextItem(k);
    }
    return named;
  };
  // From the list's end, so a word read as a sector counts as an item for the words before it.
  for (let i = tokens.length - 1; i >= 1; i--) {
    if (taken[i] === 1 || !sectorWord.get(tokens[i]!)) continue;
    // "higher education, media and the financial sector": the next item past its "the".
    const next = nextItem(i);
    if (next === undefined || !item(next)) {
      if (!closesListOfSectors(ctx, i, sectorAt)) continue;
    } else {
      const before = itemBefore(ctx, i);
      const between = before !== undefined && sectorAt(before);
      if (!between && (!opensItem(ctx, i) || namedAfter(i) < 2)) continue;
    }
    hits.push({ from: i, to: i + 1, kind: 'sector', sector: itemSector(tokens[i]!)! });
    accepted[i] = 1;
    taken[i] = 1;
  }
  return hits.reverse();
}

/**
 * The last token of the list item before the one opening at token i, when a separator parts them: ", energy"
 * or " and energy".
 */
function itemBefore(ctx: TextContext, i: number): number | undefined {
  const word = ctx.tokens[i - 1]?.norm;
  const before = word === 'and' || word === 'or' ? i - 2 : i - 1;
  return before >= 0 && itemAfter(ctx, before) === i ? before : undefined;
}

/** Words after the last item of a list that end it ("… and media in the United States"). */
const LIST_ENDERS: ReadonlySet<string> = new Set(
  'in across throughout around worldwide globally since during from at within over as'.split(' '),
);

/**
 * "think tanks, higher education, and media in the United States": a word that names a sector only before a
 * head closes a list after two items named as sectors, and the list ends with it.
 */
function closesListOfSectors(
  ctx: TextContext,
  i: number,
  sectorAt: (k: number) => boolean,
): boolean {
  const after = ctx.tokens[i + 1];
  const ends =
    !after ||
    ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i] ||
    !ctx.spaceBefore(i + 1) ||
    LIST_ENDERS.has(after.norm);
  if (!ends) return false;
  let item = i;
  for (let named = 0; named < 2; named++) {
    const end = itemBefore(ctx, item);
    if (end === undefined || !sectorAt(end)) return false;
    // Back to the item's first word, over a sector phrase's words at most.
    item = end;
    while (item > end - PHRASE_WORDS && item > 0 && sectorAt(item - 1) && ctx.spaceBefore(item))
      item--;
  }
  return true;
}

/**
 * Whether token i is the first word of a list item: after a separator, or after a word that opens a list
 * ("in government, energy …", "including the energy, financial …"); not "local government".
 */
function opensItem(ctx: TextContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (!before || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i]) return false;
  const gap = ctx.text.slice(before.end, ctx.tokens[i]!.start);
  return gap === ', ' || gap === ': ' || (gap === ' ' && LIST_OPENERS.has(before.norm));
}
const LIST_OPENERS: ReadonlySet<string> = new Set(
  'the in including and or of across against at targeting targeted like as'.split(' '),
);

/**
 * The token of the list item after the one ending on token `k`, in its sentence: after ", " or a conjunction
 * after a comma or a space ("financial, and", "financial and"); none at any other gap.
 */
function itemAfter(ctx: TextContext, k: number): number | undefined {
  const here = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!here || !next || ctx.sentenceOf[k + 1] !== ctx.sentenceOf[k]) return undefined;
  const gap = ctx.text.slice(here.end, next.start);
  const conjunction = next.norm === 'and' || next.norm === 'or';
  if (conjunction && (gap === ' ' || gap === ', ')) {
    return ctx.sentenceOf[k + 2] === ctx.sentenceOf[k] ? k + 2 : undefined;
  }
  return gap === ', ' ? k + 1 : undefined;
}
