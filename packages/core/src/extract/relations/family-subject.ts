/**
 * "PixyLoader persists through a Run key and injects Lumma Stealer into explorer.exe": a family that opens
 * its sentence and acts, in a verb of the present, uses the techniques the sentence names (STIX: malware
 * uses attack-pattern), whatever other families the report describes. Only a family at the sentence's
 * opening, only with a verb right after its name: "Lumma Stealer was delivered via PowerShell" tells what
 * another did with it, and "… the loader that PixyLoader drops uses …" another subject.
 */
import type { Span } from '../../analysis/types.ts';
import type { Placed } from './roles.ts';

/** What may stand before the name at a sentence's opening: a list number, a mark, "The". */
const OPENING = /^(?:\s|\d{1,2}[.)]\s|[-*•]\s|[Tt]he\s)*$/u;
/**
 * A verb of the present after the name: "persists", "injects", "then decrypts", "also uses"; not a plural
 * noun the name qualifies ("Cobalt Strike payloads are …", "RokRAT campaigns begin …", "The Emotet bots").
 */
const ACTS_AFTER =
  /^\s(?:(?:then|also|first|next|further|later|additionally)\s)?(?!is\b|was\b|has\b|does\b|means\b|stands\b|remains\b|belongs\b|appears\b|seems\b|refers\b)(\p{Ll}{3,20}s)\b/u;
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

/** The family the sentence opens on, acting, if any, and the techniques after it. */
export function familySubjectUses(
  text: string,
  span: Span,
  placed: readonly Placed[],
): { family: Placed; techniques: Placed[] } | undefined {
  const first = placed[0];
  if (!first || first.entity.type !== 'malware') return undefined;
  if (placed.some((p) => p.role === 'attacker' || p.role === 'sponsor')) return undefined;
  if (!OPENING.test(text.slice(span.start, first.mention.start))) return undefined;
  const verb = ACTS_AFTER.exec(text.slice(first.mention.end, first.mention.end + 40))?.[1];
  if (!verb || PLURAL_NOUNS.has(verb)) return undefined;
  // "RIG continues to drop ransomware", "njRAT pushes Lime ransomware": the word names another family's
  // kind, not an act of this one.
  const techniques = placed.filter(
    (p) =>
      p.entity.type === 'attack-pattern' &&
      p.mention.start >= first.mention.end &&
      p.mention.text.toLowerCase() !== 'ransomware',
  );
  return techniques.length > 0 ? { family: first, techniques } : undefined;
}
