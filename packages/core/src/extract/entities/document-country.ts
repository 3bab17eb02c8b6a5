/**
 * Which state's government a text speaks about, so "its foreign ministry" can be placed: the country
 * written just before "government", "authorities", "officials"... nearest before the mention, else the
 * most frequent such country in the text.
 */
import type { Hit } from './hits.ts';
import type { TextContext } from './text-context.ts';

const GOVERNMENT_WORDS = new Set([
  'government',
  'authorities',
  'officials',
  'cabinet',
  'prime',
  'president',
  'administration',
  'state',
]);

export class GovernmentCountry {
  readonly #marks: { token: number; code: string }[] = [];
  readonly #dominant: string | undefined;

  constructor(ctx: TextContext, hits: readonly Hit[]) {
    const counts = new Map<string, number>();
    for (const hit of hits) {
      if (hit.kind !== 'lexicon' || hit.value.kind !== 'country') continue;
      let next = hit.to;
      if (ctx.tokens[next]?.norm === 's') next++; // "Poland's government"
      if (!GOVERNMENT_WORDS.has(ctx.tokens[next]?.norm ?? '')) continue;
      this.#marks.push({ token: hit.from, code: hit.value.code });
      counts.set(hit.value.code, (counts.get(hit.value.code) ?? 0) + 1);
    }
    let dominant: string | undefined;
    for (const [code, n] of counts)
      if (!dominant || n > (counts.get(dominant) ?? 0)) dominant = code;
    this.#dominant = dominant;
  }

  /** The government country in force at token `at`. */
  at(at: number): string | undefined {
    // Marks are in text order: binary search for the last one before `at`.
    let lo = 0;
    let hi = this.#marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#marks[mid]?.token ?? Infinity) < at) lo = mid + 1;
      else hi = mid;
    }
    return this.#marks[lo - 1]?.code ?? this.#dominant;
  }
}
