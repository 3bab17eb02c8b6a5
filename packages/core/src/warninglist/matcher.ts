import type { IndicatorType } from '../analysis/types.ts';

export interface WarningHit {
  /** The list's directory / key ("rfc1918", "tranco10k"). */
  readonly list: string;
  /** The list's human name ("List of RFC 1918 CIDR blocks"). */
  readonly name: string;
}

/** Looks an extracted value up in MISP warning lists. */
export interface WarningMatcher {
  match(type: IndicatorType, value: string): readonly WarningHit[];
}
