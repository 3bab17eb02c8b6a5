/**
 * Two known sets a report declares one ("Microsoft tracks the group as Salt Typhoon. Other researchers call it
 * GhostEmperor and FamousSparrow."), where a source of the knowledge already lists the one's name among the
 * other's names (MISP's GhostEmperor has "Salt Typhoon" among its synonyms, ATT&CK's Salt Typhoon does not):
 * in this report they are one set, every mention the first named's. The knowledge keeps them apart, since
 * one shared alias never links two clusters (docs/ARCHITECTURE.md, "Entity clusters"); the report's own
 * words are the corroboration the knowledge lacked. Two ATT&CK groups stay apart: MITRE decided they differ. A new
 * vendor-scheme name so declared another name of a known set is that set, whichever is named first, as in
 * one sentence (listed-aliases.ts): "… a group they call Laundry Bear. Microsoft, which tracks the group as
 * Void Blizzard, …" ("which tracks the same actor as", "tracked by Microsoft as"). So is a set named after
 * its malware ("the Cl0p gang, also known as TA505"), which no knowledge holds as a set. Two new names so
 * declared are one set, the first named keeping its name, as "aka" makes them in one sentence ("a group they
 * named Laundry Bear … . Microsoft tracks the same actor as Gravel Panda").
 */
import { withMoreMentions } from './more-mentions.ts';
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { normalizeName } from '../../stix/ids.ts';
import { ACTOR_CONTEXT } from './actor-or-family.ts';
import { LISTED } from '../relations/linked-sets.ts';

/** Words right before another name of the set named before: "call it ", "also known as ", " (". */
const ANOTHER_NAME_BEFORE =
  /(?:\baka|\ba\.k\.a\.|\bknown as|\bcalls? (?:it|them)|\bcalled (?:it|them)|\brefers? to (?:it|them) as|\btracks? (?:it |them |the (?:same )?(?:group|actor|threat actor|cluster|activity) )?as|\btracked (?:by [\w ]{1,30} )?as|\()\s{0,2}["“]?$/u;
/** Words that tie one set to another rather than name it again. */
const LINKING =
  /(?<![\w-])(?:related|linked|tied|connected|associated|overlaps?|overlapping|similar|resembles?|unlike|distinct|different|separate)\b/u;
/**
 * A set the words bring in as one more, whose name follows: "A third China-based group, tracked as Storm-2603",
 * "Two of them, … ; the third, tracked as Storm-2603".
 */
const ONE_MORE_SET =
  /\b(?:(?:[Aa]nother|[Aa] (?:second|third|fourth|fifth|new)) (?:[\w-]+ ){0,3}(?:group|actor|cluster|gang|crew)s?|[Tt]he (?:second|third|fourth|fifth|other),)/u;
/** The `via` of a new name a vendor's naming scheme makes ("Laundry Bear"). */
const SCHEME_VIA = 'naming-scheme';
/** An ATT&CK group's id; a set named after its malware keeps the family's ("S0611"). */
const ATTACK_GROUP = /^G\d{4}$/u;
/**
 * How many sentences after the set's last mention another name may be declared: "… a group they named Laundry
 * Bear … . The agencies said … . Microsoft tracks the same actor as Void Blizzard"; past the next sentence only
 * by words that name the set again (SET_NAMED_BACK), not by a pronoun ("It went on for months. Others call it
 * …": "it" may be what the sentence between spoke of). Such words reach back to the set named last: "… known as
 * Sandworm, caused … . [three sentences about the outage] . Ukraine's CERT-UA, which tracks the group as
 * UAC-0002, said …".
 */
const NAMED_BACK_REACH = 5;
const SET_NAMED_BACK =
  /\b(?:the|this) (?:same )?(?:group|actor|threat actor|cluster) as\s{0,2}["“]?$/u;
/** How far before the other name those words may start. */
const WORDS_REACH = 40;

export function withDeclaredSameSets(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  entryOf: (ref: string) => KnowledgeEntry | undefined,
): ExtractedEntity[] {
  const sets = entities.filter(
    (e) =>
      e.type === 'intrusion-set' &&
      (e.ref !== undefined || e.via.startsWith(SCHEME_VIA) || e.via.endsWith(ACTOR_CONTEXT)),
  );
  if (sets.length < 2) return [...entities];
  // Asked per pair: each set's names in the knowledge and as written, made once.
  const known = new Map<ExtractedEntity, ReadonlySet<string>>();
  const knownNames = (e: ExtractedEntity): ReadonlySet<string> => {
    let names = known.get(e);
    if (!names) {
      names = new Set((entryOf(e.ref!)?.aliases ?? []).map(normalizeName));
      known.set(e, names);
    }
    return names;
  };
  // Each distinct written name once: a set named thousands of times is asked at each of its mentions.
  const written = new Map(
    sets.map((e) => [e, [...new Set(e.mentions.map((m) => normalizeName(m.text)))]]),
  );
  const listedIn = (owner: ExtractedEntity, named: ExtractedEntity): boolean =>
    written.get(named)!.some((name) => knownNames(owner).has(name));
  // Every set mention in text order: the set named right before a declared name is the one it names again.
  const placed = sets
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const mergedInto = new Map<string, ExtractedEntity>();
  const kept = new Set<ExtractedEntity>();
  for (let k = 1; k < placed.length; k++) {
    const { entity: other, mention } = placed[k]!;
    const { entity: first, mention: before } = placed[k - 1]!;
    if (first === other || mergedInto.has(first.key) || mergedInto.has(other.key)) continue;
    const apart = mention.sentence - before.sentence;
    if (kept.has(other) || apart > NAMED_BACK_REACH) continue;
    // Two ATT&CK groups stay apart: MITRE decided they differ.
    if (ATTACK_GROUP.test(first.externalId ?? '') && ATTACK_GROUP.test(other.externalId ?? ''))
      continue;
    const head = listHead(text, placed, k);
    const declared = declaringWords(text, sentences, placed[head]!.mention);
    // "Microsoft tracks the activity as Jasper Sleet and Storm-0287": an activity's names are its doers, each a set.
    if (head !== k && declared !== undefined && ACTIVITY_NAMED.test(declared)) continue;
    if (declared === undefined || (apart > 1 && !SET_NAMED_BACK.test(declared))) continue;
    // "Earth Zhulong is related to the hacking group known as 1937CN": another set, linked to the first.
    // In the declaring sentence: an earlier one's words ("work-related", "a second victim") tie nothing.
    const declaring = sentences[mention.sentence]?.start ?? 0;
    const between = text.slice(Math.max(before.end, declaring), mention.start);
    if (LINKING.test(between) || ONE_MORE_SET.test(between)) continue;
    // Two new names: the report's words are all there is, as in one sentence ("aka"); the first named keeps.
    const [known, named] =
      first.ref === undefined && other.ref !== undefined ? [other, first] : [first, other];
    if (named.ref === undefined || listedIn(first, other) || listedIn(other, first)) {
      mergedInto.set(named.key, known);
      kept.add(known);
    }
  }
  if (mergedInto.size === 0) return [...entities];
  const extra = new Map<string, Mention[]>();
  for (const other of sets) {
    const first = mergedInto.get(other.key);
    if (!first) continue;
    const list = extra.get(first.key) ?? [];
    list.push(...other.mentions);
    extra.set(first.key, list);
  }
  return entities
    .filter((e) => !mergedInto.has(e.key))
    .map((e) => withMoreMentions(e, extra.get(e.key)));
}

/** How many names a list may hold before the one asked about: a bound on hostile lists. */
const LIST_ITEMS = 8;
/** Words naming an activity rather than a set, right before its names. */
const ACTIVITY_NAMED = /\bactivit(?:y|ies) as\s{0,2}["“]?$/u;

/**
 * The index of the first set mention of the list of names the k-th mention ends: "tracks as Salt Typhoon,
 * OPERATOR PANDA, RedMike and GhostEmperor" names one set four times, each name declared by the words before
 * the first.
 */
function listHead(text: string, placed: readonly { mention: Mention }[], k: number): number {
  let head = k;
  while (head > Math.max(0, k - LIST_ITEMS)) {
    const before = placed[head - 1]!.mention;
    const item = placed[head]!.mention;
    if (before.sentence !== item.sentence) break;
    if (!LISTED.test(text.slice(before.end, item.start))) break;
    head--;
  }
  return head;
}

/** The words right before the mention when they say it is another name of what was named before. */
function declaringWords(
  text: string,
  sentences: readonly Span[],
  mention: Mention,
): string | undefined {
  const sentence = sentences[mention.sentence];
  if (!sentence) return undefined;
  const before = text.slice(Math.max(sentence.start, mention.start - WORDS_REACH), mention.start);
  return ANOTHER_NAME_BEFORE.test(before) ? before : undefined;
}
