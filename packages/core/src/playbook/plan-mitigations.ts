/**
 * Builds the prioritized response plan from what Vigil knows about a threat. Every step records the
 * facts that triggered it; nothing comes from the source's own advice.
 */
import {
  attackMitigation,
  csfForAttackMitigation,
  fallbackMitigations,
} from './attack-mitigations.ts';
import { STEP_OF_MITIGATION, stepTemplate } from './step-catalog.ts';
import {
  SECTORS_WITH_REPORTING_DUTIES,
  STEPS_FOR_ACTIVITY,
  stepsForTechnique,
} from './step-rules.ts';
import type {
  AttackMitigationRef,
  MitigationStep,
  TechniqueFact,
  ThreatFacts,
  Trigger,
} from './types.ts';

export interface MitigationPlan {
  readonly steps: readonly MitigationStep[];
  /** ATT&CK mitigations that apply but were left out to keep the plan short. */
  readonly omittedMitigations: readonly AttackMitigationRef[];
}

export interface PlanOptions {
  /** At most this many steps for mitigations outside the step catalog (default 6). */
  readonly maxCounterSteps?: number;
}

interface Draft {
  id: string;
  title: string;
  action: string;
  urgency: number;
  order: number;
  triggers: Map<string, Trigger>;
  csf: Set<string>;
  mitigations: Map<string, AttackMitigationRef>;
  sp80061r3: readonly string[];
  /** Techniques countered (for ranking mitigation-only steps). */
  countered: Set<string>;
}

const techniqueTrigger = (t: TechniqueFact): Trigger => ({
  kind: 'technique',
  label: `technique ${t.id} ${t.name}`,
  ref: t.id,
});

export function planMitigations(facts: ThreatFacts, options: PlanOptions = {}): MitigationPlan {
  const drafts = new Map<string, Draft>();
  let order = 0;

  const draftFor = (id: string): Draft | undefined => {
    const existing = drafts.get(id);
    if (existing) return existing;
    const template = stepTemplate(id);
    if (!template) return undefined;
    const draft: Draft = {
      id,
      title: template.title,
      action: template.action,
      urgency: template.urgency,
      order: order++,
      triggers: new Map(),
      csf: new Set(template.csf),
      mitigations: new Map(
        template.attackMitigations.flatMap((m) => {
          const ref = attackMitigation(m);
          return ref ? [[m, ref] as const] : [];
        }),
      ),
      sp80061r3: template.sp80061r3,
      countered: new Set(),
    };
    drafts.set(id, draft);
    return draft;
  };
  const trigger = (stepId: string, t: Trigger): Draft | undefined => {
    const draft = draftFor(stepId);
    draft?.triggers.set(`${t.kind}|${t.ref ?? t.label}`, t);
    return draft;
  };

  for (const finding of facts.activity) {
    for (const stepId of STEPS_FOR_ACTIVITY[finding.kind]) {
      trigger(stepId, { kind: 'activity', label: finding.basis, ref: finding.kind });
    }
  }
  for (const { step, kind, what, words } of facts.toldOf ?? []) {
    trigger(step, { kind, label: `the report tells of ${what ? `${what}: ` : ''}“${words}”` });
  }
  for (const technique of facts.techniques) {
    for (const stepId of stepsForTechnique(technique.id)) {
      trigger(stepId, techniqueTrigger(technique));
    }
  }
  for (const vulnerability of facts.vulnerabilities) {
    const kev = vulnerability.kev;
    const label = kev
      ? `${vulnerability.cve} in ${kev.vendorProject} ${kev.product}, known exploited (CISA KEV${kev.dueDate ? `, due ${kev.dueDate}` : ''})`
      : `${vulnerability.cve} exploited`;
    for (const stepId of ['vulnerability-assessment', 'patch-management']) {
      const draft = trigger(stepId, { kind: 'vulnerability', label, ref: vulnerability.cve });
      // A known-exploited vulnerability moves patching up to just after activation.
      if (draft && kev && stepId === 'patch-management') draft.urgency = Math.min(draft.urgency, 2);
    }
  }
  for (const sector of facts.sectors) {
    if (SECTORS_WITH_REPORTING_DUTIES.has(sector)) {
      trigger('agency-collaboration', {
        kind: 'sector',
        label: `targets ${sector}, a sector with national reporting duties`,
        ref: sector,
      });
    }
  }
  if (facts.indicatorCount > 0) {
    trigger('hunt-indicators', {
      kind: 'indicators',
      label: `${facts.indicatorCount} indicator(s) reported`,
    });
  }
  if (facts.activity.some((a) => a.kind === 'ransomware')) {
    const backup = drafts.get('backup-recovery');
    if (backup) backup.urgency = Math.min(backup.urgency, 2);
  }

  const counterSteps = addTechniqueMitigations(facts, drafts, draftFor);
  const limit = options.maxCounterSteps ?? 6;
  const rankedCounters = [...counterSteps.values()].sort(
    (a, b) => b.countered.size - a.countered.size || a.id.localeCompare(b.id),
  );
  const kept = rankedCounters.slice(0, limit);
  const omitted = rankedCounters.slice(limit);

  const all = [...drafts.values(), ...kept].sort(
    (a, b) =>
      a.urgency - b.urgency ||
      b.countered.size - a.countered.size ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
  const steps = all.map((d, index): MitigationStep => ({
    id: d.id,
    title: d.title,
    action: d.action,
    priority: index + 1,
    triggers: [...d.triggers.values()],
    csf: [...d.csf].sort(),
    attackMitigations: [...d.mitigations.values()].sort((a, b) => a.id.localeCompare(b.id)),
    sp80061r3: d.sp80061r3,
  }));
  return {
    steps,
    omittedMitigations: omitted.flatMap((d) => [...d.mitigations.values()]),
  };
}

/**
 * Adds each technique's ATT&CK mitigations: to the catalog step it strengthens, or to a step of its
 * own (returned separately so the caller can cap their number).
 */
function addTechniqueMitigations(
  facts: ThreatFacts,
  drafts: Map<string, Draft>,
  draftFor: (id: string) => Draft | undefined,
): Map<string, Draft> {
  const counters = new Map<string, Draft>();
  for (const technique of facts.techniques) {
    const mitigations =
      facts.techniqueMitigations?.get(technique.id) ?? fallbackMitigations(technique.id);
    for (const mitigation of mitigations) {
      if (mitigation.id === 'M1055') continue; // "Do Not Mitigate" is advice not to act.
      const stepId = stepOfMitigation(mitigation.id, technique.id);
      const draft = stepId
        ? (drafts.get(stepId) ?? draftFor(stepId))
        : counterDraft(counters, mitigation, drafts.size);
      if (!draft) continue;
      draft.mitigations.set(mitigation.id, mitigation);
      draft.triggers.set(`technique|${technique.id}`, techniqueTrigger(technique));
      draft.countered.add(technique.id);
    }
  }
  return counters;
}

/**
 * Steps whose words speak of their own techniques: "Train staff against the lures in use" answers phishing,
 * not the user training ATT&CK also lists against LSASS dumping (password reuse). Another technique's
 * mitigation makes a step of its own there.
 */
const STEPS_OF_THEIR_TECHNIQUES: ReadonlySet<string> = new Set(['user-training']);

function stepOfMitigation(mitigation: string, technique: string): string | undefined {
  const step = STEP_OF_MITIGATION[mitigation];
  if (!step || !STEPS_OF_THEIR_TECHNIQUES.has(step)) return step;
  return stepsForTechnique(technique).includes(step) ? step : undefined;
}

function counterDraft(
  counters: Map<string, Draft>,
  mitigation: AttackMitigationRef,
  order: number,
): Draft {
  const id = `counter-${mitigation.id}`;
  const existing = counters.get(id);
  if (existing) return existing;
  const csf = csfForAttackMitigation(mitigation.id);
  const draft: Draft = {
    id,
    title: `Apply ${mitigation.name} (${mitigation.id})`,
    action: `Apply the ATT&CK mitigation ${mitigation.id} ${mitigation.name} on the systems where the techniques below could run.`,
    urgency: 8,
    order: 1000 + order,
    triggers: new Map(),
    // Configuration management is the closest CSF outcome for an unmapped hardening measure.
    csf: new Set(csf.length > 0 ? csf : ['PR.PS-01']),
    mitigations: new Map(),
    sp80061r3: [],
    countered: new Set(),
  };
  counters.set(id, draft);
  return draft;
}
