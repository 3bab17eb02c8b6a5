import { describe, expect, it } from 'vitest';
import { allPages } from './all-pages.ts';
import type { Page } from './repository.ts';

/** A listing of `items` served `size` at a time, the cursor being the next start index. */
const paged =
  <T>(items: readonly T[], size: number, seen: (string | undefined)[]) =>
  (after: string | undefined): Promise<Page<T>> => {
    seen.push(after);
    const start = after === undefined ? 0 : Number(after);
    const end = start + size;
    return Promise.resolve({
      items: items.slice(start, end),
      ...(end < items.length ? { next: String(end) } : {}),
    });
  };

describe('allPages', () => {
  it('follows next cursors until the last page and keeps the order', async () => {
    const items = Array.from({ length: 7 }, (_, i) => `item-${i}`);
    const seen: (string | undefined)[] = [];
    expect(await allPages(paged(items, 3, seen))).toEqual(items);
    expect(seen).toEqual([undefined, '3', '6']);
  });

  it('asks once for an empty listing', async () => {
    const seen: (string | undefined)[] = [];
    expect(await allPages(paged([], 3, seen))).toEqual([]);
    expect(seen).toEqual([undefined]);
  });
});
