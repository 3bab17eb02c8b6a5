/**
 * Vigil's provenance extension (docs/ARCHITECTURE.md, "Provenance"): the report carries, for every
 * object it mentions, the spans of its extracted text that support it. It is a STIX 2.1 property
 * extension (§7.3), so any STIX consumer can ignore it and keep the rest.
 */
import type { StixObject } from '../stix/object.ts';
import { vigilId, type StixId } from '../stix/ids.ts';

export const VIGIL_IDENTITY_ID: StixId<'identity'> = vigilId('identity', 'vigil', 'system');

export const PROVENANCE_EXTENSION_ID: StixId<'extension-definition'> = vigilId(
  'extension-definition',
  'vigil-report-provenance',
  '1.0',
);

/** Fixed so the objects never change between runs (same id, same bytes). */
const DEFINED = '2026-01-01T00:00:00.000Z';

export const VIGIL_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: VIGIL_IDENTITY_ID,
  created: DEFINED,
  modified: DEFINED,
  name: 'Vigil',
  identity_class: 'system',
  description:
    'The Vigil threat-intelligence platform, as producer of the objects it derives from reports.',
};

export const PROVENANCE_EXTENSION_DEFINITION: StixObject = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: PROVENANCE_EXTENSION_ID,
  created: DEFINED,
  // A new version: the schema now bounds `spans` and adds `span_count`.
  modified: '2026-11-29T00:00:00.000Z',
  created_by_ref: VIGIL_IDENTITY_ID,
  name: 'Vigil report provenance',
  description:
    'Where in a report each referenced object and relationship was found: UTF-16 offsets into the extracted report text, with the enclosing sentence.',
  schema:
    'Property extension on report: text_sha256 (hex SHA-256 of the extracted text), published_known (boolean: false when `published` is the ingestion time because the source gave no date), source {name, url, reliability (Admiralty A-F)}, evidence [{object_ref, via, confidence?, spans [{start, end, sentence_start, sentence_end}] (in text order, at most the first 1000), span_count? (all spans found, present when more than 1000)}], flagged [{type, value, lists [{list, name}]}].',
  version: '1.0',
  extension_types: ['property-extension'],
};

export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  readonly sentence_start: number;
  readonly sentence_end: number;
}

export interface EvidenceEntry {
  readonly object_ref: StixId;
  /** How it was recognized: 'alias', 'naming-scheme', 'demonym', 'ioc', 'relation'... */
  readonly via: string;
  readonly confidence?: number;
  /** In text order, at most MAX_EVIDENCE_SPANS: the first ones. */
  readonly spans: readonly EvidenceSpan[];
  /** Every span found, when more than MAX_EVIDENCE_SPANS (then `spans` holds the first ones). */
  readonly span_count?: number;
}

/**
 * Spans kept per object. Real reports stay far below it (a long report names its main actor a few
 * hundred times at most); a 50 MB one-line text repeating an article named each entity tens of
 * thousands of times and stored 2.3 million evidence rows, a 194 MB report object.
 */
export const MAX_EVIDENCE_SPANS = 1000;

export interface ReportProvenance {
  readonly extension_type: 'property-extension';
  readonly text_sha256: string;
  readonly published_known: boolean;
  readonly source?: {
    readonly name?: string;
    readonly url?: string;
    readonly reliability?: string;
  };
  readonly evidence?: readonly EvidenceEntry[];
  readonly flagged?: readonly {
    readonly type: string;
    readonly value: string;
    readonly lists: readonly { readonly list: string; readonly name: string }[];
  }[];
}

export function provenanceOf(report: StixObject): ReportProvenance | undefined {
  const extensions = report.extensions as Record<string, unknown> | undefined;
  return extensions?.[PROVENANCE_EXTENSION_ID] as ReportProvenance | undefined;
}
