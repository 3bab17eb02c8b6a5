/**
 * Defanging for what people read (Markdown, HTML): an indicator copied from a briefing must not be
 * clickable or resolvable. Machine formats (JSON, STIX) keep the refanged value.
 */
import type { IndicatorType } from '../analysis/types.ts';

const NETWORK: ReadonlySet<IndicatorType> = new Set([
  'ipv4-addr',
  'ipv6-addr',
  'domain-name',
  'url',
  'email-addr',
]);

export function defangForDisplay(type: IndicatorType, value: string): string {
  if (!NETWORK.has(type)) return value;
  let out = value.replace(/\./g, '[.]');
  if (type === 'url')
    out = out.replace(/^http/i, (m) => (m[0] === 'H' ? 'HXXP' : 'hxxp')).replace('://', '[://]');
  if (type === 'email-addr') out = out.replace('@', '[@]');
  if (type === 'ipv6-addr') out = out.replace(/:/g, '[:]');
  return out;
}
