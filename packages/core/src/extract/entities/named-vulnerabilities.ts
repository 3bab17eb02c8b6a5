/**
 * The names reports give flaws: "CVE-2025-53770 and CVE-2025-53771. These vulnerabilities, collectively known as
 * ToolShell, …", "CVE-2021-44228, known as Log4Shell", "a flaw dubbed Citrix Bleed (CVE-2023-4966)". News goes on
 * with the name alone ("Storm-2603 exploited ToolShell"), so each place the name is written becomes a mention of
 * the flaws it names, and the name is kept with them (`properties.names`) for a briefing to show. Only a name a
 * cue word declares counts: a capitalized word before a CVE id is as often the product it is in ("Fortinet
 * FortiOS (CVE-2022-42475)").
 */
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import { sentenceIndexAt } from '../sentence-at.ts';
import { withMoreMentions } from './more-mentions.ts';

/**
 * A name declared after a CVE id (group 1) or a noun for flaws (group 2): ", known as", " (also known as", ",
 * collectively known as" (group 3: all of a list), " dubbed", then the name (group 4): a capitalized word, and up
 * to two more or a number ("Citrix Bleed 2"), maybe quoted.
 */
const DECLARED =
  /\b(?:(CVE-\d{4}-\d{4,7})|(vulnerabilit(?:y|ies)|flaws?|bugs?|exploit chain))(?:, ?| \(| )(?:(collectively|jointly|together) |(?:also|commonly|publicly|widely) )?(?:known as|referred to as|dubbed|nicknamed|called|named|aka) ["“']?(\p{Lu}[\p{L}\d]*(?: (?:\p{Lu}[\p{L}\d]*|\d{1,2})){0,2})/gu;

/** After a declared name, the ids it names: " (CVE-2023-4966)", ", tracked as CVE-2023-4966". */
const IDS_AFTER = /^["”']?(?: \((?:tracked as )?|,? tracked as |,? identified as )/u;
const ID_IN_RUN = /^(CVE-\d{4}-\d{4,7})(?:, and |, or |, | and | or )?/u;

/** CVE ids listed right before another: "CVE-2025-53770 and " before "CVE-2025-53771". */
const LISTED_BEFORE = /(CVE-\d{4}-\d{4,7})(?:, and |, or |, | and | or )$/u;

/** Most names a report declares that are read; more is no report's. */
const MOST_NAMES = 16;
/** Most CVE ids one name is given to. */
const MOST_LISTED = 8;

export function withNamedVulnerabilities(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
): ExtractedEntity[] {
  const flaws = new Map(
    entities.filter((e) => e.type === 'vulnerability').map((e) => [e.name, e] as const),
  );
  if (flaws.size === 0) return [...entities];
  const named = new Map<string, Set<ExtractedEntity>>();
  // The flaws each sentence names, from their mentions, in the order written; made on the first question.
  let bySentence: Map<number, Set<string>> | undefined;
  const flawsOf = (sentence: number): Set<string> | undefined => {
    if (!bySentence) {
      bySentence = new Map();
      const ordered = [...flaws.values()]
        .flatMap((flaw) => flaw.mentions.map((m) => ({ id: flaw.name, m })))
        .sort((a, b) => a.m.start - b.m.start);
      for (const { id, m } of ordered)
        bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(id));
    }
    return bySentence.get(sentence);
  };
  for (const match of text.matchAll(DECLARED)) {
    const [declaration, id, noun, collectively, name] = match;
    if (!name || name.startsWith('CVE') || named.size >= MOST_NAMES) continue;
    // "CVE-2025-53770 and CVE-2025-53771, collectively known as": each of the list; "CVE-2024-1111,
    // CVE-2021-44228, known as Log4Shell": the last only.
    const ids = id
      ? collectively
        ? listedUpTo(text, match.index, id)
        : [id]
      : noun
        ? idsAfter(text, match.index + declaration.length)
        : [];
    if (ids.length === 0 && noun) ids.push(...sentenceIds(match.index, noun.endsWith('s')));
    const given = ids.map((id) => flaws.get(id)).filter((e) => e !== undefined);
    if (given.length === 0) continue;
    const set = named.get(name) ?? new Set();
    for (const flaw of given) set.add(flaw);
    named.set(name, set);
  }
  if (named.size === 0) return [...entities];

  const more = new Map<ExtractedEntity, Mention[]>();
  const names = new Map<ExtractedEntity, string[]>();
  for (const [name, given] of named) {
    const mentions = writtenAt(text, sentences, name);
    for (const flaw of given) {
      more.set(flaw, [...(more.get(flaw) ?? []), ...mentions]);
      names.set(flaw, [...(names.get(flaw) ?? []), name]);
    }
  }
  return entities.map((e) => {
    const given = names.get(e);
    return given
      ? withMoreMentions({ ...e, properties: { ...e.properties, names: given } }, more.get(e))
      : e;
  });

  /**
   * The CVE ids of the sentence at `at`, else of the sentence before ("… CVE-2025-53771. These vulnerabilities"):
   * all for a plural noun, the one for a singular.
   */
  function sentenceIds(at: number, plural: boolean): string[] {
    const index = sentenceIndexAt(sentences, at);
    const ids = flawsOf(index) ?? flawsOf(index - 1) ?? new Set<string>();
    if (!plural) return ids.size === 1 ? [...ids] : [];
    // The first few: a hostile sentence of thousands of ids is not copied at every declaration.
    const first: string[] = [];
    for (const id of ids) if (first.push(id) >= MOST_LISTED) break;
    return first;
  }
}

/** The CVE id at `at` and those listed right before it ("CVE-2025-53770 and CVE-2025-53771, known as …"). */
function listedUpTo(text: string, at: number, id: string): string[] {
  const ids = [id];
  let end = at;
  while (ids.length < MOST_LISTED) {
    const before = LISTED_BEFORE.exec(text.slice(Math.max(0, end - 24), end));
    if (!before) break;
    ids.unshift(before[1]!);
    end -= before[0].length;
  }
  return ids;
}

/** The run of CVE ids right after a declared name ending at `at`, if any. */
function idsAfter(text: string, at: number): string[] {
  const head = IDS_AFTER.exec(text.slice(at, at + 24));
  if (!head) return [];
  const ids: string[] = [];
  for (let k = at + head[0].length; ids.length < MOST_LISTED;) {
    const next = ID_IN_RUN.exec(text.slice(k, k + 24));
    if (!next) break;
    ids.push(next[1]!);
    k += next[0].length;
  }
  return ids;
}

/** Where `name` is written as a word of its own. */
function writtenAt(text: string, sentences: readonly Span[], name: string): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
    found.push({ start: at, end, text: name, sentence: sentenceIndexAt(sentences, at) });
  }
  return found;
}
const WORD_CHAR = /[\p{L}\d]/u;
