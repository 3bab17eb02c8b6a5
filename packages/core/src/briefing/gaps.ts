/** Gaps and assumptions: what the sources do not say, and what the briefing assumed instead. */
import type { MitigationPlan } from '../playbook/plan-mitigations.ts';
import type { VulnerabilityFact } from '../playbook/types.ts';
import type { BriefingInput, BriefingTechnique, IndicatorRow } from './types.ts';

/** Said where the briefing has no actor to give a background on: none attributed, or none the store holds. */
export const NO_BACKGROUND =
  'No background: the report attributes the activity to no actor the knowledge store holds';

export interface GapInput {
  readonly input: BriefingInput;
  readonly techniques: readonly BriefingTechnique[];
  readonly indicators: readonly IndicatorRow[];
  readonly vulnerabilities: readonly VulnerabilityFact[];
  readonly plan: MitigationPlan;
}

export function listGaps({
  input,
  techniques,
  indicators,
  vulnerabilities,
  plan,
}: GapInput): string[] {
  const gaps: string[] = [];
  const { report, actor } = input;
  if (report) {
    if (indicators.length === 0)
      gaps.push('The report gives no indicators of compromise: nothing to hunt for yet.');
    const reported = techniques.filter((t) => t.from === 'report');
    if (reported.length === 0) {
      gaps.push(
        actor
          ? `The report names no ATT&CK techniques; the plan assumes ${actor.name}'s known techniques from the knowledge store.`
          : 'The report names no ATT&CK techniques and attributes the activity to no actor the knowledge store holds.',
      );
    }
    if (!reported.some((t) => t.tactics.includes('initial-access'))) {
      gaps.push('Initial access is unknown: the report does not say how the intruders got in.');
    }
    if (vulnerabilities.length === 0) gaps.push('No exploited vulnerability (CVE) is named.');
    if (!report.published)
      gaps.push('The report states no publication date; "first seen" dates are unknown.');
    if (!report.reliability)
      gaps.push('Nobody has rated the source: reliability F (cannot be judged).');
  }
  if (!actor) gaps.push(`${NO_BACKGROUND}: no aliases or known techniques.`);
  if (!input.profile) gaps.push('No organization profile: relevance to us is not scored.');
  if (plan.omittedMitigations.length > 0) {
    gaps.push(
      `Further ATT&CK mitigations apply but were left out to keep the plan short: ${plan.omittedMitigations.map((m) => m.id).join(', ')}.`,
    );
  }
  const versions = (input.knowledgeVersions ?? []).map((v) => `${v.name} ${v.version}`);
  gaps.push(
    `As of ${input.now.slice(0, 10)}; knowledge used: ${versions.length > 0 ? versions.join(', ') : 'none recorded'}.`,
  );
  return gaps;
}
