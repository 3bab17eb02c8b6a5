/**
 * New threat groups recognized by the naming schemes vendors use, so a group unknown to the knowledge is
 * still found (OpenCTI only finds actors it already has). Guards keep ordinary phrases out: "Super
 * Typhoon", "Flash Flood", "Red Panda", "Teddy Bear", "APT" or "TA" without a number.
 */
import { isCommonWord } from './common-words.ts';
import { isAllCaps, isCapitalized, joined, type Token } from './tokens.ts';

export interface SchemeMatch {
  readonly to: number;
  readonly name: string;
  readonly scheme: string;
}

/** Prefix + number designators: exact prefix spelling and digit counts as the vendors publish them. */
const DESIGNATORS: readonly {
  prefix: string;
  digits: readonly [number, number];
  /** Whether the number may start with 0 ("DEV-0537"); Proofpoint's never does: TA0005 is an ATT&CK tactic. */
  leadingZero?: false;
  /** Only with a hyphen before the number ("TG-3390"): glued or spaced, the letters are too common. */
  hyphenOnly?: true;
  /** Only with one of these words between prefix and number ("CL-STA-1087"). */
  middles?: ReadonlySet<string>;
}[] = [
  { prefix: 'APT', digits: [1, 3] }, // Mandiant
  { prefix: 'UNC', digits: [3, 4] }, // Mandiant uncategorized
  { prefix: 'FIN', digits: [1, 2] },
  { prefix: 'TA', digits: [3, 4], leadingZero: false }, // Proofpoint
  { prefix: 'TAG', digits: [2, 3] }, // Recorded Future
  { prefix: 'DEV', digits: [4, 4] }, // Microsoft development names
  { prefix: 'Storm', digits: [4, 4] },
  { prefix: 'UAC', digits: [4, 4] }, // CERT-UA
  { prefix: 'UAT', digits: [4, 4] }, // Cisco Talos
  { prefix: 'TGR', digits: [3, 5] }, // Palo Alto Unit 42 (TGR-STA-1234 reads as TGR + STA + digits)
  { prefix: 'ITG', digits: [2, 2] }, // IBM X-Force
  { prefix: 'TG', digits: [4, 4], hyphenOnly: true }, // Secureworks before 2017
  // Unit 42 activity clusters by motive: state, criminal, unknown, mixed.
  { prefix: 'CL', digits: [4, 4], middles: new Set(['STA', 'CRI', 'UNK', 'MIX']) },
];

const DIGITS = /^\d+$/u;

/** Microsoft 2023 weather families; the first five are distinctive, the others need a cue word. */
const WEATHER_STRONG = new Set(['typhoon', 'blizzard', 'sandstorm', 'sleet', 'tempest']);
const WEATHER_WEAK = new Set(['flood', 'rain', 'hail', 'cyclone', 'dust']);
/** CrowdStrike animal families: always need a cue word or the vendor's all-capitals spelling. */
const ANIMALS = new Set(
  'panda bear kitten chollima spider jackal tiger buffalo leopard ocelot wolf hawk lynx crane'.split(
    ' ',
  ),
);
/**
 * Check Point Research's creatures by origin ("Void Manticore", "Nimbus Manticore" for Iran, "Camaro Dragon"
 * for China): words of games and fables too, so always with a cue word or in capitals.
 */
const CREATURES = new Set(['manticore', 'dragon']);
/**
 * Palo Alto Networks Unit 42 constellations ("Slow Pisces", "Fighting Ursa", "Muddled Libra"): star signs
 * and stars, so always with a cue word or in capitals.
 */
const CONSTELLATIONS = new Set('libra pisces ursa taurus serpens scorpius'.split(' '));
/** First words that make ordinary phrases of the suffixes above. */
const ORDINARY_FIRST = new Set(
  `super tropical typhoon flash heavy great big snow winter desert dust sand ice freezing acid solar
red giant teddy polar brown black grizzly bengal paper snow white wolf cape water tiger baby mother
the a an this that first last major severe strong violent deadly huge massive`.split(/\s+/u),
);
/** Secureworks names: a metal (or colour word) in capitals, then a capitalized word. */
const SECUREWORKS_FIRST = new Set(
  'ALUMINUM BRONZE COBALT COPPER GOLD IRON NICKEL PLATINUM SILVER TIN TUNGSTEN ZINC'.split(' '),
);

export interface SchemeContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Whether the sentence is written in capitals (a heading), where capitals prove nothing. */
  readonly shouting: boolean;
  /** Whether a group cue word is near token `i`. */
  readonly cueNear: (from: number, to: number) => boolean;
}

export function matchNamingScheme(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  return (
    designator(ctx, i) ??
    temporary(ctx, i) ??
    threatGroup(ctx, i) ??
    element(ctx, i) ??
    earth(ctx, i) ??
    numberedGroup(ctx, i) ??
    twoWord(ctx, i)
  );
}

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const LETTERS_ONLY = /^\p{L}+$/u;

/** What a word alone says about a scheme name starting with it (schemeOpening). */
export const NO_SCHEME = 0;
/** Capitalized: a scheme name only with a suffix word (a weather word, an animal) after it ("Fancy Bear"). */
export const SCHEME_IF_SUFFIX = 1;
export const MAY_OPEN_SCHEME = 2;

/**
 * The part of mayStartScheme that depends on the word alone: a caller asking at every token caches it per
 * distinct word (find-hits.ts).
 */
export function schemeOpening(t: Token): number {
  if (!isCapitalized(t.text)) return NO_SCHEME;
  return PREFIX_START.has(t.text.slice(0, 2)) ||
    t.text.endsWith('IUM') ||
    OTHER_ELEMENTS.has(t.text) ||
    SECUREWORKS_FIRST.has(t.text) ||
    t.text === 'Earth' ||
    t.text === 'Group'
    ? MAY_OPEN_SCHEME
    : SCHEME_IF_SUFFIX;
}

/**
 * Cheap test whether any scheme could start at token i (most tokens: no), given the token's schemeOpening.
 */
export function mayStartScheme(tokens: readonly Token[], i: number, opening: number): boolean {
  if (opening !== SCHEME_IF_SUFFIX) return opening === MAY_OPEN_SCHEME;
  const next = tokens[i + 1];
  return next !== undefined && SUFFIXES.has(next.norm);
}

function span(ctx: SchemeContext, from: number, to: number, scheme: string): SchemeMatch {
  const start = ctx.tokens[from]?.start ?? 0;
  const end = ctx.tokens[to - 1]?.end ?? start;
  return { to, name: ctx.text.slice(start, end), scheme };
}

/** The first two letters of every designator prefix, and of "TEMP." and "Threat Group": most words have none. */
const PREFIX_START = new Set([...DESIGNATORS.map((d) => d.prefix.slice(0, 2)), 'TE', 'Th']);

/** Whether s is a designator's number: all digits, as many as the scheme writes. */
// At module level, not a closure per designator: the loader wraps every named function in a __name call.
const numberFits = (
  s: string,
  digits: readonly [number, number],
  leadingZero: false | undefined,
): boolean =>
  DIGITS.test(s) &&
  s.length >= digits[0] &&
  s.length <= digits[1] &&
  (leadingZero !== false || !s.startsWith('0'));

/** Whether a name, as written, is a vendor's prefix-and-number designator ("TA402", "UNC-2452"). */
export function isDesignatorName(name: string): boolean {
  for (const { prefix, digits, leadingZero, hyphenOnly, middles } of DESIGNATORS) {
    if (!name.startsWith(prefix) || middles) continue;
    const rest = name.slice(prefix.length);
    const separated = rest.startsWith('-') || (!hyphenOnly && rest.startsWith(' '));
    if (hyphenOnly && !separated) continue;
    if (numberFits(separated ? rest.slice(1) : rest, digits, leadingZero)) return true;
  }
  return false;
}

function designator(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const token = ctx.tokens[i];
  if (!token || !PREFIX_START.has(token.text.slice(0, 2))) return undefined;
  for (const { prefix, digits, leadingZero, hyphenOnly, middles } of DESIGNATORS) {
    if (!token.text.startsWith(prefix)) continue;
    const rest = token.text.slice(prefix.length);
    if (rest.length > 0) {
      if (!hyphenOnly && !middles && numberFits(rest, digits, leadingZero)) {
        return span(ctx, i, i + 1, prefix);
      }
      continue;
    }
    // "DEV-0537", "Storm-0558", "APT-C-23", "TGR-STA-0043".
    const next = ctx.tokens[i + 1];
    if (!next || !joined(ctx.text, token, next)) continue;
    // One hyphen or space: "APT _1" (an image's file name) is no designator.
    const separator = ctx.text.slice(token.end, next.start);
    const fitting = separator === '-' || (separator === ' ' && !hyphenOnly);
    if (!middles && fitting && numberFits(next.text, digits, leadingZero)) {
      return span(ctx, i, i + 2, prefix);
    }
    const third = ctx.tokens[i + 2];
    if (
      third &&
      !hyphenOnly &&
      (middles ? middles.has(next.text) : /^[A-Z]{1,3}$/u.test(next.text)) &&
      joined(ctx.text, next, third) &&
      DIGITS.test(third.text) &&
      (middles ? numberFits(third.text, digits, leadingZero) : third.text.length <= 5) &&
      ctx.text[token.end] === '-' &&
      (!middles || ctx.text[next.end] === '-')
    ) {
      return span(ctx, i, i + 3, prefix);
    }
  }
  return undefined;
}

const CAPITALIZED_LETTERS = /^[A-Z][A-Za-z]+$/u;

/**
 * Mandiant's temporary groups: "TEMP." glued to a capitalized word ("TEMP.Veles", "TEMP.HEX"). Not a
 * folder in a path ("/srv/TEMP.Cache/"), which written-inside.ts lets through as slash-parted names.
 */
function temporary(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const first = ctx.tokens[i];
  const second = ctx.tokens[i + 1];
  if (first?.text !== 'TEMP' || !second || second.start !== first.end + 1) return undefined;
  if (ctx.text[first.end] !== '.' || !CAPITALIZED_LETTERS.test(second.text)) return undefined;
  const before = ctx.text[first.start - 1] ?? '';
  const after = ctx.text[second.end] ?? '';
  if (PATH_SEPARATORS.has(before) || PATH_SEPARATORS.has(after)) return undefined;
  return span(ctx, i, i + 2, 'TEMP');
}

const PATH_SEPARATORS = new Set(['/', '\\']);
const THREAT_GROUP_NUMBER = /^[1-9]\d{3}$/u;

/** Secureworks' numbered groups written out: "Threat Group-3390", "Threat Group 1314". */
function threatGroup(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const first = ctx.tokens[i];
  const second = ctx.tokens[i + 1];
  const third = ctx.tokens[i + 2];
  if (first?.text !== 'Threat' || second?.text !== 'Group' || !third) return undefined;
  if (ctx.text.slice(first.end, second.start) !== ' ') return undefined;
  const separator = ctx.text.slice(second.end, third.start);
  if (
    (separator !== '-' && separator !== ' ') ||
    !THREAT_GROUP_NUMBER.test(third.text) ||
    YEAR.test(third.text)
  ) {
    return undefined;
  }
  return span(ctx, i, i + 3, 'secureworks');
}

/**
 * Microsoft's former element names (ZIRCONIUM, STRONTIUM, NOBELIUM, HAFNIUM), written in capitals; the
 * elements not ending in -IUM (MERCURY, PHOSPHORUS, ZINC) need a group cue beside them, and one that
 * starts a Secureworks name ("ZINC EMERSON") is that name.
 */
function element(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const token = ctx.tokens[i];
  if (!token || ctx.shouting || !isAllCaps(token.text)) return undefined;
  if (token.text.length >= 6 && token.text.endsWith('IUM')) {
    return span(ctx, i, i + 1, 'element');
  }
  if (!OTHER_ELEMENTS.has(token.text) || !ctx.cueNear(i, i + 1)) return undefined;
  const next = ctx.tokens[i + 1];
  const secureworks =
    next !== undefined && ctx.text.slice(token.end, next.start) === ' ' && isAllCaps(next.text);
  return secureworks ? undefined : span(ctx, i, i + 1, 'element');
}

/** Microsoft's element names that do not end in -IUM. */
const OTHER_ELEMENTS = new Set(
  `BISMUTH BORON BROMINE COPPER KRYPTON LANTHANUM LEAD MANGANESE MERCURY NICKEL PHOSPHORUS PLATINUM
SILICON TANTALUM ZINC`.split(/\s+/u),
);

/**
 * Trend Micro's intrusion sets: "Earth" and a coined word ("Earth Lusca", "Earth Zhulong"), with a group
 * cue beside it once in the text (the name then counts everywhere); "Earth Day", "Earth Observation" and
 * "Google Earth Engine" are not names.
 */
function earth(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const first = ctx.tokens[i];
  const second = ctx.tokens[i + 1];
  if (first?.text !== 'Earth' || !second || ctx.text.slice(first.end, second.start) !== ' ') {
    return undefined;
  }
  if (!isCapitalized(second.text) || !LETTERS_ONLY.test(second.text) || ctx.shouting) {
    return undefined;
  }
  const previous = ctx.tokens[i - 1];
  const inLongerName =
    previous !== undefined &&
    ctx.text.slice(previous.end, first.start) === ' ' &&
    isCapitalized(previous.text) &&
    !ORDINARY_FIRST.has(previous.norm);
  if (inLongerName) return undefined; // "Google Earth Engine"; "The Earth Lusca group" is a name
  if (!ctx.cueNear(i, i + 2)) return undefined;
  return span(ctx, i, i + 2, 'trendmicro');
}

const GROUP_NUMBER = /^[1-9]\d{2,3}$/u;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Numbered clusters ("Group 724", "Group 1358" beside Trend Micro's Earth names), with a group cue once in
 * the sentence; "group 13" of a rule list and "Group 1" of a table are not names.
 */
function numberedGroup(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const first = ctx.tokens[i];
  const second = ctx.tokens[i + 1];
  if (first?.text !== 'Group' || !second || ctx.text.slice(first.end, second.start) !== ' ') {
    return undefined;
  }
  if (!GROUP_NUMBER.test(second.text) || YEAR.test(second.text)) return undefined;
  if (ctx.shouting || !ctx.cueNear(i, i + 2)) return undefined;
  return span(ctx, i, i + 2, 'numbered-group');
}

const SUFFIXES = new Set([
  ...WEATHER_STRONG,
  ...WEATHER_WEAK,
  ...ANIMALS,
  ...CONSTELLATIONS,
  ...CREATURES,
]);

/** Verbs of an intruder, after a name: "Salt Typhoon breached AT&T", "Salt Typhoon has also targeted …". */
const DOER_VERBS: ReadonlySet<string> = new Set(
  'breached hacked compromised infiltrated targeted targets exploited attacked'.split(' '),
);
const DOER_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also']);
/** "attributed the campaign to ", "blamed the attacks on ": who did it is named next. */
const ATTRIBUTED_BEFORE =
  /\b(?:attribute|attributes|attributed|attributing|blame|blamed|blames)\s(?:[^.;!?]{0,60}\s)?(?:to|on)\s(?:the\s)?$/u;
const ATTRIBUTED_REACH = 80;

/**
 * Where a two-word name of a weather word after a common one ("Salt Typhoon") is named as who did an
 * intrusion: an intruder's verb after it, or an attribution before it. A storm ("Super Typhoon", "Flash
 * Flood") is never written so, and its first words are ordinary ones anyway.
 */
function namedAsDoer(ctx: SchemeContext, i: number): boolean {
  let k = i + 2;
  while (k < i + 5 && DOER_AUXILIARIES.has(ctx.tokens[k]?.norm ?? '')) k++;
  const verb = ctx.tokens[k];
  if (
    verb &&
    DOER_VERBS.has(verb.norm) &&
    !/[.;:!?\n]/u.test(ctx.text.slice(ctx.tokens[i + 1]!.end, verb.start))
  )
    return true;
  const start = ctx.tokens[i]!.start;
  return ATTRIBUTED_BEFORE.test(ctx.text.slice(Math.max(0, start - ATTRIBUTED_REACH), start));
}

function twoWord(ctx: SchemeContext, i: number): SchemeMatch | undefined {
  const first = ctx.tokens[i];
  const second = ctx.tokens[i + 1];
  if (second && !SUFFIXES.has(second.norm) && !SECUREWORKS_FIRST.has(first?.text ?? '')) {
    return undefined;
  }
  if (!first || !second || ctx.text.slice(first.end, second.start) !== ' ') return undefined;
  if (!isCapitalized(first.text) || !isCapitalized(second.text)) return undefined;
  if (!LETTERS_ONLY.test(first.text) || ORDINARY_FIRST.has(first.norm)) return undefined;
  const capitals = isAllCaps(first.text) && isAllCaps(second.text) && !ctx.shouting;
  if (SECUREWORKS_FIRST.has(first.text) && capitals && second.text.length >= 4) {
    return span(ctx, i, i + 2, 'secureworks');
  }
  const suffix = second.norm;
  const cue = ctx.cueNear(i, i + 2);
  if (
    WEATHER_STRONG.has(suffix) &&
    (cue || !isCommonWord(first.norm) || capitals || namedAsDoer(ctx, i))
  ) {
    return span(ctx, i, i + 2, 'microsoft');
  }
  if (CONSTELLATIONS.has(suffix) && (cue || capitals)) return span(ctx, i, i + 2, 'unit42');
  if (CREATURES.has(suffix) && (cue || capitals)) return span(ctx, i, i + 2, 'checkpoint');
  if ((WEATHER_WEAK.has(suffix) || ANIMALS.has(suffix)) && (cue || capitals)) {
    return span(ctx, i, i + 2, ANIMALS.has(suffix) ? 'crowdstrike' : 'microsoft');
  }
  return undefined;
}
