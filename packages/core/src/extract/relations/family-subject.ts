/**
 * "PixyLoader persists through a Run key and injects Lumma Stealer into explorer.exe": a family that opens
 * its sentence and acts, in a verb of the present, uses the techniques the sentence names (STIX: malware
 * uses attack-pattern), whatever other families the report describes. Only a family at the sentence's
 * opening, only with a verb right after its name: "Lumma Stealer was delivered via PowerShell" tells what
 * another did with it, and "… the loader that PixyLoader drops uses …" another subject. A family named
 * as a set the report names too ("Akira ransomware has impacted …") is that set at work.
 */
import type { ExtractedEntity, Span } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { COMMA_ASIDE, type Placed } from './roles.ts';

/** Longest opening read before the name. */
const OPENING_MOST = 48;
/**
 * What may stand before the name at a sentence's opening: a list number, a mark, "The", a time
 * ("Since March 2023, ").
 */
const OPENING =
  /^(?:\s|\d{1,2}[.)]\s|[-*•]\s|[Tt]he\s|(?:Since|In|From|As of|By|Throughout) [\p{L}\d ]{1,30}, )*$/u;
/**
 * A verb of the present after the name: "persists", "injects", "then decrypts", "also uses"; not a plural
 * noun the name qualifies ("Cobalt Strike payloads are …", "RokRAT campaigns begin …", "The Emotet bots").
 */
const ACTS_AFTER =
  /^\s(?:(?:ransomware|malware|loader|backdoor|stealer|trojan|botnet)\s)?(?:(?:then|also|first|next|further|later|additionally)\s)?(?!is\b|was\b|has\b|does\b|means\b|stands\b|remains\b|belongs\b|appears\b|seems\b|refers\b)(\p{Ll}{3,20}s)\b/u;
const PLURAL_NOUNS = new Set(
  `payloads campaigns packers operators bots samples variants affiliates actors infections modules builds
loaders droppers versions developers authors attacks operations servers binaries files components plugins
families strains infrastructures panels builders configs configurations artifacts artefacts domains hashes
users victims customers developments detections signatures rules updates releases settings commands
instances clients implants scripts documents emails messages lures networks nodes proxies agents
functions features capabilities techniques tactics tools routines threads processes paths pathnames others`.split(
    /\s+/u,
  ),
);

/** "has impacted", "has also compromised": a perfect tense acts too. */
const PERFECT =
  /^\s(?:(?:ransomware|malware|loader|backdoor|stealer|trojan|botnet)\s)?has\s(?:also\s)?\p{Ll}{3,20}ed\b/u;

/** "PixyLoader, a loader written in C, injects …": an aside between the name and its verb, left out. */
const ASIDE = new RegExp(
  String.raw`^(\s(?:ransomware|malware|loader|backdoor|stealer|trojan|botnet))?${COMMA_ASIDE}(?=\s)`,
  'u',
);
/** Longest aside, its commas included. */
const ASIDE_MOST = 64;
/** The words after the name with the aside between it and its verb left out. */
const withoutAside = (after: string): string => {
  const aside = ASIDE.exec(after);
  return aside ? (aside[1] ?? '') + after.slice(aside[0].length) : after;
};

/** The family the sentence opens on, acting ("PixyLoader persists …"), if any. */
export function actingOpening(
  text: string,
  span: Span,
  placed: readonly Placed[],
): Placed | undefined {
  const first = placed[0];
  if (!first || first.entity.type !== 'malware') return undefined;
  if (placed.some((p) => p.role === 'attacker' || p.role === 'sponsor')) return undefined;
  const before = text.slice(span.start, first.mention.start);
  if (before.length > OPENING_MOST || !OPENING.test(before)) return undefined;
  const after = withoutAside(text.slice(first.mention.end, first.mention.end + 48 + ASIDE_MOST));
  if (PERFECT.test(after)) return first;
  const verb = ACTS_AFTER.exec(after)?.[1];
  return verb && !PLURAL_NOUNS.has(verb) ? first : undefined;
}

/**
 * "Akira ransomware has impacted a wide range of businesses": a family the report also names as a set
 * (ATT&CK's Akira group and Akira ransomware) opening its sentence and acting is that set at work.
 */
export function setAtWork(family: Placed, sets: readonly ExtractedEntity[]): Placed | undefined {
  const name = normalizeName(family.entity.name);
  const set = sets.find((s) => normalizeName(s.name) === name);
  return set ? { entity: set, mention: family.mention, role: 'attacker' } : undefined;
}

/**
 * The techniques the sentence names after the acting family. "RIG continues to drop ransomware", "njRAT
 * pushes Lime ransomware": that word names another family's kind, not an act of this one.
 */
export const techniquesAfter = (family: Placed, placed: readonly Placed[]): Placed[] =>
  placed.filter(
    (p) =>
      p.entity.type === 'attack-pattern' &&
      p.mention.start >= family.mention.end &&
      p.mention.text.toLowerCase() !== 'ransomware',
  );
