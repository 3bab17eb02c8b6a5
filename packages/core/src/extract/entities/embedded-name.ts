/**
 * Names written inside something else: a URL ("…/long-live-osiris-banking-trojan"), a path or file name
 * ("%AppData%", "ESET_Winnti.pdf"), a detection name ("Win32.Backdoor.NetWiredRC"), a query parameter or
 * a function call ("WinHttpGetIEProxyConfigForCurrentUser()"). Such a string is an artefact, not a mention
 * of the actor or malware, whichever recognizer proposed it (dictionary, discovery or propagation).
 */
import type { TextContext } from './text-context.ts';
import { FILE_EXTENSIONS } from '../ioc/hosts.ts';
import { DETECTION_PREFIXES } from './written-inside.ts';

/** Characters that end the written chunk a name sits in (spacing, brackets, quotes, Markdown marks). */
const CHUNK_ENDS = new Set([...' \t\r\n()[]<>"“”‘’|*`,;']);
/** Glued right before a name: the name continues a path, a file name, a parameter or a variable. */
const GLUED_BEFORE = new Set([...'\\._=?%&$@']);
/** Glued right after a name: a file-name part, a path, a parameter, a call. */
const GLUED_AFTER = new Set([...'_\\=(']);
/** How far a chunk is followed each way: a URL longer than this is still caught by its glued edges. */
const CHUNK_LIMIT = 200;

export function embeddedName(ctx: TextContext, from: number, to: number): boolean {
  const { text } = ctx;
  const start = ctx.tokens[from]?.start ?? 0;
  const end = ctx.tokens[to - 1]?.end ?? start;
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (GLUED_BEFORE.has(before) && !listNumber(text, start)) return true;
  if (GLUED_AFTER.has(after) && !(after === '(' && bracketsPartOfName(text, end + 1))) return true;
  if (after === '.' && LETTER_OR_DIGIT.test(text[end + 1] ?? ' ')) return true;
  let left = start;
  while (left > 0 && start - left < CHUNK_LIMIT && !chunkEnd(text, left - 1)) left--;
  let right = end;
  while (right < text.length && right - end < CHUNK_LIMIT && !chunkEnd(text, right)) right++;
  const chunk = text.slice(left, right).toLowerCase();
  // Relative paths stay: AnnoCTR tags names in image folders ("/blogs/NetwireRAT/…") as mentions.
  return chunk.includes('://') || chunk.startsWith('www.') || chunk.includes('[.]');
}

/**
 * "DOHA.pdf", "Russia.docx": a place or other lexicon word that names a file, a lure's theme at most, not a
 * mention of the place. Only before a file extension: "Russia.In the next stage" lost a space, not a file.
 */
export function namesFile(ctx: TextContext, to: number): boolean {
  const { text } = ctx;
  const end = ctx.tokens[to - 1]?.end ?? 0;
  if (text[end] !== '.') return false;
  const extension = ctx.tokens[to];
  if (!extension || extension.start !== end + 1) return false;
  return FILE_EXTENSIONS.has(extension.norm) && text[extension.end] !== '.';
}

/** A defanged dot ("pastebin[.]com/raw/…") joins the chunk: its brackets do not end it. */
function chunkEnd(text: string, i: number): boolean {
  const c = text[i] ?? ' ';
  if (!CHUNK_ENDS.has(c)) return false;
  if (c === '[') return text.slice(i, i + 3) !== '[.]';
  if (c === ']') return text.slice(i - 2, i + 1) !== '[.]';
  return true;
}

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** "4.NetwireRAT": a numbered list item glued to its number, not a dotted name ("Win32.Qbot"). */
function listNumber(text: string, start: number): boolean {
  if (text[start - 1] !== '.') return false;
  let i = start - 2;
  while (i >= 0 && /\d/u.test(text[i] ?? '')) i--;
  return i < start - 2 && !LETTER_OR_DIGIT.test(text[i] ?? ' ');
}

/** A detection name closed by its bracket: "Hacktool.Mimikatz)"; its first part is read separately. */
const DETECTION_IN_BRACKETS = /^(\p{L}[\p{L}\d]*)\.[\w.!-]{1,60}\)/u;

/**
 * What a bracket glued to a name holds when it is no call: a detection name ("Mimikatz(Hacktool.Mimikatz)")
 * or a number that is part of the name ("NoName057(16)").
 */
function bracketsPartOfName(text: string, at: number): boolean {
  return NUMBER_IN_BRACKETS.test(text.slice(at, at + 6)) || detectionInBrackets(text, at);
}

const NUMBER_IN_BRACKETS = /^\d{1,4}\)/u;

/** "Mimikatz(Hacktool.Mimikatz)", "Remcos(Backdoor.Patpoopy)": a name with its detection name, not a call. */
function detectionInBrackets(text: string, at: number): boolean {
  const match = DETECTION_IN_BRACKETS.exec(text.slice(at, at + 80));
  return match !== null && DETECTION_PREFIXES.has(match[1]!.toLowerCase());
}

/** A short prefix with a digit before a hyphen: "D3-" of a D3FEND id. */
const ID_PREFIX = /(?:^|[^\p{L}\p{N}])\p{Lu}{1,3}\d{1,2}-$/u;

/**
 * "D3-PLA" (a D3FEND id, "Process Lineage Analysis"): a word glued to such a prefix is part of an
 * identifier, whatever it names elsewhere (the PLA, a place, a family).
 */
export function inIdentifier(ctx: TextContext, from: number): boolean {
  const start = ctx.tokens[from]?.start ?? 0;
  return (
    ctx.text[start - 1] === '-' && ID_PREFIX.test(ctx.text.slice(Math.max(0, start - 7), start))
  );
}
