import { describe, expect, it } from 'vitest';
import type { StixObject } from '../stix/object.ts';
import { keepHigherMarking } from './marking-floor.ts';
import { TLP2 } from './tlp.ts';

const STATEMENT = 'marking-definition--ad2caa47-58fd-5491-8f67-255377927369';
const indicator = (...refs: string[]): StixObject =>
  ({
    type: 'indicator',
    id: 'indicator--4ec0cc2c-2a44-50bb-b3f8-8ddfc9950841',
    ...(refs.length > 0 ? { object_marking_refs: refs } : {}),
  }) as unknown as StixObject;

describe('keepHigherMarking', () => {
  it('keeps a stored TLP the new version leaves out or lowers, with the new non-TLP markings', () => {
    const stored = indicator(TLP2.amber.id);
    expect(keepHigherMarking(indicator(), stored).object_marking_refs).toEqual([TLP2.amber.id]);
    expect(
      keepHigherMarking(indicator(TLP2.clear.id, STATEMENT), stored).object_marking_refs,
    ).toEqual([STATEMENT, TLP2.amber.id]);
  });

  it('leaves a new version alone when it is as or more restrictive, or the store has no TLP', () => {
    const raised = indicator(TLP2.red.id);
    expect(keepHigherMarking(raised, indicator(TLP2.amber.id))).toBe(raised);
    const same = indicator(TLP2.amber.id);
    expect(keepHigherMarking(same, indicator(TLP2.amber.id))).toBe(same);
    const unmarked = indicator();
    expect(keepHigherMarking(unmarked, indicator(STATEMENT))).toBe(unmarked);
    expect(keepHigherMarking(unmarked, undefined)).toBe(unmarked);
  });
});
