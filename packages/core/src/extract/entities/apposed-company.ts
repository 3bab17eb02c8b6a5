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
import { isCapitalized } from './tokens.ts';

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
    if (threatWord(word.norm)) return false;
  }
  return false;
}

/**
 * Company nouns a name may stand right before ("the Kido nursery chain", "the Asahi beer maker"); a chain only
 * of a trade ("the Emotet infection chain" is none), and none a threat's maker may be called ("the Cobalt
 * Strike vendor").
 */
const HEADS_AFTER_NAME: ReadonlySet<string> = new Set(
  'company firm maker manufacturer bank retailer insurer carrier conglomerate corporation airline broadcaster giant brewer'.split(
    ' ',
  ),
);
const TRADES: ReadonlySet<string> = new Set(
  'nursery retail restaurant hotel store supermarket pharmacy grocery fashion clothing coffee department'.split(
    ' ',
  ),
);

/**
 * The token of a one-word name "the" opens right before describing words and a company noun at token `head`:
 * "the Kido nursery chain"; none where a word of a threat stands between ("the Conti ransomware giant").
 */
function namedBeforeCompanyNoun(ctx: TextContext, head: number): number | undefined {
  const { tokens } = ctx;
  const noun = tokens[head]!.norm;
  if (noun === 'chain' ? !TRADES.has(tokens[head - 1]?.norm ?? '') : !HEADS_AFTER_NAME.has(noun))
    return undefined;
  // "the Tarnwick bank trojan": the noun describes what follows it.
  const after = tokens[head + 1];
  if (after && ctx.spaceBefore(head + 1) && threatWord(after.norm)) return undefined;
  for (let k = head - 1; k >= Math.max(1, head - DESCRIBING_WORDS); k--) {
    const word = tokens[k]!;
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[head] || !ctx.spaceBefore(k + 1)) return undefined;
    if (isCapitalized(word.text))
      return tokens[k - 1]?.norm === 'the' && ctx.spaceBefore(k) ? k : undefined;
    if (threatWord(word.norm)) return undefined;
  }
  return undefined;
}

const threatWord = (norm: string): boolean =>
  THREAT_QUALIFIERS.has(norm) || cueKind(norm) !== undefined;

/** One-word names the text defines as companies so, by their normalized word. */
export const apposedCompanyWords = perText((ctx): ReadonlySet<string> => {
  const words = new Set<string>();
  const { tokens } = ctx;
  const head = new PerWordTest(
    (token) => COMPANY_HEADS.has(token.norm) || HEADS_AFTER_NAME.has(token.norm),
    tokens,
  );
  for (let k = 0; k < tokens.length; k++) {
    if (!head.get(tokens[k]!)) continue;
    const before = namedBeforeCompanyNoun(ctx, k);
    if (before !== undefined) words.add(tokens[before]!.norm);
    for (let article = k - 1; article >= Math.max(1, k - 1 - DESCRIBING_WORDS); article--) {
      if (!INDEFINITE_ARTICLES.has(tokens[article]!.norm)) continue;
      if (apposedAsCompany(ctx, article)) words.add(tokens[article - 1]!.norm);
      break;
    }
  }
  return words;
});
