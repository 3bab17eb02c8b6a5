/**
 * A value computed once per text, on the first question: most texts never ask, and those that do ask
 * again at many tokens. A WeakMap lets the value go with the text's context.
 */
import type { TextContext } from './text-context.ts';

export function perText<T>(compute: (ctx: TextContext) => T): (ctx: TextContext) => T {
  const cache = new WeakMap<TextContext, T>();
  return (ctx) => {
    let value = cache.get(ctx);
    if (value === undefined) {
      value = compute(ctx);
      cache.set(ctx, value);
    }
    return value;
  };
}
