/** Entity clusters: equivalent objects from different sources, linked with evidence, never merged. */
import type { StixId } from '../stix/ids.ts';

export type LinkKind = 'manual' | 'revoked-by' | 'attack-id' | 'shared-aliases';

/** Why two members are in one cluster. Confidence is STIX-style 0-100. */
export interface LinkEvidence {
  readonly kind: LinkKind;
  readonly a: StixId;
  readonly b: StixId;
  readonly confidence: number;
  /** Human-readable: the ATT&CK id, the shared aliases, the analyst's reason. */
  readonly detail: string;
}

/** An analyst's decision; the latest decision per pair wins, and it wins over computed links. */
export interface ManualDecision {
  readonly action: 'link' | 'unlink';
  readonly a: StixId;
  readonly b: StixId;
  readonly reason: string;
  readonly actor: string;
  /** ISO 8601 timestamp of the decision. */
  readonly at: string;
}

export interface EntityCluster {
  /** Stable for a given representative: the representative's id. */
  readonly id: StixId;
  readonly representative: StixId;
  readonly type: string;
  readonly name: string;
  /** Member ids, representative first. */
  readonly members: readonly StixId[];
  /** Every member name as written, one spelling per normalized key. */
  readonly aliases: readonly string[];
  readonly evidence: readonly LinkEvidence[];
  /** Lowest confidence among the links (100 for a single member). */
  readonly confidence: number;
  /** Aliases (as written) that also name another cluster. */
  readonly conflicts: readonly string[];
  readonly attackId?: string;
  readonly country?: string;
  /** The representative is revoked or deprecated (no active member): loses every contested lookup. */
  readonly inactive: boolean;
}

/** One normalized alias naming more than one cluster: kept on all, resolved to all, reported. */
export interface AliasConflict {
  readonly alias: string;
  readonly names: readonly string[];
  readonly clusters: readonly StixId[];
}

/** A link the rules wanted but a constraint refused (two ATT&CK objects, analyst unlink, country). */
export interface RefusedLink {
  readonly a: StixId;
  readonly b: StixId;
  readonly kind: LinkKind;
  readonly reason: string;
}
