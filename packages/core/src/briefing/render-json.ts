/**
 * JSON rendering for other tools: the Briefing as is (indicators refanged, every citation with its
 * UTF-16 source offsets), plus a format tag. Key order is fixed by construction, so output is stable.
 */
import type { Briefing } from './types.ts';

export const BRIEFING_JSON_FORMAT = 'vigil-briefing/1';

export function renderJson(b: Briefing): string {
  return `${JSON.stringify({ format: BRIEFING_JSON_FORMAT, ...b }, null, 2)}\n`;
}
