/**
 * The briefing contract: what composeBriefing reads (BriefingInput: a report's Analysis, knowledge
 * gathered from the store, the org profile, an injected clock) and what every renderer reads
 * (Briefing). Every statement carries where it comes from: source offsets or a knowledge object.
 */
import type { Analysis, IndicatorType } from '../analysis/types.ts';
import type {
  ActivityFinding,
  AttackMitigationRef,
  KevEntry,
  MitigationStep,
  TechniqueFact,
} from '../playbook/types.ts';
import type { OrgProfile } from '../profile/org-profile.ts';
import type { Relevance } from '../profile/relevance.ts';
import type { TlpLevel } from '../marking/tlp.ts';

/** Admiralty source reliability: A completely reliable ... E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface ReportInput {
  /** The stored report's STIX id, when it is stored. */
  readonly id?: string;
  readonly title: string;
  readonly url?: string;
  /** Publication date (ISO 8601), when the source states one. */
  readonly published?: string;
  /** When Vigil read the report (ISO 8601): shown as such when the source states no date. */
  readonly ingested?: string;
  readonly publisher?: string;
  readonly reliability?: Reliability;
  readonly tlp?: TlpLevel;
  readonly analysis: Analysis;
}

export interface KnowledgeRef {
  /** STIX id of the knowledge object the statement rests on. */
  readonly objectId: string;
  /** Where that object comes from: "MITRE ATT&CK", "MISP galaxy threat-actor". */
  readonly source: string;
  readonly externalId?: string;
}

/** What the knowledge store knows about an actor (intrusion set, threat actor or campaign). */
export interface ActorKnowledge {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly externalId?: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly sponsor?: { readonly name: string; readonly basis: KnowledgeRef };
  /** ISO alpha-2 country the actor is attributed to. */
  readonly country?: string;
  readonly activeSince?: { readonly value: string; readonly basis: KnowledgeRef };
  readonly targets: { readonly sectors: readonly string[]; readonly countries: readonly string[] };
  readonly techniques: readonly TechniqueFact[];
  readonly software: readonly {
    readonly name: string;
    readonly externalId?: string;
    readonly type: string;
  }[];
  readonly otherReports: readonly {
    readonly id: string;
    readonly name: string;
    /** Only when the source states it; a stored report's `published` without one is the ingest time. */
    readonly published?: string;
    readonly ingested?: string;
    readonly tlp?: TlpLevel;
  }[];
  /** The knowledge objects this background was built from. */
  readonly basis: readonly KnowledgeRef[];
  readonly tlp?: TlpLevel;
}

export interface KnowledgeVersion {
  readonly name: string;
  readonly version: string;
}

export interface BriefingInput {
  /** ISO 8601 timestamp of generation (injected: core has no clock). */
  readonly now: string;
  readonly report?: ReportInput;
  readonly actor?: ActorKnowledge;
  /** CISA KEV entries by CVE id, for CVEs the report or actor involves. */
  readonly kev?: ReadonlyMap<string, KevEntry>;
  /** ATT&CK `mitigates` relationships: technique id -> mitigations. */
  readonly techniqueMitigations?: ReadonlyMap<string, readonly AttackMitigationRef[]>;
  /** ATT&CK technique names and tactics, for techniques the report names by id only. */
  readonly techniqueCatalog?: ReadonlyMap<
    string,
    { readonly name: string; readonly tactics: readonly string[] }
  >;
  readonly profile?: OrgProfile;
  readonly knowledgeVersions?: readonly KnowledgeVersion[];
}

/** A cited stretch of the source: UTF-16 offsets into the report text, and its sentence. */
export interface Citation {
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly text: string;
}

export type InsightTopic =
  'who' | 'what' | 'against-whom' | 'how' | 'since-when' | 'how-sure' | 'response';

export interface Insight {
  readonly topic: InsightTopic;
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly knowledge: readonly KnowledgeRef[];
}

export interface IssueSentence {
  readonly text: string;
  readonly citation: Citation;
}

export interface IndicatorRow {
  readonly type: IndicatorType;
  /** Refanged value (renderers for people defang it). */
  readonly value: string;
  readonly firstSeen?: string;
  readonly warning?: string;
}

export interface SourceRow {
  readonly name: string;
  readonly url?: string;
  readonly published?: string;
  /** When Vigil read it, for a source that states no publication date. */
  readonly ingested?: string;
  /** A knowledge base, dated by its version (ATT&CK, KEV) or not at all (MISP galaxy numbers). */
  readonly versioned?: true;
  readonly reliability: Reliability;
  readonly judgements: readonly {
    readonly text: string;
    readonly confidence?: number;
    readonly words?: string;
  }[];
}

export interface RiskAssessment {
  readonly relevance?: Relevance;
  /** Without a profile: what Vigil would need to score relevance. */
  readonly needs?: string;
  readonly exposure: { readonly sectors: readonly string[]; readonly countries: readonly string[] };
}

export interface Section<T> {
  readonly title: string;
  readonly tlp: TlpLevel;
  readonly content: T;
}

/** A technique in the briefing and where Vigil knows it from. */
export interface BriefingTechnique extends TechniqueFact {
  readonly from: 'report' | 'knowledge';
}

export interface Briefing {
  readonly id: string;
  readonly title: string;
  readonly generatedAt: string;
  readonly asOf: string;
  readonly tlp: TlpLevel;
  readonly subject: {
    readonly kind: 'report' | 'actor';
    readonly name: string;
    readonly id?: string;
  };
  readonly activity: readonly ActivityFinding[];
  readonly techniques: readonly BriefingTechnique[];
  readonly insights: Section<readonly Insight[]>;
  readonly issue: Section<readonly IssueSentence[]>;
  readonly background: Section<ActorKnowledge | undefined>;
  readonly risks: Section<RiskAssessment>;
  readonly mitigations: Section<{
    readonly steps: readonly MitigationStep[];
    readonly omitted: readonly AttackMitigationRef[];
  }>;
  readonly indicators: Section<readonly IndicatorRow[]>;
  readonly sources: Section<readonly SourceRow[]>;
  readonly gaps: Section<readonly string[]>;
  readonly knowledgeVersions: readonly KnowledgeVersion[];
}
