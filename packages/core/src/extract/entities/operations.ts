/**
 * Named operations as STIX campaigns (§4.2): vendors name a campaign with the word Operation, written
 * with a capital, and one to three capitalized words ("Operation ShadowHammer", "Operation Dream Job",
 * "Operation “Ghost”"). The capital on "Operation" mid-sentence is the evidence, so ordinary words may
 * make the name ("Operation Aurora"). Not a name: "Operation Center" and the like, a Title Case heading
 * of ordinary words ("Operation Flow Control"), the plural, a name another finding already holds (an
 * alias the knowledge lists), and a law enforcement operation ("Operation Tovar" took down a botnet).
 */
import type { Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { isCommonWord } from './common-words.ts';
import { cueKind } from './cue-words.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized, QUOTE_MARKS } from './tokens.ts';

type Found = { finding: EntityFinding; mention: Mention };

/** Most words after "Operation" that make a name. */
const NAME_WORDS = 3;
/** Words that continue "Operation" as an ordinary phrase even with capitals ("Operation Center"). */
const NOT_NAMES = new Set(
  `center centre centers centres manager managers mode modes system systems overview details summary
in on at of for to by and or the a an as is with from`.split(/\s+/u),
);
/** Words after the name that speak of the operation ("Operation SpoofedScholars Activity" in a signature). */
const ABOUT_OPERATION = new Set(
  `activity activities attack attacks traffic infrastructure indicators iocs report reports targets
victims`.split(/\s+/u),
);

export function namedOperations(ctx: TextContext, isTaken: (token: number) => boolean): Found[] {
  const found: Found[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.text !== 'Operation' || isTaken(i)) continue;
    const to = nameEnd(ctx, i, isTaken);
    if (to === i + 1) continue;
    const words = tokens.slice(i + 1, to);
    // "Operation Overview" opening a Title Case heading; mid-sentence the capital is the evidence.
    if (ctx.sentenceStart(i) && ctx.titleCase(i) && words.every((w) => isCommonWord(w.norm))) {
      continue;
    }
    const name = `Operation ${words.map((w) => w.text).join(' ')}`;
    found.push({
      finding: {
        key: `campaign:${normalizeName(name)}`,
        type: 'campaign',
        name,
        recognition: 80,
        via: 'operation-name',
      },
      mention: ctx.mention(i, to),
    });
    i = to - 1;
  }
  const named = cutToShorterNames(ctx, found);
  // "… codenamed Operation Endgame, targeted droppers … . The operation resulted in 4 arrests": the sentences
  // referring back to an operation tell whose it is too.
  const defenders = lawEnforcement(ctx, [...named, ...referringBack(ctx, named)]);
  const adversarial = named.filter((f) => !defenders.has(f.finding.key));
  return [...adversarial, ...referringBack(ctx, adversarial)];
}

/**
 * The first word of each operation's name, as written: "DreamJob" of "Operation DreamJob 2026". Asked before
 * the names are read (find-hits.ts), so that a word only an operation's name makes is no new family's.
 */
export function operationNameWords(ctx: TextContext): ReadonlySet<string> {
  const words = new Set<string>();
  const { tokens } = ctx;
  if (!ctx.text.includes('Operation ')) return words;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const name = tokens[i + 1]!;
    if (tokens[i]!.text === 'Operation' && ctx.spaceBefore(i + 1) && isCapitalized(name.text))
      words.add(name.text);
  }
  return words;
}

/** Words of a takedown, an arrest or a seizure: the operation is the defenders'. */
const LAW_ENFORCEMENT =
  /\b(?:law enforcement|takedowns?|taken? down|take control|Europol|FBI|Department of Justice|Justice Department|police|seiz(?:ed|ure)|arrest(?:s|ed)?|dismantl(?:e|ed|ing))\b/iu;

/**
 * "a law enforcement operation dubbed Operation Tovar": a STIX campaign is the adversary's, so an
 * operation any of whose sentences tells of a takedown is not one, in any of its mentions; the keys of those.
 */
function lawEnforcement(ctx: TextContext, found: readonly Found[]): ReadonlySet<string> {
  const defenders = new Set<string>();
  // Each sentence read once: a sentence may name thousands of operations (hostile input stays linear).
  const tellsOfTakedown = new Map<number, boolean>();
  for (const { finding, mention } of found) {
    let takedown = tellsOfTakedown.get(mention.sentence);
    if (takedown === undefined) {
      const sentence = ctx.sentences[mention.sentence];
      takedown =
        sentence !== undefined &&
        LAW_ENFORCEMENT.test(ctx.text.slice(sentence.start, sentence.end));
      tellsOfTakedown.set(mention.sentence, takedown);
    }
    if (takedown) defenders.add(finding.key);
  }
  return defenders;
}

/**
 * "Operation CMDStealer … Operation CMDStealer Network Infrastructure": a name that another the text gives
 * goes on with ordinary words only (a heading's) is that other name.
 */
function cutToShorterNames(ctx: TextContext, found: readonly Found[]): Found[] {
  const names = new Set(found.map((f) => f.finding.name));
  if (names.size < 2) return [...found];
  return found.map((f) => {
    const words = f.finding.name.split(' ');
    for (let n = words.length - 1; n >= 2; n--) {
      const shorter = words.slice(0, n).join(' ');
      if (!names.has(shorter) || !words.slice(n).every((w) => isCommonWord(w.toLowerCase())))
        continue;
      const finding = { ...f.finding, key: `campaign:${normalizeName(shorter)}`, name: shorter };
      const end = f.mention.start + shorter.length;
      return {
        finding,
        mention: { ...f.mention, end, text: ctx.text.slice(f.mention.start, end) },
      };
    }
    return f;
  });
}

/** With one named operation, "the operation" and "this operation" elsewhere speak of it. */
function referringBack(ctx: TextContext, found: readonly Found[]): Found[] {
  const only = found[0];
  if (!only || found.some((f) => f.finding.key !== only.finding.key)) return [];
  const back: Found[] = [];
  ctx.tokens.forEach((token, i) => {
    if (token.text === 'operation' && REFERRING.has(ctx.tokens[i - 1]?.norm ?? '')) {
      back.push({ finding: only.finding, mention: ctx.mention(i - 1, i + 1) });
    }
  });
  return back;
}

const REFERRING = new Set(['the', 'this']);

/** One past the last name word after "Operation" at token i (i + 1 when none follows). */
function nameEnd(ctx: TextContext, i: number, isTaken: (token: number) => boolean): number {
  const { tokens, text } = ctx;
  let to = i + 1;
  while (to <= i + NAME_WORDS) {
    const previous = tokens[to - 1];
    const word = tokens[to];
    if (!previous || !word || isTaken(to) || ctx.sentenceOf[to] !== ctx.sentenceOf[i]) break;
    const gap = text.slice(previous.end, word.start);
    const quoted =
      to === i + 1 && gap.length === 2 && gap[0] === ' ' && QUOTE_MARKS.has(gap[1] ?? '');
    if (gap !== ' ' && !quoted) break;
    if (!isCapitalized(word.text) || word.text.length < 2 || cueKind(word.norm)) break;
    // "Operation Center", and "Operation In(ter)ception" cut at the bracket.
    if (to === i + 1 && NOT_NAMES.has(word.norm)) break;
    if (to > i + 1 && ABOUT_OPERATION.has(word.norm)) break;
    to++;
  }
  return to;
}
