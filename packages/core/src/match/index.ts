/**
 * The matching half of core on its own: what a hunt's sweep workers need (index, record matcher, log
 * times, allowlist). A worker that imports `@vigil/core` whole pays for the extraction lexicons it never
 * uses (about 0.4 s of CPU per worker at start); `@vigil/core/match` loads about a third of that.
 */
export * from './indicator-index.ts';
export * from './packed-specs.ts';
export * from './record-matcher.ts';
export * from './native-scan.ts';
export * from './log-time.ts';
export * from './allowlist.ts';
export type * from './types.ts';
