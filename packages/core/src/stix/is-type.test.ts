import { describe, expect, it } from 'vitest';
import { isType } from './is-type.ts';
import type { StixObject } from './object.ts';
import { indicator, ipv4 } from './sample-objects.fixture.ts';

describe('isType', () => {
  it('narrows by type so typed properties become reachable', () => {
    const objects: StixObject[] = [ipv4, indicator];
    const patterns = objects.filter((o) => isType(o, 'indicator')).map((o) => o.pattern);
    expect(patterns).toEqual([indicator.pattern]);
    const values = objects.flatMap((o) => (isType(o, 'ipv4-addr') ? [o.value] : []));
    expect(values).toEqual(['198.51.100.7']);
  });
});
