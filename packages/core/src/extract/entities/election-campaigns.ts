/**
 * Election campaigns, which hackers target as organizations: "the campaigns of both Donald Trump and Kamala
 * Harris", "the 2017 attack on the campaign of Emmanuel Macron", "The Trump campaign said some of its internal
 * communications had been hacked". A campaign is named after its candidate's family name ("Trump campaign"),
 * so each way of writing it is one identity; "the X campaign" alone is a named operation's far more often
 * ("the Ghostwriter campaign"), so it names a candidate's only once the text has named that candidate.
 */
import { isCommonWord } from './common-words.ts';
import { organizationFinding, type Company } from './companies.ts';
import type { TextContext } from './text-context.ts';

export const ELECTION_CAMPAIGN = 'election-campaign';

const CAMPAIGN_NOUNS = new Set(['campaign', 'campaigns']);
/** Words between "the" and "campaign" after a candidate's family name: "the Trump presidential campaign". */
const CAMPAIGN_KINDS = new Set(['presidential', 'election', 're-election', 'reelection']);
/** Titles before a candidate's full name: "former President Donald Trump", "Vice President Kamala Harris". */
const CANDIDATE_TITLES = new Set(['president', 'senator', 'candidate', 'governor', 'nominee']);
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const MAX_NAME_WORDS = 3;
const MAX_CANDIDATES = 4;

/** The end of a person's name of two or three words at token `from`, on tokens `free` leaves. */
function personNameEnd(
  ctx: TextContext,
  from: number,
  free: (i: number) => boolean,
): number | undefined {
  let to = from;
  while (
    to - from < MAX_NAME_WORDS &&
    free(to) &&
    NAME_WORD.test(ctx.tokens[to]?.text ?? '') &&
    !isCommonWord(ctx.tokens[to]!.norm) &&
    (to === from || ctx.spaceBefore(to))
  ) {
    to++;
  }
  return to - from >= 2 && ctx.tokens[from]!.norm !== 'operation' ? to : undefined;
}

export function electionCampaigns(ctx: TextContext, free: (i: number) => boolean): Company[] {
  const { tokens } = ctx;
  const found: Company[] = [];
  const candidates = new Set<string>();
  const add = (from: number, to: number, surname: number): void => {
    const name = `${tokens[surname]!.text} campaign`;
    candidates.add(tokens[surname]!.norm);
    found.push({
      finding: organizationFinding(name, ELECTION_CAMPAIGN, 65),
      mention: ctx.mention(from, to),
      from,
      to,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    // "former President Donald Trump": a candidate, whose campaign "the Trump campaign" is.
    if (CANDIDATE_TITLES.has(norm)) {
      const end = personNameEnd(ctx, i + 1, free);
      if (end !== undefined) candidates.add(tokens[end - 1]!.norm);
      continue;
    }
    // "the campaign of Emmanuel Macron", "the campaigns of both Donald Trump and Kamala Harris"
    if (!CAMPAIGN_NOUNS.has(norm) || tokens[i + 1]?.norm !== 'of') continue;
    let at = tokens[i + 2]?.norm === 'both' ? i + 3 : i + 2;
    for (let n = 0; n < MAX_CANDIDATES; n++) {
      const end = personNameEnd(ctx, at, free);
      if (end === undefined) break;
      add(n === 0 ? i : at, end, end - 1);
      const next = tokens[end]?.norm;
      if (next !== 'and' && ctx.text.charAt(tokens[end - 1]!.end) !== ',') break;
      // ", Kamala Harris", " and Kamala Harris", ", and Kamala Harris" (a comma is no token).
      at = next === 'and' ? end + 1 : end;
    }
  }
  // Most texts name no candidate: nothing to look for.
  if (candidates.size === 0) return found;
  // "The Trump campaign said …": a candidate's family name, then the campaign noun.
  for (let i = 0; i < tokens.length; i++) {
    if (!candidates.has(tokens[i]!.norm)) continue;
    const noun = CAMPAIGN_KINDS.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (tokens[noun]?.norm === 'campaign') add(i, noun + 1, i);
  }
  return found.sort((a, b) => a.from - b.from);
}
