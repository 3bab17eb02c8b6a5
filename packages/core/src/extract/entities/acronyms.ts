/**
 * Acronyms a text defines for a name ("the Golden Chickens (GC) threat actors", "Winnti Group (WG)"):
 * the acronym then names the same actor or malware wherever the text writes it, capitals and all.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import type { TextContext } from './text-context.ts';

const NAMED_TYPES = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'identity']);
const LITTLE_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', '&']);
const DEFINITION = /^ ?\(([A-Z]{2,6})\)/u;

/** The acronym defined right after the mention, when its letters are the initials of the name's words. */
function definedAcronym(ctx: TextContext, mention: Mention): string | undefined {
  const acronym = DEFINITION.exec(ctx.text.slice(mention.end, mention.end + 10))?.[1];
  if (!acronym) return undefined;
  const words = mention.text.split(/[\s-]+/u);
  const initials = (kept: readonly string[]): string =>
    kept.map((w) => w.charAt(0).toUpperCase()).join('');
  // "Industrial and Commercial Bank of China (ICBC)": the little words of a name have no letter in it.
  const named = words.filter((w) => !LITTLE_WORDS.has(w));
  return initials(words) === acronym || initials(named) === acronym ? acronym : undefined;
}

export function addDefinedAcronyms(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const taken = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)));
  return entities.map((entity) => {
    if (!NAMED_TYPES.has(entity.type)) return entity;
    const acronyms = new Set<string>();
    for (const mention of entity.mentions) {
      const acronym = definedAcronym(ctx, mention);
      if (acronym) acronyms.add(acronym);
    }
    if (acronyms.size === 0) return entity;
    const added: Mention[] = [];
    ctx.tokens.forEach((token, i) => {
      if (!acronyms.has(token.text) || taken.has(token.start)) return;
      taken.add(token.start);
      added.push(ctx.mention(i, i + 1));
    });
    if (added.length === 0) return entity;
    const mentions = [...entity.mentions, ...added].sort((a, b) => a.start - b.start);
    return { ...entity, mentions };
  });
}
