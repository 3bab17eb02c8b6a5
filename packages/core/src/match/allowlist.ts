/**
 * Known-benign suppression: an allowlist is itself an indicator index (same file formats, same
 * semantics: CIDR ranges, parent domains), and a hit is dropped when its logged value is on it. The
 * value is normalized here, on the (rare) hit path, as the index normalized the allowlist.
 */
import type { IndicatorIndex } from './indicator-index.ts';
import { parseIPv4, parseIPv6 } from './ip.ts';
import { normalizeEmail, normalizeHost, normalizeUrl } from './normalize.ts';
import type { RecordHit } from './types.ts';

const has = <T>(normalized: T | undefined, lookup: (value: T) => unknown): boolean =>
  normalized !== undefined && lookup(normalized) !== undefined;

export function isAllowlisted(
  allow: IndicatorIndex,
  hit: Pick<RecordHit, 'kind' | 'value'>,
): boolean {
  switch (hit.kind) {
    case 'ipv4':
      return has(parseIPv4(hit.value), (a) => allow.ipv4(a));
    case 'ipv6':
      return has(parseIPv6(hit.value), (a) => allow.ipv6(a));
    case 'domain': {
      const host = normalizeHost(hit.value);
      let found = false;
      if (host)
        allow.domain(host, () => {
          found = true;
        });
      return found;
    }
    case 'url':
      return has(normalizeUrl(hit.value), (u) => allow.url(u));
    case 'email':
      return has(normalizeEmail(hit.value), (e) => allow.email(e));
    case 'hash':
      return allow.hash(hit.value.toLowerCase()) !== undefined;
    case 'field':
      return false;
  }
}
