/**
 * Where a known name is written inside something that is not a mention of it: a path or file name
 * ("mimikatz.exe", "/tmp/Emotet"), a product token before a slash and a version ("Trident/7.0" in a
 * User-Agent), an antivirus detection name ("Win32/IcedID"), a word prefix ("Inter-Process"), a list of
 * file extensions ("bat, cmd, com"). Names parted by slashes ("FIN12/WIZARD SPIDER") are still mentions.
 */
import { FILE_EXTENSIONS } from '../ioc/hosts.ts';
import { fileNameGoesOn } from '../file-name-rest.ts';
import { listItemAfter, listItemBefore } from './context-names.ts';
import type { TextContext } from './text-context.ts';

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/u;

/** Words that open a hyphenated compound ("Inter-Process", "Non-Resident"). */
const WORD_PREFIXES: ReadonlySet<string> = new Set(
  `anti co counter cross de inter intra micro multi non over post pre pro re semi sub super trans ultra
un under`.split(/\s+/u),
);

/**
 * Platforms and kinds that open an antivirus detection name ("Win32/Caphaw", "Trojan/Emotet",
 * "Hacktool.Mimikatz"; "Backdor" as one vendor misspells it).
 */
export const DETECTION_PREFIXES: ReadonlySet<string> = new Set(
  `win32 win64 w32 w64 linux elf msil android osx macos unix js vbs html pdf trojan troj trojandownloader
trojanspy ransom backdoor backdor worm exploit hacktool riskware adware spyware pua virus`.split(
    /\s+/u,
  ),
);

/** Most names a slash list holds before this one: a longer run of slashes is a path, and a bound. */
const SLASH_ITEMS = 6;

/** Characters before a list's first name that open it: a space, a line, a bracket, a quote. */
const LIST_OPENERS: ReadonlySet<string> = new Set([' ', '\n', '(', '“', '"']);

export function insideFileName(ctx: TextContext, from: number, to: number): boolean {
  const start = ctx.tokens[from]?.start ?? 0;
  const end = ctx.tokens[to - 1]?.end ?? 0;
  const before = ctx.text[start - 1] ?? ' ';
  const after = ctx.text[end] ?? ' ';
  const afterNext = ctx.text[end + 1] ?? ' ';
  if (before === '/' && !slashList(ctx, from)) return true;
  if (before === '\\' || before === '.' || before === '_') return true;
  // "Inter-Process Communication", "Non-Resident": a word prefix before its hyphen, not a name.
  if (after === '-' && to - from === 1 && WORD_PREFIXES.has(ctx.tokens[from]?.norm ?? '')) {
    return true;
  }
  if (after === '/' && DIGIT.test(afterNext)) return true;
  if (after === '-' && fileNameGoesOn(ctx.text, end)) return true;
  return (after === '.' && LETTER.test(afterNext)) || after === '_' || after === '\\';
}

/**
 * "FIN12/WIZARD SPIDER/DEV-0193", "Farfli/Gh0stRAT": names parted by slashes, the first one standing
 * after a space, are a list of a thing's names; not a path ("/tmp/Emotet", "C:/Users/Emotet") nor a
 * detection name ("Win32/IcedID", "ELF/Mirai").
 */
function slashList(ctx: TextContext, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - SLASH_ITEMS; k--) {
    const token = ctx.tokens[k]!;
    if (ctx.text.slice(token.end, ctx.tokens[k + 1]!.start) !== '/') return false;
    if (!UPPER.test(token.text.charAt(0)) || DETECTION_PREFIXES.has(token.norm)) return false;
    const before = ctx.text[token.start - 1] ?? ' ';
    if (before !== '/') return LIST_OPENERS.has(before);
  }
  return false;
}

/**
 * "file types like: bat, chm, cmd, com, exe": a name that is also an extension ("cmd"), listed beside
 * one, is the extension.
 */
export function amongFileExtensions(ctx: TextContext, from: number, to: number): boolean {
  if (to - from !== 1 || !FILE_EXTENSIONS.has(ctx.tokens[from]?.norm ?? '')) return false;
  return (
    bareExtension(ctx, listItemBefore(ctx, from)) || bareExtension(ctx, listItemAfter(ctx, from))
  );
}

/** An extension standing as a list item of its own: "DC6.exe, Trigona" lists a file and a family. */
function bareExtension(ctx: TextContext, k: number | undefined): boolean {
  const token = k === undefined ? undefined : ctx.tokens[k];
  if (!token || !FILE_EXTENSIONS.has(token.text)) return false;
  const before = ctx.text[token.start - 1] ?? ' ';
  return before === ' ' || before === '\n';
}
