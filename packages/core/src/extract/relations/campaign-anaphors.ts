/**
 * "ArcaneDoor is a campaign … UAT4356 deployed two backdoors as components of this campaign": where a report
 * names one campaign of its own, "this campaign" in a sentence naming an actor is that campaign, so the
 * actor's tie to it is read as if the name stood there. Only "this", or "the" as the report's own judgement
 * ("we attribute the campaign to"): "the campaign" is as often another's.
 */
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import { isReportedActivity } from '../../analysis/reported-activity.ts';
import type { Placed } from './roles.ts';

/**
 * "this campaign"; "the campaign" only as the object of the report's own judgement ("we attribute the campaign
 * with medium confidence to"), where it can be none but the one the report names.
 */
const THIS_CAMPAIGN =
  /\b[Tt]his (?:campaign|operation)\b|(?<=\b[Ww]e (?:attribute|assess|link|tie) )the (?:campaign|operation)\b/gu;

/** Adds the campaign's placing at each "this campaign" of a sentence that names an attacker. */
export function placeCampaignAnaphors(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  bySentence: Map<number, Placed[]>,
): void {
  const campaigns = entities.filter((e) => e.type === 'campaign');
  const campaign = campaigns.length === 1 ? campaigns[0]! : undefined;
  const first = campaign?.mentions[0];
  // Named: not an intrusion told of by its victim, nor the activity named after the report.
  if (
    !campaign ||
    !first ||
    campaign.via === 'intrusion-of-victim' ||
    isReportedActivity(campaign)
  ) {
    return;
  }
  for (const [s, placed] of bySentence) {
    if (s <= first.sentence || !placed.some((p) => p.role === 'attacker')) continue;
    if (placed.some((p) => p.entity === campaign)) continue;
    const span = sentences[s];
    if (!span) continue;
    const words = text.slice(span.start, span.end);
    for (const m of words.matchAll(THIS_CAMPAIGN)) {
      const start = span.start + m.index;
      const mention: Mention = { start, end: start + m[0].length, text: m[0], sentence: s };
      placed.push({ entity: campaign, mention, role: 'campaign' });
    }
    placed.sort((a, b) => a.mention.start - b.mention.start);
  }
}

/**
 * "people familiar with the matter later said it was Silk Typhoon", "investigators identified the hackers as
 * APT29": the words right before an attacker's name that say who did the intrusion the text told of.
 */
const CULPRIT =
  /\b(?:said|says|say|believe[sd]?|identified|determined|concluded|confirmed|assessed|suspect(?:ed|s)?)(?: that)? (it|the (?:group|hackers?|attackers?|culprits?|intruders?|perpetrators?|actors?|threat actors?|breach|attack|intrusion|hack)) (?:was|were|as|to be) (?:the (?:work|doing) of )?$/du;
/** Characters before the attacker's name the words may take. */
const CULPRIT_REACH = 90;

/**
 * Where the text tells of an intrusion by its victim, more often than of any other, and a later sentence says who
 * did it ("… said it was Silk Typhoon"), the intrusion placed at "it" in that sentence, so the attacker named right
 * after is its culprit.
 */
export function placeIdentifiedCulprits(
  text: string,
  entities: readonly ExtractedEntity[],
  bySentence: Map<number, Placed[]>,
): void {
  // The text's own story: the intrusion told of most, where one is.
  const intrusions = entities
    .filter((e) => e.type === 'campaign' && e.via === 'intrusion-of-victim')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [intrusion, next] = intrusions;
  if (next && next.mentions.length === intrusion!.mentions.length) return;
  const first = intrusion?.mentions[0];
  if (!intrusion || !first) return;
  for (const [s, placed] of bySentence) {
    if (s < first.sentence || placed.some((p) => p.entity === intrusion)) continue;
    for (const attacker of placed) {
      if (attacker.role !== 'attacker') continue;
      const before = text.slice(
        Math.max(0, attacker.mention.start - CULPRIT_REACH),
        attacker.mention.start,
      );
      const m = CULPRIT.exec(before);
      if (!m?.[1]) continue;
      const start = attacker.mention.start - before.length + m.indices![1]![0];
      const mention: Mention = { start, end: start + m[1].length, text: m[1], sentence: s };
      placed.push({ entity: intrusion, mention, role: 'campaign' });
      placed.sort((a, b) => a.mention.start - b.mention.start);
      break;
    }
  }
}

/**
 * "The campaign has affected organizations in the hospitality … sectors": a sentence naming no actor that opens
 * on the activity a report attributes, then a verb of targeting, tells whom that activity targets. Only such a
 * verb: "This campaign reported by Recorded Future …" may be another's.
 */
const TARGETING_OPENING =
  /^\s*((?:The|This|These) (?:campaigns?|activity|attacks|operations?))(?= (?:(?:has|have|had|also|mainly|mostly|primarily|largely) ){0,2}(?:affected|targeted|targets|target|impacted|hit)\b)/u;

/** The placing of the reported activity at the opening of sentence `s`, where it opens so. */
export function reportedActivityOpening(
  text: string,
  span: Span,
  s: number,
  activity: ExtractedEntity | undefined,
): Placed | undefined {
  if (!activity) return undefined;
  const m = TARGETING_OPENING.exec(text.slice(span.start, Math.min(span.end, span.start + 80)));
  if (!m?.[1]) return undefined;
  const start = span.start + m[0].length - m[1].length;
  return {
    entity: activity,
    mention: { start, end: start + m[1].length, text: m[1], sentence: s },
    role: 'campaign',
  };
}
