/**
 * Short names a text defines for a name: an acronym ("the Golden Chickens (GC) threat actors", "Winnti Group
 * (WG)", "Reserve Bank of India (RBI)"), or for an organization its first words and what stands for the
 * rest ("Hainan Xiandun Technology Development Company (Hainan Xiandun)", "Wuhan Xiaoruizhi Science and
 * Technology Company, Limited (Wuhan XRZ)"). The short name then names the same thing wherever the text
 * writes it, capitals and all.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import type { TextContext } from './text-context.ts';

const NAMED_TYPES = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool', 'identity']);
const LITTLE_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', '&']);
const DEFINITION = /^ ?\(([A-Z]{2,6})\)/u;
/** Two or three capitalized words in brackets: an organization's short name. */
const SHORT_NAME = /^ ?\((\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){1,2})\)/u;

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

/** The short name an organization's mention defines in brackets, opening on the name's first word. */
function definedShortName(ctx: TextContext, mention: Mention): string | undefined {
  const short = SHORT_NAME.exec(ctx.text.slice(mention.end, mention.end + 40))?.[1];
  if (!short) return undefined;
  const first = (name: string): string => name.slice(0, name.indexOf(' '));
  return first(short) === first(mention.text) && short.length < mention.text.length
    ? short
    : undefined;
}

export function addDefinedAcronyms(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const taken = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)));
  return entities.map((entity) => {
    if (!NAMED_TYPES.has(entity.type)) return entity;
    const defined = new Set<string>();
    for (const mention of entity.mentions) {
      const acronym = definedAcronym(ctx, mention);
      if (acronym) defined.add(acronym);
      const short = entity.type === 'identity' ? definedShortName(ctx, mention) : undefined;
      if (short) defined.add(short);
    }
    if (defined.size === 0) return entity;
    const added: Mention[] = [];
    for (const name of defined) {
      const words = name.split(' ');
      ctx.tokens.forEach((token, i) => {
        if (token.text !== words[0] || taken.has(token.start)) return;
        const to = i + words.length;
        for (let k = 1; k < words.length; k++) {
          if (ctx.tokens[i + k]?.text !== words[k] || !ctx.spaceBefore(i + k)) return;
        }
        taken.add(token.start);
        added.push(ctx.mention(i, to));
      });
    }
    if (added.length === 0) return entity;
    const mentions = [...entity.mentions, ...added].sort((a, b) => a.start - b.start);
    return { ...entity, mentions };
  });
}
