/**
 * The activity a report tells of without naming it, where the source attributes it: "We assess with moderate
 * confidence that this intrusion is linked to … TA578", "Proofpoint attributes the campaigns discussed in this
 * blog to TA505 with high confidence", "We attribute this attack (with a moderate confidence level) to …
 * Higaisa". It becomes a campaign so the attribution, and how sure the source is of it, has a subject
 * (docs/ARCHITECTURE.md, "Campaigns"). Only before the report names a campaign or intrusion of its own (that
 * one is what "this intrusion" means), only where the sentence names an actor that acted (a state organ alone
 * is not one), never where it denies the tie ("Proofpoint does not attribute this activity to a known actor").
 */
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import { REPORTED_ACTIVITY } from '../../analysis/reported-activity.ts';
import { negatedBefore } from '../negated-clause.ts';
import { roleOf } from '../relations/roles.ts';

/** Its key in the analysis; the analysis names it after its report (analyze-report.ts). */
const DESCRIBED_ACTIVITY_KEY = 'campaign:reported activity';

const KINDS =
  '(?:activity|activities|intrusions?|campaigns?|attacks?|operations?|compromises?)(?: (?:discussed|described|detailed) in this (?:blog|report|post|article))?';
const ACTIVITY = `(?:th(?:is|ese)|the) ${KINDS}`;
/**
 * "attribute(s) <activity> … to", "link(ed) <activity> to"; "the activity" only in the source's present
 * ("Mandiant attributes the activity to"): "Fortinet, who attributed the activity to APT10" reports another's
 * finding about what "the activity" last named.
 */
const ATTRIBUTING = new RegExp(
  `\\b(?:(?:attribut(?:e|es|ed|ing)|link(?:s|ed)?|tie[sd]?|associat(?:e|es|ed)) (th(?:is|ese) ${KINDS})|(?:attribut(?:e|es|ing)|links?|ties|associates?) (the ${KINDS}))\\b`,
  'giu',
);
/**
 * "<activity> is linked to", "<activity> is (likely) attributable to", "<activity> was conducted by", "<activity>
 * is being conducted by".
 */
const ATTRIBUTED = new RegExp(
  `\\b(${ACTIVITY}) (?:(?:is|are|was|were)(?: being)?|has been|have been)(?: (?:likely|probably|very likely|highly likely|almost certainly|possibly|also))? (?:linked|attributed|attributable|tied|connected|associated|conducted by|carried out by|the work of)\\b`,
  'giu',
);

export function describedActivity(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  // "The attacks have been linked to Scattered Spider. The group was also blamed for the 2023 attacks on MGM
  // Resorts": an intrusion told of only after the attribution is not what it attributes.
  // An intrusion is told of where its victim is named ("attacks" before it may be the story's own).
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const toldAt = (e: ExtractedEntity): number => {
    const victim = e.properties?.['victim'];
    const named = typeof victim === 'string' ? byKey.get(victim) : undefined;
    return (named ?? e).mentions[0]?.sentence ?? 0;
  };
  const firstIntrusion = Math.min(...entities.filter((e) => e.type === 'campaign').map(toldAt));
  // An attacker, not a state organ alone: "the attacks were carried out by the two groups, which are affiliated
  // with North Korea's Reconnaissance General Bureau" names who acted elsewhere.
  const withActor = new Set(
    entities
      .filter((e) => roleOf(e) === 'attacker')
      .flatMap((e) => e.mentions.map((m) => m.sentence)),
  );
  const mentions: Mention[] = [];
  // Only the sentences naming an actor are read: a few, where a scan of the whole text costs 5% of the pipeline.
  for (const sentence of [...withActor].sort((a, b) => a - b)) {
    if (sentence >= firstIntrusion) break;
    const span = sentences[sentence];
    if (!span) continue;
    const words = text.slice(span.start, span.end);
    for (const pattern of [ATTRIBUTING, ATTRIBUTED]) {
      for (const m of words.matchAll(pattern)) {
        const phrase = (m[1] ?? m[2])!;
        const start = span.start + m.index + m[0].indexOf(phrase);
        if (negatedBefore(words, m.index)) continue;
        mentions.push({ start, end: start + phrase.length, text: phrase, sentence });
      }
    }
  }
  if (mentions.length === 0) return undefined;
  return {
    key: DESCRIBED_ACTIVITY_KEY,
    type: 'campaign',
    name: 'Reported activity',
    mentions: mentions.sort((a, b) => a.start - b.start),
    recognition: 60,
    via: REPORTED_ACTIVITY,
  };
}
