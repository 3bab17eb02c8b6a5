/** @vigil/core: pure STIX 2.1 model, extraction, matching and briefing logic. No I/O. */
export * from './result.ts';
export * from './errors.ts';
export * from './stix/ids.ts';
export type * from './stix/object.ts';
export type * from './analysis/types.ts';
export type * from './knowledge/entry.ts';
export * from './extract/sentences.ts';
export * from './stix/jcs.ts';
export * from './stix/upgrade.ts';
