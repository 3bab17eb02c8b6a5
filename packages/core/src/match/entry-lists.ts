/**
 * What an atom's "head" (one int32 per atom in the shared tables) stands for. Most atoms have one
 * unconditional entry: the head is its bare spec number, so a million-indicator index needs no object
 * per atom. Otherwise the head is -(1 + i) for lists[i], a plain array that is copied to each worker
 * (duplicates and pattern conditions are few).
 */
import type { IndexEntry } from './types.ts';

export class EntryLists {
  constructor(readonly lists: IndexEntry[][] = []) {}

  /** The head after adding `entry` to the atom whose head is `head` (undefined for a new atom). */
  add(head: number | undefined, entry: IndexEntry): number {
    if (head === undefined) {
      if (!entry.condition) return entry.spec;
      this.lists.push([entry]);
      return -this.lists.length;
    }
    if (head < 0) {
      this.lists[-1 - head]!.push(entry);
      return head;
    }
    this.lists.push([{ spec: head }, entry]);
    return -this.lists.length;
  }

  entries(head: number): readonly IndexEntry[] {
    return head >= 0 ? [{ spec: head }] : this.lists[-1 - head]!;
  }
}
