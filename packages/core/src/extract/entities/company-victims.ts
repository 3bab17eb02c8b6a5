/**
 * Companies as victims: a company named in a sentence is the victim of an intrusion only where the words
 * make it the object ("an attack on X", "hackers breached X", "a cyberattack that forced X to", "X was
 * hacked", "the X breach"), since a company is as often the one reporting ("Microsoft said the attack …");
 * the companies one list names ("… including A, B and C") are one intrusion. Named state bodies ("hackers
 * breached the US Treasury Department") are read by the same words.
 */
import { haltingIntrusion } from './halted-companies.ts';
import type { Mention } from '../../analysis/types.ts';
import { INTRUSION_WORDS, intrusionInto } from './campaigns.ts';
import { companyFinding, type Company } from './companies.ts';
import { ARTICLES, isCommonWord } from './common-words.ts';
import {
  inNameAt,
  NOUNS_AFTER,
  NOUNS_BEFORE,
  OPENERS,
  PLURAL_NOUNS,
} from './described-companies.ts';
import { isAcronymPlural, isCapitalized } from './tokens.ts';
import { innerCapitals } from './name-words.ts';
import { isEnglishWord } from './english-words.ts';
import {
  AFFECTED,
  amongStruck,
  enteringAt,
  gainingBefore,
  intrusionVerbAt,
} from './intrusion-verbs.ts';
import { intrusionImpactAt } from './intrusion-impact.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';
import { acronymAfter, BRACKETED_ACRONYM } from './listed-companies.ts';
import { listItemAfter } from './context-names.ts';
import { isSystemFileName } from '../ioc/system-files.ts';
import { DAYS_AND_MONTHS } from './calendar-words.ts';
import { SECTOR_WORDS } from './sectors.ts';

/**
 * Companies the words make victims, a list of them one intrusion ("breached … Verizon Communications Inc.,
 * AT&T Inc. and Lumen Technologies Inc."), with the token that tells of it.
 */
export function companyIntrusions(
  ctx: TextContext,
  companies: readonly Company[],
): { finding: EntityFinding; mention: Mention }[] {
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  // Per found intrusion: whether its victim was only harmed by "the attack" ("The attack forced X to …").
  const harmed: boolean[] = [];
  let group: Company[] = [];
  let at = -1;
  const close = () => {
    const [first, ...others] = group;
    if (first) {
      harmed.push(harmedByToldIntrusion(ctx, at, first.from));
      const finding = intrusionInto(
        first.finding,
        group.length === 1 && OF_NAME.test(first.finding.name) ? 'the ' : '',
        [...new Map(others.map((c) => [c.finding.key, c.finding])).values()].filter(
          (f) => f.key !== first.finding.key,
        ),
      );
      // "gained access to": the words that tell of it, not their last.
      const from = (ctx.tokens[at]?.norm === 'to' && gainingBefore(ctx, at - 1)) || at;
      found.push({ finding, mention: ctx.mention(from, at + 1) });
    }
    group = [];
  };
  // Companies listed before one whose intrusion word follows it: "A, B and C were hit" is one intrusion.
  let pending: Company[] = [];
  for (const company of companies) {
    const previous = group.at(-1);
    if (previous && listedAfter(ctx, previous, company)) {
      group.push(company);
      continue;
    }
    close();
    const word =
      intrusionWordOf(ctx, company.from, company.to) ??
      includedIn(ctx, company.from) ??
      ownSystemsIntruded(ctx, company.from, company.to) ??
      haltingIntrusion(ctx, company.from, company.to);
    const last = pending.at(-1);
    const listed = last !== undefined && listedAfter(ctx, last, company) ? pending : [];
    if (word === undefined) {
      // Pushed, not copied: a list of a thousand names would copy a growing list a thousand times.
      if (listed === pending) pending.push(company);
      else pending = [company];
      continue;
    }
    group = word >= company.to ? [...listed, company] : [company];
    pending = [];
    at = word;
  }
  close();
  return withoutHarmsOfTold(found, harmed);
}

/**
 * "… the June 3 cyberattack on Synnovis … . The attack forced King's College Hospital to cancel …": the
 * intrusion word at `word`, definite and the subject of an impact verb before the company at `from`.
 */
function harmedByToldIntrusion(ctx: TextContext, word: number, from: number): boolean {
  if (word >= from || !DEFINITE.has(ctx.tokens[word - 1]?.norm ?? '')) return false;
  for (let k = word + 1; k < from; k++) if (intrusionImpactAt(ctx, k) === word) return true;
  return false;
}
const DEFINITE = new Set(['the', 'this']);

/**
 * The intrusions found, less those whose victim was only harmed by an intrusion told in the sentence or the two
 * before: the hospitals a supplier's breach forced to cancel operations were not broken into themselves.
 */
function withoutHarmsOfTold(
  found: readonly { finding: EntityFinding; mention: Mention }[],
  harmed: readonly boolean[],
): { finding: EntityFinding; mention: Mention }[] {
  if (!harmed.includes(true)) return [...found];
  const order = found
    .map((_, i) => i)
    .sort((a, b) => found[a]!.mention.start - found[b]!.mention.start);
  const dropped = new Set<number>();
  let lastTold = -Infinity;
  for (const i of order) {
    const { sentence } = found[i]!.mention;
    if (!harmed[i]) lastTold = sentence;
    else if (sentence - lastTold <= HARM_REACH) dropped.add(i);
  }
  return found.filter((_, i) => !dropped.has(i));
}
/** Sentences after an intrusion's mention that "the attack" harming another may still stand for it across. */
const HARM_REACH = 2;

/** Most and fewest words of a name only its place as a victim tells of: "Colonial Pipeline". */
const VICTIM_NAME_WORDS = 3;
/** How often the words must make the name a victim: once may be a product's ("an attack on Active Directory"). */
const VICTIM_TIMES = 2;

/**
 * Companies no legal form or describing noun names, that the words make an intrusion's victim at least
 * twice: "FBI confirms DarkSide ransomware behind Colonial Pipeline attack … the cyberattack on Colonial
 * Pipeline, which forced the company to …". A capitalized name of two or three words, never a title's
 * words, on tokens `free` leaves to it; each of its mentions, wherever it stands.
 */
export function victimNamedCompanies(
  ctx: TextContext,
  free: (i: number) => boolean,
  /** Token i is part of a threat group's name (not a malware family's: "jRAT … to compromise Microsoft Excel"). */
  acting: (i: number) => boolean,
  /** Token i opens a state's name or adjective: "The DPRK was responsible for the theft of $1.5 billion from …". */
  state: (i: number) => boolean = () => false,
): Company[] {
  const { tokens } = ctx;
  const actorBefore = actorsSoFar(ctx, acting);
  const stateBefore = actorsSoFar(ctx, state);
  // Money is taken by a state as by a group ("North Korea stole $1.5 billion from Bybit"); data is not read so.
  const takerBefore = (k: number): boolean => actorBefore(k) || stateBefore(k);
  // The end of the last name an actor's verb took as its object, so the names listed after it go with it.
  let objectEnd = -1;
  const spans = new Map<string, { from: number; to: number }[]>();
  const victimTimes = new Map<string, number>();
  // Names the words make an intrusion's object at least once ("the cyberattack on X", "breached X").
  const objects = new Set<string>();
  const struckWords = new Set<string>();
  for (let start = 0; start < tokens.length; start++) {
    const to = nameRunEnd(ctx, start, free);
    if (to === undefined) continue;
    // "Another Colonial Pipeline attack": a sentence's first word may be a plain one, capitalized.
    // "Retailer Marks & Spencer said …": so may the noun that says what the company does.
    const opener =
      to - start > 1 &&
      ctx.sentenceStart(start) &&
      (isCommonWord(tokens[start]!.norm) || NOUNS_BEFORE.has(tokens[start]!.norm));
    const i = opener ? start + 1 : start;
    // "LockBit exploited Citrix Bleed to breach Boeing, …": a name of one word only as the object of an
    // actor's striking verb, and no English word ("breached Exchange", "hit Windows" name products). Its
    // other mentions are gathered after the loop, for the few such names.
    if (to - i === 1) {
      // "… breached AT&T and Verizon": a one-word name listed after one an actor struck, as longer ones are.
      const listed = objectEnd >= 0 && listedAfterName(ctx, objectEnd, i) && oneWordVictim(ctx, i);
      if (listed || struckAlone(ctx, i, actorBefore, takerBefore) || struckOpeningPassive(ctx, i)) {
        struckWords.add(tokens[i]!.norm);
        objectEnd = to;
      }
    } else if (to - i >= 2 && to - i <= VICTIM_NAME_WORDS && plainName(ctx, i, to)) {
      const key = tokens
        .slice(i, to)
        .map((t) => t.norm)
        .join(' ');
      const list = spans.get(key) ?? [];
      list.push({ from: i, to });
      spans.set(key, list);
      // "Caesars Entertainment disclosed … that the group had stolen data from its …": a victim telling of it.
      if (ownSystemsIntruded(ctx, i, to) !== undefined) {
        victimTimes.set(key, VICTIM_TIMES);
        objects.add(key);
      }
      // "The attack on Change Healthcare disrupted pharmacies": the intrusion's phrase is the subject.
      const phraseEnds =
        endsPhrase(ctx, to) || (i > 0 && attackOn(ctx, i - 1) && pastVerbAt(ctx, to));
      // No heading test: a sentence of names is prose ("Scattered Spider breached MGM Resorts and Caesars
      // Entertainment."), and in a heading's Title Case the intrusion word is a capitalized word of the run.
      const word = phraseEnds ? intrusionWordOf(ctx, i, to) : undefined;
      // "Scattered Spider … breached MGM Resorts and Caesars Entertainment": an actor's verb right before the
      // name, or a list going on from such a name, says it once for all.
      // "Lazarus Group and APT38 were responsible for the theft of $620 million … from the Ronin Network" too.
      // "Lazarus is responsible for the Sony Pictures Entertainment breach": the intrusion named after it,
      // which an actor did. "Scattered Spider has used the same approach against MGM Resorts": its method.
      const struck =
        phraseEnds &&
        ((word !== undefined &&
          word < i &&
          actorBefore(word) &&
          (objectOf(ctx, word, i) || deedDone(ctx, word) || USING.has(tokens[word]!.norm))) ||
          (word === to && actorBefore(i) && doneBefore(ctx, i)) ||
          (objectEnd >= 0 && listedAfterName(ctx, objectEnd, i)));
      if (struck) {
        victimTimes.set(key, VICTIM_TIMES);
        objects.add(key);
        objectEnd = to;
      }
      // "targeting Eastern Europeans": people are targeted as often as companies.
      if (word !== undefined && !tokens[word]!.norm.startsWith('target')) {
        victimTimes.set(key, (victimTimes.get(key) ?? 0) + 1);
        // "Golden Ticket attack": a name before the intrusion noun may be a technique's.
        if (word < i || word > to + 1) objects.add(key);
      }
    }
    start = to - 1;
  }
  if (struckWords.size > 0) {
    for (let k = 0; k < tokens.length; k++) {
      const key = tokens[k]!.norm;
      if (!struckWords.has(key) || nameRunEnd(ctx, k, free) !== k + 1) continue;
      const list = spans.get(key) ?? [];
      list.push({ from: k, to: k + 1 });
      spans.set(key, list);
      victimTimes.set(key, VICTIM_TIMES);
      objects.add(key);
    }
  }
  const found: Company[] = [];
  for (const [key, times] of victimTimes) {
    if (times < VICTIM_TIMES || !objects.has(key)) continue;
    const [first, ...others] = spans.get(key)!;
    const finding = companyFinding(ctx, first!.from, first!.to, 'company-victim', 60);
    for (const { from, to } of [first!, ...others])
      found.push({ finding, mention: ctx.mention(from, to), from, to });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** Nouns after "The" that open a sentence on the actor the sentence before named: "The group was also blamed". */
const ACTOR_ANAPHORS = new Set([
  'group',
  'gang',
  'hackers',
  'attackers',
  'actors',
  'actor',
  'crew',
]);
/** How many sentences back the actor such an opening stands for may be named. */
const ANAPHOR_SENTENCES = 2;

/**
 * Whether an actor's name stands before token i in its sentence, or the sentence opens on "The group" after one
 * named in the sentences just before; asked of an array made in one pass.
 */
function actorsSoFar(ctx: TextContext, acting: (i: number) => boolean): (i: number) => boolean {
  // Made on the first question: most reports strike no name and never ask.
  let last: Int32Array | undefined;
  return (i) => {
    if (!last) {
      last = new Int32Array(ctx.tokens.length).fill(-1);
      let actorSentence = -ANAPHOR_SENTENCES - 1;
      let opening = 0;
      for (let k = 0; k < ctx.tokens.length; k++) {
        const sentence = ctx.sentenceOf[k]!;
        const sameSentence = k > 0 && ctx.sentenceOf[k - 1] === sentence;
        if (!sameSentence) opening = k;
        const standsFor =
          sentence - actorSentence <= ANAPHOR_SENTENCES &&
          ctx.tokens[k]!.norm === 'the' &&
          // "The same group earlier claimed …".
          ACTOR_ANAPHORS.has(
            ctx.tokens[ctx.tokens[k + 1]?.norm === 'same' ? k + 2 : k + 1]?.norm ?? '',
          ) &&
          (!sameSentence || openedBefore(ctx, opening, k));
        const actor = acting(k);
        // "After gaining access, the actors deploy …": the text goes on about the actor it named.
        if (actor || standsFor) actorSentence = sentence;
        last[k] = actor || standsFor ? k : sameSentence ? last[k - 1]! : -1;
      }
    }
    return (last[i] ?? -1) >= 0;
  };
}

/** Most words of a sentence's opening before "the group": "Earlier, in September 2023, the group". */
const OPENING_WORDS = 8;

/**
 * Whether the tokens from `opening` (a sentence's first) to token k are a short opening set off by a comma:
 * "In April 2025, the group", "After gaining access, the actors".
 */
const openedBefore = (ctx: TextContext, opening: number, k: number): boolean =>
  k - opening <= OPENING_WORDS &&
  ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start) === ', ';

/**
 * Verbs whose object an actor struck: not "targeting" (people too), not "gained access to" (products too); the
 * participle too ("expanded to airlines, breaching Hawaiian Airlines and WestJet").
 */
const STRIKING = new Set(
  `breached breach breaching hacked hack compromised compromise compromising infiltrated infiltrate
infiltrating attacked attack hit struck penetrated`.split(/\s+/u),
);

/**
 * The one-word name at token i is the object of an actor's striking verb, one space after it, or of the
 * intrusion an actor did or is blamed for: "Scattered Spider was blamed for the attack on Harrods".
 */
function struckAlone(
  ctx: TextContext,
  i: number,
  actorBefore: (i: number) => boolean,
  takerBefore: (i: number) => boolean,
): boolean {
  const { tokens } = ctx;
  // "from Bybit", "from the Bybit exchange" where the name comes before what the company is, and "from
  // cryptocurrency exchange, Bybit," where what it is comes first.
  const described = describedFrom(ctx, i);
  const from = tokens[described - 1]?.norm === 'the' ? described - 2 : described - 1;
  if (tokens[from]?.norm === 'from')
    return moneyStolenFrom(ctx, i, takerBefore) || dataStolenFrom(ctx, i, actorBefore);
  const verb = i - (tokens[i - 1]?.norm === 'the' ? 2 : 1);
  // The verb first, as objectOf reads it: most words follow none.
  if (verb < 0 || !(objectOf(ctx, verb, i) || attackOn(ctx, verb)) || !ctx.spaceBefore(i)) {
    return false;
  }
  return ctx.sentenceOf[verb] === ctx.sentenceOf[i] && oneWordVictim(ctx, i) && actorBefore(verb);
}

/** Most one-word names a passive's subject lists: "Harrods and Selfridges were also hacked". */
const PASSIVE_SUBJECTS = 4;

/**
 * "Harrods was also hacked in May", "Harrods and Selfridges were breached": one-word names opening a sentence,
 * listed, then a passive intrusion verb. A plain name and no English word ("Exchange was compromised" names
 * a product), nor a program Windows ships.
 */
function struckOpeningPassive(ctx: TextContext, i: number): boolean {
  if (!ctx.sentenceStart(i)) return false;
  // The passive first, on the tokens alone: most sentences open on no such list.
  const items = [i];
  for (let n = 1; n < PASSIVE_SUBJECTS; n++) {
    const next = listItemAfter(ctx, items.at(-1)!);
    if (next === undefined) break;
    items.push(next);
  }
  const be = items.at(-1)! + 1;
  const verb = ctx.spaceBefore(be) ? passiveVerbAt(ctx, be) : undefined;
  if (verb === undefined || ctx.sentenceOf[verb] !== ctx.sentenceOf[i]) return false;
  if (!intrusionVerbAt(ctx, verb)) return false;
  // "LSASS was accessed by an unusual process": a Windows program's name.
  return items.every((k) => oneWordName(ctx, k) && !isSystemFileName(`${ctx.tokens[k]!.norm}.exe`));
}

/** The one word at token i may name a victim: a plain name, no English word, ending its phrase. */
const oneWordVictim = (ctx: TextContext, i: number): boolean =>
  oneWordName(ctx, i) && endsPhrase(ctx, i + 1);

/** The one word at token i may be a company's name: a plain name, no English word, no acronym's plural. */
const oneWordName = (ctx: TextContext, i: number): boolean =>
  plainName(ctx, i, i + 1) &&
  !isEnglishWord(ctx.tokens[i]!.norm) &&
  !isAcronymPlural(ctx.tokens[i]!.text);

/** Words of money taken: "stole $1.5 billion from", "the theft of funds from". */
const MONEY = new Set([
  'million',
  'billion',
  'funds',
  'cryptocurrency',
  'crypto',
  'ether',
  'bitcoin',
]);

/**
 * "Lazarus stole $1.5 billion from Bybit", "TraderTraitor was behind the theft of $1.5 billion from Bybit": a
 * one-word name money was stolen from by an actor (data stolen: dataStolenFrom).
 */
function moneyStolenFrom(
  ctx: TextContext,
  i: number,
  actorBefore: (i: number) => boolean,
): boolean {
  const theft = intrusionWordOf(ctx, i, i + 1);
  if (theft === undefined || !THEFTS.has(ctx.tokens[theft]!.norm)) return false;
  if (!actorBefore(theft) && !attributedBefore(ctx, theft)) return false;
  // "stole $1.5 billion from", or "the $1.5 billion theft from".
  const first = Math.max(0, theft - MONEY_BEFORE);
  const taken = ctx.text.slice(ctx.tokens[first]!.end, ctx.tokens[i - 1]!.start);
  const money =
    taken.includes('$') || ctx.tokens.slice(first + 1, i - 1).some((t) => MONEY.has(t.norm));
  // "from cryptocurrency exchange, Bybit,": the name set off after what the company is.
  const apposed =
    MONEY_HOLDERS.has(ctx.tokens[i - 1]!.norm) &&
    ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start) === ', ';
  if (!money || !(ctx.spaceBefore(i) || apposed)) return false;
  // "stole $1.5 billion from the Bybit exchange": the name before what the company is.
  const kind = ctx.tokens[i + 1];
  const described =
    kind !== undefined &&
    MONEY_HOLDERS.has(kind.norm) &&
    ctx.spaceBefore(i + 1) &&
    ctx.sentenceOf[i + 1] === ctx.sentenceOf[i] &&
    oneWordName(ctx, i) &&
    endsPhrase(ctx, i + 2);
  return described || oneWordVictim(ctx, i);
}
/**
 * "The FBI attributed the $1.5 billion theft from Bybit to …": the theft is the object of an attribution, whose
 * actor follows it.
 */
function attributedBefore(ctx: TextContext, theft: number): boolean {
  for (let k = theft - 1; k >= Math.max(0, theft - ATTRIBUTED_REACH); k--) {
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[theft]) return false;
    if (ATTRIBUTING.has(ctx.tokens[k]!.norm)) return true;
  }
  return false;
}
const ATTRIBUTING = new Set(['attributed', 'attributes', 'attribute', 'blamed', 'blames']);
/** Words between the attributing verb and the theft: "the $1.5 billion". */
const ATTRIBUTED_REACH = 7;

/** Words a theft's verb may stand before the data's word: "stole customer support data from". */
const DATA_BEFORE = 3;

/**
 * "UNC6395 stole data from Cloudflare and Zscaler": a one-word name a named actor stole data from. Data
 * words only, and no coined capitals: credentials and cookies are stolen "from" products, and so is data
 * "from SharePoint".
 */
function dataStolenFrom(ctx: TextContext, i: number, actorBefore: (i: number) => boolean): boolean {
  const from = i - (ctx.tokens[i - 1]?.norm === 'the' ? 2 : 1);
  for (let t = from - 1; t >= Math.max(0, from - 1 - DATA_BEFORE); t--) {
    if (ctx.sentenceOf[t] !== ctx.sentenceOf[i]) return false;
    if (!THEFT_VERBS.has(ctx.tokens[t]!.norm)) continue;
    const taken = ctx.tokens.slice(t + 1, from);
    return (
      taken.some((w) => DATA_WORDS.has(w.norm)) &&
      actorBefore(t) &&
      oneWordVictim(ctx, i) &&
      !innerCapitals(ctx.tokens[i]!.text)
    );
  }
  return false;
}

/** Words before the theft's noun that may say what was taken: "$1.5 billion". */
const MONEY_BEFORE = 3;

/** What a company money is stolen from is: "the Bybit exchange". */
const MONEY_HOLDERS = new Set(['exchange', 'platform', 'bank', 'company', 'firm']);

/** Token `on` is "on" or "against" after an intrusion's noun: "the attack on", "the breach of" is a product's too. */
const attackOn = (ctx: TextContext, on: number): boolean =>
  (ctx.tokens[on]!.norm === 'on' || ctx.tokens[on]!.norm === 'against') &&
  INTRUSION_NOUNS.has(ctx.tokens[on - 1]?.norm ?? '');

/** The verb at token `verb` takes the name at token `name` as its object: "breached X", "hacked the X". */
const objectOf = (ctx: TextContext, verb: number, name: number): boolean =>
  STRIKING.has(ctx.tokens[verb]!.norm) &&
  (name === verb + 1 || (name === verb + 2 && ctx.tokens[verb + 1]!.norm === 'the'));

/** The name at token `from` goes on the list a name ending at token `end` opened: ", Y", " and Y", ", and Y". */
function listedAfterName(ctx: TextContext, end: number, from: number): boolean {
  if (ctx.sentenceOf[end - 1] !== ctx.sentenceOf[from]) return false;
  const between = ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[from]!.start);
  return between === ', ' || between === ' and ' || between === ', and ';
}

/** Words of a name: letters only, none of them an English word first, not glued to more ("Viasat KA-SAT"). */
function plainName(ctx: TextContext, from: number, to: number): boolean {
  const words = ctx.tokens.slice(from, to);
  const last = words.at(-1)!;
  // "AT&T": capitals an ampersand joins are a name, whatever word the first one spells.
  const glued = words.length > 1 && ctx.text.slice(words[0]!.end, words[1]!.start) === '&';
  // "Change Healthcare": an ordinary first word, before the sector the company serves.
  const serving = words.length > 1 && ONE_WORD_SECTORS.has(last.norm);
  if (
    (isCommonWord(words[0]!.norm) && !glued && !serving) ||
    /^[-./_@]\p{L}/u.test(ctx.text.slice(last.end, last.end + 2))
  )
    return false;
  if (tailOfLongerName(ctx, from)) return false;
  return words.every((t) => LETTERS.test(t.text));
}
const LETTERS = /^\p{L}+$/u;
/** Sectors named in one word ("healthcare", "energy"), which end many companies' names. */
const ONE_WORD_SECTORS: ReadonlySet<string> = new Set(
  SECTOR_WORDS.filter(({ phrase }) => !phrase.includes(' ')).map(({ phrase }) =>
    phrase.toLowerCase(),
  ),
);

/** Words that may follow a victim's name in its phrase: "the attack on X, which", "breached X in May". */
const AFTER_VICTIM = new Set(
  `in on at and or last this with was were has had is to for after before by which that who said
earlier`.split(/\s+/u),
);

/**
 * The name before token `to` ends its noun phrase: at a stop, an intrusion noun ("X attack") or a word that
 * goes on the clause; not "targeting Microsoft Office 365 corporate users".
 */
function endsPhrase(ctx: TextContext, to: number): boolean {
  const next = ctx.tokens[to];
  if (!next || ctx.sentenceOf[to] !== ctx.sentenceOf[to - 1]) return true;
  if (/[,.;:)]/u.test(ctx.text.slice(ctx.tokens[to - 1]!.end, next.start))) return true;
  return (
    AFTER_VICTIM.has(next.norm) || INTRUSION_NOUNS.has(next.norm) || INTRUSION_KINDS.has(next.norm)
  );
}

/** Token `i` is a verb in the past tense, in lower case: "disrupted", "exposed". */
const pastVerbAt = (ctx: TextContext, i: number): boolean => {
  const word = ctx.tokens[i]?.text ?? '';
  return PAST_TENSE.test(word) && ctx.sentenceOf[i] === ctx.sentenceOf[i - 1];
};
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;

/** The end of the run of capitalized words that starts at token `i` (none when a run goes on before it). */
function nameRunEnd(ctx: TextContext, i: number, free: (i: number) => boolean): number | undefined {
  if (!runWord(ctx, i, free)) return undefined;
  if (
    i > 0 &&
    runWord(ctx, i - 1, free) &&
    inNameAt(ctx, i) &&
    ctx.sentenceOf[i - 1] === ctx.sentenceOf[i]
  )
    return undefined;
  let to = i + 1;
  while (
    to < ctx.tokens.length &&
    runWord(ctx, to, free) &&
    inNameAt(ctx, to) &&
    ctx.sentenceOf[to] === ctx.sentenceOf[i]
  )
    to++;
  return to;
}

/** Token `k` may be a word of such a name: capitalized, free, no opener ("The"). Asked of every token. */
function runWord(ctx: TextContext, k: number, free: (i: number) => boolean): boolean {
  const token = ctx.tokens[k];
  // "AT&T": an opener's letters glued to an ampersand are a name's.
  return (
    token !== undefined &&
    isCapitalized(token.text) &&
    (!OPENERS.has(token.norm) || ctx.text.startsWith('&', token.end)) &&
    free(k)
  );
}

/**
 * A body named as what it is of, or a candidate's campaign, read with an article: "Intrusion into the
 * Department of the Treasury", "Intrusion into the Trump campaign".
 */
const OF_NAME = /^(?:Department|Ministry|Office|City|County|Town) of |^\p{Lu}\p{Ll}+ campaign$/u;

const LIST_GAPS = new Set([', ', ' and ', ', and ', ' or ', ', or ']);

/** `next` follows `previous` in one list: "A, B and C", "A, the law firm B and the port operator C". */
function listedAfter(ctx: TextContext, previous: Company, next: Company): boolean {
  if (ctx.sentenceOf[previous.from] !== ctx.sentenceOf[next.from]) return false;
  const gap = ctx.text
    .slice(ctx.tokens[previous.to - 1]!.end, ctx.tokens[describedFrom(ctx, next.from)]!.start)
    .replace(/^\./u, '')
    // "the Industrial and Commercial Bank of China (ICBC) and Boeing": past the acronym it defines.
    .replace(ACRONYM_OPENING, '')
    .replace(/ the $/u, ' ');
  // "… stole data from Initech Corp, the FBI said": after a lone comma, a speaker is no item.
  return LIST_GAPS.has(gap) && !(gap === ', ' && speaksNext(ctx, next.to));
}

/** A telling verb follows the name ending before token `to`: "the FBI said", "the FBI later said", "told". */
const speaksNext = (ctx: TextContext, to: number): boolean =>
  tellingAfter(ctx, to) !== undefined ||
  (ctx.tokens[to]?.norm === 'told' && ctx.sentenceOf[to] === ctx.sentenceOf[to - 1]);

/** How far back an intrusion word may govern "including X": "breached the networks of … providers, including X". */
const INCLUDED_REACH = 12;

/** "… breached the networks of U.S. broadband providers, including X": the intrusion word before "including". */
function includedIn(ctx: TextContext, name: number): number | undefined {
  // "including the US National Nuclear Security Administration"
  const from = ctx.tokens[name - 1]?.norm === 'the' ? name - 1 : name;
  const before = ctx.tokens[from - 1]?.norm;
  const suchAs = before === 'as' && ctx.tokens[from - 2]?.norm === 'such';
  if (before !== 'including' && before !== 'notably' && !suchAs) return undefined;
  for (let i = from - 2; i >= 0 && from - i <= INCLUDED_REACH; i--) {
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[from]) return undefined;
    const word = ctx.tokens[i]!.norm;
    if (INTRUSION_WORDS.has(word) || intrusionVerbAt(ctx, i)) return i;
    // "broke into the networks of … providers, including X"
    if (enteringAt(ctx, i)) return i;
  }
  return undefined;
}

/**
 * Verbs by which a company is the subject of its own intrusion without telling of it: "Acme suffered a
 * ransomware attack", "fell victim to a …", "is recovering from a …", "shut down its IT systems after …".
 * ownIntrusionTold reads the intrusion right after them, systemsTakenDown the systems shut after one.
 */
const SHUTTING: ReadonlySet<string> = new Set(['shut', 'shuts', 'took', 'takes']);
const SUFFERING: ReadonlySet<string> = new Set([
  ...'suffered suffers experienced experiences sustained fell recovering'.split(' '),
  ...SHUTTING,
]);
/** Verbs by which a company tells of what happened to it: "Caesars Entertainment disclosed that …". */
export const TELLING: ReadonlySet<string> = new Set([
  ...'said says disclosed discloses confirmed confirms reported announced revealed stated acknowledged admitted'.split(
    ' ',
  ),
  ...SUFFERING,
  // Of its own systems only ("Acme detected unauthorized access to its IT systems"): vendors detect and
  // identify others' intrusions all the time, so these are no OWN_TELLING.
  ...['detected', 'discovered', 'identified'],
]);
/** Words a company's own systems may take before their noun: "its loyalty program database". */
const OWN_REACH = 5;
/** How far into its sentence the company's own systems may be named. */
const TELL_REACH = 40;

/**
 * "Caesars Entertainment disclosed … that the group had stolen data from its loyalty program database",
 * "Acme Corp. said hackers breached its network": a company that tells of an intrusion into its own
 * systems, as the subject of its telling. The token of the intrusion word.
 */
export function ownSystemsIntruded(ctx: TextContext, from: number, to: number): number | undefined {
  const sentence = ctx.sentenceOf[from];
  const norm = (i: number): string => ctx.normIn(sentence, i);
  const verb = tellingAfter(ctx, to);
  if (verb === undefined) return undefined;
  const own = ownIntrusionTold(ctx, verb) ?? systemsTakenDown(ctx, verb);
  if (own !== undefined) return own;
  for (let k = verb + 1; k <= verb + TELL_REACH && norm(k) !== ''; k++) {
    // "… said staff personal data had been stolen": the teller's own data, "its" or not.
    if (DATA_WORDS.has(norm(k))) {
      const stolen = dataStolen(ctx, k, norm);
      if (stolen !== undefined) return stolen;
    }
    // "AT&T, Verizon and Lumen Technologies have confirmed they were affected": told of a telecom campaign,
    // companies affected are its victims.
    if (norm(k) === 'they') {
      const passive = PASSIVE_AFTER_THEY.has(norm(k + 1)) ? k + 2 : k + 1;
      const been = norm(passive) === 'been' ? passive + 1 : passive;
      if (been > k + 1 && (intrusionVerbAt(ctx, been) || AFFECTED.has(norm(been)))) return been;
    }
    // "… said on Thursday that it was hit by a cyberattack", "… that it was also breached"
    if (norm(k) === 'it') {
      const passive = PASSIVE_AFTER_IT.has(norm(k + 1)) ? k + 2 : k + 1;
      const adverb = passive > k + 1 && PASSIVE_ADVERBS.has(norm(passive)) ? passive + 1 : passive;
      const been = norm(adverb) === 'been' ? adverb + 1 : adverb;
      if (been > k + 1 && (intrusionVerbAt(ctx, been) || affectedByIntrusion(been, norm)))
        return been;
      // "… said that it had shut down its systems to contain a cyber incident"
      const shutAt = norm(k + 1) === 'had' || norm(k + 1) === 'has' ? k + 2 : k + 1;
      const shut = SHUTTING.has(norm(shutAt)) ? systemsTakenDown(ctx, shutAt) : undefined;
      if (shut !== undefined) return shut;
      // "… said it was among the victims"
      if (passive > k + 1 && norm(adverb) === 'among') {
        const struck = amongStruck(ctx, adverb + 1);
        if (struck !== undefined) return struck;
      }
    }
    if (norm(k) !== 'its') continue;
    const systems = ownSystemsAfter(k, norm);
    let owned = systems !== undefined;
    // "breached one of its research networks", "gained access to the email accounts of members of its
    // senior leadership team": the verb stands before the part of its systems, or of its people's.
    let v = k - 1;
    while (v > k - PATH_REACH && OWNED_PATH.has(norm(v)) && !intrusionVerbAt(ctx, v)) {
      if (OWN_SYSTEMS.has(norm(v)) || ACCOUNTS.has(norm(v))) owned = true;
      v--;
    }
    if (!owned) continue;
    // "two of its own systems had been breached", "its network was compromised"
    const struck = systems === undefined ? undefined : passiveAfter(ctx, systems, norm);
    if (struck !== undefined) return struck;
    if (intrusionVerbAt(ctx, v)) return v;
    if (enteringAt(ctx, v)) return v;
    // "… said it detected unauthorized activity on its IT systems"
    if (ON_SYSTEMS.has(norm(v)) && norm(v - 1) === 'activity' && UNAUTHORIZED.has(norm(v - 2)))
      return v - 1;
    if (norm(v) === 'from') {
      for (let t = v - 1; t >= v - THEFT_REACH; t--) if (THEFTS.has(norm(t))) return t;
    }
  }
  return undefined;
}

/**
 * The first word of the teller's own systems after "its" at token `its` ("its own systems", "its network",
 * "its GitHub account"), if any before another party's word ("its customers' networks").
 */
function ownSystemsAfter(its: number, norm: (i: number) => string): number | undefined {
  for (let n = its + 1; n <= its + OWN_REACH && !OTHERS.has(norm(n)); n++)
    if (OWN_SYSTEMS.has(norm(n)) || ACCOUNTS.has(norm(n))) return n;
  return undefined;
}

/**
 * "… said it had also been affected by the MOVEit breach": "affected by" an intrusion noun a few words on
 * (not "affected by the outage").
 */
function affectedByIntrusion(verb: number, norm: (i: number) => string): boolean {
  if (!AFFECTED.has(norm(verb)) || norm(verb + 1) !== 'by') return false;
  for (let k = verb + 2; k <= verb + 1 + AFFECTED_REACH; k++)
    if (INTRUSION_NOUNS.has(norm(k)) || CAMPAIGN_NOUNS.has(norm(k))) return true;
  return false;
}
/** "… confirmed it was affected by the campaign": an attacker's campaign strikes as an intrusion does. */
const CAMPAIGN_NOUNS = new Set(['campaign', 'campaigns', 'exploitation']);
/** Words between "affected by" and the intrusion noun: "the MOVEit", "a ransomware". */
const AFFECTED_REACH = 3;

/** Words for what a company holds that a theft takes. */
const DATA_WORDS = new Set(['data', 'database', 'databases', 'files', 'records', 'information']);
/** Verbs of a passive that says data was taken: "had been stolen", "were accessed". */
const TAKEN = new Set([
  'stolen',
  'exfiltrated',
  'accessed',
  'taken',
  'leaked',
  'exposed',
  'compromised',
]);

/**
 * The theft verb of a passive right after the data's word at `data` ("data had been stolen"); not data taken
 * from another named party ("data was stolen from Acme Corp").
 */
function dataStolen(
  ctx: TextContext,
  data: number,
  norm: (i: number) => string,
): number | undefined {
  // "… said the gang had stolen personal information of about 500,000 residents", "… had stolen its data":
  // the active verb, a word describing the data between at most, and whose data it is ("the actors stole
  // data" tells of no owner).
  const active = THEFT_VERBS.has(norm(data - 1)) ? data - 1 : data - 2;
  const owned = norm(data + 1) === 'of' || norm(data - 1) === 'its';
  if (owned && THEFT_VERBS.has(norm(active))) return active;
  // "… said hackers stole some customer data": the data of the teller's customers, staff or members.
  if (HELD_FOR.has(norm(data - 1)) && norm(data + 1) !== 'from') {
    const verb = QUANTIFIERS.has(norm(data - 2)) ? data - 3 : data - 2;
    if (THEFT_VERBS.has(norm(verb))) return verb;
  }
  let verb = data + 1;
  if (!PASSIVE_AFTER_IT.has(norm(verb)) && !PASSIVE.has(norm(verb))) return undefined;
  verb++;
  if (norm(verb) === 'been') verb++;
  if (!TAKEN.has(norm(verb))) return undefined;
  const owner = ctx.tokens[verb + 2];
  return norm(verb + 1) === 'from' && owner && isCapitalized(owner.text) ? undefined : verb;
}

/** Whose data a company holds, before the data's word: "customer data", "employee records". */
const HELD_FOR = new Set(
  'customer customers client clients staff employee employees patient patients member members user users'.split(
    ' ',
  ),
);
/** Words between a theft verb and that: "stole some customer data". */
const QUANTIFIERS = new Set(['some', 'the', 'its']);

/** Active verbs of a theft before the data's word: "had stolen personal information". */
const THEFT_VERBS = new Set([
  'stolen',
  'stole',
  'steal',
  'stealing',
  'exfiltrated',
  'exfiltrating',
  'taken',
  'took',
]);

/**
 * The intrusion word of a passive right after the systems' word at `systems`: "… systems had been breached",
 * "… had been the target of a cyberattack".
 */
function passiveAfter(
  ctx: TextContext,
  systems: number,
  norm: (i: number) => string,
): number | undefined {
  let verb = systems + 1;
  if (!PASSIVE_AFTER_IT.has(norm(verb)) && !PASSIVE.has(norm(verb))) return undefined;
  verb++;
  if (norm(verb) === 'been') verb++;
  if (intrusionVerbAt(ctx, verb)) return verb;
  // "its IT infrastructure had been the target of a cyberattack"
  if (norm(verb) !== 'the' || !STRUCK_NOUNS.has(norm(verb + 1)) || norm(verb + 2) !== 'of') {
    return undefined;
  }
  for (let k = verb + 3; k <= verb + 3 + AFFECTED_REACH; k++)
    if (INTRUSION_NOUNS.has(norm(k))) return k;
  return undefined;
}
/** "… had been the target of", "… was the victim of": the struck party's noun before an intrusion's. */
const STRUCK_NOUNS = new Set(['target', 'victim']);

/** Possessives before a company's part: "its Change Healthcare unit". */
const OWNERS = new Set(['its', 'their']);

/** Whose systems a company tells of, not its own: "broke into its customers' networks". */
const OTHERS = new Set('customers clients users partners victims targets subscribers'.split(' '));

/** Verbs a company tells of its own intrusion with: "Acme said a ransomware attack …", "Acme disclosed a breach". */
const OWN_TELLING: ReadonlySet<string> = new Set([
  ...'said says disclosed discloses confirmed confirms acknowledged admitted announced'.split(' '),
  // Suffering verbs but the shutting ones, which take their systems, not an intrusion, as the object.
  ...[...SUFFERING].filter((verb) => !SHUTTING.has(verb)),
]);
/** The words a suffering verb needs before the intrusion: "fell victim to", "recovering from". */
const SUFFERED_THROUGH: ReadonlyMap<string, readonly string[]> = new Map([
  ['fell', ['victim', 'to']],
  ['recovering', ['from']],
]);
/** Words of an intrusion a company tells of with "a": "a ransomware attack", "a cybersecurity incident". */
const TOLD_INTRUSIONS = new Set(['attack', 'cyberattack', 'breach', 'intrusion', 'hack']);
const SECURITY_WORDS = new Set(['security', 'cybersecurity', 'cyber']);
/** Words from a verb of shutting to "after": "shut down its IT systems on 31 August 2025 after". */
const SHUT_REACH = 10;
/** Gerunds between "after" and the intrusion: "after detecting a cyberattack". */
const NOTICING = new Set(['detecting', 'discovering', 'identifying', 'spotting']);

/**
 * "JLR shut down its IT systems after detecting a cyberattack", "took systems offline after a ransomware
 * attack": the company shutting its own systems after an intrusion was its victim. The intrusion's noun.
 */
function systemsTakenDown(ctx: TextContext, verb: number): number | undefined {
  if (!SHUTTING.has(ctx.tokens[verb]!.norm)) return undefined;
  const sentence = ctx.sentenceOf[verb];
  const norm = (i: number): string => ctx.normIn(sentence, i);
  let systems = false;
  for (let k = verb + 1; k <= verb + SHUT_REACH; k++) {
    systems ||= OWN_SYSTEMS.has(norm(k));
    const article = causeArticle(k, norm);
    if (article === undefined) continue;
    if (!systems) return undefined;
    return ARTICLES.has(norm(article)) ? toldIntrusionAfter(article, norm) : undefined;
  }
  return undefined;
}

/**
 * The article after the words that say what systems were shut down for: "after detecting a", "following a",
 * "to contain a", "in response to a".
 */
function causeArticle(k: number, norm: (i: number) => string): number | undefined {
  const word = norm(k);
  if (word === 'after') return NOTICING.has(norm(k + 1)) ? k + 2 : k + 1;
  if (word === 'following') return k + 1;
  if (word === 'to' && CONTAINING.has(norm(k + 1))) return k + 2;
  if (word === 'response' && norm(k - 1) === 'in' && norm(k + 1) === 'to') return k + 2;
  return undefined;
}
const CONTAINING = new Set(['contain', 'isolate', 'mitigate']);

/** Words between "a" and the intrusion's noun: "a ransomware attack", "a major data breach". */
const TOLD_MODIFIERS = 2;
/** A day, a month or a number after a preposition: a time, not whose the intrusion was. */
const timeWord = (word: string): boolean => DAYS_AND_MONTHS.has(word) || /^\d+$/u.test(word);

/**
 * "Ascension … said a ransomware attack in May exposed …", "Acme disclosed a cybersecurity incident": a
 * company telling of "a" intrusion tells of its own, unless the words name whose it was ("a ransomware attack
 * on a hospital"). The token of the intrusion's noun.
 */
function ownIntrusionTold(ctx: TextContext, verb: number): number | undefined {
  if (!OWN_TELLING.has(ctx.tokens[verb]!.norm)) return undefined;
  const sentence = ctx.sentenceOf[verb];
  const norm = (i: number): string => ctx.normIn(sentence, i);
  let article = verb + 1;
  const through = SUFFERED_THROUGH.get(norm(verb)) ?? [];
  if (through.some((word, k) => norm(article + k) !== word)) return undefined;
  article += through.length;
  // "said on Wednesday that a cyberattack …"
  if (norm(article) === 'on' && timeWord(norm(article + 1))) article += 2;
  if (norm(article) === 'that') article++;
  // "Marks & Spencer says cyberattack will cost it £300 million": a headline's bare noun, then the teller's loss.
  if (TOLD_INTRUSIONS.has(norm(article)) && tellersLoss(article, norm)) return article;
  // "M&S said the cyberattack on its systems would cost it £300 million": "the" intrusion is the teller's
  // where it strikes the teller's systems or harms the teller; otherwise it may be anyone's.
  if (norm(article) === 'the') return theTellersIntrusion(article, norm);
  if (norm(article) !== 'a' && norm(article) !== 'an') return undefined;
  for (let noun = article + 1; noun <= article + 1 + TOLD_MODIFIERS; noun++) {
    if (!intrusionNoun(noun, norm)) continue;
    // "a ransomware attack on a hospital" is another's; "a security incident on Friday" its own.
    const whose = VICTIM_PREPOSITIONS.has(norm(noun + 1)) && !timeWord(norm(noun + 2));
    return whose ? undefined : noun;
  }
  return undefined;
}

/** The intrusion's noun after "the" at `article`, when it is on the teller's own systems or harms the teller. */
function theTellersIntrusion(article: number, norm: (i: number) => string): number | undefined {
  const noun = toldIntrusionAfter(article, norm);
  if (noun === undefined) return undefined;
  const onItsOwn =
    VICTIM_PREPOSITIONS.has(norm(noun + 1)) &&
    norm(noun + 2) === 'its' &&
    ownSystemsAfter(noun + 2, norm) !== undefined;
  return onItsOwn || tellersLoss(noun, norm) ? noun : undefined;
}

/** The intrusion's noun within a few words after the article at `article`: "a ransomware attack". */
function toldIntrusionAfter(article: number, norm: (i: number) => string): number | undefined {
  for (let noun = article + 1; noun <= article + 1 + TOLD_MODIFIERS; noun++)
    if (intrusionNoun(noun, norm)) return noun;
  return undefined;
}

/** "attack", "breach", or "incident" after a word of security: "a cyber incident". */
const intrusionNoun = (noun: number, norm: (i: number) => string): boolean =>
  TOLD_INTRUSIONS.has(norm(noun)) ||
  (norm(noun) === 'incident' && SECURITY_WORDS.has(norm(noun - 1)));

/**
 * "… cyberattack will cost it £300 million", "… cyberattack would cut its operating profit": a verb of harm
 * a few words after the intrusion's noun, with the teller ("it", "its") its object.
 */
function tellersLoss(noun: number, norm: (i: number) => string): boolean {
  for (let k = noun + 1; k <= noun + LOSS_REACH; k++) {
    if (!HARM_VERBS.has(norm(k))) continue;
    const object = norm(k + 1);
    return object === 'it' || object === 'its';
  }
  return false;
}
const HARM_VERBS = new Set(
  'cost costs cut cuts hit hits hurt hurts disrupted disrupts disrupt forced forces force crippled halted halts halt paralysed paralyzed'.split(
    ' ',
  ),
);
/** Words between the intrusion's noun and the verb of harm: "in April would". */
const LOSS_REACH = 4;

/** Words between "it" and the verb that make the company the one intruded: "it was hit", "it had been breached". */
const PASSIVE_AFTER_IT = new Set(['was', 'had', 'has', 'is']);
const PASSIVE_AFTER_THEY = new Set(['were', 'had', 'have', 'are']);
/**
 * Words between a company's name and its telling verb: "Acme later disclosed", "Acme has confirmed", "Acme
 * and Initech have confirmed".
 */
export const TELLING_ADVERBS: ReadonlySet<string> = new Set([
  'later',
  'also',
  'previously',
  'recently',
  'has',
  'have',
  'had',
  // "Acme is recovering from a cyberattack"
  'is',
  'publicly',
  // "CISA itself disclosed that two of its own systems …"
  'itself',
]);
/** Words of an apposition between a company's name and its telling: ", one of the largest … systems,". */
const APPOSITION_REACH = 14;

/**
 * The token of the telling verb after the name ending before token `to`: right after it ("Acme said"), or
 * after an apposition closed by a comma ("Ascension, one of the largest private health systems in the
 * United States, said").
 */
function tellingAfter(ctx: TextContext, to: number): number | undefined {
  const sentence = ctx.sentenceOf[to - 1];
  if (ctx.sentenceOf[to] !== sentence) return undefined;
  // "…, the British carmaker owned by Tata Motors, said": a name a comma parts from the verb closes an
  // apposition; the teller is the name before it.
  if (TELLING.has(ctx.tokens[to]!.norm)) return commaBefore(ctx, to) ? undefined : to;
  // "Hewlett Packard Enterprise later disclosed that …"
  if (TELLING_ADVERBS.has(ctx.tokens[to]!.norm) && ctx.sentenceOf[to + 1] === sentence) {
    return TELLING.has(ctx.tokens[to + 1]!.norm) ? to + 1 : undefined;
  }
  // "Maasland Hospital in Rotterdam said …": the teller's place between it and its verb.
  const placed = afterPlace(ctx, to);
  if (placed !== undefined) return tellingAfter(ctx, placed);
  const after = afterApposition(ctx, to);
  if (after === undefined) return undefined;
  if (TELLING.has(ctx.tokens[after]!.norm)) return after;
  // "Envoy Air, a regional carrier owned by American Airlines, also said that …"
  const verb = after + 1;
  return TELLING_ADVERBS.has(ctx.tokens[after]!.norm) &&
    ctx.sentenceOf[verb] === sentence &&
    TELLING.has(ctx.tokens[verb]?.norm ?? '')
    ? verb
    : undefined;
}

/**
 * "The Board of Public Utilities", "The University of Toronto said": whether the name at token `from` is the
 * tail of a longer one, after "of" and a capitalized word.
 */
export const tailOfLongerName = (ctx: TextContext, from: number): boolean =>
  ctx.tokens[from - 1]?.norm === 'of' && isCapitalized(ctx.tokens[from - 2]?.text ?? '');

/** Most words of a place's name after "in". */
const PLACE_WORDS = 3;
/** The token after "in <Place>" at token `at` ("in Rotterdam", "in New York City"), if the place is named so. */
function afterPlace(ctx: TextContext, at: number): number | undefined {
  if (ctx.tokens[at]?.norm !== 'in') return undefined;
  let k = at + 1;
  while (
    k <= at + PLACE_WORDS &&
    ctx.sentenceOf[k] === ctx.sentenceOf[at] &&
    ctx.spaceBefore(k) &&
    isCapitalized(ctx.tokens[k]!.text)
  )
    k++;
  return k > at + 1 && ctx.sentenceOf[k] === ctx.sentenceOf[at] && ctx.spaceBefore(k)
    ? k
    : undefined;
}

const commaBefore = (ctx: TextContext, i: number): boolean =>
  ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start).includes(',');

/**
 * The token after the apposition that a comma opens right after the name ending before token `to` and another
 * closes within its sentence (", one of the largest … systems, said", ", including …, was also affected").
 */
function afterApposition(ctx: TextContext, to: number): number | undefined {
  // "Jaguar Land Rover (JLR), the British carmaker …, said": past the acronym the name defines.
  const acronym = acronymAfter(ctx, to);
  const opens = acronym ? to + 1 : to;
  const last = ctx.tokens[opens - 1]!;
  if (!ctx.text.startsWith(acronym ? '), ' : ', ', last.end)) return undefined;
  const close = ctx.commaClosing(opens, APPOSITION_REACH);
  return close === undefined || ctx.sentenceOf[close + 1] !== ctx.sentenceOf[to - 1]
    ? undefined
    : close + 1;
}

/** "an attack on X", "the breach at X": the intrusion, then the word that makes X its object. */
const VICTIM_PREPOSITIONS = new Set([
  'on',
  'of',
  'at',
  'into',
  'against',
  'affecting',
  'targeting',
]);
/** Taking data from a victim: "data stolen from X", "exfiltrated 2 TB from X". */
export const THEFTS: ReadonlySet<string> = new Set(
  'stolen stole steal stealing exfiltrated exfiltrating theft heist'.split(' '),
);
/** The thefts an actor is told of by a noun, whose "from" names the victim, not a product ("stole … from Exchange"). */
const THEFT_NOUNS = new Set(['theft', 'heist']);
/** Words that make the actor the doer of "the theft" or "the hack", not one who aims at it ("Kimsuky's objective extends to"). */
const THEFT_DONE = new Set(['for', 'behind', 'out', 'committed', 'perpetrated', 'conducted']);

const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Whether the determiner before token `at` ("the", "its", "a", a year after it or not: "the 2014 Sony Pictures
 * hack") follows words that make the actor the doer of what it opens: "responsible for", "behind".
 */
function doneAfter(ctx: TextContext, at: number): boolean {
  const { tokens } = ctx;
  // "claimed attacks on Marks & Spencer and Harrods": a claim needs no determiner.
  if (CLAIMING.has(tokens[at - 1]?.norm ?? '') && ctx.sentenceOf[at - 1] === ctx.sentenceOf[at]) {
    return true;
  }
  const determiner = YEAR.test(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
  const done = tokens[determiner - 1]?.norm ?? '';
  return (
    ctx.sentenceOf[determiner - 1] === ctx.sentenceOf[at] &&
    (THEFT_DONE.has(done) || CLAIMING.has(done))
  );
}
/** Verbs of a gang claiming what it did: "claimed the attack on", "claims attacks on". */
const CLAIMING = new Set(['claimed', 'claims', 'claiming']);

/**
 * "behind the Colonial Pipeline attack", "responsible for the 2014 Sony Pictures hack": the words before the
 * name at token i make the intrusion named after it one done.
 */
const doneBefore = (ctx: TextContext, i: number): boolean =>
  ctx.tokens[YEAR.test(ctx.tokens[i - 1]?.text ?? '') ? i - 2 : i - 1]?.norm === 'the' &&
  doneAfter(ctx, i);

/**
 * "responsible for the theft", "behind the heist", "behind a 2021 hack of": a theft's or an intrusion's noun told
 * as done.
 */
const deedDone = (ctx: TextContext, word: number): boolean =>
  (THEFT_NOUNS.has(ctx.tokens[word]!.norm) || INTRUSION_NOUNS.has(ctx.tokens[word]!.norm)) &&
  doneAfter(ctx, word);
/**
 * Words a theft may stand before "from": "stole files from", "exfiltrated 2 TB from", "the theft of about
 * $1.5 billion in virtual assets from".
 */
const THEFT_REACH = 10;
const PASSIVE = new Set(['was', 'were', 'been']);

/** The verb of a passive whose "was", "were" or "been" is token `be`, past an adverb ("was also hit"). */
function passiveVerbAt(ctx: TextContext, be: number): number | undefined {
  if (!PASSIVE.has(ctx.tokens[be]?.norm ?? '')) return undefined;
  return PASSIVE_ADVERBS.has(ctx.tokens[be + 1]?.norm ?? '') ? be + 2 : be + 1;
}
const ACRONYM_OPENING = new RegExp(`^${BRACKETED_ACRONYM}`, 'u');
/** "X was affected": in a report of an intrusion, by it. */
const PASSIVE_ADVERBS = new Set([
  'also',
  'reportedly',
  'allegedly',
  'later',
  'all',
  'successfully',
]);
/** "threatened to hit X", "tried to breach X": an intent, no intrusion. */
const INTENT = new Set(
  'threatened threatens threaten tried tries attempted attempts planned plans sought aimed intended wanted'.split(
    ' ',
  ),
);
/** "the networks of X", "the systems of X": what was breached belongs to X. */
const SYSTEMS = new Set(
  'network networks system systems servers infrastructure environment environments'.split(' '),
);
/** What a party is in a parliament: "the ruling Social Democratic Party", "the opposition Labour Party". */
const PARTY_PLACES = new Set(['ruling', 'governing', 'opposition']);
/** Who governs an organization, attacked as the organization is: "the executive committee of the SPD". */
const GOVERNING = new Set('committee board leadership headquarters'.split(' '));
/** What of a company's may be intruded into or stolen from: "its loyalty program database". */
const OWN_SYSTEMS = new Set([
  ...SYSTEMS,
  'database',
  'databases',
  'email',
  'data',
  'communications',
  // "one of its multisig wallets had been breached" (a crypto exchange's)
  'wallet',
  'wallets',
]);
/** What people hold that an intruder gets into: "the email accounts of members of its leadership". */
const ACCOUNTS = new Set(['account', 'accounts', 'mailbox', 'mailboxes', 'inboxes']);
/** Words between an intrusion verb and "its", as "one of", "the email accounts of members of". */
const OWNED_PATH: ReadonlySet<string> = new Set([
  ...OWN_SYSTEMS,
  ...ACCOUNTS,
  ...'of the one some several many all most two three members staff employees a number'.split(' '),
]);
/** "unauthorized activity on its network": where an intruder's activity is, and the words that make it one. */
const ON_SYSTEMS = new Set(['on', 'in', 'within']);
const UNAUTHORIZED = new Set(['unauthorized', 'unauthorised', 'malicious']);
/** Most words so between the verb and "its". */
const PATH_REACH = 8;

const INTRUSION_NOUNS = new Set(
  'attack attacks breach hack intrusion cyberattack compromise heist'.split(' '),
);
/** A word that may stand between a company and its intrusion: "the MGM ransomware attack", "Bybit crypto heist". */
const INTRUSION_KINDS = new Set(['ransomware', 'cyber', 'crypto', 'data', 'hacking']);

/** Nouns that describe the name right after them: "energy giant Pemex", "an Israeli hospital, Ziv Medical Center". */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set([
  ...NOUNS_BEFORE,
  ...PLURAL_NOUNS,
  'hospital',
  'clinic',
  'university',
]);
/** How many words may describe a company before its noun: "the healthcare payment company". */
const DESCRIPTION_WORDS = 4;
/** Lower-case words that may describe the systems: "the internal network of", "the corporate IT network of". */
const SYSTEM_MODIFIERS = 2;
const MODIFIER = /^(?:\p{Ll}+|\p{Lu}{2,4})$/u;

/**
 * Where the description before a company's name starts ("attack on Mexican energy giant Pemex" -> at
 * "Mexican"), or the name's own start when no describing noun stands right before it.
 */
function describedFrom(ctx: TextContext, from: number): number {
  const sentence = ctx.sentenceOf[from];
  if (!DESCRIBING_NOUNS.has(ctx.tokens[from - 1]?.norm ?? '')) return from;
  let start = from - 1;
  for (let i = from - 2; i >= 0 && from - 1 - i <= DESCRIPTION_WORDS; i--) {
    const word = ctx.tokens[i]!.norm;
    if (ctx.sentenceOf[i] !== sentence || ARTICLES.has(word)) break;
    // "stole $1.5 billion from cryptocurrency exchange, Bybit": the theft's "from" ends the description too.
    if (VICTIM_PREPOSITIONS.has(word) || word === 'inside' || word === 'from') break;
    if (intrusionVerbAt(ctx, i)) break;
    start = i;
  }
  return start;
}

/**
 * The token telling of an intrusion into the name at tokens [from, to), when the words around make the
 * name its victim: "an attack on X", "hackers breached X", "a cyberattack that forced X", "X was hacked".
 */
function intrusionWordOf(ctx: TextContext, from: number, to: number): number | undefined {
  const sentence = ctx.sentenceOf[from];
  const norm = (i: number): string => ctx.normIn(sentence, i);
  let before = describedFrom(ctx, from) - 1;
  // "a cyber attack on the ruling Social Democratic Party": a party's place in government, between.
  if (PARTY_PLACES.has(norm(before)) && ARTICLES.has(norm(before - 1))) before--;
  // "hackers who attacked its Change Healthcare unit": the owner's part, struck as the owner's systems are.
  if (ARTICLES.has(norm(before)) || (OWNERS.has(norm(before)) && NOUNS_AFTER.has(norm(to))))
    before--;
  const word = norm(before);
  if (VICTIM_PREPOSITIONS.has(word) && INTRUSION_WORDS.has(norm(before - 1))) return before - 1;
  // "hackers were inside X's system", "broke into X"
  if (word !== '' && enteringAt(ctx, before)) return before;
  // "Scattered Spider has used the same approach against MGM Resorts"
  if (word === 'against') {
    const used = methodUsedBefore(norm, before - 1);
    if (used !== undefined) return used;
  }
  // "data stolen from X", "stole files from X"
  if (word === 'from') {
    for (let k = before - 1; k >= before - THEFT_REACH; k--) {
      // "the theft of about $1.5 billion in virtual assets from X", but not across a clause's comma.
      if (/[,;:]/u.test(ctx.text.slice(ctx.tokens[k]?.end ?? 0, ctx.tokens[k + 1]?.start ?? 0)))
        break;
      if (THEFTS.has(norm(k))) return k;
    }
  }
  // "The gang struck. The FBI said …": a verb ending the sentence before takes no object in this one.
  if (
    word !== '' &&
    intrusionVerbAt(ctx, before) &&
    !(norm(before - 1) === 'to' && INTENT.has(norm(before - 2)))
  ) {
    return before;
  }
  // "breached the networks of X", "broke into the internal network of X", "a cyber attack on the executive
  // committee of X"
  if (word === 'of' && (SYSTEMS.has(norm(before - 1)) || GOVERNING.has(norm(before - 1)))) {
    const intrudes = (k: number): boolean =>
      intrusionVerbAt(ctx, k) || INTRUSION_WORDS.has(norm(k)) || enteringAt(ctx, k);
    let verb = before - 2;
    for (let k = 0; k < SYSTEM_MODIFIERS && norm(verb) !== 'the' && !intrudes(verb); k++) {
      if (!MODIFIER.test(ctx.tokens[verb]?.text ?? '')) break;
      verb--;
    }
    if (norm(verb) === 'the') verb--;
    if (intrudes(verb)) return verb;
    if (VICTIM_PREPOSITIONS.has(norm(verb)) && INTRUSION_WORDS.has(norm(verb - 1))) return verb - 1;
  }
  const impact = intrusionImpactAt(ctx, before);
  if (impact !== undefined) return impact;
  // "the Colonial Pipeline attack", "MGM Resorts breach", "the Bybit crypto heist"
  if (INTRUSION_NOUNS.has(norm(to))) return to;
  // "Marks & Spencer hackers used …": who hacked it; not a title's capitals ("… Policy Hackers breach …").
  if (norm(to) === 'hackers' && ctx.tokens[to]!.text === 'hackers') return to;
  if (INTRUSION_KINDS.has(norm(to)) && INTRUSION_NOUNS.has(norm(to + 1))) return to + 1;
  // "Industrial and Commercial Bank of China (ICBC) was hit": the acronym it defines stands between.
  let after = acronymAfter(ctx, to) ? to + 1 : to;
  // "the Commerce Department, including Secretary Gina Raimondo's email account, was also affected"
  const apposed = afterApposition(ctx, to);
  if (apposed !== undefined && PASSIVE.has(norm(apposed))) after = apposed;
  if (norm(after) === 'has' || norm(after) === 'had' || norm(after) === 'have') after++;
  // "X was also hit", "X were reportedly breached", "the State Department was also affected"
  const verb = passiveVerbAt(ctx, after);
  if (verb === undefined) return undefined;
  if (intrusionVerbAt(ctx, verb) || AFFECTED.has(norm(verb))) return verb;
  return norm(verb) === 'among' ? amongStruck(ctx, verb + 1) : undefined;
}

/** What an actor uses against a victim: "the same approach", "this tactic". */
const METHODS = new Set(
  'approach approaches tactic tactics technique techniques method methods playbook trick tricks'.split(
    ' ',
  ),
);
const USING = new Set(['used', 'using', 'uses', 'use', 'employed', 'deployed']);
/** Words of the method's description between the verb and its noun: "the same social engineering". */
const METHOD_WORDS = 4;

/** The verb of "used the same approach" ending at token `end` (its noun), if the words are so. */
function methodUsedBefore(norm: (i: number) => string, end: number): number | undefined {
  if (!METHODS.has(norm(end))) return undefined;
  for (let k = end - 1; k >= end - METHOD_WORDS; k--) {
    if (USING.has(norm(k))) return k;
  }
  return undefined;
}
