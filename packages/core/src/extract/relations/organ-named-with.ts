/**
 * Of the state organs a sentence names, the one that goes with a person or a company it names beside them:
 * the organ named last before it ("orders from PRC Ministry of State Security (MSS) Hainan State Security
 * Department (HSSD) intelligence officers Ding Xiaoyang, …": the provincial arm), else the first named after it
 * ("Wu Shurong … carried out orders from PRC Ministry of State Security …").
 */
import type { Span } from '../../analysis/types.ts';
import type { Placed } from './roles.ts';

export function organNamedWith(organs: readonly Placed[], at: Span): Placed | undefined {
  let before: Placed | undefined;
  let after: Placed | undefined;
  for (const organ of organs) {
    if (organ.mention.end <= at.start) {
      if (!before || organ.mention.start > before.mention.start) before = organ;
    } else if (organ.mention.start >= at.end) {
      if (!after || organ.mention.start < after.mention.start) after = organ;
    }
  }
  return before ?? after;
}
