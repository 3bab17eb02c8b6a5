import type { IndicatorType } from '../analysis/types.ts';

export interface WarningHit {
  readonly list: string;
  readonly name: string;
}

/** Looks an extracted value up in MISP warning lists. */
export interface WarningMatcher {
  match(type: IndicatorType, value: string): readonly WarningHit[];
}
