/**
 * Known-benign suppression: an allowlist is itself an indicator index (same file formats, same
 * semantics: CIDR ranges, parent domains), and a hit is dropped when its matched value is on it.
 */
import type { IndicatorIndex } from './indicator-index.ts';
import { parseIPv4, parseIPv6 } from './ip.ts';
import type { RecordHit } from './types.ts';

export function isAllowlisted(
  allow: IndicatorIndex,
  hit: Pick<RecordHit, 'kind' | 'value'>,
): boolean {
  switch (hit.kind) {
    case 'ipv4': {
      const address = parseIPv4(hit.value);
      return address !== undefined && allow.ipv4(address) !== undefined;
    }
    case 'ipv6': {
      const address = parseIPv6(hit.value);
      return address !== undefined && allow.ipv6(address) !== undefined;
    }
    case 'domain': {
      let found = false;
      allow.domain(hit.value, () => {
        found = true;
      });
      return found;
    }
    case 'url':
      return allow.url(hit.value) !== undefined;
    case 'email':
      return allow.email(hit.value) !== undefined;
    case 'hash':
      return allow.hash(hit.value) !== undefined;
    case 'field':
      return false;
  }
}
