/**
 * A company's sector told by the noun a later sentence refers to it with: "Marks & Spencer has confirmed that
 * customers' data was taken … . The retailer said …". News names a victim once and goes on with "the
 * retailer", "the carmaker"; the noun is what tells a retailer's risk section that the threat concerns it
 * (profile/relevance.ts scores a target's sectors). Read only where one company is named in the sentences the
 * noun may look back to, so it stands for that one, and where the noun opens its sentence as the subject; the
 * noun becomes a mention of it.
 */
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import { withMoreMentions } from './more-mentions.ts';
import { isCompany } from './sectors-in-names.ts';

/** Nouns a report refers to one company with, and the industry-sector-ov value each names. */
const COMPANY_NOUNS: ReadonlyMap<string, string> = new Map([
  ['retailer', 'retail'],
  ['supermarket', 'retail'],
  ['grocer', 'retail'],
  ['carmaker', 'automotive'],
  ['automaker', 'automotive'],
  ['insurer', 'insurance'],
  ['airline', 'transportation'],
  ['drugmaker', 'pharmaceuticals'],
  ['bank', 'financial-services'],
  ['lender', 'financial-services'],
  ['hospital', 'healthcare'],
  ['telecom', 'telecommunications'],
  ['broadcaster', 'entertainment'],
]);

/**
 * "The retailer", "The British retailer", "The UK carmaker", opening a sentence as its subject ("a lure from the
 * bank" may be another's): the noun in group 1, one word before it at most.
 */
const REFERRING =
  /\bThe (?:\p{L}+ )?(retailer|supermarket|grocer|carmaker|automaker|insurer|airline|drugmaker|bank|lender|hospital|telecom|broadcaster)\b(?![-'’])/gu;

/** How many sentences back the noun may refer. */
const REACH = 2;
/** How many company mentions back the noun looks, at most. */
const MOST_MENTIONS = 32;

export function withAnaphoricSectors(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const companies = entities.filter(isCompany);
  if (companies.length === 0 || !companies.some((c) => c.properties?.['sectors'] === undefined)) {
    return [...entities];
  }
  const placed = companies
    .flatMap((company) => company.mentions.map((mention) => ({ company, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const sectorOf = new Map<ExtractedEntity, string>();
  const more = new Map<ExtractedEntity, Mention[]>();
  let next = 0;
  let sentence = 0;
  for (const match of text.matchAll(REFERRING)) {
    while (sentence + 1 < sentences.length && sentences[sentence]!.end <= match.index) sentence++;
    while (next < placed.length && placed[next]!.mention.start < match.index) next++;
    // The companies named from REACH sentences back up to the noun: one, or the noun stands for none.
    let named: ExtractedEntity | undefined;
    let several = false;
    // Bounded: a hostile sentence naming one company thousands of times is asked of a few of them.
    const last = Math.max(0, next - MOST_MENTIONS);
    for (let k = next - 1; k >= 0 && placed[k]!.mention.sentence >= sentence - REACH; k--) {
      const company = placed[k]!.company;
      if ((named && named !== company) || k < last) {
        several = true;
        break;
      }
      named = company;
    }
    if (!named || several || named.properties?.['sectors'] !== undefined) continue;
    const sector = COMPANY_NOUNS.get(match[1]!.toLowerCase())!;
    if (sectorOf.has(named) && sectorOf.get(named) !== sector) continue;
    sectorOf.set(named, sector);
    const end = match.index + match[0].length;
    const list = more.get(named) ?? [];
    list.push({ start: match.index, end, text: text.slice(match.index, end), sentence });
    more.set(named, list);
  }
  if (sectorOf.size === 0) return [...entities];
  return entities.map((e) => {
    const sector = sectorOf.get(e);
    if (!sector) return e;
    return withMoreMentions(
      { ...e, properties: { ...e.properties, sectors: [sector] } },
      more.get(e),
    );
  });
}
