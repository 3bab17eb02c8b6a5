/**
 * The sector a company's description names: "telecoms giant Kyivstar", "casino operator Caesars
 * Entertainment", "Prospect Medical Holdings, a US hospital operator", "Ascension, one of the largest private
 * health systems". The words of the description right before the name (ending on a describing noun) or of
 * the apposition right after it say what the company does; a victim's sector is what a profile is scored by.
 */
import { NOUNS_BEFORE, placesRunAt } from './described-companies.ts';
import type { TextContext } from './text-context.ts';

/** Words of a description and the industry-sector-ov value they name. */
export const SECTOR_OF: ReadonlyMap<string, string> = new Map([
  ...words(
    'healthcare',
    'health healthcare hospital hospitals medical clinic pathology diagnostics',
  ),
  ...words('telecommunications', 'telecom telecoms telecommunications broadband mobile wireless'),
  ...words('financial-services', 'bank banking financial payments payment fintech crypto'),
  ...words('insurance', 'insurer insurance'),
  ...words('hospitality-leisure', 'casino casinos hotel hotels resort resorts'),
  ...words('energy', 'energy oil gas pipeline power electricity'),
  ...words('transportation', 'airline airlines shipping logistics railway rail port'),
  ...words('retail', 'retailer retail supermarket supermarkets stores shops'),
  ...words('water', 'water'),
  ...words('defense', 'defense defence'),
  ...words('technology', 'software technology cloud semiconductor'),
  ...words('pharmaceuticals', 'pharmaceutical pharmaceuticals drugmaker'),
  ...words('automotive', 'carmaker automaker automotive'),
  ...words('entertainment', 'entertainment gaming'),
]);

function words(sector: string, list: string): [string, string][] {
  return list.split(' ').map((word) => [word, sector]);
}

/** How many words an apposition after the name may hold before its noun. */
const APPOSITION_REACH = 9;
/** Words that open an apposition describing the company. */
const OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** Words after an apposition's noun that go on about something else: "health systems in the United States". */
const AFTER_NOUN = new Set([
  'in',
  'that',
  'which',
  'based',
  'with',
  'whose',
  'headquartered',
  'to',
]);

/** Words before the describing noun that may say its trade: "Ukrainian oil refining company". */
const NOUN_MODIFIERS = 3;

/** A word glued by a hyphen to its neighbour describes that one: "online-banking security vendor". */
function hyphenated(ctx: TextContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  return ctx.text.charAt(token.start - 1) === '-' || ctx.text.charAt(token.end) === '-';
}

/**
 * The sectors the describing noun and the few words before it name: "shipping and maritime giant Maersk",
 * "men's clothing retailer", "private health insurer"; not a word hyphenated to another ("online-banking
 * security vendor" is a security vendor). Before the name, the noun is one that closes such a description
 * ("giant", "operator": described-companies.ts).
 */
export function describedSectors(
  ctx: TextContext,
  from: number,
  to: number,
): { sectors?: string[] } {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[from];
  const found = new Set<string>();
  const readNoun = (noun: number): void => {
    for (let i = Math.max(0, noun - NOUN_MODIFIERS); i <= noun; i++) {
      if (ctx.sentenceOf[i] !== sentence || hyphenated(ctx, i)) continue;
      const sector = SECTOR_OF.get(tokens[i]!.norm);
      if (sector) found.add(sector);
    }
  };
  if (from > 0 && NOUNS_BEFORE.has(tokens[from - 1]!.norm) && ctx.spaceBefore(from)) {
    readNoun(from - 1);
  }
  const last = tokens[to - 1];
  const opener = tokens[to];
  // "Kyivstar, Ukraine's largest mobile operator": a possessor opens it as an article does.
  const possessor = ctx.possessiveS(to + 1) || ctx.possessiveS(to + 2);
  if (
    last &&
    opener &&
    (OPENERS.has(opener.norm) || possessor) &&
    ctx.sentenceOf[to] === sentence &&
    /^[.)]?, $/u.test(ctx.text.slice(last.end, opener.start))
  ) {
    // The apposition's noun: its last word before a comma or a word going on about something else.
    let noun = to + 1;
    while (
      noun < to + APPOSITION_REACH &&
      ctx.sentenceOf[noun + 1] === sentence &&
      ctx.text.charAt(tokens[noun]!.end) !== ',' &&
      !AFTER_NOUN.has(tokens[noun + 1]!.norm)
    ) {
      noun++;
    }
    readNoun(noun);
  }
  // "Zuiderlicht Zorggroep, which runs four hospitals": the places it runs.
  const places = opener?.norm === 'which' ? placesRunAt(ctx, to + 1) : undefined;
  if (places !== undefined && ctx.text.slice(last!.end, opener!.start) === ', ') readNoun(places);
  return found.size > 0 ? { sectors: [...found] } : {};
}
