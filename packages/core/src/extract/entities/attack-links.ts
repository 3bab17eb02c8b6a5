/**
 * Names written as links to their ATT&CK page ("[Gorgon Group](https://attack.mitre.org/groups/G0078/)"):
 * the page says what the link text names, a group or a piece of software, whether or not the knowledge
 * holds it (reports copied from another tool, an index without ATT&CK).
 */
import { isCommonWord } from './common-words.ts';
import type { TextContext } from './text-context.ts';
import { hasUpper } from './tokens.ts';

export interface LinkedName {
  readonly from: number;
  readonly to: number;
  readonly type: 'intrusion-set' | 'malware';
  /** The page's ATT&CK id (G0078, S0154). */
  readonly externalId: string;
}

const PAGE = '](https://attack.mitre.org/';
const KINDS: readonly (readonly [string, LinkedName['type']])[] = [
  ['groups/', 'intrusion-set'],
  ['software/', 'malware'],
];
const PAGE_ID = /^[GS]\d{4}\b/u;
/** Longest link text read as a name, in characters. */
const MAX_TEXT = 60;

/** Every name linked to an ATT&CK group or software page, in text order; one pass over the text. */
export function attackLinkedNames(ctx: TextContext): LinkedName[] {
  const { text, tokens } = ctx;
  const found: LinkedName[] = [];
  let token = 0;
  for (let at = text.indexOf(PAGE); at >= 0; at = text.indexOf(PAGE, at + PAGE.length)) {
    const path = at + PAGE.length;
    const kind = KINDS.find(([prefix]) => text.startsWith(prefix, path));
    const externalId = kind && PAGE_ID.exec(text.slice(path + kind[0].length, path + 16))?.[0];
    const open = externalId ? linkTextStart(text, at) : -1;
    if (!kind || !externalId || open < 0) continue;
    const type = kind[1];
    while (token < tokens.length && (tokens[token]?.start ?? 0) <= open) token++;
    let to = token;
    while (to < tokens.length && (tokens[to]?.end ?? Infinity) <= at) to++;
    if (to > token && namesSomething(ctx, token, to))
      found.push({ from: token, to, type, externalId });
  }
  return found;
}

/** The ATT&CK site's own words: "[MITRE ATT&CK](…/software/S0234/)" cites the page, not a name. */
const SITE_WORDS: ReadonlySet<string> = new Set(['mitre', 'att', 'ck', 'attack', 'enterprise']);

/**
 * "[here](…)", "[this page](…)", "[MITRE ATT&CK](…)": link text of lower-case words or of the site's
 * own name names nothing ("[Cobalt Strike](…)" and "[certutil](…)" do).
 */
function namesSomething(ctx: TextContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = ctx.tokens[i];
    if (!token || SITE_WORDS.has(token.norm)) continue;
    if (!isCommonWord(token.norm) || hasUpper(token.text)) return true;
  }
  return false;
}

/** Where the link text ending at `close` opens (its '['), looking back at most MAX_TEXT characters. */
function linkTextStart(text: string, close: number): number {
  for (let i = close - 1; i >= Math.max(0, close - MAX_TEXT); i--) {
    const c = text[i];
    if (c === '[') return i;
    if (c === ']' || c === '\n') return -1;
  }
  return -1;
}
