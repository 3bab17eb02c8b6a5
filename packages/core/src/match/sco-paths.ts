/** Which STIX object paths hold a value the token scanner can find anywhere in a log line. */
import { isMappedScoPath } from './field-map.ts';
import type { AtomKind } from './types.ts';

const HASH_KEYS: Readonly<Record<string, true>> = {
  MD5: true,
  'SHA-1': true,
  SHA1: true,
  'SHA-256': true,
  SHA256: true,
  'SHA-512': true,
  SHA512: true,
};

/** The atom kind of a comparison path whose value can be indexed as an observable token. */
export function atomKindOfPath(path: string): AtomKind | 'ip' | undefined {
  switch (path) {
    case 'ipv4-addr:value':
      return 'ipv4';
    case 'ipv6-addr:value':
      return 'ipv6';
    case 'domain-name:value':
      return 'domain';
    case 'url:value':
      return 'url';
    case 'email-addr:value':
    case 'email-message:from_ref.value':
    case 'email-message:sender_ref.value':
    case 'email-message:to_refs[*].value':
      return 'email';
    case 'network-traffic:src_ref.value':
    case 'network-traffic:dst_ref.value':
      return 'ip';
    default: {
      const at = path.lastIndexOf('hashes.');
      return at >= 0 && HASH_KEYS[path.slice(at + 7).toUpperCase()] ? 'hash' : undefined;
    }
  }
}

/** Paths answered through the log field mapping only (file:name, network-traffic:dst_port…). */
export const isFieldPath = (path: string): boolean => isMappedScoPath(path);

/** Canonical spelling of a hash path (`file:hashes.sha256` → `file:hashes.SHA-256`). */
export function canonicalHashPath(path: string): string {
  const at = path.lastIndexOf('hashes.');
  if (at < 0) return path;
  const key = path.slice(at + 7).toUpperCase();
  const canonical =
    key === 'SHA1' ? 'SHA-1' : key === 'SHA256' ? 'SHA-256' : key === 'SHA512' ? 'SHA-512' : key;
  return `${path.slice(0, at + 7)}${canonical}`;
}
