/** Binary search over things sorted by where their mention starts. */

/** Index of the first item whose mention starts at or after `offset` (items.length when none does). */
export function firstStartingFrom(
  items: readonly { readonly mention: { readonly start: number } }[],
  offset: number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.mention.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
