/**
 * The result of reading one report: what extraction found and where. Producers: core/src/extract/*
 * (IOCs, entities, techniques, relations). Consumers: the STIX assembler (analysis -> bundle), drafts,
 * briefings. Offsets are UTF-16 code units into `text` (the extracted text stored with the report).
 */
import type { StixId } from '../stix/ids.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A stretch of text that supports a finding, with the sentence it sits in. */
export interface Mention extends Span {
  /** The text as written (text.slice(start, end)). */
  readonly text: string;
  /** Index into Analysis.sentences. */
  readonly sentence: number;
}

export type EntityType =
  | 'intrusion-set'
  | 'threat-actor'
  | 'campaign'
  | 'malware'
  | 'tool'
  | 'attack-pattern'
  | 'vulnerability'
  | 'identity'
  | 'location';

export interface ExtractedEntity {
  /** Stable within one analysis and across runs: `${type}:${normalized name or external id}`. */
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  /** The knowledge object it resolved to (cluster representative), absent for new names. */
  readonly ref?: StixId;
  /** G0128, S0154, T1566.002, CVE-2021-44228, ISO alpha-2 country code... */
  readonly externalId?: string;
  /** STIX properties for a new object: identity_class, sectors, country, region, threat_actor_types... */
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly mentions: readonly Mention[];
  /** How sure the recognizer is that this is the entity (0-100), not the source's judgement. */
  readonly recognition?: number;
  /** Why it was recognized: 'alias', 'naming-scheme', 'context:group', 'demonym', 'technique-description'... */
  readonly via: string;
}

export interface ExtractedRelation {
  /** STIX relationship_type: attributed-to, targets, uses, located-at, originates-from... */
  readonly type: string;
  readonly source: string;
  readonly target: string;
  /** STIX confidence from the source's estimative language; absent when the text states none. */
  readonly confidence?: number;
  /** The words that set the confidence ("high degree of certainty"). */
  readonly confidenceText?: string;
  readonly evidence: readonly Mention[];
  /**
   * How the relation was found when no sentence states it (extract/relations/sole-subject.ts): the report
   * names one actor only ('sole-actor'), or no actor and one operation in its title ('sole-campaign'),
   * or no actor and one malware family ('sole-malware'), and the relation joins that subject to a tool or
   * technique the report describes.
   */
  readonly inferred?: 'sole-actor' | 'sole-campaign' | 'sole-malware';
}

export type IndicatorType =
  | 'ipv4-addr'
  | 'ipv6-addr'
  | 'domain-name'
  | 'url'
  | 'email-addr'
  | 'md5'
  | 'sha1'
  | 'sha256'
  | 'sha512'
  | 'cve'
  | 'attack-id'
  | 'asn'
  | 'windows-registry-key'
  | 'file-name'
  | 'bitcoin-address'
  | 'ethereum-address';

export interface ExtractedIndicator {
  readonly type: IndicatorType;
  /** Refanged, normalized value (lower-case hashes and host names). */
  readonly value: string;
  readonly mentions: readonly Mention[];
  /** Whether the source wrote it defanged. */
  readonly defanged: boolean;
  /** MISP warning lists that matched: likely false positive, kept visible but no indicator by default. */
  readonly warnings?: readonly { readonly list: string; readonly name: string }[];
}

export interface ExtractedDate {
  /** ISO 8601 date or partial date: '2022', '2022-05', '2022-05-28'. */
  readonly value: string;
  /** 'since' for "as early as 2022" / "since 2022", 'until', 'on' for a point, 'published'. */
  readonly role: 'since' | 'until' | 'on' | 'published';
  readonly mention: Mention;
}

export interface Analysis {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly entities: readonly ExtractedEntity[];
  readonly relations: readonly ExtractedRelation[];
  readonly indicators: readonly ExtractedIndicator[];
  readonly dates: readonly ExtractedDate[];
}
