/** Reads a paged listing to the end, following `next` cursors (Repository pages are bounded in size). */
import type { Page } from './repository.ts';

export async function allPages<T>(
  fetchPage: (after: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const page = await fetchPage(after);
    items.push(...page.items);
    after = page.next;
  } while (after);
  return items;
}
