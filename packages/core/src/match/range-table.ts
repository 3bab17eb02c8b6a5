/**
 * Address ranges (CIDR blocks) → the entries whose range holds an address, by binary search.
 * Overlapping ranges are cut into disjoint elementary segments when built, so a lookup is one binary
 * search whatever the number of ranges (no per-indicator loop).
 */
export interface RangeData<K extends number | bigint, V> {
  readonly starts: readonly K[];
  /** Exclusive ends: a segment covers [starts[i], ends[i]). */
  readonly ends: readonly K[];
  readonly values: readonly (readonly V[])[];
}

export class RangeTable<K extends number | bigint, V> {
  /** Plain arrays (structured-cloneable), so a worker rebuilds the table with `new RangeTable(data)`. */
  constructor(readonly data: RangeData<K, V>) {}

  /** `successor(k)` is k + 1 in the key's arithmetic (number or bigint). */
  static build<K extends number | bigint, V>(
    ranges: readonly { readonly first: K; readonly last: K; readonly value: V }[],
    successor: (key: K) => K,
  ): RangeTable<K, V> {
    type Event = { at: K; open: boolean; value: V };
    const events: Event[] = [];
    for (const r of ranges) {
      events.push({ at: r.first, open: true, value: r.value });
      events.push({ at: successor(r.last), open: false, value: r.value });
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const starts: K[] = [];
    const ends: K[] = [];
    const values: V[][] = [];
    const active = new Map<V, number>();
    for (let i = 0; i < events.length;) {
      const at = events[i]!.at;
      while (i < events.length && events[i]!.at === at) {
        const e = events[i++]!;
        const n = (active.get(e.value) ?? 0) + (e.open ? 1 : -1);
        if (n > 0) active.set(e.value, n);
        else active.delete(e.value);
      }
      const next = events[i];
      if (active.size > 0 && next) {
        starts.push(at);
        // The segment ends just before the next boundary; comparisons use `< next`, so store next.
        ends.push(next.at);
        values.push([...active.keys()]);
      }
    }
    return new RangeTable({ starts, ends, values });
  }

  get size(): number {
    return this.data.starts.length;
  }

  /** Entries whose range contains `key`, or undefined. */
  lookup(key: K): readonly V[] | undefined {
    const { starts, ends, values } = this.data;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= key) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi < 0 || key >= ends[hi]!) return undefined;
    return values[hi];
  }
}
