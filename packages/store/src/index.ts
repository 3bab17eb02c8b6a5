/** @vigil/store: the knowledge store (docs/ARCHITECTURE.md "Store"). */
export type * from './repository.ts';
export { StoreError } from './errors.ts';
export type { StoreErrorCode } from './errors.ts';
export { openRepository, parseStoreUrl } from './open.ts';
export type { StoreLocation } from './open.ts';
export { openSqlite } from './sqlite/open.ts';
export { openPostgres } from './postgres/open.ts';
export { modifiedSortKey } from './sql/timestamp.ts';
export * from './knowledge/load-entities.ts';
export * from './knowledge/recompute-clusters.ts';
export * from './knowledge/resolve-entity.ts';
export * from './knowledge/link-entities.ts';
export * from './knowledge/knowledge-entries.ts';
export * from './knowledge/import-misp-galaxy.ts';
export * from './reports/save-report.ts';
export { redactStoreUrl } from './redact.ts';
export * from './warninglist/load-warning-lists.ts';
