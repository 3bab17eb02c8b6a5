import { describe, expect, it } from 'vitest';
import { firstStartingFrom } from './first-starting-from.ts';

describe('firstStartingFrom', () => {
  const items = [5, 10, 10, 20].map((start) => ({ mention: { start } }));

  it('finds the first item starting at or after the offset', () => {
    expect(firstStartingFrom(items, 0)).toBe(0);
    expect(firstStartingFrom(items, 10)).toBe(1);
    expect(firstStartingFrom(items, 11)).toBe(3);
    expect(firstStartingFrom(items, 21)).toBe(4);
    expect(firstStartingFrom([], 3)).toBe(0);
  });
});
