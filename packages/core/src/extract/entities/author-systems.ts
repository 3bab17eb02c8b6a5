/**
 * A report written by the victim itself: "The Microsoft security team detected a nation-state attack on our
 * corporate systems", "an unauthorized party gained access to our network". "Our" names the author, whom
 * the text does not name as a victim; the caller knows who published it (`--source`). Each "our" before
 * the author's own systems is a mention of the author, a victim where the words make a company one
 * (company-victims.ts). Not "our customers' systems": only describing words may stand between.
 */
import { organizationFinding, type Company } from './companies.ts';
import type { TextContext } from './text-context.ts';
import { perText } from './per-text.ts';
import { isCapitalized } from './tokens.ts';

/** What an organization owns that an intrusion reaches. */
const OWN_SYSTEMS = new Set(
  `systems system network networks servers environment environments infrastructure email emails mailboxes
accounts tenant tenants`.split(/\s+/u),
);
/** Lower-case describing words between "our" and the systems: "our corporate email systems". */
const MAX_DESCRIBING_WORDS = 2;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * "Our" before the author's systems, each a mention of the author (`author`: who published the report). Without
 * it, the writer a sentence names as itself: "The Microsoft security team detected a nation-state attack on our
 * corporate systems" is Microsoft's own.
 */
export function authorSystems(ctx: TextContext, author: string | undefined): Company[] {
  let name = author?.trim();
  const found: Company[] = [];
  ctx.tokens.forEach((token, i) => {
    if (token.norm !== 'our' || !ownSystemsAfter(ctx, i)) return;
    name ||= writerOpening(ctx, i);
    if (!name) return;
    found.push({
      finding: organizationFinding(name, 'report-author', 70),
      mention: ctx.mention(i, i + 1),
      from: i,
      to: i + 1,
    });
  });
  return found;
}

/** The author's systems right after "our" at token `our`, a few describing words before them. */
function ownSystemsAfter(ctx: TextContext, our: number): boolean {
  for (let i = our + 1; i <= our + 1 + MAX_DESCRIBING_WORDS; i++) {
    const word = ctx.tokens[i];
    if (!word || !ctx.spaceBefore(i) || ctx.sentenceOf[i] !== ctx.sentenceOf[our]) return false;
    if (OWN_SYSTEMS.has(word.norm)) return true;
    if (!LOWER_CASE_WORD.test(word.text)) return false;
  }
  return false;
}

/** Words that may follow the writer's name: its team, then what it did or says. */
const TEAM_WORDS = new Set(['security', 'team', 'incident', 'response', 'threat', 'intelligence']);
const WRITER_VERBS = new Set(
  'detected discovered identified became learned said says has have was is determined observed'.split(
    ' ',
  ),
);
/** Most capitalized words of the writer's name. */
const MAX_WRITER_WORDS = 3;

/**
 * The name opening the sentence of "our" at token `our` when it is the writer telling of itself: "[The]
 * Microsoft [security team] detected …", "Okta has …", the name at most three capitalized words.
 */
function writerOpening(ctx: TextContext, our: number): string | undefined {
  let i = ctx.tokenRange(ctx.sentenceOf[our] ?? -1)[0];
  if (ctx.tokens[i]?.norm === 'the') i++;
  const from = i;
  while (i < our && i - from < MAX_WRITER_WORDS && isCapitalized(ctx.tokens[i]!.text)) i++;
  if (i === from) return undefined;
  const to = i;
  while (i < our && TEAM_WORDS.has(ctx.tokens[i]!.norm)) i++;
  if (!WRITER_VERBS.has(ctx.tokens[i]?.norm ?? '')) return undefined;
  const name = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  // A name, not a word capitalized for opening the sentence ("Hackers have reached our systems").
  return capitalizedMidSentence(ctx).has(ctx.tokens[from]!.text) ? name : undefined;
}

/**
 * Capitalized words the text writes where no layout asks for a capital (ctx.sentenceStart: not a sentence's,
 * a cell's or a heading's opening): names. Made once per text, on first need.
 */
const capitalizedMidSentence = perText((ctx): ReadonlySet<string> => {
  const words = new Set<string>();
  ctx.tokens.forEach((t, k) => {
    if (isCapitalized(t.text) && !ctx.sentenceStart(k)) words.add(t.text);
  });
  return words;
});
