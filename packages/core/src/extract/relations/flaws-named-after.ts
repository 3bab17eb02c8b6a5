/**
 * "UNC5221 exploited two zero-day vulnerabilities in Ivanti Connect Secure. The flaws, CVE-2023-46805 and
 * CVE-2024-21887, allow …": the vulnerabilities a sentence names right after one that tells of a set
 * exploiting flaws it does not name are the ones the set exploited (STIX: intrusion-set targets
 * vulnerability). The other way round too: "CISA added CVE-2026-20352 to its catalog. The vulnerability has
 * been exploited by Salt Typhoon".
 */
import type { Span } from '../../analysis/types.ts';
import { onlySet, type Placed } from './roles.ts';
import { cuesIn } from './triggers.ts';

/** "The flaws, CVE-…", "Both vulnerabilities are tracked as …", "The bug (CVE-…)". */
const FLAWS_OPENING =
  /^\s*(?:The|These|Both|The two|The three|These two) (?:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?)(?:,| \(| (?:are|were|is|was|tracked|identified|known|named)\b)/u;

/**
 * The one set sentence `s - 1` tells of exploiting unnamed flaws, when sentence `s` opens by naming them; where
 * `s - 1` names no set, the one its words stand for (`referentOf`: "Suspected Chinese hackers have been
 * exploiting two zero-days … . The flaws, tracked as CVE-… . Volexity tracks the threat actor as UTA0178").
 */
export function setExploitingFlawsNamedIn(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
  referentOf: (sentence: number) => Placed | undefined = () => undefined,
): Placed | undefined {
  const span = sentences[s];
  const previous = sentences[s - 1];
  if (!span || !previous || !FLAWS_OPENING.test(text.slice(span.start, span.start + 60))) {
    return undefined;
  }
  const before = bySentence.get(s - 1) ?? [];
  if (before.some((p) => p.entity.type === 'vulnerability')) return undefined;
  const set = before.some((p) => p.role === 'attacker') ? onlySet(before) : referentOf(s - 1);
  if (!set) return undefined;
  return cuesIn(text.slice(previous.start, previous.end)).has('exploit') ? set : undefined;
}

/** "the vulnerability", "this command injection flaw": one flaw named before. */
const THE_FLAW =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)(?: [\p{L}-]+){0,3}? (?:vulnerability|flaw|bug|zero-day)\b(?! \()/u;
/** "these vulnerabilities", "both flaws", "the two bugs": all the flaws named before. */
const THESE_FLAWS =
  /\b(?:[Tt]hese|[Tt]hose|[Bb]oth|[Tt]he (?:two|three))(?: [\p{L}-]+){0,3}? (?:vulnerabilities|flaws|bugs|zero-days)\b/u;

/**
 * The vulnerabilities sentence `s - 1` names, when sentence `s` names none, tells of exploiting them and
 * speaks of them as "the vulnerability" (the one named) or "these flaws" (all of them).
 */
export function flawsNamedBefore(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): Placed[] {
  const span = sentences[s];
  if (!span || (bySentence.get(s) ?? []).some((p) => p.entity.type === 'vulnerability')) return [];
  const named = (bySentence.get(s - 1) ?? []).filter((p) => p.entity.type === 'vulnerability');
  if (named.length === 0) return [];
  const words = text.slice(span.start, span.end);
  const one = named.every((p) => p.entity.key === named[0]!.entity.key);
  if (!(one ? THE_FLAW : THESE_FLAWS).test(words)) return [];
  return cuesIn(words).has('exploit') ? named : [];
}
