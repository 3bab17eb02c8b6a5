/**
 * Short names a text defines for a name: an acronym ("the Golden Chickens (GC) threat actors", "Winnti Group
 * (WG)", "Reserve Bank of India (RBI)"), or for an organization its first words and what stands for the
 * rest ("Hainan Xiandun Technology Development Company (Hainan Xiandun)", "Wuhan Xiaoruizhi Science and
 * Technology Company, Limited (Wuhan XRZ)"). The short name then names the same thing wherever the text
 * writes it, capitals and all.
 */
import { withMoreMentions } from './more-mentions.ts';
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { LITTLE_WORDS, nameInitials } from './legal-forms.ts';
import type { TextContext } from './text-context.ts';

const NAMED_TYPES = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'identity']);
const DEFINITION = /^ ?\(([A-Z]{2,6})\)/u;
/** Two or three capitalized words in brackets: an organization's short name. */
const SHORT_NAME = /^ ?\((\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){1,2})\)/u;

/** The acronym defined right after the mention, when its letters are the initials of the name's words. */
function definedAcronym(ctx: TextContext, mention: Mention): string | undefined {
  const acronym = DEFINITION.exec(ctx.text.slice(mention.end, mention.end + 10))?.[1];
  if (!acronym) return undefined;
  const words = mention.text.split(/[\s-]+/u);
  // "Industrial and Commercial Bank of China (ICBC)": the little words of a name have no letter in it.
  const named = words.filter((w) => !LITTLE_WORDS.has(w));
  return initialsOf(words) === acronym || initialsOf(named) === acronym ? acronym : undefined;
}

const initialsOf = (words: readonly string[]): string =>
  words.map((w) => w.charAt(0).toUpperCase()).join('');

/** The short name an organization's mention defines in brackets, opening on the name's first word. */
function definedShortName(ctx: TextContext, mention: Mention): string | undefined {
  const short = SHORT_NAME.exec(ctx.text.slice(mention.end, mention.end + 40))?.[1];
  if (!short) return undefined;
  const first = (name: string): string => name.slice(0, name.indexOf(' '));
  return first(short) === first(mention.text) && short.length < mention.text.length
    ? short
    : undefined;
}

/**
 * "Hewlett Packard Enterprise Co. said … HPE was notified": the initials of a company's or an institution's
 * name of three or more words, or of two joined by "&", written in capitals, name it even where the text never
 * defines them.
 */
function organizationInitials(entity: ExtractedEntity): string | undefined {
  // Companies and institutions only: a ministry's initials are other words too ("MFA", multi-factor
  // authentication, beside the Ministry of Foreign Affairs).
  if (entity.type !== 'identity' || !/^(?:company|institution)/u.test(entity.via)) return undefined;
  // "Marks & Spencer … M&S", "Procter & Gamble … P&G": two names' initials, joined as the names are.
  const pair = TWO_NAMES.exec(entity.name);
  return pair ? `${pair[1]}&${pair[2]}` : nameInitials(entity.name);
}
const TWO_NAMES = /^(\p{Lu})\p{Ll}+ & (\p{Lu})\p{Ll}+$/u;

/** Names per first word the text is searched for: a text listing thousands of "Acme … Co." stays linear. */
const MAX_NAMES_PER_WORD = 8;

export function addDefinedAcronyms(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  // Every entity's short names by their first word, then one pass over the text: an entity named earlier
  // takes a token first, as the search in entity order did.
  const byFirstWord = new Map<string, { entity: number; words: readonly string[] }[]>();
  entities.forEach((entity, index) => {
    for (const name of shortNamesOf(ctx, entity)) {
      // "M&S": two tokens, "&" between them.
      const words = name.split(/ |(?=&)/u);
      const list = byFirstWord.get(words[0]!) ?? [];
      if (list.length < MAX_NAMES_PER_WORD) list.push({ entity: index, words });
      byFirstWord.set(words[0]!, list);
    }
  });
  if (byFirstWord.size === 0) return [...entities];
  const taken = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)));
  const added = new Map<number, Mention[]>();
  ctx.tokens.forEach((token, i) => {
    const names = byFirstWord.get(token.text);
    if (!names || taken.has(token.start)) return;
    const name = names.find(({ words }) =>
      words.every((w, k) => k === 0 || followsAt(ctx, i + k, w)),
    );
    if (!name) return;
    taken.add(token.start);
    const list = added.get(name.entity) ?? [];
    list.push(ctx.mention(i, i + name.words.length));
    added.set(name.entity, list);
  });
  return entities.map((entity, index) => withMoreMentions(entity, added.get(index)));
}

/** Token `at` is the name's next word `word`: after a space, or glued by "&" when the word opens on it. */
function followsAt(ctx: TextContext, at: number, word: string): boolean {
  const token = ctx.tokens[at];
  if (!token) return false;
  if (!word.startsWith('&')) return token.text === word && ctx.spaceBefore(at);
  return (
    token.text === word.slice(1) && ctx.text.slice(ctx.tokens[at - 1]!.end, token.start) === '&'
  );
}

/** The acronyms, short names and initials a text defines or uses for an entity. */
function shortNamesOf(ctx: TextContext, entity: ExtractedEntity): Set<string> {
  const defined = new Set<string>();
  if (!NAMED_TYPES.has(entity.type)) return defined;
  const initials = organizationInitials(entity);
  if (initials) defined.add(initials);
  for (const mention of entity.mentions) {
    const acronym = definedAcronym(ctx, mention);
    if (acronym) defined.add(acronym);
    const short = entity.type === 'identity' ? definedShortName(ctx, mention) : undefined;
    if (short) defined.add(short);
  }
  return defined;
}
