/**
 * New names a report defines: "Qealler is a highly obfuscated Java loader", "Kelvreth is a financially
 * motivated threat actor", "Ostrana, a new ransomware family, ...". The noun phrase after "is a" (or after
 * the comma of an apposition) says what the name is, however the name is spelled; its last word must be a
 * kind word, so "a ransomware attack", "a malware analyst" or "a research group" define nothing.
 */
import { INDEFINITE_ARTICLES, isCommonWord } from './common-words.ts';
import { cueKind, isExploitKit } from './cue-words.ts';
import type { NamedKind } from './named-as.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

/** Verbs that make the noun phrase after them a definition of the subject. */
const COPULAS = new Set(['is', 'was', 'remains']);
/** Longest defining noun phrase, in words ("an established and prolific cybercriminal threat actor"). */
const PHRASE_WORDS = 6;
/** Words that end the noun phrase: what follows them qualifies it ("a loader written in Go"). */
const PHRASE_ENDS = new Set(
  `that which who whose with without in from since and or but for to of by on at as used written based
designed known first associated linked tracked believed operating operated active targeting capable
distributed sold developed observed seen discovered called named dubbed being been also is was are were
has have had can could may might will would when while where if than then because after before during
between into through via using primarily mainly mostly`.split(/\s+/u),
);
/** Malware cue words that name a file or a part, not a family: "a sample", "the payload". */
const NOT_A_FAMILY = new Set(['sample', 'samples', 'payload', 'payloads']);
/**
 * Words that make a group word a threat's: a group cue defines a threat group only with one of them in the
 * phrase ("a research group", "an actor", "a unit" alone are other things), and "the threat actor X" names
 * a group (context-names.ts). A state's backing is one: "an Iran-aligned group", "a China-nexus group"; so is
 * being new to the reporters: "a previously unknown Russian group", "a previously undocumented group".
 */
export const THREAT_WORDS: ReadonlySet<string> = new Set(
  `threat threats apt hacking hacker hackers cybercriminal cybercrime criminal crime ecrime espionage
cyberespionage crimeware sponsored ransomware extortion malicious motivated adversary intrusion cyber
attacker attackers hacktivist hacktivists aligned nexus backed unknown undocumented`.split(/\s+/u),
);
/** Group cues that name the threat themselves, with no threat word needed. */
const THREAT_GROUP_CUES = new Set(['apt', 'gang', 'gangs', 'crew', 'adversary', 'hackers']);
/** Group cues that never end a definition of a group ("a unit of", "an intrusion"). */
const NOT_A_GROUP = new Set(['unit', 'espionage', 'intrusion', 'affiliate', 'affiliates']);

/**
 * The kind a definition gives to the name ending at token `last`, and where the name ends, if the words
 * after it define it: "<name> is a/an <phrase>", "<name>, a/an <phrase>," (an apposition closed by a
 * comma, a bracket or the sentence's end, so "Recently, a new backdoor was seen" defines nothing), or, for a
 * name opening its line, "<name>: a/an <phrase>".
 */
export function definedKind(ctx: TextContext, last: number): NamedKind | undefined {
  const phrase = definingPhrase(ctx, last);
  if (!phrase) return undefined;
  const kind = phraseKind(ctx, phrase.from, phrase.end);
  if (kind !== 'tool') return kind;
  return phrase.apposition && takenUp(ctx, last) ? 'tool' : undefined;
}

/**
 * Verbs of running or fetching software: "downloads TruffleHog, a legitimate secret scanning tool," is
 * software the subject put to use, where "Arkime, a tool," alone may be anyone's.
 */
const TAKING_UP = new Set(
  `use uses used using deploy deploys deployed deploying download downloads downloaded downloading run
runs ran running install installs installed installing drop drops dropped dropping leverage leverages
leveraged leveraging abuse abuses abused abusing execute executes executed executing`.split(/\s+/u),
);

/** Whether a verb of TAKING_UP stands right before the name of one or two words ending at token `last`. */
function takenUp(ctx: TextContext, last: number): boolean {
  const { tokens, text } = ctx;
  for (let k = last - 1; k >= last - 2 && k >= 0; k--) {
    const word = tokens[k]!;
    if (
      ctx.sentenceOf[k] !== ctx.sentenceOf[last] ||
      !isSpace(text, word.end, tokens[k + 1]!.start)
    ) {
      return false;
    }
    if (TAKING_UP.has(word.norm)) return true;
    if (!isCapitalized(word.text)) return false;
  }
  return false;
}

/** Heads of a phrase that defines a name as an activity, not as an actor ("StellarParticle is a campaign"). */
const ACTIVITY_HEADS = new Set(['campaign', 'operation']);

/**
 * Whether the words after the name ending at token `last` define it as a campaign ("StellarParticle is a
 * campaign tracked by CrowdStrike"): a knowledge source may list such a name as its actor's alias.
 */
export function definedAsCampaign(ctx: TextContext, last: number): boolean {
  const phrase = definingPhrase(ctx, last);
  return phrase !== undefined && ACTIVITY_HEADS.has(ctx.tokens[phrase.end]!.norm);
}

/** Verbs that give a campaign its name right before it: "The campaign, dubbed ArcaneDoor". */
const CAMPAIGN_NAMING = new Set(['dubbed', 'called', 'named', 'codenamed']);

/** "The campaign, dubbed ArcaneDoor", "a campaign called X": the name token `i` a campaign is given. */
function namedAsCampaign(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  if (!CAMPAIGN_NAMING.has(tokens[i - 1]?.norm ?? '')) return false;
  const noun = tokens[i - 2];
  return (
    noun !== undefined &&
    ACTIVITY_HEADS.has(noun.norm) &&
    ctx.sentenceOf[i - 2] === ctx.sentenceOf[i] &&
    (ctx.spaceBefore(i - 1) || ctx.text.slice(noun.end, tokens[i - 1]!.start) === ', ')
  );
}

/** One-word names the text defines as campaigns, by their normalized word. */
export const campaignNames = perText((ctx): ReadonlySet<string> => {
  const names = new Set<string>();
  ctx.tokens.forEach((token, i) => {
    if (!isCapitalized(token.text)) return;
    if (definedAsCampaign(ctx, i) || namedAsCampaign(ctx, i)) names.add(token.norm);
  });
  return names;
});

/** The noun phrase (first word after the article, last word) that defines the name ending at `last`. */
function definingPhrase(
  ctx: TextContext,
  last: number,
): { from: number; end: number; apposition: boolean } | undefined {
  const { tokens, text } = ctx;
  const name = tokens[last];
  const next = tokens[last + 1];
  if (!name || !next || ctx.sentenceOf[last + 1] !== ctx.sentenceOf[last]) return undefined;
  // Asked at every capitalized word of a text (campaignNames): the gaps are read, not cut out.
  let article: number;
  let apposition = false;
  if (isSpace(text, name.end, next.start) && COPULAS.has(next.norm)) {
    article = last + 2;
  } else if (isCommaSpace(text, name.end, next.start)) {
    article = last + 1;
    apposition = true;
  } else if (isColonSpace(text, name.end, next.start) && opensLine(text, name.start)) {
    // A list of names, each defined after a colon: "Microcin: a backdoor typically used by …".
    article = last + 1;
  } else return undefined;
  const articleToken = tokens[article];
  if (!articleToken || !INDEFINITE_ARTICLES.has(articleToken.norm)) return undefined;
  // The comma or colon before the article was read above; after "is" one space must part them.
  if (article === last + 2 && !isSpace(text, next.end, articleToken.start)) return undefined;
  const end = phraseEnd(ctx, article);
  if (end === undefined) return undefined;
  if (apposition && !closesApposition(ctx, end, last)) return undefined;
  return { from: article + 1, end, apposition };
}

/** The last word of the noun phrase after the article, if the phrase ends within its length. */
function phraseEnd(ctx: TextContext, article: number): number | undefined {
  const { tokens, text } = ctx;
  const sentence = ctx.sentenceOf[article];
  for (let k = article + 1; k <= article + PHRASE_WORDS + 1; k++) {
    const word = tokens[k];
    const ends =
      !word ||
      ctx.sentenceOf[k] !== sentence ||
      !joinsPhrase(text, tokens[k - 1]!.end, word.start) ||
      // "a Pakistan-based threat group": after a hyphen the word is half of a compound adjective.
      (PHRASE_ENDS.has(word.norm) && text.charCodeAt(word.start - 1) !== HYPHEN) ||
      // "a backdoor typically used by": an adverb after a kind word qualifies what follows.
      (word.norm.endsWith('ly') && cueKind(tokens[k - 1]!.norm) !== undefined);
    if (ends) return k - 1 > article ? k - 1 : undefined;
  }
  return undefined;
}

/** Whether text[start, end) is one space. */
const isSpace = (text: string, start: number, end: number): boolean =>
  end - start === 1 && text.charCodeAt(start) === SPACE;

/** Whether text[start, end) is a comma and a space. */
const isCommaSpace = (text: string, start: number, end: number): boolean =>
  end - start === 2 && text.charCodeAt(start) === COMMA && text.charCodeAt(start + 1) === SPACE;

/** Whether text[start, end) is a colon and a space. */
const isColonSpace = (text: string, start: number, end: number): boolean =>
  end - start === 2 && text.charCodeAt(start) === COLON && text.charCodeAt(start + 1) === SPACE;

/** Whether a word at `start` opens its line, after at most a bullet and spaces ("* Microcin: …"). */
function opensLine(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 4 && LINE_LEAD.has(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === NEWLINE;
}

const LINE_LEAD: ReadonlySet<number> = new Set([0x20, 0x09, 0x2a, 0x2d, 0x2022]);
const NEWLINE = 0x0a;
const COLON = 0x3a;

/** What may stand between two words of one noun phrase: one space or one hyphen. */
const joinsPhrase = (text: string, start: number, end: number): boolean =>
  end - start === 1 && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === HYPHEN);

const SPACE = 0x20;
const COMMA = 0x2c;
const HYPHEN = 0x2d;

/** "Ostrana, a new ransomware family, encrypts …": the apposition ends at a comma, bracket or full stop. */
function closesApposition(ctx: TextContext, end: number, name: number): boolean {
  const word = ctx.tokens[end]!;
  const after = ctx.text.charAt(word.end);
  if (APPOSITION_ENDS.has(after)) return true;
  // "discovered ModPipe, a modular backdoor that gives …": a relative clause ends the apposition as well, and
  // so does a participle ("a loader written in C#"); but not after a word opening the
  // sentence, an adverb as often ("Recently, a new backdoor that …").
  // "a modular backdoor previously attributed to APT29": an adverb may stand before the participle.
  const adverb = ctx.tokens[end + 1]?.norm.endsWith('ly') === true && ctx.spaceBefore(end + 2);
  const next = ctx.tokens[adverb ? end + 2 : end + 1];
  return (
    next !== undefined &&
    !ctx.sentenceStart(name) &&
    !isCommonWord(ctx.tokens[name]!.norm) &&
    ((!adverb && RELATIVES.has(next.norm)) ||
      (PARTICIPLES.has(next.norm) && cueKind(word.norm) !== undefined)) &&
    isSpace(ctx.text, word.end, ctx.tokens[end + 1]!.start) &&
    ctx.sentenceOf[adverb ? end + 2 : end + 1] === ctx.sentenceOf[end]
  );
}

const APPOSITION_ENDS = new Set([',', ')', '.', ';', '—']);
const RELATIVES = new Set(['that', 'which']);
/** "MATCHBOIL, a loader written in C#": a participle after the kind word goes on describing the thing. */
const PARTICIPLES = new Set([
  'written',
  'designed',
  'developed',
  'built',
  'coded',
  'capable',
  'used',
  'attributed',
  'associated',
  'linked',
  'deployed',
]);

/** What the phrase's last word says, checked against the words before it. */
function phraseKind(ctx: TextContext, from: number, end: number): NamedKind | undefined {
  const head = ctx.tokens[end]!.norm;
  const kind = cueKind(head);
  if (kind === 'malware') return NOT_A_FAMILY.has(head) ? undefined : 'malware';
  // "an exploit kit" is malware (exploit-kit). Other tool words define a tool only where the sentence puts
  // it to use (definedKind): "WMI is an administrative framework", "Arkime is a tool" name the defenders'
  // and the system's software as often as the actors'.
  if (kind === 'tool') {
    return isExploitKit(ctx.tokens[end - 1]?.norm ?? '', head) ? 'malware' : 'tool';
  }
  if (kind !== 'group' || NOT_A_GROUP.has(head)) return undefined;
  if (THREAT_GROUP_CUES.has(head)) return 'intrusion-set';
  for (let k = from; k < end; k++) {
    if (THREAT_WORDS.has(ctx.tokens[k]!.norm)) return 'intrusion-set';
  }
  return undefined;
}
