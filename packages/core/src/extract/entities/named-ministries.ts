/**
 * Ministries a text names by their own title, beyond the portfolios government-bodies.ts knows: "the
 * Ministry of Economic Affairs and Communications", "the Ministry of Social Affairs". "Ministry of" and
 * capitalized words make the name; the state is the one the text speaks about (document-country.ts), or a
 * country's adjective or possessive right before ("Estonia's Ministry of …"). Without a state the title is
 * left unread: "the Ministry of Health" of which country? Such a ministry is a victim only where the words
 * make it one, as a company is (company-victims.ts): reports name ministries in passing more often than the
 * generic bodies of government-bodies.ts.
 */
import { countryByCode, countryInProse } from '../../geo/countries.ts';
import { OWN_NAME_HEADS, type Company } from './companies.ts';
import { governmentBodyFinding } from './government-bodies.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

/** Words of a title after "Ministry of": capitalized words, and these joiners between them. */
const JOINERS = new Set(['and', 'for', 'of', 'the']);
const MAX_TITLE_WORDS = 8;

/** Where the text names countries, by token: a country's name starting or ending at a token. */
export interface CountryTokens {
  readonly startingAt: (i: number) => { readonly code: string; readonly to: number } | undefined;
  readonly endingBefore: (i: number) => string | undefined;
  /** The state the text speaks about at token i (document-country.ts). */
  readonly spokenAbout: (i: number) => string | undefined;
}

/** `taken(i)`: token i belongs to another finding (a known body, an actor; places are not taken). */
export function namedMinistries(
  ctx: TextContext,
  taken: (i: number) => boolean,
  countries: CountryTokens,
): Company[] {
  const { tokens } = ctx;
  const found: Company[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const ministry = tokens[i]!;
    if (ministry.text !== 'Ministry' || taken(i)) continue;
    if (tokens[i + 1]!.norm !== 'of' || !ctx.spaceBefore(i + 1) || ctx.titleCase(i)) continue;
    const title = titleEnd(ctx, i + 2, taken, countries);
    if (title === undefined) continue;
    // "the Ministry of Economy of Ukraine": the state closes the name.
    const of = tokens[title]?.norm === 'of' ? countries.startingAt(title + 1) : undefined;
    const code =
      of?.code ??
      writtenBefore(ctx, i, countries) ??
      listedAfter(ctx, found.at(-1), i) ??
      withMinistries(countries.spokenAbout(i));
    const country = code ? countryByCode(code) : undefined;
    if (!country) continue;
    const to = of ? of.to : title;
    const name = of
      ? ctx.mention(i, to).text
      : `${ctx.mention(i, title).text} of ${countryInProse(country.name)}`;
    const finding = governmentBodyFinding(name, country, 'ministry-name', 70);
    // "hackers breached the Estonian Ministry of …": the state's word before is the name's, as the verb reads it.
    const from = of ? i : (countryStartBefore(ctx, i, countries) ?? i);
    found.push({ finding, mention: ctx.mention(from, to), from, to });
    i = to - 1;
  }
  return found;
}

/**
 * The state spoken about, where its government has ministries: the United States has departments, so "the
 * Ministry of Public Security" in a story about a US sanction is another state's, which the words do not say.
 */
const withMinistries = (code: string | undefined): string | undefined =>
  code === 'US' ? undefined : code;

/** "Estonia's Ministry of …", "the Estonian Ministry of …": the country written right before. */
function writtenBefore(ctx: TextContext, i: number, countries: CountryTokens): string | undefined {
  const possessive = ctx.tokens[i - 1]?.norm === 's' ? countries.endingBefore(i - 1) : undefined;
  return possessive ?? countries.endingBefore(i);
}

/**
 * "the Estonian Ministry of Social Affairs and the Ministry of Economic Affairs and Communications": a title
 * listed right after another ministry's, at token i, is of its state.
 */
function listedAfter(
  ctx: TextContext,
  previous: Company | undefined,
  i: number,
): string | undefined {
  if (!previous || ctx.sentenceOf[previous.to - 1] !== ctx.sentenceOf[i]) return undefined;
  const between = ctx.text.slice(ctx.tokens[previous.to - 1]!.end, ctx.tokens[i]!.start);
  return LIST_GAP.test(between)
    ? (previous.finding.properties?.['country'] as string | undefined)
    : undefined;
}
const LIST_GAP = /^(?:,\s|,?\sand\s)(?:the\s)?$/u;

/** Where the country written right before token i starts ("Estonian", "Estonia's"), if one is. */
function countryStartBefore(
  ctx: TextContext,
  i: number,
  countries: CountryTokens,
): number | undefined {
  // "Estonia's": the possessive's "s" between the country and the title.
  const end = ctx.tokens[i - 1]?.norm === 's' ? i - 1 : i;
  for (let k = end - 1; k >= 0 && k >= end - COUNTRY_WORDS; k--) {
    if (countries.startingAt(k)?.to === end && ctx.spaceBefore(i)) return k;
  }
  return undefined;
}
/** Most words of a country's name: "United Arab Emirates". */
const COUNTRY_WORDS = 3;

/**
 * One past the title's last capitalized word, starting at token `from`; none when no word is. A country
 * ends the title: "Ministry of Economy of Ukraine" is Ukraine's.
 */
function titleEnd(
  ctx: TextContext,
  from: number,
  taken: (i: number) => boolean,
  countries: CountryTokens,
): number | undefined {
  let end: number | undefined;
  for (let k = from; k < ctx.tokens.length && k - from < MAX_TITLE_WORDS; k++) {
    const word = ctx.tokens[k]!;
    if (taken(k) || ctx.sentenceOf[k] !== ctx.sentenceOf[from] || !ctx.spaceBefore(k)) break;
    if (countries.startingAt(k) !== undefined) break;
    if (isCapitalized(word.text)) end = k + 1;
    else if (!JOINERS.has(word.norm)) break;
    // "the Ministry of Social Affairs and the Ministry of …": the next ministry starts a new title.
    if (word.norm === 'the' && ctx.tokens[k + 1]?.text === 'Ministry') break;
    // "the Ministry of Unification and the National Tax Service": another body after "and the".
    if (word.norm === 'the' && ctx.tokens[k - 1]?.norm === 'and' && bodyFollows(ctx, k + 1)) break;
  }
  return end;
}

/** Capitalized words a body's name may take before its head. */
const BODY_NAME_WORDS = 4;

/** Whether the capitalized words from token `from` end on a body's head ("National Tax Service"). */
function bodyFollows(ctx: TextContext, from: number): boolean {
  for (let k = from; k < from + BODY_NAME_WORDS && k < ctx.tokens.length; k++) {
    const word = ctx.tokens[k]!;
    if (!isCapitalized(word.text)) return false;
    if (OWN_NAME_HEADS.has(word.norm)) return true;
  }
  return false;
}
