/**
 * Acronyms a text defines for a name ("the Golden Chickens (GC) threat actors", "Winnti Group (WG)"):
 * the acronym then names the same actor or malware wherever the text writes it, capitals and all.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import type { TextContext } from './text-context.ts';

const NAMED_TYPES = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool']);
const DEFINITION = /^ ?\(([A-Z]{2,6})\)/u;

/** The acronym defined right after the mention, when its letters are the initials of the name's words. */
function definedAcronym(ctx: TextContext, mention: Mention): string | undefined {
  const acronym = DEFINITION.exec(ctx.text.slice(mention.end, mention.end + 10))?.[1];
  if (!acronym) return undefined;
  const initials = mention.text
    .split(/[\s-]+/u)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return initials === acronym ? acronym : undefined;
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
