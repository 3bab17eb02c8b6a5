/**
 * "BlackSuit, a rebrand of the Royal ransomware operation which itself emerged from the Conti syndicate": the
 * families a crew descends from are its past, not software it uses.
 */
import type { Mention } from '../../analysis/types.ts';

/** The words of descent right before the family's name. */
const DESCENT_BEFORE =
  /\b(?:(?:rebrand(?:ing)?|successor|offshoot|spin-?off|splinter(?:\s+group)?|evolution|continuation|reincarnation|remnants?)\s+(?:of|to)|(?:emerged|evolved|spun\s+off|split|splintered|descended|derived)\s+from|grew\s+out\s+of|formerly\s+(?:known\s+as|called))\s+(?:the\s+)?$/iu;
/** How far before the name the words of descent may start. */
const REACH = 40;

/** Whether the family named at `mention` is one the text says something descends from. */
export const namedAsLineage = (text: string, mention: Mention): boolean =>
  DESCENT_BEFORE.test(text.slice(Math.max(0, mention.start - REACH), mention.start));
