/**
 * A report written by the victim itself: "The Microsoft security team detected a nation-state attack on our
 * corporate systems", "an unauthorized party gained access to our network". "Our" names the author, whom
 * the text does not name as a victim; the caller knows who published it (`--source`). Each "our" before
 * the author's own systems is a mention of the author, a victim where the words make a company one
 * (company-victims.ts). Not "our customers' systems": only describing words may stand between.
 */
import { organizationFinding, type Company } from './companies.ts';
import type { TextContext } from './text-context.ts';

/** What an organization owns that an intrusion reaches. */
const OWN_SYSTEMS = new Set(
  `systems system network networks servers environment environments infrastructure email emails mailboxes
accounts tenant tenants`.split(/\s+/u),
);
/** Lower-case describing words between "our" and the systems: "our corporate email systems". */
const MAX_DESCRIBING_WORDS = 2;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/** "Our" before the author's systems, each a mention of the author (`author`: who published the report). */
export function authorSystems(ctx: TextContext, author: string | undefined): Company[] {
  const name = author?.trim();
  if (!name) return [];
  const found: Company[] = [];
  ctx.tokens.forEach((token, i) => {
    if (token.norm !== 'our' || !ownSystemsAfter(ctx, i)) return;
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
