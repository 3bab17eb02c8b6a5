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
export * from './knowledge/misp-galaxy.ts';
export * from './knowledge/misp-galaxy-to-stix.ts';
export type * from './knowledge/entity-cluster-types.ts';
export * from './knowledge/entity-facts.ts';
export * from './knowledge/entity-clusters.ts';
export * from './knowledge/build-knowledge-entries.ts';
export * from './match/indicator-index.ts';
export * from './match/record-matcher.ts';
export * from './match/indicator-sources.ts';
export * from './match/log-time.ts';
export * from './match/field-map.ts';
export type * from './match/types.ts';
export * from './extract/ioc/index.ts';
export * from './warninglist/index.ts';
export * from './stix/validate.ts';
export * from './stix/bundle.ts';
export * from './stix/timestamp.ts';
export * from './stix/type-registry.ts';
export type * from './stix/object-types.ts';
export type * from './stix/property-spec.ts';
export * from './match/allowlist.ts';
export * from './match/hunt-objects.ts';
export * from './csf/csf-catalog.ts';
export * from './playbook/index.ts';
export * from './profile/index.ts';
export * from './summarize/index.ts';
export * from './briefing/index.ts';
export * from './stix/sco.ts';
export * from './stix/indicator-pattern.ts';
// marking/tlp.ts: mostRestrictive/isAllowed renamed here only (briefing and match export those names).
export {
  TLP1,
  TLP2,
  TLP_LEVELS,
  TLP2_EXTENSION_ID,
  tlpRank,
  tlpLevelOf,
  tlpLevel,
  parseTlpLevel,
  tlpMarkingRef,
  mostRestrictive as mostRestrictiveTlp,
  isAllowed as isAllowedUnderTlp,
} from './marking/tlp.ts';
export * from './pattern/parser.ts';
export type * from './pattern/ast.ts';
export * from './analyze/analyze-report.ts';
export * from './analyze/knowledge.ts';
export * from './analyze/provenance.ts';
export * from './analyze/reconcile.ts';
export * from './analyze/report-identity.ts';
export * from './analyze/to-stix.ts';
export * from './extract/techniques/extract-techniques.ts';
export * from './analyze/identifier-entities.ts';
export * from './extract/entities/extract-entities.ts';
export * from './extract/entities/knowledge-index.ts';
export * from './extract/relations/extract-relations.ts';
export * from './extract/dates/extract-dates.ts';
export * from './extract/confidence/estimative-language.ts';
export * from './geo/countries.ts';
export * from './geo/regions.ts';
export * from './stix/is-type.ts';
