/**
 * "Secret Blizzard has been targeting foreign embassies in Moscow with a custom malware called ApolloShadow",
 * "APT33 hit petrochemical firms with Shamoon": the family an attack is made with is one the attacker
 * uses, though no use word is written. Only "with" right before the family (at most a determiner, three
 * describing words, a kind noun and a naming verb between) counts, and not after a word of likeness:
 * "together with Sandworm" names no family, "activity associated with the MQsTTang backdoor" no attack.
 */
import type { Span } from '../../analysis/types.ts';

const WITH_FAMILY =
  /(?<!\b(?:associated|linked|connected|tied|affiliated|along|together|consistent|overlaps?|compared)\s)\bwith\s+(?:(?:an?|the|its|their)\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:malware|backdoor|implant|trojan|loader|dropper|ransomware|spyware|stealer|toolkit|tool|rat|wiper|variant|strain|family)\s+(?:(?:called|named|dubbed|known\s+as)\s+)?)?$/iu;
/** Enough for "with a previously undocumented custom backdoor dubbed ": the regex reads no further. */
const REACH = 80;

/** Whether the capability at `family` is what the attack before it, told after the attacker, is made with. */
export function armedWith(text: string, attacker: Span, family: Span): boolean {
  if (family.start < attacker.end) return false;
  return WITH_FAMILY.test(text.slice(Math.max(attacker.end, family.start - REACH), family.start));
}
