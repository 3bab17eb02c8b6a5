/**
 * What the response planner reads (ThreatFacts, assembled by the briefing from a report and the
 * knowledge store) and what it writes (MitigationStep): every step names what triggered it.
 */

/** The kind of activity a threat is, inferred from attribution, software and wording. */
export type ActivityKind =
  | 'state-espionage'
  | 'state-revenue'
  | 'espionage'
  | 'ransomware'
  | 'cybercrime'
  | 'supply-chain'
  | 'unknown';

export interface ActivityFinding {
  readonly kind: ActivityKind;
  /** Why Vigil thinks so, e.g. "attributed to the Ministry of State Security, a state security body". */
  readonly basis: string;
}

export interface TechniqueFact {
  /** ATT&CK id: T1566.002. */
  readonly id: string;
  readonly name: string;
  /** ATT&CK tactic short names (kill_chain_phases.phase_name): initial-access... */
  readonly tactics: readonly string[];
}

/** One CISA Known Exploited Vulnerabilities catalog entry (field names as in the KEV JSON). */
export interface KevEntry {
  readonly cveID: string;
  readonly vendorProject: string;
  readonly product: string;
  readonly vulnerabilityName?: string;
  readonly dateAdded?: string;
  readonly dueDate?: string;
  readonly knownRansomwareCampaignUse?: string;
}

export interface VulnerabilityFact {
  readonly cve: string;
  /** Present when CISA lists the CVE as known-exploited. */
  readonly kev?: KevEntry;
}

export interface AttackMitigationRef {
  /** ATT&CK mitigation id, M10xx. */
  readonly id: string;
  readonly name: string;
}

/** Words of the report that call for one step: "into resetting a password" for checking callers. */
export interface ToldOf {
  readonly step: string;
  readonly kind: TriggerKind;
  /** What the words tell of, for the trigger's label; none where they say it themselves. */
  readonly what?: string;
  readonly words: string;
}

export interface ThreatFacts {
  readonly activity: readonly ActivityFinding[];
  readonly techniques: readonly TechniqueFact[];
  readonly vulnerabilities: readonly VulnerabilityFact[];
  /** industry-sector-ov values the threat targets. */
  readonly sectors: readonly string[];
  /** ISO 3166-1 alpha-2 codes of targeted countries. */
  readonly countries: readonly string[];
  readonly indicatorCount: number;
  /** The report's words that call for a step no technique names ("backdoors operating on … routers"). */
  readonly toldOf?: readonly ToldOf[];
  /**
   * ATT&CK `mitigates` relationships for the techniques, from the store (technique id -> mitigations).
   * Absent: the planner falls back to its built-in table for common techniques.
   */
  readonly techniqueMitigations?: ReadonlyMap<string, readonly AttackMitigationRef[]>;
}

export type TriggerKind =
  'activity' | 'technique' | 'vulnerability' | 'sector' | 'indicators' | 'device' | 'lure';

export interface Trigger {
  readonly kind: TriggerKind;
  /** Human-readable reason: "technique T1566.002 Spearphishing Link". */
  readonly label: string;
  /** The id behind it: T1566.002, CVE-2021-34473, government-national, state-espionage. */
  readonly ref?: string;
}

export interface MitigationStep {
  /** Stable id of the step kind: 'ir-activation', 'patch-management', 'counter-M1054'... */
  readonly id: string;
  readonly title: string;
  /** What to do, in Vigil's words (never the source's advice). */
  readonly action: string;
  /** 1 = do first. */
  readonly priority: number;
  readonly triggers: readonly Trigger[];
  /** NIST CSF 2.0 subcategory ids. */
  readonly csf: readonly string[];
  readonly attackMitigations: readonly AttackMitigationRef[];
  /** NIST SP 800-61r3 guidance that applies, keyed by CSF id. */
  readonly sp80061r3: readonly string[];
}
