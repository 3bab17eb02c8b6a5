/**
 * "UNC5221 exploited two zero-day vulnerabilities in Ivanti Connect Secure. The flaws, CVE-2023-46805 and
 * CVE-2024-21887, allow …": the vulnerabilities a sentence names right after one that tells of a set
 * exploiting flaws it does not name are the ones the set exploited (STIX: intrusion-set targets
 * vulnerability). The other way round too: "CISA added CVE-2026-20352 to its catalog. The vulnerability has
 * been exploited by Salt Typhoon".
 */
import type { Span } from '../../analysis/types.ts';
import { LISTED } from './linked-sets.ts';
import { onlySet, type Placed } from './roles.ts';
import { cuesIn } from './triggers.ts';

/** "The flaws, CVE-…", "Both vulnerabilities are tracked as …", "The bug (CVE-…)". */
const FLAWS_OPENING =
  /^\s*(?:The|These|Both|The two|The three|These two) (?:flaws?|vulnerabilit(?:y|ies)|bugs?|zero-days?)(?:,| \(| (?:are|were|is|was|tracked|identified|known|named)\b)/u;

/** The sets one sentence tells of exploiting flaws it does not name, and the sentence. */
export interface FlawExploiters {
  readonly sets: readonly Placed[];
  readonly sentence: number;
}

/**
 * The sets sentence `s - 1` tells of exploiting unnamed flaws, when sentence `s` opens by naming them; where
 * `s - 1` names no set, the one its words stand for (`referentOf`: "Suspected Chinese hackers have been
 * exploiting two zero-days … . The flaws, tracked as CVE-… . Volexity tracks the threat actor as UTA0178").
 * Where `s - 1` tells of "these vulnerabilities", the sets a sentence just before tells of exploiting them too:
 * "Linen Typhoon and Violet Typhoon, exploiting vulnerabilities … . Storm-2603, exploiting these
 * vulnerabilities … . The vulnerabilities, CVE-2025-53770 and CVE-2025-53771, …".
 */
export function setsExploitingFlawsNamedIn(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
  referentOf: (sentence: number) => Placed | undefined = () => undefined,
): FlawExploiters[] {
  const span = sentences[s];
  if (!span || !FLAWS_OPENING.test(text.slice(span.start, span.start + 60))) return [];
  const found: FlawExploiters[] = [];
  for (let k = s - 1; k >= Math.max(0, s - 1 - FLAWS_REACH); k--) {
    const exploiters = exploitingUnnamedFlaws(text, sentences, k, bySentence, referentOf);
    if (exploiters.length === 0) break;
    found.push({ sets: exploiters, sentence: k });
    const words = text.slice(sentences[k]!.start, sentences[k]!.end);
    if (!THESE_FLAWS.test(words)) break;
  }
  return found;
}

/** The sets sentence `k` tells of exploiting flaws, when it names none. */
function exploitingUnnamedFlaws(
  text: string,
  sentences: readonly Span[],
  k: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
  referentOf: (sentence: number) => Placed | undefined,
): readonly Placed[] {
  const span = sentences[k];
  const placed = bySentence.get(k) ?? [];
  if (!span || placed.some((p) => p.entity.type === 'vulnerability')) return [];
  if (!cuesIn(text.slice(span.start, span.end)).has('exploit')) return [];
  if (placed.some((p) => p.role === 'attacker')) return setsTold(placed, text);
  const referent = referentOf(k);
  return referent ? [referent] : [];
}

/** "the vulnerability", "this command injection flaw": one flaw named before. */
const THE_FLAW =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)(?: [\p{L}-]+){0,3}? (?:vulnerability|flaw|bug|zero-day)\b(?! \()/u;
/** "these vulnerabilities", "both flaws", "the two bugs": all the flaws named before. */
const THESE_FLAWS =
  /\b(?:[Tt]hese|[Tt]hose|[Bb]oth|[Tt]he (?:two|three))(?: [\p{L}-]+){0,3}? (?:vulnerabilities|flaws|bugs|zero-days)\b/u;

/** Sentences back the flaws "these vulnerabilities" stand for may have been named: "These vulnerabilities affect …". */
const FLAWS_REACH = 3;

/**
 * The vulnerabilities the nearest sentence before `s` naming any names (up to three back), when sentence `s`
 * names none, tells of exploiting them and speaks of them as "the vulnerability" (the one named) or "these
 * flaws" (all of them); with the sentence they were named in.
 */
export function flawsNamedBefore(
  text: string,
  sentences: readonly Span[],
  s: number,
  bySentence: ReadonlyMap<number, readonly Placed[]>,
): { flaws: Placed[]; sentence: number } | undefined {
  const span = sentences[s];
  if (!span || (bySentence.get(s) ?? []).some((p) => p.entity.type === 'vulnerability')) {
    return undefined;
  }
  const words = text.slice(span.start, span.end);
  for (let k = s - 1; k >= Math.max(0, s - FLAWS_REACH); k--) {
    const named = (bySentence.get(k) ?? []).filter((p) => p.entity.type === 'vulnerability');
    if (named.length === 0) continue;
    const one = named.every((p) => p.entity.key === named[0]!.entity.key);
    if (!(one ? THE_FLAW : THESE_FLAWS).test(words) || !cuesIn(words).has('exploit'))
      return undefined;
    return { flaws: named, sentence: k };
  }
  return undefined;
}

/**
 * The set a sentence tells of, or the sets it lists together as one subject ("Linen Typhoon and Violet Typhoon,
 * exploiting these vulnerabilities"): none where it names sets apart.
 */
export function setsTold(placed: readonly Placed[], text: string): Placed[] {
  const one = onlySet(placed);
  if (one) return [one];
  const attackers = placed
    .filter((p) => p.role === 'attacker')
    .sort((a, b) => a.mention.start - b.mention.start);
  if (attackers.length < 2 || attackers.length > LISTED_SETS) return [];
  // "Unlike Linen Typhoon, Violet Typhoon …": the first set set apart by its comma.
  const first = attackers[0]!.mention.start;
  if (SET_APART.test(text.slice(Math.max(0, first - SET_APART_REACH), first))) return [];
  for (let i = 1; i < attackers.length; i++) {
    const gap = text.slice(attackers[i - 1]!.mention.end, attackers[i]!.mention.start);
    if (!LISTED.test(gap)) return [];
  }
  return attackers;
}
/** Most sets one list of subjects holds. */
const LISTED_SETS = 4;
const SET_APART = /\b(?:[Uu]nlike|[Ll]ike|[Bb]esides|[Aa]part from|than|[Aa]fter|[Bb]efore) $/u;
const SET_APART_REACH = 12;
