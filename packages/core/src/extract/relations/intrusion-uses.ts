/**
 * "a destructive attack on a critical infrastructure entity in Ukraine that used a new wiper we call
 * PathWiper", "The attack on a dam in Norway used HermeticWiper": the malware or tool an intrusion's own
 * clause says it used. An intrusion into one victim is not told of like an actor (anything else its sentence
 * names is not its), so only a use verb right after the intrusion's words and its object (the victim and place
 * mentions that follow it, a few lower-case words apart), or after "that"/"which" closing them, makes the
 * family the intrusion's. So does a family's gang claiming it: "The Interlock ransomware gang later claimed the
 * attack", and a family after a passive intrusion verb: "Kettering Health … was hit by Interlock ransomware".
 */
import type { Placed } from './roles.ts';

/** Between the intrusion's words and its object's mentions, or between those: " on a ", " entity in ". */
const OBJECT_GAP = /^\s{1,2}(?:[\p{Ll}-]{1,20}\s{1,2}){0,3}$/u;
/** From the intrusion's object to the family: " that used a new wiper we call ", " used ". */
const USE_AFTER =
  /^,?\s{1,2}(?:(?:that|which)\s{1,2})?(?:(?:also|first|then|reportedly)\s{1,2})?(?:used|deployed|leveraged|involved|employed|relied\s{1,2}on)\s{1,2}(?:[^.;:,()]{0,60}?\s)?$/u;
/** From a family to the intrusion's words: " ransomware gang later claimed the ", " claimed responsibility for the ". */
const CLAIMED_BEFORE =
  /^\s{1,2}(?:ransomware\s{1,2})?(?:(?:gang|group|operators|crew)\s{1,2})?(?:(?:later|has|have|had|also|quickly)\s{1,2}){0,2}(?:claimed(?:\s{1,2}(?:responsibility|credit)\s{1,2}for)?|took\s{1,2}(?:responsibility|credit)\s{1,2}for)\s{1,2}(?:the|this)\s{1,2}(?:[\p{Ll}-]{1,20}\s{1,2})?$/u;
/** From a passive intrusion verb to its family: "was hit by ", "was struck by the notorious ". */
const BY_AFTER = /^\s{1,2}by\s{1,2}(?:(?:the|an?)\s{1,2})?(?:[\p{Ll}-]{1,20}\s{1,2})?$/u;
/** Longest stretch between the intrusion's words and the family that may still be the intrusion's clause. */
const USE_REACH = 240;

/** The families and tools `placed` (one sentence's mentions, in text order) names that `intrusion` used. */
export function intrusionUses(
  text: string,
  intrusion: Placed,
  placed: readonly Placed[],
): Placed[] {
  const from = intrusion.mention.end;
  const used: Placed[] = [];
  for (const p of placed) {
    if (p.entity.type !== 'malware' && p.entity.type !== 'tool') continue;
    const claimed =
      p.entity.type === 'malware' &&
      p.mention.end <= intrusion.mention.start &&
      CLAIMED_BEFORE.test(text.slice(p.mention.end, intrusion.mention.start));
    if (claimed) used.push(p);
    if (p.mention.start < from || p.mention.start - from > USE_REACH) continue;
    if (p.entity.type === 'malware' && BY_AFTER.test(text.slice(from, p.mention.start))) {
      used.push(p);
      continue;
    }
    const objectEnd = endOfObject(text, from, p.mention.start, placed);
    if (USE_AFTER.test(text.slice(objectEnd, p.mention.start))) used.push(p);
  }
  return used;
}

/** Where the intrusion's object ends: past the victim and place mentions that follow its words closely. */
function endOfObject(
  text: string,
  from: number,
  before: number,
  placed: readonly Placed[],
): number {
  let end = from;
  for (const p of placed) {
    if (p.mention.start < end || p.mention.start >= before) continue;
    if (p.role !== 'victim' && p.role !== 'place') continue;
    if (!OBJECT_GAP.test(text.slice(end, p.mention.start))) break;
    end = p.mention.end;
  }
  return end;
}
