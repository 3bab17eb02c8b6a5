/**
 * "Supo said ... that it had assessed the attribution with moderate confidence": a sentence that rates
 * the attribution itself and names no actor states the confidence of the attribution made just before
 * it. That rating is the source's own assessment, so it replaces the estimative word of the attribution
 * sentence ("likely"), where the usual rule keeps the strongest stated confidence.
 */
import type { Span } from '../../analysis/types.ts';
import { firstEstimativePhrase, type EstimativePhrase } from '../confidence/estimative-language.ts';

export interface CampaignAttribution {
  readonly source: string;
  readonly target: string;
  readonly sentence: number;
}

export interface AttributionAssessment {
  readonly attribution: CampaignAttribution;
  readonly sentence: number;
  readonly phrase: EstimativePhrase;
}

const SPEAKS_OF_ATTRIBUTION = /\battribution\b/iu;
/** Only a rating in so many words ("moderate confidence", "high degree of certainty"), not "likely". */
const RATING = /confidence|certainty/iu;
/** How many sentences back the rated attribution may stand. */
const REACH = 3;

export function attributionAssessments(
  text: string,
  sentences: readonly Span[],
  attributions: readonly CampaignAttribution[],
  namesActor: (sentence: number) => boolean,
): AttributionAssessment[] {
  if (attributions.length === 0) return [];
  const assessments: AttributionAssessment[] = [];
  // Only the few sentences within reach after an attribution, not every sentence between the first
  // and the last one: a long report with attributions far apart stays cheap.
  const reached = new Set<number>();
  for (const a of attributions) {
    for (let s = a.sentence + 1; s <= a.sentence + REACH && s < sentences.length; s++)
      reached.add(s);
  }
  for (const s of [...reached].sort((x, y) => x - y)) {
    const span = sentences[s];
    if (!span || namesActor(s) || !SPEAKS_OF_ATTRIBUTION.test(text.slice(span.start, span.end))) {
      continue;
    }
    const phrase = firstEstimativePhrase(text, span.start, span.end);
    if (!phrase || !RATING.test(phrase.text)) continue;
    const before = attributions.filter((a) => a.sentence < s && a.sentence >= s - REACH);
    // Two actors named just before: the rating cannot say which attribution it is about.
    const targets = new Set(before.map((a) => `${a.source}|${a.target}`));
    const [attribution] = before;
    if (attribution && targets.size === 1) assessments.push({ attribution, sentence: s, phrase });
  }
  return assessments;
}
