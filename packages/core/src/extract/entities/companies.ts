/**
 * Companies a report names by their legal form ("MGM Resorts International", "Colonial Pipeline Co.",
 * "Change Healthcare Inc."): an identity of class organization, mentioned again by the name without its
 * legal form ("MGM Resorts"). News names victims so; the legal form is what tells a company from any other
 * capitalized words. A name without one is read only where a noun says what it does
 * (described-companies.ts: "casino operator Caesars Entertainment"); nothing else marks it as a company
 * rather than a product, a team or a heading.
 */
import { haltedCompanies } from './halted-companies.ts';
import type { Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { countryByCode } from '../../geo/countries.ts';
import { stateOrganNamed } from './organizations.ts';
import { isCommonWord } from './common-words.ts';
import { isEnglishWord } from './english-words.ts';
import { possessedCompanies } from './possessed-companies.ts';
import {
  capitalAndDigit,
  COMPANY_NOUNS,
  describedCompanies,
  GENERIC_WORDS,
  inNameAt,
  joinsIndustryWord,
  NOUNS_BEFORE,
  OPENERS,
  PLURAL_NOUNS,
} from './described-companies.ts';
import {
  listedAfter,
  listedBefore,
  victimsListClosings,
  victimsListedAt,
  victimsListedBefore,
  victimsListOpenings,
} from './listed-companies.ts';
import { tellingCompanies, tellsOwnIntrusion } from './telling-companies.ts';
import { amongStruckIn, intrusionVerbIn } from './intrusion-verbs.ts';
import { describedSectors } from './described-sectors.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';
import { LEGAL_FORMS, nameInitials } from './legal-forms.ts';
import { isAllCaps, isCapitalized, type Token } from './tokens.ts';

/** Kept in the short name ("MGM Resorts International" is also "MGM Resorts"). */
const NAME_ENDS = new Set(['international', 'holdings', 'technologies', 'company']);
/**
 * "Company" ends a name whose first word is no English word or is a state's ("Wuhan Xiaoruizhi Science and
 * Technology Company", "China Ocean Shipping Company"); a title's words end on it too ("Targeting South Korean
 * Gaming Company").
 */
const OWN_WORD_ENDS = new Set(['company']);
/**
 * Organizations that are no companies but name themselves with an acronym the text defines: "the Social
 * Democratic Party (SPD)", "the Democratic National Committee (DNC)", "the Federal Trade Commission
 * (FTC)". The acronym is what tells them from a title's capitalized words ("Third Party Risk"). Not
 * "Authority": "Local Security Authority (LSA)" is a Windows component.
 */
const DEFINED_HEADS = new Set([
  'party',
  'committee',
  'commission',
  'council',
  'agency',
  'institute',
  'foundation',
  'association',
  // "the Cyber Safety Review Board (CSRB)", "the Kansas City Board of Public Utilities (BPU)".
  'board',
]);
const DEFINED_ACRONYM = /^ \((\p{Lu}{2,8})\)/u;
/**
 * Heads of a state body's name, read with a defined acronym only after a country's possessive: "Germany's
 * Federal Intelligence Service (BND)", "Japan's National Police Agency (NPA)". Without the country they
 * name products as often ("Remote Desktop Service (RDS)", "Local Security Authority (LSA)").
 */
const STATE_HEADS = new Set([
  'service',
  'administration',
  'office',
  'bureau',
  'directorate',
  'centre',
  'center',
  'ministry',
  'department',
  'authority',
  'command',
  'police',
  'organisation',
  'organization',
]);
/** Heads that make a state's body its own name, after the state: "Japan's National Police Agency". */
export const OWN_NAME_HEADS: ReadonlySet<string> = new Set([
  ...STATE_HEADS,
  'agency',
  'commission',
  'council',
]);
/**
 * Of those, the heads that need no acronym after a state's name or adjective ("the UK Electoral Commission",
 * "US Cyber Command"); not a service or a centre, which name products as often ("Chinese Cloud Service"),
 * nor an organization, which a title calls a gang ("Russian Hacking Organization").
 */
const NAMED_AFTER_STATE: ReadonlySet<string> = new Set(
  [...OWN_NAME_HEADS].filter(
    (head) => !['service', 'center', 'centre', 'organisation', 'organization'].includes(head),
  ),
);
/** The `via` of such an organization: parties, committees, agencies … that are no company. */
export const DEFINED_ORGANIZATION = 'defined-organization';

/** " of Incident …", " of the …": a body's name going on after its head. */
const NAME_GOES_ON = /^ of (?:the )?\p{Lu}/u;
/** Asked of every token: one lookup. */
const COMPANY_ENDS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  ...NAME_ENDS,
  ...DEFINED_HEADS,
  ...STATE_HEADS,
]);
/** Legal forms written only in capitals ("Siemens AG", "Philips NV"), never words such as "Ag". */
const CAPITALS_ONLY = new Set(['ag', 'nv', 'bv', 'llc', 'plc', 'gmbh', 'spa']);
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const MAX_NAME_WORDS = 4;
const MAX_NAMES_PER_WORD = 8;

export interface Company {
  readonly finding: EntityFinding;
  readonly mention: Mention;
  /** Token range of the mention. */
  readonly from: number;
  readonly to: number;
}

/**
 * `countryAt(i)`: the ISO code of a country name or adjective starting at token i, which an apposition
 * after the name may give ("Gravity Co., Ltd., a South Korean video game company"); `countryBefore(i)`:
 * that of a country name ending just before token i, whose possessive may stand before a state body's
 * name ("the Republic of Korea's National Intelligence Service (NIS)").
 */
export function findCompanies(
  ctx: TextContext,
  taken: (i: number) => boolean,
  countryAt: (i: number) => string | undefined = () => undefined,
  countryBefore: (i: number) => string | undefined = () => undefined,
): Company[] {
  const { tokens } = ctx;
  const found: Company[] = [];
  const shortForms = new Map<string, EntityFinding>();
  // "programmable logic controllers (PLCs) … a Unitronics PLC": the text gives the capitals another meaning.
  const definitions = new Map<string, boolean>();
  const definedOtherwise = (capitals: string): boolean => {
    let defined = definitions.get(capitals);
    if (defined === undefined) {
      defined = ctx.text.includes(`(${capitals})`) || ctx.text.includes(`(${capitals}s)`);
      definitions.set(capitals, defined);
    }
    return defined;
  };
  // "exploit PLCs … compromised a Unitronics PLC at a U.S. water facility": capitals the text counts in the
  // plural, after "a", name a thing, not a company's legal form.
  const plurals = new Map<string, boolean>();
  const countedThing = (capitals: string, start: number): boolean => {
    if (!INDEFINITE.has(tokens[start - 1]?.norm ?? '')) return false;
    let counted = plurals.get(capitals);
    if (counted === undefined) {
      counted = tokens.some((t) => t.text === `${capitals}s`);
      plurals.set(capitals, counted);
    }
    return counted;
  };
  for (let end = 1; end < tokens.length; end++) {
    const form = tokens[end]!;
    if (!COMPANY_ENDS.has(form.norm)) continue;
    if (CAPITALS_ONLY.has(form.norm) && (!isAllCaps(form.text) || definedOtherwise(form.text)))
      continue;
    if (!isCapitalized(form.text) || taken(end)) continue;
    const defines = DEFINED_HEADS.has(form.norm) || STATE_HEADS.has(form.norm);
    const headAcronym = defines
      ? DEFINED_ACRONYM.exec(ctx.text.slice(form.end, form.end + 12))?.[1]
      : undefined;
    const start = nameStart(ctx, end, taken, headAcronym !== undefined);
    if (start === undefined || !usableName(ctx, start, end)) continue;
    if (CAPITALS_ONLY.has(form.norm) && countedThing(form.text, start)) continue;
    if (
      OWN_WORD_ENDS.has(form.norm) &&
      isEnglishWord(tokens[start]!.norm) &&
      countryAt(start) === undefined
    ) {
      continue;
    }
    // "Finland's National Bureau of Investigation (NBI)": the name goes on after "of" to its acronym.
    const ofName = defines && !headAcronym ? ofNameBefore(ctx, start, end, taken) : undefined;
    const acronym = headAcronym ?? ofName?.acronym;
    const nameEnd = ofName?.last ?? end;
    // "the Norwegian Police Security Service (PST)", "the UK Electoral Commission": a body named after its
    // state, by a head of its own or with the acronym it defines.
    const opening =
      (acronym && STATE_HEADS.has(form.norm)) ||
      (NAMED_AFTER_STATE.has(form.norm) && end - start >= 2)
        ? countryAt(start)
        : undefined;
    const possessor = defines
      ? (possessiveCountry(ctx, start, countryBefore) ?? opening)
      : undefined;
    // "South Korea's National Police Agency": after its state's possessive, a body's name says what it is
    // as an acronym does.
    const ownName =
      possessor !== undefined &&
      OWN_NAME_HEADS.has(form.norm) &&
      !organOfState(ctx, start, end, possessor);
    if (defines && !acronym && !ownName) continue;
    const named = NAME_ENDS.has(form.norm) || acronym !== undefined || ownName;
    const state = acronym || ownName ? possessor : undefined;
    // "Russia's Foreign Intelligence Service (SVR)": a body the dictionary knows by its acronym is that one.
    if (STATE_HEADS.has(form.norm) && (!state || taken(nameEnd + 1))) continue;
    // A comma parts a legal form from the name ("VMware, Inc."), never other words ("Judicial, International").
    if (named ? !ctx.spaceBefore(end) : !formAt(ctx, end)) continue;
    // "Co. Ltd", "Pty Ltd", "Holdings Inc.": the legal form may follow a name end or another form.
    let to = nameEnd + 1;
    // "Acme Corp., Co-op and Harrods": a word going on after it is no form but the list's next name.
    while (
      to < tokens.length &&
      LEGAL_FORMS.has(tokens[to]!.norm) &&
      formAt(ctx, to) &&
      !WORD_GOES_ON.test(ctx.text.charAt(tokens[to]!.end))
    )
      to++;
    // "Economic Co-operation", "Seven International Cyber Defendants": the word goes on, or a title does.
    const last = tokens[to - 1]!;
    if (
      WORD_GOES_ON.test(ctx.text.charAt(last.end)) ||
      partOfLongerName(ctx, to - 1, to, 'after')
    ) {
      continue;
    }
    // "the GRU's Main Center for Special Technologies (GTsST)": the tail of an institution's name.
    if (tokens[start - 1]?.text === 'for' && isCapitalized(tokens[start - 2]?.text ?? '')) continue;
    // "Japan's National Center of Incident Readiness and Strategy for Cybersecurity (NISC)": a body's name that
    // goes on past what was read is no "National Center".
    if (defines && !ofName && NAME_GOES_ON.test(ctx.text.slice(last.end, last.end + 12))) continue;
    const short = tokens.slice(start, nameEnd + (named ? 1 : 0));
    if (PLACEHOLDERS.has(short.map((t) => t.norm).join(' '))) continue;
    // "Integrity Technology Group, Incorporated (Integrity Tech), a Beijing-based company".
    const defined = acronym ? undefined : shortNameAfter(ctx, to);
    const finding: EntityFinding = {
      key: `identity:${normalizeName(short.map((t) => t.text).join(' '))}`,
      type: 'identity',
      name: ctx.mention(start, to).text,
      properties: {
        identity_class: 'organization',
        ...(state
          ? { country: state, sectors: ['government-national'] }
          : {
              ...countryIn(ctx, defined?.end ?? to, countryAt),
              ...countryOf(ctx, defined?.end ?? to, countryAt, start),
              ...describedSectors(ctx, start, defined?.end ?? to),
            }),
      },
      recognition: 75,
      via: acronym || state ? DEFINED_ORGANIZATION : 'company-name',
    };
    found.push({ finding, mention: ctx.mention(start, to), from: start, to });
    addShortForms(shortForms, short, NAME_ENDS.has(form.norm), finding);
    if (acronym && !isCommonWord(acronym.toLowerCase()))
      shortForms.set(acronym.toLowerCase(), finding);
    if (defined) shortForms.set(defined.norms, finding);
    end = to - 1;
  }
  const covered = new Uint8Array(tokens.length);
  for (const c of found) covered.fill(1, c.from, c.to);
  for (const { from, to, whole } of describedCompanies(ctx, (i) => taken(i) || covered[i] === 1)) {
    const words = tokens.slice(from, to);
    const norms = words.map((t) => t.norm).join(' ');
    // "Zealot Digital" after "ZEALOT DIGITAL INTERNATIONAL CORPORATION": that company, mentioned again.
    if (shortForms.has(norms)) continue;
    const finding = companyFinding(ctx, from, to, 'company-description', 70, {
      ...describedCountry(ctx, from, countryAt),
      ...countryIn(ctx, to, countryAt),
      ...countryOf(ctx, to, countryAt),
      ...possessorOf(ctx, to, countryBefore),
      ...describedSectors(ctx, from, to),
    });
    found.push({ finding, mention: ctx.mention(from, to), from, to });
    if (whole) shortForms.set(norms, finding);
    else addShortForms(shortForms, words, false, finding);
  }
  for (const company of [...found]) covered.fill(1, company.from, company.to);
  const free = (i: number): boolean => !taken(i) && !covered[i] && countryAt(i) === undefined;
  /** A company only the words around it tell of; not a known company's own short name ("…, or MGM Resorts"). */
  const addNamed = ({ from, to }: { from: number; to: number }, via: string): void => {
    const words = tokens.slice(from, to);
    if (shortForms.has(words.map((t) => t.norm).join(' ')) || !usableName(ctx, from, to)) return;
    const finding = companyFinding(ctx, from, to, via, 65);
    found.push({ finding, mention: ctx.mention(from, to), from, to });
    covered.fill(1, from, to);
    addShortForms(shortForms, words, false, finding);
  };
  // "breach Boeing's parts and distribution business"
  for (const span of possessedCompanies(ctx, free)) addNamed(span, 'company-possessive');
  // "Microsoft said … a group had broken into its corporate email system"
  for (const span of tellingCompanies(ctx, free)) addNamed(span, 'company-telling');
  for (const span of haltedCompanies(ctx, free)) addNamed(span, 'company-telling');
  // "MGM Resorts International and Caesars Entertainment": the other names of a company's list.
  const intrusionIn = new Map<number, boolean>();
  for (const company of [...found]) {
    for (const span of listedAfter(ctx, company.to, free)) addNamed(span, 'company-listed');
    // "AT&T, Verizon and Lumen Technologies were among the companies breached" (or "affected"): names before
    // it only where the list's sentence tells of an intrusion ("Dropbox, Foo and Acme Corp. were spoofed" lists lures).
    // Each sentence is asked once, and only for a company a list ends on.
    const before = listedBefore(ctx, company.from, free);
    if (before.length === 0) continue;
    const sentence = ctx.sentenceOf[company.from]!;
    let struck = intrusionIn.get(sentence);
    if (struck === undefined) {
      struck = intrusionVerbIn(ctx, sentence) || amongStruckIn(ctx, sentence);
      intrusionIn.set(sentence, struck);
    }
    // "The BBC, British Airways and the pharmacy chain Boots said staff data had been stolen": the list tells.
    if (struck || tellsOwnIntrusion(ctx, company.from, company.to))
      for (const span of before) addNamed(span, 'company-listed');
  }
  // "Victims include Ticketmaster, Santander Bank and AT&T": a list of victims' names names companies.
  for (const at of victimsListOpenings(ctx)) {
    for (const span of victimsListedAt(ctx, at, free)) addNamed(span, 'company-listed');
  }
  // "Ticketmaster, Santander Bank and Advance Auto Parts are among the victims"
  for (const be of victimsListClosings(ctx)) {
    for (const span of victimsListedBefore(ctx, be, free)) addNamed(span, 'company-listed');
  }
  if (found.length === 0) return found;
  // "HPE says … Hewlett Packard Enterprise said": initials in capitals, read as a name of their own before
  // the name they stand for, are that company.
  const byInitials = new Map<string, EntityFinding>();
  for (const c of found) {
    const initials = nameInitials(c.finding.name);
    if (initials) byInitials.set(initials, c.finding);
  }
  const named = found.map((c) => {
    // Initials are capitals: "Zpe" is no ZPE.
    const full = c.to - c.from === 1 ? byInitials.get(tokens[c.from]!.text) : undefined;
    if (!full) return c;
    shortForms.set(tokens[c.from]!.norm, full);
    return { ...c, finding: full };
  });
  return [
    ...named.sort((a, b) => a.from - b.from),
    ...laterMentions(ctx, taken, shortForms, named),
  ];
}

/** An organization known by a name the text does not spell out as one mention ("Trump campaign", a report's author). */
export function organizationFinding(name: string, via: string, recognition: number): EntityFinding {
  return {
    key: `identity:${normalizeName(name)}`,
    type: 'identity',
    name,
    properties: { identity_class: 'organization' },
    recognition,
    via,
  };
}

/** A company named by the words at tokens [from, to), keyed by them. */
export function companyFinding(
  ctx: TextContext,
  from: number,
  to: number,
  via: string,
  recognition: number,
  place: { country?: string; sectors?: string[] } = {},
): EntityFinding {
  const words = ctx.tokens.slice(from, to).map((t) => t.text);
  return {
    key: `identity:${normalizeName(words.join(' '))}`,
    type: 'identity',
    name: ctx.mention(from, to).text,
    properties: { identity_class: 'organization', ...place },
    recognition,
    via,
  };
}

/**
 * The forms a company is mentioned by again: its name without the legal form ("MGM Resorts International",
 * also "MGM Resorts" when `nameEnd`), and the first of one or two words when it is no English or industry
 * word ("Verizon" for "Verizon Communications Inc."; longer names often open on a place: "Hangzhou Cunxin
 * Data Technology Co. Ltd").
 */
function addShortForms(
  shortForms: Map<string, EntityFinding>,
  short: readonly Token[],
  nameEnd: boolean,
  finding: EntityFinding,
): void {
  const norms = (words: readonly Token[]): string => words.map((t) => t.norm).join(' ');
  shortForms.set(norms(short), finding);
  const core = nameEnd ? short.slice(0, -1) : short;
  const head = core[0]!;
  const distinct =
    head.text.length >= 4 && !isCommonWord(head.norm) && !GENERIC_WORDS.has(head.norm);
  if (core.length <= 2 && short.length >= 2 && distinct && !shortForms.has(head.norm)) {
    shortForms.set(head.norm, finding);
  }
  if (nameEnd && short.length >= 3) shortForms.set(norms(core), finding);
}

/** The character after a word that makes it part of a longer one: "Co-operation", "Inc/". */
const WORD_GOES_ON = /^[-/_\p{L}]/u;

const gapBefore = (ctx: TextContext, i: number): string =>
  ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start);

/** A legal form may also follow a comma or an abbreviation's dot: "VMware, Inc.", "Co., Ltd.". */
const FORM_GAP = /^[.,]{0,2} $/u;
const formAt = (ctx: TextContext, i: number): boolean => FORM_GAP.test(gapBefore(ctx, i));

/** Capitalized words after "of" in a body's name: "Bureau of Investigation", "Office of Personnel Management". */
const MAX_OF_WORDS = 3;

/**
 * "National Bureau of Investigation (NBI)": the words after the head's "of" and the acronym after them, when
 * its letters are the initials of the name's last words; the last word's token and the acronym.
 */
function ofNameBefore(
  ctx: TextContext,
  start: number,
  head: number,
  taken: (i: number) => boolean,
): { last: number; acronym: string } | undefined {
  const { tokens } = ctx;
  if (tokens[head + 1]?.norm !== 'of' || !ctx.spaceBefore(head + 1)) return undefined;
  let last = head + 1;
  while (last - head - 1 < MAX_OF_WORDS) {
    const next = tokens[last + 1];
    if (!next || taken(last + 1) || !isCapitalized(next.text) || !ctx.spaceBefore(last + 1)) break;
    last++;
  }
  if (last === head + 1) return undefined;
  const acronym = DEFINED_ACRONYM.exec(
    ctx.text.slice(tokens[last]!.end, tokens[last]!.end + 12),
  )?.[1];
  if (!acronym) return undefined;
  const initials = tokens
    .slice(start, last + 1)
    .filter((t) => t.norm !== 'of')
    .map((t) => t.text.charAt(0))
    .join('');
  // "the Kansas City Board of Public Utilities (BPU)": the place before the body's own name is no initial.
  return initials.endsWith(acronym) ? { last, acronym } : undefined;
}

/** A name of three letters or more ("IT AG" is a fragment, "AT&T" is not) and not one industry word. */
function usableName(ctx: TextContext, start: number, end: number): boolean {
  const words = ctx.tokens.slice(start, end);
  if (words.length === 1 && GENERIC_WORDS.has(words[0]!.norm)) return false;
  if (words.length === 1 && capitalAndDigit(words[0]!.text)) return true;
  return words.reduce((letters, t) => letters + t.text.length, 0) >= 3;
}

const SHORT_NAME_WORDS = 3;

/**
 * The short name a company's full name defines in brackets right after it: "… Incorporated (Integrity
 * Tech)": its words (normalized) and the token after the bracket.
 */
function shortNameAfter(ctx: TextContext, to: number): { norms: string; end: number } | undefined {
  const { tokens, text } = ctx;
  const last = tokens[to - 1];
  const first = tokens[to];
  if (!last || !first || !/^\.? \($/u.test(text.slice(last.end, first.start))) return undefined;
  let end = to;
  while (end < tokens.length && end - to < SHORT_NAME_WORDS && isCapitalized(tokens[end]!.text)) {
    if (end > to && !ctx.spaceBefore(end)) return undefined;
    end++;
    if (text.charAt(tokens[end - 1]!.end) === ')') {
      const norms = tokens
        .slice(to, end)
        .map((t) => t.norm)
        .join(' ');
      return isCommonWord(norms) ? undefined : { norms, end };
    }
  }
  return undefined;
}

/** Placeholder subjects of self-made certificates (OpenSSL's defaults): no organization at all. */
const PLACEHOLDERS = new Set(['internet widgits', 'default company']);

/** The first token of the capitalized name before the legal form at `end`, if there is one. */
function nameStart(
  ctx: TextContext,
  end: number,
  taken: (i: number) => boolean,
  defined = false,
): number | undefined {
  let start = end;
  let joined = 0;
  while (start > 0 && end - start <= MAX_NAME_WORDS + joined) {
    const word = ctx.tokens[start - 1]!;
    // "Beijing Huanyu Tianqiong Information Technology Co.": a word more where it is no English word, as the
    // place opening such a name is; "Internet Service Provider Anchnet Asia Limited" stops at four.
    if (end - start === MAX_NAME_WORDS + joined && isEnglishWord(word.norm)) break;
    // "Wuhan Xiaoruizhi Science and Technology Company": "and" before an industry's word joins the name;
    // before any capitalized word in a body's name that defines its acronym ("Security and Service
    // Organisation (DSS)").
    if (
      joined === 0 &&
      (defined ? joinsCapitalized(ctx, start - 1, taken) : joinsIndustryWord(ctx, start - 1, taken))
    ) {
      // The "and" and one word more: such names run long.
      joined = 2;
      start--;
      continue;
    }
    if (taken(start - 1) || !isCapitalized(word.text)) break;
    if (start < end && !inNameAt(ctx, start)) break;
    if (ctx.sentenceOf[start - 1] !== ctx.sentenceOf[end]) break;
    // "At", "The" open a phrase; "AT" of "AT&T" is a name.
    const opener = OPENERS.has(word.norm) && !isAllCaps(word.text);
    if (opener || LEGAL_FORMS.has(word.norm)) break;
    start--;
  }
  return start < end ? start : undefined;
}

/** "and" between two capitalized words of one name, at token `and`. */
function joinsCapitalized(ctx: TextContext, and: number, taken: (i: number) => boolean): boolean {
  const before = ctx.tokens[and - 1];
  const after = ctx.tokens[and + 1];
  return (
    ctx.tokens[and]?.text === 'and' &&
    before !== undefined &&
    after !== undefined &&
    isCapitalized(before.text) &&
    isCapitalized(after.text) &&
    !taken(and - 1) &&
    ctx.spaceBefore(and) &&
    ctx.spaceBefore(and + 1)
  );
}

/**
 * "MGM Resorts" after "MGM Resorts International": the short name again, whole words, where no other
 * finding is. A one-word short name must be no common word ("Apple").
 */
function laterMentions(
  ctx: TextContext,
  taken: (i: number) => boolean,
  shortForms: ReadonlyMap<string, EntityFinding>,
  first: readonly Company[],
): Company[] {
  const covered = new Uint8Array(ctx.tokens.length);
  for (const c of first) covered.fill(1, c.from, c.to);
  const firstWords = new Map<string, string[]>();
  for (const form of shortForms.keys()) {
    const words = form.split(' ');
    if (words.length === 1 && isCommonWord(form)) continue;
    const list = firstWords.get(words[0]!) ?? [];
    // Each token is compared with the names sharing its first word: a bounded few, on any text.
    if (list.length >= MAX_NAMES_PER_WORD) continue;
    list.push(form);
    firstWords.set(words[0]!, list);
  }
  const out: Company[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const forms = firstWords.get(tokens[i]!.norm);
    // Inside a full name found first: that mention already covers it.
    if (!forms || taken(i) || covered[i] || !isCapitalized(tokens[i]!.text)) continue;
    for (const form of forms) {
      const to = i + form.split(' ').length;
      const words = tokens.slice(i, to).map((t) => t.norm);
      if (words.join(' ') !== form) continue;
      if (words.some((_, k) => k > 0 && (taken(i + k) || !inNameAt(ctx, i + k)))) continue;
      // "Microsoft Exchange": the company's name starting a product's is the product.
      if (partOfLongerName(ctx, i, to)) continue;
      out.push({ finding: shortForms.get(form)!, mention: ctx.mention(i, to), from: i, to });
      i = to - 1;
      break;
    }
  }
  return out;
}

/** A capitalized word right before or after the tokens [from, to), in the same sentence. */
function partOfLongerName(
  ctx: TextContext,
  from: number,
  to: number,
  sides: 'both' | 'after' = 'both',
): boolean {
  const next = ctx.tokens[to];
  if (next && ctx.spaceBefore(to) && isCapitalized(next.text) && !ctx.sentenceStart(to)) {
    if (ctx.sentenceOf[to] === ctx.sentenceOf[from]) return true;
  }
  const previous = ctx.tokens[from - 1];
  return (
    sides === 'both' &&
    previous !== undefined &&
    ctx.spaceBefore(from) &&
    isCapitalized(previous.text) &&
    !ctx.sentenceStart(from - 1) &&
    ctx.sentenceOf[from - 1] === ctx.sentenceOf[from]
  );
}

const APPOSITION_WORDS = 4;

/**
 * "Russia's Foreign Intelligence Service" is the SVR, a state organ the dictionary knows as the "Russian
 * Foreign Intelligence Service": no body of its own.
 */
function organOfState(ctx: TextContext, start: number, end: number, code: string): boolean {
  const adjective = countryByCode(code)?.adjectives[0];
  const name = ctx.tokens
    .slice(start, end + 1)
    .map((t) => t.text)
    .join(' ');
  return adjective !== undefined && stateOrganNamed([`${adjective} ${name}`]) !== undefined;
}

/** Words that may describe a company between its country and its noun: "Ukrainian telecoms giant". */
const DESCRIPTION_REACH = 4;

/**
 * "Ukrainian telecoms giant Kyivstar", "the Mexican energy company Pemex": the country of the description
 * right before a company's name (token `from`), its noun last.
 */
function describedCountry(
  ctx: TextContext,
  from: number,
  countryAt: (i: number) => string | undefined,
): { country?: string } {
  if (!NOUNS_BEFORE.has(ctx.tokens[from - 1]?.norm ?? '')) return {};
  for (let i = from - 2; i >= 0 && from - 1 - i <= DESCRIPTION_REACH; i--) {
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[from]) return {};
    // "the Dubai-based cryptocurrency exchange Bybit": a place glued to "based" by its hyphen.
    if (!ctx.spaceBefore(i + 1) && !basedAfter(ctx, i)) return {};
    const code = countryAt(i);
    if (code) return { country: code };
  }
  return {};
}
/** Token i is followed by "-based": "Dubai-based", "UAE-based". */
function basedAfter(ctx: TextContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next?.norm === 'based' && ctx.text.charCodeAt(next.start - 1) === 0x2d;
}

/** The country whose possessive stands before token `start`: "Japan's", "Germany’s". */
function possessiveCountry(
  ctx: TextContext,
  start: number,
  countryBefore: (i: number) => string | undefined,
): string | undefined {
  return ctx.possessiveS(start - 1) && ctx.spaceBefore(start)
    ? countryBefore(start - 1)
    : undefined;
}

/**
 * The country whose possessive opens the apposition right after a company's name at tokens […, to), which a
 * company's noun closes: "Kyivstar, Ukraine's largest mobile operator".
 */
function possessorOf(
  ctx: TextContext,
  to: number,
  countryBefore: (i: number) => string | undefined,
): { country?: string } {
  if (!appositionAfter(ctx, to)) return {};
  // The "s" after a country of up to three words.
  for (let s = to + 1; s <= to + 3; s++) {
    const code = ctx.possessiveS(s) ? countryBefore(s) : undefined;
    if (code === undefined) continue;
    return companyNounFrom(ctx, s + 1, ctx.sentenceOf[to]!) ? { country: code } : {};
  }
  return {};
}

/** Whether an apposition opens right after the name ending before token `to`: ", " (after a legal form's dot). */
const appositionAfter = (ctx: TextContext, to: number): boolean =>
  to > 0 &&
  to < ctx.tokens.length &&
  APPOSITION_GAP.test(ctx.text.slice(ctx.tokens[to - 1]!.end, ctx.tokens[to]!.start));
const APPOSITION_GAP = /^[.)]?, $/u;

/** Most words an apposition may hold before its "in" and the country: ", one of the largest private health systems in". */
const PLACING_REACH = 10;
/** Nouns of a company that the place after them may follow: "a chemicals maker in", "health systems in". */
const placedNoun = (norm: string): boolean =>
  COMPANY_NOUNS.has(norm) || PLURAL_NOUNS.has(norm) || norm === 'system' || norm === 'systems';

/**
 * "Ascension, one of the largest private health systems in the United States", "Globex, a chemicals maker
 * based in Germany": the country an apposition right after the name at tokens […, to) places the company in,
 * right after the noun that says it is one (not "a company with offices in Japan").
 */
function countryIn(
  ctx: TextContext,
  to: number,
  countryAt: (i: number) => string | undefined,
): { country?: string } {
  if (!appositionAfter(ctx, to)) return {};
  const sentence = ctx.sentenceOf[to];
  let noun = false;
  for (let i = to; i < to + PLACING_REACH && ctx.sentenceOf[i] === sentence; i++) {
    // A comma, colon or bracket closes the apposition.
    if (i > to && /[,;:()]/u.test(ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start)))
      return {};
    const norm = ctx.tokens[i]!.norm;
    if (noun && norm === 'in') {
      const code = countryAt(ctx.tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1);
      return code ? { country: code } : {};
    }
    // Right after the noun, or its "based": "a provider of services in France" places the services.
    noun = placedNoun(norm) || (noun && PLACED_WORDS.has(norm));
  }
  return {};
}
const PLACED_WORDS: ReadonlySet<string> = new Set(['based', 'headquartered', 'located']);

/** A company's noun among an apposition's words from token `from` on, in `sentence`: ", a … company". */
function companyNounFrom(ctx: TextContext, from: number, sentence: number): boolean {
  for (let i = from; i < from + APPOSITION_WORDS; i++) {
    if (ctx.sentenceOf[i] !== sentence) return false;
    if (COMPANY_NOUNS.has(ctx.tokens[i]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * A company's country: a state its name opens on (token `start`), else the one of ", a South Korean video game
 * company" right after the name at tokens […, to).
 */
function countryOf(
  ctx: TextContext,
  to: number,
  countryAt: (i: number) => string | undefined,
  start?: number,
): { country?: string } {
  // "Japan Aerospace Exploration Agency (JAXA)", "Turkish Airlines Inc.": named after its state.
  const named = start === undefined ? undefined : countryAt(start);
  if (named) return { country: named };
  const article = ctx.tokens[to];
  if (!article || !['a', 'an', 'the'].includes(article.norm)) return {};
  if (!appositionAfter(ctx, to) || ctx.sentenceOf[to] !== ctx.sentenceOf[to - 1]) return {};
  const code = countryAt(to + 1);
  return code && companyNounFrom(ctx, to + 2, ctx.sentenceOf[to]!) ? { country: code } : {};
}
