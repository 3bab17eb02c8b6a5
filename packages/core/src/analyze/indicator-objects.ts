/**
 * Extracted IOCs -> STIX: one SCO per observable value and, for values hunting can use, one `indicator`
 * with a STIX pattern over it (docs/ARCHITECTURE.md, "Indicator model").
 */
import type { ExtractedIndicator } from '../analysis/types.ts';
import { indicatorPattern } from '../stix/indicator-pattern.ts';
import { scoIdFor } from '../stix/sco.ts';
import type { ScoType } from '../stix/object-types.ts';
import type { StixObject } from '../stix/object.ts';
import { vigilId, type StixId } from '../stix/ids.ts';

const HASH_ALGORITHM = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' } as const;

export interface ObservableForm {
  readonly sco: StixObject;
  /** The comparison hunting evaluates; absent for observables that make poor detections on their own. */
  readonly pattern?: string;
}

/** The SCO (and pattern) for an extracted value; undefined for types STIX has no SCO for. */
/** An SCO with its spec id; values come from the extractor, which already validated them. */
function observable(type: ScoType, props: Record<string, unknown>): StixObject {
  return { type, spec_version: '2.1', id: scoIdFor(type, props), ...props };
}

export function observableFor(indicator: ExtractedIndicator): ObservableForm | undefined {
  const { type, value } = indicator;
  switch (type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'domain-name':
    case 'url':
    case 'email-addr': {
      const sco = observable(type, { value });
      return { sco, pattern: indicatorPattern(sco) };
    }
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512': {
      const sco = observable('file', { hashes: { [HASH_ALGORITHM[type]]: value } });
      return { sco, pattern: indicatorPattern(sco) };
    }
    // A file name alone ("cmd.exe") is context, not a detection: SCO only.
    case 'file-name':
      return { sco: observable('file', { name: value }) };
    case 'windows-registry-key':
      return { sco: observable('windows-registry-key', { key: value }) };
    case 'asn': {
      const number = Number(value.replace(/^AS/iu, ''));
      return Number.isSafeInteger(number)
        ? { sco: observable('autonomous-system', { number }) }
        : undefined;
    }
    // CVE and ATT&CK ids become vulnerability / attack-pattern references, not observables; STIX has
    // no SCO for cryptocurrency addresses (they stay in the analysis JSON).
    case 'cve':
    case 'attack-id':
    case 'bitcoin-address':
    case 'ethereum-address':
      return undefined;
  }
}

export interface IndicatorContext {
  readonly validFrom: string;
  readonly publishedKnown: boolean;
  readonly created: string;
  readonly createdBy: StixId;
  readonly markingRefs: readonly StixId[];
}

export function indicatorObject(
  value: string,
  pattern: string,
  context: IndicatorContext,
): StixObject {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: vigilId('indicator', pattern),
    created: context.created,
    modified: context.created,
    created_by_ref: context.createdBy,
    name: value,
    pattern,
    pattern_type: 'stix',
    valid_from: context.validFrom,
    ...(context.publishedKnown
      ? {}
      : {
          description:
            'valid_from is the date Vigil read the report: the source states no publication date.',
        }),
    ...(context.markingRefs.length > 0 ? { object_marking_refs: [...context.markingRefs] } : {}),
  };
}
