/**
 * New malware and group names the knowledge does not hold, found by the word that follows them ("the
 * Foo ransomware", "a new Bar backdoor", "the Baz group"). The name must look like a proper name
 * (capitals or digits inside, not an ordinary word, not a place, product or vendor).
 */
import { isCommonWord } from './common-words.ts';
import { GROUP_HEADS, MALWARE_HEADS } from './cue-words.ts';
import type { TextContext } from './text-context.ts';
import { hasDigit, hasUpper, isAllCaps, joined } from './tokens.ts';

/** Products, platforms and vendors that precede "malware"/"group" without being malware or groups. */
const NOT_NAMES = new Set(
  `windows linux android ios macos mac microsoft office excel word powershell javascript python java
google apple amazon aws azure cisco talos proofpoint zscaler threatlabz mandiant kaspersky eset symantec
crowdstrike secureworks intel471 trend micro mcafee sophos fireeye ibm fortinet checkpoint sentinelone
recorded future vmware citrix chrome firefox telegram discord github twitter facebook linkedin youtube
new custom known unknown other similar malicious commodity mobile banking financial initial final
second third first main modular multiple several various legitimate open source cyber threat
ransomware malware trojan backdoor loader stealer group actor apt gang crew threat intelligence
russian chinese iranian korean american european state nation sponsored criminal cybercriminal
dll exe elf pe js vbs hta lnk iso zip rar doc html php net rat msi cmd bat url c2 cc ip dns http https tcp
`.split(/\s+/u),
);

export interface DiscoveredName {
  readonly from: number;
  readonly to: number;
  readonly type: 'malware' | 'intrusion-set';
}

const looksLikeName = (ctx: TextContext, i: number): boolean => {
  const t = ctx.tokens[i];
  if (!t || t.text.length < 3 || NOT_NAMES.has(t.norm)) return false;
  if (/^\d+$/u.test(t.text)) return false;
  if (!hasUpper(t.text)) return false;
  if (isAllCaps(t.text) && ctx.shouting(i)) return false;
  if (isCommonWord(t.norm)) return false;
  // A capital only because the sentence starts here proves nothing; mixed case or digits do.
  if (ctx.sentenceStart(i) && !/\p{Lu}.*\p{Lu}|\p{N}/u.test(t.text.slice(1)) && !hasDigit(t.text)) {
    return false;
  }
  return true;
};

/** A name ending at token i-1 (one or two tokens) followed by a head word at token i. */
export function discoverBefore(
  ctx: TextContext,
  head: number,
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  const headToken = ctx.tokens[head];
  const last = head - 1;
  const lastToken = ctx.tokens[last];
  if (!headToken || !lastToken || isTaken(last)) return undefined;
  if (ctx.text.slice(lastToken.end, headToken.start) !== ' ') return undefined;
  const type = MALWARE_HEADS.has(headToken.norm)
    ? 'malware'
    : GROUP_HEADS.has(headToken.norm)
      ? 'intrusion-set'
      : undefined;
  if (!type || !looksLikeName(ctx, last)) return undefined;
  // "Agent Tesla"-style two-word names: take a preceding capitalized, joined non-common word too.
  const prev = ctx.tokens[last - 1];
  if (
    prev &&
    !isTaken(last - 1) &&
    joined(ctx.text, prev, lastToken) &&
    ctx.text[prev.end] !== ' ' &&
    looksLikeName(ctx, last - 1)
  ) {
    return { from: last - 1, to: head, type };
  }
  return { from: last, to: head, type };
}
