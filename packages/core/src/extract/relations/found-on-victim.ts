/**
 * "A government investigation found 25 types of malware on 23 of the company's servers, most of them variants
 * of BPFDoor": families found on the victim's own systems are what the one intrusion the report tells of used,
 * though no sentence names who put them there. Only with one such intrusion, and only where the words say the
 * systems are the victim's ("its", "the company's"): "found on VirusTotal" or "on a server in Germany" are not.
 */
import type { ExtractedEntity, Span } from '../../analysis/types.ts';

const FOUND_ON_OWN_SYSTEMS =
  /\b(?:found|discovered|detected|identified|uncovered)\b[^.;]{1,80}?\b(?:on|in)\s+(?:\d+\s+of\s+)?(?:its|their|the\s+(?:company|ministry|agency|operator|firm|organi[sz]ation|victim)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:servers?|systems?|networks?|computers?|devices|machines|hosts|endpoints)\b/iu;

/** Each family a sentence finds on the intruded systems, with that sentence, for the one intrusion. */
export function foundOnVictim(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
): { campaign: string; family: string; sentence: number }[] {
  const intrusions = entities.filter((e) => e.via === 'intrusion-of-victim');
  if (intrusions.length !== 1) return [];
  const campaign = intrusions[0]!.key;
  const found: { campaign: string; family: string; sentence: number }[] = [];
  const told = new Map<number, boolean>();
  for (const family of entities) {
    if (family.type !== 'malware') continue;
    for (const { sentence } of family.mentions) {
      const span = sentences[sentence];
      if (!span) continue;
      let says = told.get(sentence);
      if (says === undefined) {
        says = FOUND_ON_OWN_SYSTEMS.test(text.slice(span.start, span.end));
        told.set(sentence, says);
      }
      if (says) found.push({ campaign, family: family.key, sentence });
    }
  }
  return found;
}
