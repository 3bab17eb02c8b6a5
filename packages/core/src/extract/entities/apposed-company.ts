/**
 * "Kido, a nursery chain with 18 sites around London": an apposition right after a name that says the name
 * is a company. A family or an actor some source calls so ("Kido" is one of Conficker's aliases) is not what
 * such a name means in that text, there or where it stands alone ("Kido said it was working with …").
 */
import { INDEFINITE_ARTICLES } from './common-words.ts';
import { cueKind } from './cue-words.ts';
import { THREAT_QUALIFIERS } from './described-companies.ts';
import { perText } from './per-text.ts';
import { PerWordTest } from './per-word.ts';
import type { TextContext } from './text-context.ts';

/**
 * Nouns that make an apposition a company's. Not "group", "operator", "developer" or "utility", which the
 * apposition of a threat or a tool ends in as often ("a North Korean group", "a command-line utility").
 */
const COMPANY_HEADS: ReadonlySet<string> = new Set(
  `company firm provider maker manufacturer bank exchange retailer insurer carrier conglomerate corporation
subsidiary vendor supplier publisher chain airline broadcaster giant`.split(/\s+/u),
);
/** Words between the article and the noun: "a British nursery chain". */
const DESCRIBING_WORDS = 4;

/** Whether the name ending before token `to` is followed by ", a/an … <company noun>", with no threat word. */
export function apposedAsCompany(ctx: TextContext, to: number): boolean {
  const { tokens, text } = ctx;
  const article = tokens[to];
  const name = tokens[to - 1];
  if (!article || !name || !INDEFINITE_ARTICLES.has(article.norm)) return false;
  if (text.slice(name.end, article.start) !== ', ') return false;
  for (let k = to + 1; k <= to + 1 + DESCRIBING_WORDS; k++) {
    const word = tokens[k];
    if (!word || ctx.sentenceOf[k] !== ctx.sentenceOf[to] || !ctx.spaceBefore(k)) return false;
    if (COMPANY_HEADS.has(word.norm)) return true;
    // "Cobalt Strike, a commercial penetration testing tool sold by a vendor": the kind word came first.
    if (THREAT_QUALIFIERS.has(word.norm) || cueKind(word.norm) !== undefined) return false;
  }
  return false;
}

/** One-word names the text defines as companies so, by their normalized word. */
export const apposedCompanyWords = perText((ctx): ReadonlySet<string> => {
  const words = new Set<string>();
  const { tokens } = ctx;
  const head = new PerWordTest((token) => COMPANY_HEADS.has(token.norm), tokens);
  for (let k = 0; k < tokens.length; k++) {
    if (!head.get(tokens[k]!)) continue;
    for (let article = k - 1; article >= Math.max(1, k - 1 - DESCRIBING_WORDS); article--) {
      if (!INDEFINITE_ARTICLES.has(tokens[article]!.norm)) continue;
      if (apposedAsCompany(ctx, article)) words.add(tokens[article - 1]!.norm);
      break;
    }
  }
  return words;
});
