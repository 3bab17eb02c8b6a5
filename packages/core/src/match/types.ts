/** Shared shapes of hunting: what an indicator is before indexing, and what a hit reports. */
import type { PatternExpr } from './pattern-subset.ts';

/** One indicator as hunting sees it: a STIX pattern or a bare observable value (plain IOC list). */
export interface IndicatorSpec {
  /** What a hit names: the indicator's STIX id, or the value itself for a plain list. */
  readonly ref: string;
  /** STIX pattern (pattern_type stix); exclusive with `value`. */
  readonly pattern?: string;
  /** Bare observable (IP, CIDR, host, URL, e-mail, hash), defanged forms allowed. */
  readonly value?: string;
  /** The indicator's own `name` (STIX), when it has one. */
  readonly name?: string;
  /** Names of the reports / actors / campaigns the indicator belongs to. */
  readonly context?: readonly string[];
}

export type AtomKind = 'ipv4' | 'ipv6' | 'domain' | 'url' | 'email' | 'hash' | 'field';

/** One way an indicator can fire: its spec, plus the rest of its pattern when it needs the whole record. */
export interface IndexEntry {
  readonly spec: number;
  /** AND-ed comparisons checked against the structured record's mapped fields (pattern subset). */
  readonly condition?: PatternExpr;
}

/** An indicator that could not be indexed, with the reason (reported, never silently ignored). */
export interface UnsupportedIndicator {
  readonly ref: string;
  readonly reason: string;
}

/** One indicator firing on one value of one record. */
export interface RecordHit {
  /** Field path in a structured record (`event.DestinationIp`, `Records[0].sourceIPAddress`); '' for text. */
  readonly field: string;
  /**
   * The value as the log wrote it: the whole host (`a.b.Evil.example` for indicator `evil.example`), the
   * address inside a CIDR, the URL before normalization, the field's value for a field comparison.
   */
  readonly value: string;
  readonly kind: AtomKind;
  readonly spec: number;
}
