/**
 * A tool named as what the attacker's code stops, kills or removes ("turnoff.bat stops services related to
 * remote desktop tools (e.g., ScreenConnect, LogMeIn and TeamViewer)", "kills the AnyDesk process") is the
 * victim's software the attack works against, not software the attacker uses.
 */
import type { Mention, Span } from '../../analysis/types.ts';

/** A verb of stopping or removing software, the last one before the mention counts. */
const STOPPING =
  /\b(?:stop(?:s|ped|ping)?|kill(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|disabl(?:e|es|ed|ing)|uninstall(?:s|ed|ing)?|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing))\b/giu;
/** Words after the stopping verb that make the mention something used after all ("kills X using Y"). */
const USING =
  /\b(?:use[sd]?|using|run(?:s|ning)?|ran|via|with|through|deploy(?:s|ed|ing)?|execut(?:e|es|ed|ing)|install(?:s|ed|ing)?)\b/iu;
/**
 * A clause of its own between the verb and the mention ("disables UAC and sets cmd.exe as a debugger"): the
 * verb stops something else.
 */
const CLAUSE_BREAK = /[\n;]|\b(?:and|then|but|or|before|after|while) \p{Ll}/u;
/** How far before the mention, in characters, the stopping verb may stand. */
const REACH = 120;

export function actedAgainst(text: string, sentences: readonly Span[], mention: Mention): boolean {
  const sentence = sentences[mention.sentence];
  if (!sentence) return false;
  const from = Math.max(sentence.start, mention.start - REACH);
  const before = text.slice(from, mention.start);
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(STOPPING)) last = match;
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  return !USING.test(between) && !CLAUSE_BREAK.test(between);
}
