/**
 * Companies news names by what they do rather than by a legal form: "casino operator Caesars
 * Entertainment", "the healthcare payment company Change Healthcare", "its Change Healthcare unit",
 * "Marks & Spencer chairman Archie Norman". The lower-case noun before or after the capitalized name is what
 * tells a company from a product or a title; a bank says so in its name ("the Bank of Valletta", "Bangladesh
 * Bank").
 */
import { isCommonWord } from './common-words.ts';
import { BODY_HEADS } from './sectors.ts';
import { isEnglishWord } from './english-words.ts';
import { isCountryName, isStaticLexiconName } from './lexicon.ts';
import type { TextContext } from './text-context.ts';
import { isAllCaps, isCapitalized } from './tokens.ts';
import { DAYS_AND_MONTHS } from './calendar-words.ts';

/** Nouns that close an apposition describing a company: "a South Korean video game company". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  `company firm provider maker manufacturer developer operator bank exchange retailer insurer carrier
group conglomerate corporation subsidiary vendor supplier contractor utility publisher`.split(
    /\s+/u,
  ),
);

/**
 * Of those, the nouns written in lower case right before a company's name ("security firm Mandiant",
 * "crypto exchange Bybit"). Not "group" or "utility": "the hacking group Zorvex", "the utility PsExec"; not
 * "developer", "supplier" or "contractor", which come before a person's name as often ("security
 * researcher and developer Kuba Gretzky") or a product's ("the supplier SEG").
 */
export const NOUNS_BEFORE: ReadonlySet<string> = new Set(
  `company firm provider maker manufacturer operator retailer insurer carrier conglomerate vendor
publisher giant exchange bank subsidiary chain airline broadcaster agency`.split(/\s+/u),
);
/**
 * The same nouns in the plural, opening a list of the companies they are: "broadband providers, including
 * Verizon, AT&T and Lumen Technologies", "exchanges such as Bybit", and "organizations", which news lists
 * victims after ("has hit more than 500 organizations, including Synlab Italia"). The list's first name is
 * read here, the others beside it as any company's (listed-companies.ts).
 */
export const PLURAL_NOUNS: ReadonlySet<string> = new Set(
  `companies firms providers makers manufacturers operators retailers insurers carriers conglomerates
vendors publishers giants exchanges banks corporations subsidiaries organizations organisations`.split(
    /\s+/u,
  ),
);
/** Words that name an industry, not a company, when they are all the name has ("Technologies, Inc."). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  'technologies technology networks network systems software solutions services data digital group'.split(
    ' ',
  ),
);
/** An industry's words, which "and" may join inside a name: "Science and Technology Company". */
const INDUSTRY_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC_WORDS,
  ...`science trade trading development engineering industry industries investment consulting communications
electronics research`.split(/\s+/u),
]);
/**
 * A broadcaster written as its name, its medium and one of these ("the TV5Monde television network", "the
 * Channel One TV station"); a medium's word is what keeps "the Tor network" or "the Telegram channel" out.
 */
const MEDIA_HEADS: ReadonlySet<string> = new Set(['network', 'channel', 'station']);
const MEDIA: ReadonlySet<string> = new Set([
  'television',
  'tv',
  'news',
  'radio',
  'broadcast',
  'cable',
]);
/** Written right after a name, they make it a part of a company: "its Change Healthcare unit". */
export const NOUNS_AFTER: ReadonlySet<string> = new Set(['unit', 'subsidiary', 'division']);
/**
 * Words before the noun that make it the operator of a threat, not a company: "ransomware operator
 * Zorvex", "the malware developer"; or an attack's path: "the supply chain", "an attack chain".
 */
export const THREAT_QUALIFIERS: ReadonlySet<string> = new Set(
  'ransomware malware botnet spyware stealer threat apt hacking cybercrime criminal exploit attack supply kill'.split(
    ' ',
  ),
);
/** Capitalized words after the noun that are dates or sentence words, no names: "the company Monday said". */
const NOT_NAMES: ReadonlySet<string> = new Set([...DAYS_AND_MONTHS, 'i']);
const MAX_NAME_WORDS = 3;
/** Words of a name that ends in its own "Company", the noun before it saying so twice. */
const MAX_FULL_NAME_WORDS = 6;

export interface DescribedCompany {
  /** Token range of the name. */
  readonly from: number;
  readonly to: number;
  /** Mentioned again only by the whole name: "Bangladesh Bank" is no "Bangladesh". */
  readonly whole?: boolean;
}

/** Names a describing noun marks as companies, in text order; `taken`: tokens another finding holds. */
export function describedCompanies(
  ctx: TextContext,
  taken: (i: number) => boolean,
): DescribedCompany[] {
  const { tokens } = ctx;
  const found: DescribedCompany[] = [];
  // "Marks & Spencer chairman Archie Norman", "Acme CEO Jane Doe": whose executive a person is.
  const executive = (title: number): void => {
    if (executiveTitleEnd(ctx, title) === undefined) return;
    const from = executiveOf(ctx, title, taken);
    if (from !== undefined) found.push({ from, to: title });
  };
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.norm === 'bank' && noun.text !== noun.norm) {
      const bank = bankName(ctx, i, taken);
      if (bank) {
        found.push(bank);
        i = bank.to - 1;
      }
    } else if (noun.text !== noun.norm) {
      if (noun.text === 'CEO') executive(i);
    } else if (!TRIGGERS.has(noun.norm)) {
      continue;
    } else if (
      (NOUNS_BEFORE.has(noun.norm) || defenseContractor(ctx, i)) &&
      !THREAT_QUALIFIERS.has(tokens[i - 1]?.norm ?? '')
    ) {
      const apposed = nameBeforeApposition(ctx, i, taken);
      if (apposed) found.push(apposed);
      const to = nameAfter(ctx, i + 1, taken) ?? namedAfterComma(ctx, i, taken);
      if (to !== undefined) {
        found.push({ from: i + 1, to });
        i = to - 1;
      }
    } else if (RUNS.has(noun.norm)) {
      // "Zuiderlicht Zorggroep, which runs four hospitals": who runs places is an organization.
      if (placesRunAt(ctx, i) !== undefined) {
        const apposed = apposedName(ctx, i - 1, taken);
        if (apposed) found.push(apposed);
      }
    } else if (careOperator(ctx, i)) {
      const apposed = nameBeforeApposition(ctx, i, taken);
      if (apposed) found.push(apposed);
    } else if (
      (PLURAL_NOUNS.has(noun.norm) || careSystems(ctx, i)) &&
      !THREAT_QUALIFIERS.has(tokens[i - 1]?.norm ?? '')
    ) {
      const ranked = nameBeforeRanking(ctx, i, taken);
      if (ranked) found.push(ranked);
      const listed = listedFirst(ctx, i, taken);
      if (listed) {
        found.push(listed);
        i = listed.to - 1;
      }
    } else if (NOUNS_AFTER.has(noun.norm) && ctx.spaceBefore(i)) {
      const from = nameBefore(ctx, i, taken);
      if (from !== undefined) found.push({ from, to: i });
    } else if (MEDIA_HEADS.has(noun.norm)) {
      // "the TV5Monde television network": the medium's word closes the name; written in capitals it is
      // part of the name ("the Myanmar Digital News network").
      const medium = i - 1;
      const word = tokens[medium]?.text ?? '';
      const from =
        MEDIA.has(word.toLowerCase()) &&
        // "News", not "news" or "TV".
        !(isCapitalized(word) && !isAllCaps(word)) &&
        ctx.spaceBefore(i) &&
        ctx.spaceBefore(medium)
          ? nameBefore(ctx, medium, taken)
          : undefined;
      if (from !== undefined) found.push({ from, to: medium });
    } else if (TITLE_WORDS.has(noun.norm)) {
      executive(i);
    }
  }
  return found;
}

/**
 * "defense contractor Elbit Systems": a contractor of arms is a company; "contractor" alone comes before a
 * person's name as often ("government contractor Jane Doe").
 */
const defenseContractor = (ctx: TextContext, i: number): boolean =>
  ctx.tokens[i]!.norm === 'contractor' && DEFENSE.has(ctx.tokens[i - 1]?.norm ?? '');
const DEFENSE = new Set(['defense', 'defence', 'aerospace', 'military']);

/**
 * The first name of the list a plural company noun at token `noun` opens ("providers, including Verizon"):
 * none where it is a place, or what the name owns ("companies, including Germany's hidden champions").
 */
function listedFirst(
  ctx: TextContext,
  noun: number,
  taken: (i: number) => boolean,
): DescribedCompany | undefined {
  const opened = listOpening(ctx, noun + 1);
  const from = opened ?? namedRightAfter(ctx, noun);
  const to = from === undefined ? undefined : nameAfter(ctx, from, taken);
  if (from === undefined || to === undefined || ctx.possessiveS(to)) return undefined;
  // "the second level operators Botnet": right after the noun, one word no English one.
  if (opened === undefined && to - from === 1 && isEnglishWord(ctx.tokens[from]!.norm)) {
    return undefined;
  }
  const norms = ctx.tokens.slice(from, to).map((t) => t.norm);
  return isStaticLexiconName(norms) ? undefined : { from, to };
}

/**
 * "retailers Marks & Spencer, the Co-op and Harrods": a plural noun of a kind of company right before the first
 * name, as before one ("retailer Marks & Spencer"); not "organizations", which any owner's name may follow
 * ("the organizations Microsoft tracks").
 */
function namedRightAfter(ctx: TextContext, noun: number): number | undefined {
  const next = ctx.tokens[noun + 1];
  const kind = ctx.tokens[noun]!.norm;
  return next &&
    kind !== 'organizations' &&
    kind !== 'organisations' &&
    PLURAL_NOUNS.has(kind) &&
    ctx.sentenceOf[noun + 1] === ctx.sentenceOf[noun] &&
    ctx.text.slice(ctx.tokens[noun]!.end, next.start) === ' ' &&
    isCapitalized(next.text)
    ? noun + 1
    : undefined;
}

/**
 * The first token of a list that the words from token `at` open: ", including X", " such as X"; none when no
 * such words stand there.
 */
function listOpening(ctx: TextContext, at: number): number | undefined {
  const { tokens } = ctx;
  const word = tokens[at]?.norm;
  const gap = (i: number): string => ctx.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  if (word === undefined || ctx.sentenceOf[at] !== ctx.sentenceOf[at - 1]) return undefined;
  if (gap(at) !== ' ' && gap(at) !== ', ') return undefined;
  const from =
    word === 'including'
      ? at + 1
      : word === 'such' && tokens[at + 1]?.norm === 'as'
        ? at + 2
        : undefined;
  return from !== undefined && tokens[from] && gap(from) === ' ' ? from : undefined;
}

/** Words that may follow the noun closing a definite apposition: "the state-run oil company based in Mexico". */
const AFTER_HEAD = new Set([
  'based',
  'headquartered',
  'in',
  'of',
  'that',
  'which',
  'whose',
  'with',
]);

/**
 * "Stagecoach, the UK's largest bus operator, …": after "the", the noun must close the apposition, at a stop
 * or before a few words that go on describing ("However, the use of operator accounts" is no company's).
 * A one-word name opening the sentence is an adverb as often ("Interestingly, the …").
 */
function definiteHead(ctx: TextContext, noun: number, article: number): boolean {
  const next = ctx.tokens[noun + 1];
  const closes =
    !next ||
    ctx.sentenceOf[noun + 1] !== ctx.sentenceOf[noun] ||
    /^[,.;:)]/u.test(ctx.text.slice(ctx.tokens[noun]!.end, next.start)) ||
    AFTER_HEAD.has(next.norm);
  return closes && !(article >= 1 && ctx.sentenceStart(article - 1));
}

/** How many words may describe a company between its article and its noun: "a North Korean trading company". */
const APPOSITION_WORDS = 4;
/** After "the", a ranking and its owner too: "Medibank Private, the country's largest private health insurer". */
const DEFINITE_APPOSITION_WORDS = 6;

/**
 * "Chosun Expo, a North Korean company", "Medibank Private, the country's largest private health insurer",
 * "Kyivstar, Ukraine's largest mobile operator": the name before an apposition whose noun, at token `noun`,
 * says it is a company; no threat word in the apposition ("Zorvex, a ransomware operator").
 */
function nameBeforeApposition(
  ctx: TextContext,
  noun: number,
  taken: (i: number) => boolean,
): DescribedCompany | undefined {
  const { tokens } = ctx;
  // "John Smith, the company's chief executive": the noun owns the head, it is none.
  const head = !ctx.possessiveS(noun + 1);
  for (
    let article = noun - 1;
    article >= 0 && noun - article <= DEFINITE_APPOSITION_WORDS + 1 && head;
    article--
  ) {
    const word = tokens[article]!;
    if (ctx.sentenceOf[article] !== ctx.sentenceOf[noun] || THREAT_QUALIFIERS.has(word.norm)) {
      return undefined;
    }
    const indefinite = word.norm === 'a' || word.norm === 'an' || word.norm === 'another';
    // "Kyivstar, Ukraine's largest mobile operator", "Zorbacom, South Korea's …": a possessor of one or two
    // words opens the apposition as "the" does.
    const opens = (k: number): boolean =>
      isCapitalized(tokens[k]?.text ?? '') &&
      ctx.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]!.start) === ', ';
    const owned = ctx.possessiveS(article + 1);
    const opener = owned && !opens(article) && ctx.spaceBefore(article) ? article - 1 : article;
    const possessor = owned && isCapitalized(word.text) && opens(opener);
    if (indefinite ? noun - article > APPOSITION_WORDS + 1 : word.norm !== 'the' && !possessor) {
      continue;
    }
    if (!indefinite && !definiteHead(ctx, noun, article)) return undefined;
    return apposedName(ctx, opener, taken);
  }
  return undefined;
}

/** Verbs of running places, after "which". */
const RUNS = new Set(['runs', 'operates', 'owns', 'manages']);
/** Places a company runs: "which runs four hospitals", "which operates 300 stores". */
const RUN_PLACES = new Set(
  `hospitals clinics stores shops supermarkets hotels casinos resorts restaurants pharmacies plants factories
refineries mines airports ports schools universities banks branches brands`.split(/\s+/u),
);
/** Words between the verb and the places: a count, "more than", "several". */
const COUNT_WORDS = 3;

/**
 * The token of the places a relative clause at verb token `verb` says the name before it runs: ", which runs
 * four hospitals in Zeeland".
 */
export function placesRunAt(ctx: TextContext, verb: number): number | undefined {
  const { tokens } = ctx;
  if (!RUNS.has(tokens[verb]?.norm ?? '') || tokens[verb - 1]?.norm !== 'which') return undefined;
  for (let k = verb + 1; k <= verb + 1 + COUNT_WORDS; k++) {
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[verb]) return undefined;
    if (RUN_PLACES.has(tokens[k]!.norm)) return k;
  }
  return undefined;
}

/** "health systems", "hospital systems": companies that run hospitals, only in a ranking apposition. */
const careSystems = (ctx: TextContext, i: number): boolean =>
  ctx.tokens[i]!.norm === 'systems' &&
  (ctx.tokens[i - 1]?.norm === 'health' || ctx.tokens[i - 1]?.norm === 'hospital');

/**
 * "Kettering Health, a network of 14 hospitals in Ohio", "a nonprofit health system", "a hospital group": one
 * that runs hospitals, whose name the apposition before it says is a company's.
 */
function careOperator(ctx: TextContext, i: number): boolean {
  const noun = ctx.tokens[i]!.norm;
  if (!CARE_OPERATORS.has(noun)) return false;
  if (CARE_WORDS.has(ctx.tokens[i - 1]?.norm ?? '')) return true;
  if (ctx.tokens[i + 1]?.norm !== 'of') return false;
  const counted = /^\d+$/u.test(ctx.tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
  return CARED_PLACES.has(ctx.tokens[counted]?.norm ?? '');
}
// Not "chain": a company noun already ("a chain of 20 clinics" is read as any company's apposition).
const CARE_OPERATORS = new Set(['system', 'network', 'group']);
const CARE_WORDS = new Set(['health', 'hospital', 'healthcare']);
const CARED_PLACES = new Set(['hospitals', 'clinics']);

/** Superlatives a ranking apposition opens with: "one of the largest", "one of the biggest". */
const RANKS = new Set(['largest', 'biggest', 'leading', 'top', 'major', 'oldest', 'main']);

/**
 * "Ascension, one of the largest private health systems in the United States": the name before a ranking
 * apposition whose plural noun, at token `noun`, says it is one of some companies.
 */
function nameBeforeRanking(
  ctx: TextContext,
  noun: number,
  taken: (i: number) => boolean,
): DescribedCompany | undefined {
  const { tokens } = ctx;
  for (let rank = noun - 1; rank >= 3 && noun - rank <= APPOSITION_WORDS; rank--) {
    if (
      ctx.sentenceOf[rank] !== ctx.sentenceOf[noun] ||
      THREAT_QUALIFIERS.has(tokens[rank]!.norm)
    ) {
      return undefined;
    }
    if (!RANKS.has(tokens[rank]!.norm)) continue;
    const opening = tokens
      .slice(rank - 3, rank)
      .map((t) => t.norm)
      .join(' ');
    return opening === 'one of the' ? apposedName(ctx, rank - 3, taken) : undefined;
  }
  return undefined;
}

/**
 * The name right before an apposition whose first word is token `opener`, after ", ": one to four words, not
 * a title, a place or the end of a possessive.
 */
function apposedName(
  ctx: TextContext,
  opener: number,
  taken: (i: number) => boolean,
): DescribedCompany | undefined {
  const { tokens, text } = ctx;
  const end = opener - 1;
  if (end < 0 || text.slice(tokens[end]!.end, tokens[opener]!.start) !== ', ') return undefined;
  // "Sichuan Juxinhe Network Technology, a cybersecurity company": a name ending in an industry's word may be
  // longer.
  const most = INDUSTRY_WORDS.has(tokens[end]!.norm) ? MAX_FULL_NAME_WORDS : MAX_NAME_WORDS;
  // One word more than a name may hold, to tell a title's longer run of capitals.
  const from = nameStartBefore(ctx, opener, most + 1, taken, true);
  // A longer run of capitals is a title; a name of one English word is no company's, nor a place
  // ("a manufacturing company in Japan, a mining company in India"), nor the end of a possessive
  // ("Joker's Stash, a prolific vendor").
  if (from === opener || opener - from > most || !distinctName(ctx, from, opener)) {
    return undefined;
  }
  // "Wuhan Xiaoruizhi Science and Technology Company, a front company": "and" before an industry's word.
  const joined = industryJoinedStart(ctx, from, taken);
  if (joined !== undefined) return { from: joined, to: opener };
  const norms = tokens.slice(from, opener).map((t) => t.norm);
  const possessed =
    tokens[from - 1]?.norm === 's' && tokens[from - 1]!.end === tokens[from]!.start - 1;
  if (isStaticLexiconName(norms) || possessed) return undefined;
  return OPENERS.has(tokens[from]!.norm) ? undefined : { from, to: opener };
}

/**
 * Whether the token `and` is an "and" joining the capitalized word before it to an industry's word after it
 * inside one name: "Wuhan Xiaoruizhi Science and Technology Company".
 */
export function joinsIndustryWord(
  ctx: TextContext,
  and: number,
  taken: (i: number) => boolean,
): boolean {
  const before = ctx.tokens[and - 1];
  return (
    ctx.tokens[and]?.norm === 'and' &&
    INDUSTRY_WORDS.has(ctx.tokens[and + 1]?.norm ?? '') &&
    before !== undefined &&
    isCapitalized(before.text) &&
    !taken(and - 1) &&
    ctx.spaceBefore(and) &&
    ctx.spaceBefore(and + 1)
  );
}

/**
 * The start of the capitalized words that "and" joins to a name whose first word, at token `from`, is an
 * industry's: "Wuhan Xiaoruizhi Science" before "and Technology Company"; none when no such words stand there.
 */
function industryJoinedStart(
  ctx: TextContext,
  from: number,
  taken: (i: number) => boolean,
): number | undefined {
  const and = from - 1;
  if (!joinsIndustryWord(ctx, and, taken)) return undefined;
  const start = nameStartBefore(ctx, and, MAX_NAME_WORDS, taken);
  return start < and && !OPENERS.has(ctx.tokens[start]!.norm) ? start : undefined;
}

/**
 * A bank named as one, its "Bank" capitalized: "the Bank of Valletta", "Central Bank of Nigeria",
 * "Bangladesh Bank". The words around may be places; the name is the bank.
 */
function bankName(
  ctx: TextContext,
  at: number,
  taken: (i: number) => boolean,
): DescribedCompany | undefined {
  const { tokens } = ctx;
  // A heading in Title Case capitalizes any bank ("Anonymous Claims Attack On Bank of Spain Website").
  if (taken(at) || ctx.titleCase(at)) return undefined;
  // Up to two words a space before "Bank", after the last opener among them ("The Bank of …").
  let from = ctx.spaceBefore(at) ? nameStartBefore(ctx, at, 2, taken) : at;
  for (let k = at - 1; k >= from; k--) {
    if (OPENERS.has(tokens[k]!.norm)) {
      from = k + 1;
      break;
    }
  }
  const joined = joinedBankWords(ctx, from, at, taken);
  if (joined) from -= 2;
  if (tokens[at + 1]?.norm === 'of' && ctx.spaceBefore(at + 1)) {
    const to = nameAfter(ctx, at + 2, taken);
    return to === undefined ? undefined : { from, to, whole: true };
  }
  // "Bangladesh Bank", "Sber Bank"; not "National Bank", "American Bank", nor "Bank" opening a longer title.
  const next = tokens[at + 1];
  const longer = next && ctx.spaceBefore(at + 1) && isCapitalized(next.text);
  // "Iran's state-owned Bank Sepah": a name of one word, no English one nor a place's, after "Bank".
  if (from === at && longer && ownBankWord(ctx, at + 1)) {
    const after = tokens[at + 2];
    const oneWord = !after || !ctx.spaceBefore(at + 2) || !isCapitalized(after.text);
    return oneWord ? { from: at, to: at + 2, whole: true } : undefined;
  }
  const words = tokens.slice(from, at).map((t) => t.norm);
  const named = words.every(
    (w) => !isCommonWord(w) && (isCountryName([w]) || !isStaticLexiconName([w])),
  );
  return from < at && (joined || (named && !ctx.sentenceStart(from))) && !longer
    ? { from, to: at + 1, whole: true }
    : undefined;
}

/** The word at token i can be a bank's own name: "Sepah", "Melli"; not "Holiday", "Negara" in a place's name. */
function ownBankWord(ctx: TextContext, i: number): boolean {
  const word = ctx.tokens[i]!;
  return (
    word.text.length >= 4 &&
    !isCommonWord(word.norm) &&
    !isEnglishWord(word.norm) &&
    !isStaticLexiconName([word.norm]) &&
    ctx.sentenceOf[i] === ctx.sentenceOf[i - 1]
  );
}

/** Words of a bank's business that "and" joins inside its name: "Industrial and Commercial Bank of China". */
const BANK_BUSINESS: ReadonlySet<string> = new Set(
  'industrial commercial merchants farmers savings trust development investment construction'.split(
    ' ',
  ),
);

/**
 * Whether "<Business> and" stands before the bank name's words from token `from` to "Bank" at `at`, all of
 * them words of a bank's business: "Industrial and Commercial Bank", "Farmers and Merchants Bank"; not
 * "Citibank and Commercial Bank", two banks.
 */
function joinedBankWords(
  ctx: TextContext,
  from: number,
  at: number,
  taken: (i: number) => boolean,
): boolean {
  const { tokens } = ctx;
  const first = tokens[from - 2];
  return (
    from === at - 1 &&
    from >= 2 &&
    tokens[from - 1]!.text === 'and' &&
    first !== undefined &&
    isCapitalized(first.text) &&
    !taken(from - 2) &&
    ctx.spaceBefore(from - 1) &&
    ctx.spaceBefore(from) &&
    ctx.sentenceOf[from - 2] === ctx.sentenceOf[at] &&
    BANK_BUSINESS.has(first.norm) &&
    BANK_BUSINESS.has(tokens[from]!.norm)
  );
}

/** Words that open a phrase and are no part of a name: "The Bank of …", "At Acme Corp.". */
export const OPENERS: ReadonlySet<string> = new Set(
  'the a an at on by for from with in and'.split(' '),
);

/** The end of a capitalized name of one to three words starting at token `from`, if one starts there. */
function nameAfter(
  ctx: TextContext,
  from: number,
  taken: (i: number) => boolean,
): number | undefined {
  let to = from;
  while (
    to < ctx.tokens.length &&
    to - from <= MAX_FULL_NAME_WORDS &&
    capitalWord(ctx, to, from, taken) &&
    // "Allen & Overy": an ampersand joins words inside the name.
    (to > from ? inNameAt(ctx, to) : ctx.spaceBefore(to))
  ) {
    to++;
  }
  // A longer run of capitals is a title, not a name, unless the run ends in "Company" ("the front company
  // Hainan Xiandun Technology Development Company"); "company Infomations.exe" is a file's.
  const long = to - from > MAX_NAME_WORDS;
  if (long && (to - from > MAX_FULL_NAME_WORDS || ctx.tokens[to - 1]!.norm !== 'company')) {
    return undefined;
  }
  if (to === from || goesOn(ctx, to - 1)) return undefined;
  return distinctName(ctx, from, to) ? to : undefined;
}

/**
 * "breaching a third-party cybersecurity service provider, BeyondTrust.": after an indefinite description whose
 * noun is at token `noun`, the name set off by a comma that closes its clause; one past its end. Not a name a
 * verb goes on from ("a cloud provider, Microsoft said").
 */
function namedAfterComma(
  ctx: TextContext,
  noun: number,
  taken: (i: number) => boolean,
): number | undefined {
  const { tokens, text } = ctx;
  const from = noun + 1;
  if (!tokens[from] || text.slice(tokens[noun]!.end, tokens[from].start) !== ', ') return undefined;
  if (ctx.sentenceOf[from] !== ctx.sentenceOf[noun] || !describedIndefinitely(ctx, noun)) {
    return undefined;
  }
  let to = from;
  while (
    to - from < MAX_NAME_WORDS &&
    capitalWord(ctx, to, from, taken) &&
    (to === from || inNameAt(ctx, to))
  )
    to++;
  if (to === from || !distinctName(ctx, from, to)) return undefined;
  const closes =
    !tokens[to] ||
    ctx.sentenceOf[to] !== ctx.sentenceOf[from] ||
    CLAUSE_CLOSE.test(text.slice(tokens[to - 1]!.end));
  return closes && !isStaticLexiconName(tokens.slice(from, to).map((t) => t.norm)) ? to : undefined;
}

const CLAUSE_CLOSE = /^[.;)]/u;
const LOWER_START = /^\p{Ll}/u;

/** "a third-party cybersecurity service provider": "a" or "an" a few lower-case words before the noun at `noun`. */
function describedIndefinitely(ctx: TextContext, noun: number): boolean {
  for (let k = noun - 1; k >= 0 && noun - k <= APPOSITION_WORDS + 2; k--) {
    const word = ctx.tokens[k]!;
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[noun] || THREAT_QUALIFIERS.has(word.norm))
      return false;
    if (word.norm === 'a' || word.norm === 'an') return true;
    if (word.text !== word.norm && !LOWER_START.test(word.text)) return false;
  }
  return false;
}

/** The start of a capitalized name of one to three words ending right before token `end`. */
function nameBefore(
  ctx: TextContext,
  end: number,
  taken: (i: number) => boolean,
): number | undefined {
  let from = end;
  while (from > 0 && end - from < MAX_NAME_WORDS && nameWord(ctx, from - 1, end - 1, taken)) {
    if (ctx.sentenceStart(from - 1)) return undefined;
    from--;
  }
  if (from === end) return undefined;
  // "the Change Healthcare unit", "its Change Healthcare unit": the name follows a determiner.
  const before = ctx.tokens[from - 1];
  return before && DETERMINERS.has(before.norm) && distinctName(ctx, from, end) ? from : undefined;
}

const DETERMINERS = new Set(['its', 'the', 'their', 'his', 'her']);

/** A company's executives' titles, in lower case ("CEO" as written). */
const EXECUTIVES = new Set(['chairman', 'chairwoman', 'founder', 'co-founder']);
/** The lower-case words such a title opens on. */
const TITLE_WORDS = new Set([...EXECUTIVES, 'chief']);
/** Every lower-case word the loop over tokens acts on: one lookup for the many words that are none. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...NOUNS_BEFORE,
  ...PLURAL_NOUNS,
  'systems',
  'contractor',
  ...CARE_OPERATORS,
  ...NOUNS_AFTER,
  ...MEDIA_HEADS,
  ...TITLE_WORDS,
  ...RUNS,
]);

/**
 * The last token of an executive's title at token `i` followed by a person's name of two capitalized words:
 * "chairman Archie Norman", "chief executive Andrew Witty", "CEO Satya Nadella".
 */
function executiveTitleEnd(ctx: TextContext, i: number): number | undefined {
  const { tokens } = ctx;
  const word = tokens[i]!;
  const end =
    EXECUTIVES.has(word.text) || word.text === 'CEO'
      ? i
      : word.text === 'chief' && tokens[i + 1]?.text === 'executive'
        ? i + 1
        : undefined;
  if (end === undefined) return undefined;
  for (const k of [end + 1, end + 2]) {
    const name = tokens[k];
    if (!name || !isCapitalized(name.text) || !ctx.spaceBefore(k)) return undefined;
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[i]) return undefined;
  }
  return end;
}

/**
 * The first token of the company name of one to three capitalized words right before an executive's title
 * at token `title`, even at a sentence's opening; not a body's name ("Senate Intelligence Committee
 * chairman Mark Warner").
 */
function executiveOf(
  ctx: TextContext,
  title: number,
  taken: (i: number) => boolean,
): number | undefined {
  if (!ctx.spaceBefore(title)) return undefined;
  let from = title;
  while (
    from > 0 &&
    title - from < MAX_NAME_WORDS &&
    ctx.sentenceOf[from - 1] === ctx.sentenceOf[title] &&
    capitalWord(ctx, from - 1, title - 1, taken) &&
    !OPENERS.has(ctx.tokens[from - 1]!.norm) &&
    (from === title || inNameAt(ctx, from))
  ) {
    from--;
  }
  if (from === title || BODY_HEADS.has(ctx.tokens[title - 1]!.norm)) return undefined;
  // A longer run of capitals is a title's or a heading's.
  const before = ctx.tokens[from - 1];
  const sameSentence = before !== undefined && ctx.sentenceOf[from - 1] === ctx.sentenceOf[title];
  if (sameSentence && isCapitalized(before.text) && !OPENERS.has(before.norm)) return undefined;
  // "Former CEO John Smith": an English word opening the sentence is capitalized as any would be.
  const one = ctx.tokens[from]!;
  if (title - from === 1 && ctx.sentenceStart(from) && isEnglishWord(one.norm)) return undefined;
  return distinctName(ctx, from, title) ? from : undefined;
}

/** Token `i` is a capitalized word of the name whose other end is token `other`, a space after the word before. */
const nameWord = (
  ctx: TextContext,
  i: number,
  other: number,
  taken: (i: number) => boolean,
): boolean => capitalWord(ctx, i, other, taken) && ctx.spaceBefore(i);

/** Inside a name, words also stand an ampersand apart: "AT&T Inc.", "Allen & Overy". */
const AMPERSANDS = new Set(['&', ' & ']);
export const inNameAt = (ctx: TextContext, i: number): boolean =>
  ctx.spaceBefore(i) ||
  AMPERSANDS.has(ctx.text.slice(ctx.tokens[i - 1]?.end ?? 0, ctx.tokens[i]?.start ?? 0));

/** Token `i` is a capitalized word, no date, in the sentence of token `other`, no other finding's. */
export function capitalWord(
  ctx: TextContext,
  i: number,
  other: number,
  taken: (i: number) => boolean,
): boolean {
  const token = ctx.tokens[i];
  if (!token || taken(i) || NOT_NAMES.has(token.norm)) return false;
  if (!isCapitalized(token.text) && !DIGITS_THEN_CAPITALS.test(token.text)) return false;
  return ctx.sentenceOf[i] === ctx.sentenceOf[other];
}

/** "3CX", "1Password": a name may open on digits before its capitals (never a bare number or "2nd"). */
const DIGITS_THEN_CAPITALS = /^\d+\p{Lu}/u;

/**
 * The first token of a name of one to `most` capitalized words, a space or a hyphen apart ("Rolls-Royce"),
 * ending right before token `end`; its first word may open the sentence. `end` itself when no such word
 * stands there. With `ampersands`, an ampersand joins its words too ("Marks & Spencer, the British retailer").
 */
export function nameStartBefore(
  ctx: TextContext,
  end: number,
  most: number,
  taken: (i: number) => boolean,
  ampersands = false,
): number {
  let from = end;
  while (from > 0 && end - from < most && capitalWord(ctx, from - 1, end, taken)) {
    const joined = ampersands ? inNameAt(ctx, from) : ctx.spaceBefore(from);
    if (from < end && !joined && !hyphenBefore(ctx, from)) break;
    from--;
  }
  return from;
}

const hyphenBefore = (ctx: TextContext, i: number): boolean =>
  ctx.tokens[i]!.start === ctx.tokens[i - 1]!.end + 1 && ctx.text[ctx.tokens[i - 1]!.end] === '-';

/** The word at token i goes on past its letters: "Infomations.exe", "Acme-Corp". */
const goesOn = (ctx: TextContext, i: number): boolean =>
  GOES_ON.test(ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i]!.end + 2));
// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const GOES_ON = /^[-./_@][\p{L}\p{N}]/u;

/** A name of two characters, a capital and a digit, spells no word: "F5", "3M". */
export const capitalAndDigit = (word: string): boolean => CAPITAL_AND_DIGIT.test(word);
const CAPITAL_AND_DIGIT = /^(?:\p{Lu}\d|\d\p{Lu})$/u;

/** A name of one word must be no English word and three letters or more ("company Apple" is not read). */
export function distinctName(ctx: TextContext, from: number, to: number): boolean {
  if (to - from > 1) return true;
  const word = ctx.tokens[from]!;
  return word.text.length >= 3 && !isCommonWord(word.norm);
}
