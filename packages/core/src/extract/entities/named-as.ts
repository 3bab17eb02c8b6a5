/**
 * New names introduced by a naming phrase: "an APT group named “ReconHellcat”", "a threat actor known by
 * the aliases ‘Hydro’ and ‘JiiN’", "a family we dubbed Golden Chickens", "a new RAT called PurpleWave".
 * The phrase says a name follows; the cue word before it (group, actor / malware, RAT, loader) or a name
 * already found there ("TA415 is also known as Barium and APT41") says what kind of thing it names, for
 * every item of a list ("aka Sofacy, Sednit, Fancy Bear"; "groups such as APT17 and Ke3chang"). Without
 * a cue nothing is proposed: "a file named Invoice" names no threat.
 */
import { cueKind, isExploitKit, isWebShell, type CueKind } from './cue-words.ts';
import type { TextContext } from './text-context.ts';
import { PerWordNumber } from './per-word.ts';
import { perText } from './per-text.ts';
import { isCapitalized } from './tokens.ts';

/** Words right before a name that announce it. */
const NAMING = new Set(
  'named dubbed called nicknamed codenamed aka alias aliases moniker monikers namely formerly'.split(
    ' ',
  ),
);
/**
 * "the actor, which we call Velkbrand", "a new ransomware family, which its operators call Frostbyte": "call"
 * names only after its speaker ("the malware calls X" runs X).
 */
const CALLERS = new Set('we they researchers analysts vendors i'.split(' '));
/** Its own people as callers: their word is no cue of the name's kind, so the kind is read before them. */
const OWN_CALLERS = new Set('operators authors developers creators'.split(' '));
const POSSESSIVES = new Set(['its', 'their', 'the']);
/** "calls" after a vendor's name: "a new backdoor Microsoft calls MediaPl". */
const CALLS = new Set(['calls', 'call', 'names', 'dubs', 'tracks']);
/**
 * Token `v` is a capitalized name, or "it" or "we", right after a kind word a new thing's article opens ("a
 * new backdoor Microsoft"), in one sentence; not a family named after its kind ("the loader Velkdoor calls
 * Zwcreate").
 */
const vendorAfterKind = (ctx: TextContext, v: number): boolean => {
  const vendor = ctx.tokens[v];
  const kind = ctx.tokens[v - 1];
  if (vendor === undefined || kind === undefined || ctx.sentenceOf[v - 1] !== ctx.sentenceOf[v]) {
    return false;
  }
  // "a utility it calls FROSTBITE": the report's own vendor.
  if (!(isCapitalized(vendor.text) || VENDOR_PRONOUNS.has(vendor.text))) return false;
  if (cueKind(kind.norm) === undefined) return false;
  // "deployed malware families it calls GOLDVEIN and SAGEGIFT": a plural kind needs no article.
  if (PLURAL_KIND.test(kind.norm) && VENDOR_PRONOUNS.has(vendor.text)) return true;
  for (let k = v - 2; k >= v - 1 - KIND_WORDS && ctx.sentenceOf[k] === ctx.sentenceOf[v]; k--) {
    const norm = ctx.tokens[k]?.norm ?? '';
    if (norm === 'a' || norm === 'an') return true;
  }
  return false;
};
const VENDOR_PRONOUNS = new Set(['it', 'we']);
/** Token `v` is a capitalized name right after "which" or "that", in one sentence. */
const vendorAfterWhich = (ctx: TextContext, v: number): boolean =>
  isCapitalized(ctx.tokens[v]?.text ?? '') &&
  RELATIVES.has(ctx.tokens[v - 1]?.norm ?? '') &&
  ctx.sentenceOf[v - 1] === ctx.sentenceOf[v];
const RELATIVES = new Set(['which', 'that']);
const PLURAL_KIND = /s$/u;
/** Words between the article and the kind word: "a new custom backdoor". */
const KIND_WORDS = 3;
/** "known as", "tracked as", "referred to as", "also known as". */
const BEFORE_AS = new Set(['known', 'tracked', 'to', 'designated', 'identified', 'labelled']);
/** Quote marks and emphasis that may wrap an announced name. */
const WRAPPERS = new Set([...'"“”‘’\'*_`']);
/**
 * Things other than threats that reports give names to: places on the web, systems, code parts, people's
 * handles. Named nearer the naming word than a cue, the name is theirs ("a group of activists launched a
 * site called …").
 */
const NAMED_THINGS = new Set(
  `site sites website websites forum forums market marketplace shop store service services platform
platforms system systems company companies firm firms vendor vendors organization organizations project
projects program programs programme packer packers module modules function functions method methods class
classes export exports key keys value values string strings parameter parameters variable variables file
files folder folders directory directories account accounts user users username handle persona nickname
domain domains server servers channel channels campaign campaigns operation operations technique
techniques application applications app apps product products vulnerability vulnerabilities flaw flaws
bug bugs exploit exploits mutex mutexes event events pipe pipes task tasks process processes thread threads
certificate certificates document documents library libraries dll dlls driver drivers binary binaries
executable executables script scripts archive archives sample protocol protocols mixer mixers exchange
exchanges wallet wallets bridge bridges`.split(/\s+/u),
);
const NUMBER = /^\d+$/u;

/** How far back from the naming word a cue word may be (same sentence). */
const CUE_LOOKBACK = 6;

export type NamedKind = 'malware' | 'intrusion-set' | 'tool';

/** The kind of name found at token k before this one (an alias, a naming-scheme name), if any. */
export type FoundKind = (k: number) => NamedKind | undefined;

/**
 * The kind of a name starting at token i when a naming phrase announces it, else undefined. The kind comes
 * from a cue word before the naming word ("a group named …") or from a name already found there ("TA415,
 * also known as …", "APT28 (aka …)"): the aliases a report lists are of the kind of the name they follow.
 */
export function announcedKind(
  ctx: TextContext,
  i: number,
  foundKind?: FoundKind,
): NamedKind | undefined {
  const trigger = namingWordBefore(ctx, i);
  if (trigger === undefined) return namedThisKind(ctx, i);
  return cueBefore(ctx, trigger, foundKind);
}

/** Whether a naming phrase announces a name starting at token i ("known as X", "a group called X"). */
export const namedByPhrase = (ctx: TextContext, i: number): boolean =>
  namingWordBefore(ctx, i) !== undefined;

/** Verbs that give a name to the thing after them ("we dubbed this backdoor …"). */
const NAMING_VERBS = new Set([...NAMING, 'call', 'calls', 'calling', 'christened']);
/**
 * "this"/"these" point back at a thing just described; "named the second threat cluster CPRS" (Proofpoint
 * names provisional clusters after lures and strings) gives no durable name, and AnnoCTR tags none.
 */
const THIS = new Set(['this', 'these']);
/** Words between the determiner and the name ("this new malicious browser extension"). */
const PHRASE_WORDS = 4;

/**
 * "Proofpoint has named this malicious browser extension “FriarFox”", "we dubbed this new backdoor
 * Sunshade": the naming verb comes first and the noun phrase after it says what the name is given to.
 */
function namedThisKind(ctx: TextContext, i: number): NamedKind | undefined {
  const sentence = ctx.sentenceOf[i];
  let kind: NamedKind | undefined;
  for (let k = i - 1; k >= Math.max(1, i - PHRASE_WORDS - 1); k--) {
    const word = ctx.tokens[k];
    if (!word || ctx.sentenceOf[k] !== sentence || bareGap(ctx, k) !== '') return undefined;
    if (THIS.has(word.norm)) {
      return NAMING_VERBS.has(ctx.tokens[k - 1]?.norm ?? '') && bareGap(ctx, k - 1) === ''
        ? kind
        : undefined;
    }
    if (isCapitalized(word.text) || NAMED_THINGS.has(word.norm)) return undefined;
    // Walking back from the name: the first kind word met is the phrase's head noun.
    kind ??= phraseKind(ctx, k);
  }
  return undefined;
}

function phraseKind(ctx: TextContext, k: number): NamedKind | undefined {
  if (maliciousAddOn(ctx, k)) return 'malware';
  const cue = cueKind(ctx.tokens[k]?.norm ?? '');
  return cue === 'group' ? 'intrusion-set' : cue;
}

/** Most names one naming phrase is followed across ("aka Sofacy, Sednit, Fancy Bear, STRONTIUM"). */
const LIST_ITEMS = 6;
/** Longest list item, in words. */
const ITEM_WORDS = 3;

/**
 * Index of the naming word that announces a name starting at token i, stepping back over earlier names of
 * the same list ("known as APT41, BARIUM, and Blackfly", "the aliases ‘Hydro’ and ‘JiiN’"): each earlier
 * item is at most three capitalized words, the items are parted by a comma, "and" or "or".
 */
function namingWordBefore(ctx: TextContext, i: number): number | undefined {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[i];
  let start = i;
  for (let items = 0; items < LIST_ITEMS; items++) {
    const k = start - 1;
    const word = tokens[k];
    if (!word || ctx.sentenceOf[k] !== sentence) return undefined;
    const gap = bareGap(ctx, k);
    if (NAMING.has(word.norm)) return k;
    if (word.norm === 'call' && CALLERS.has(tokens[k - 1]?.norm ?? '')) return k;
    if (word.norm === 'call' && OWN_CALLERS.has(tokens[k - 1]?.norm ?? '')) {
      return POSSESSIVES.has(tokens[k - 2]?.norm ?? '') ? k - 2 : k - 1;
    }
    // "a new backdoor Microsoft calls MediaPl": a vendor right after the kind word names it.
    if (CALLS.has(word.norm) && vendorAfterKind(ctx, k - 1)) return k;
    // "The wipers, which ESET calls ZEROLOT and Sting": a vendor after "which".
    if (CALLS.has(word.norm) && vendorAfterWhich(ctx, k - 1)) return k;
    // "a utility Mandiant tracks as FROSTBITE"
    if (word.norm === 'as' && CALLS.has(tokens[k - 1]?.norm ?? '') && vendorAfterKind(ctx, k - 2)) {
      return k;
    }
    if (word.norm === 'as' && tracksAs(ctx, k)) return k;
    if (word.norm === 'as' && announcesAfterAs(tokens[k - 1]?.norm) && !selfNamed(ctx, k - 1)) {
      return k;
    }
    if (word.norm === 'as') {
      const tracked = trackedByWhom(ctx, k);
      if (tracked !== undefined) return tracked;
    }
    if (word.norm === 'like' && headNoun(ctx, k - 1) !== undefined) return k;
    // "web shells and backdoors, including BEEHIVE and BUSHWALK": a plural kind noun heads the list.
    if (word.norm === 'including' && includingHead(ctx, k) !== undefined) return k;
    if (gap === ':' && colonHead(ctx, k) !== undefined) return k;
    if (gap === ',' && appositionHead(ctx, k) !== undefined) return k;
    // The end of the item before: after a comma, or before a conjunction.
    let end: number;
    if ((gap === '' || gap === ',') && (word.norm === 'and' || word.norm === 'or')) {
      end = k - 1;
      const beforeConjunction = bareGap(ctx, end);
      if (beforeConjunction !== '' && beforeConjunction !== ',') return undefined;
    } else if (gap === ',') end = k;
    else return undefined;
    const itemStart = listItemStart(ctx, end, sentence);
    if (itemStart === undefined) return undefined;
    start = itemStart;
  }
  return undefined;
}

/** "known as", "tracked as", "referred to as", "groups such as". */
const announcesAfterAs = (norm: string | undefined): boolean =>
  norm !== undefined && (BEFORE_AS.has(norm) || norm === 'such');

/** Verbs a vendor names the things it follows with ("Microsoft tracks the group as …"). */
const TRACKS = new Set(['tracks', 'track', 'tracking']);

/**
 * "Microsoft tracks it as …", "which Microsoft tracks as …": the "as" of a vendor's tracking phrase; its object,
 * or the name it follows, says what is named.
 */
function tracksAs(ctx: TextContext, as: number): boolean {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[as];
  const norm = (k: number): string =>
    ctx.sentenceOf[k] === sentence ? (tokens[k]?.norm ?? '') : '';
  if (TRACKS.has(norm(as - 1))) {
    return (
      isCapitalized(tokens[as - 2]?.text ?? '') ||
      TRACKING_COMMUNITY.has(norm(as - 2)) ||
      // "the threat actor we track as TaxOff": the kind word right before the report's own "we".
      (norm(as - 2) === 'we' && cueKind(norm(as - 3)) !== undefined)
    );
  }
  if ((VENDOR_PRONOUNS.has(norm(as - 1)) || norm(as - 1) === 'them') && TRACKS.has(norm(as - 2))) {
    return true;
  }
  if (trackedActivityAs(ctx, as)) return true;
  // "tracks the group as", "tracks this threat actor as", "tracks the same actor as": the object names the
  // kind, a thing of no kind names none ("the backdoor tracks the victim as …").
  if (cueKind(norm(as - 1)) === undefined) return false;
  let k = as - 2;
  while (k > as - 4 && OBJECT_MODIFIERS.has(norm(k))) k--;
  return TRACKS.has(norm(k - 1));
}
/** Unnamed trackers: "the threat actor industry reporting tracks as …", "which researchers track as …". */
const TRACKING_COMMUNITY = new Set(
  'reporting industry researchers vendors analysts community others'.split(' '),
);

/** What a vendor names when it names an activity: the cluster of its doers. */
const ACTIVITY_WORDS = new Set(['activity', 'activities']);
const REFERS = new Set(['refers', 'refer', 'referred', 'referring']);
/** Words of an activity's description between the vendor's verb and "activity". */
const ACTIVITY_DESCRIPTION = 6;

/**
 * 'The FBI refers to this specific DPRK malicious cyber activity as "TraderTraitor"', "Microsoft tracks this
 * activity as Storm-0558": the "as" after an activity a vendor tracks or refers to names the set doing it.
 */
function trackedActivityAs(ctx: TextContext, as: number): boolean {
  const sentence = ctx.sentenceOf[as];
  if (ctx.tokens[as]?.norm !== 'as' || !ACTIVITY_WORDS.has(ctx.tokens[as - 1]?.norm ?? '')) {
    return false;
  }
  for (let k = as - 2; k >= Math.max(1, as - 2 - ACTIVITY_DESCRIPTION); k--) {
    if (ctx.sentenceOf[k] !== sentence || bareGap(ctx, k) !== '') return false;
    const norm = ctx.tokens[k]!.norm;
    if (TRACKS.has(norm)) return true;
    if (norm === 'to') return REFERS.has(ctx.tokens[k - 1]?.norm ?? '');
  }
  return false;
}

/** Words between the determiner and the kind word of a tracking phrase's object. */
const OBJECT_MODIFIERS = new Set(['same', 'threat']);

/** Longest name of the one who tracks, in words ("Check Point Research"). */
const TRACKER_WORDS = 4;

/**
 * "are tracked by Check Point Research as Camaro Dragon", "known by Microsoft as": the "as" of a naming
 * phrase that says whose name it is. Returns the naming verb, from which a cue is looked for.
 */
function trackedByWhom(ctx: TextContext, as: number): number | undefined {
  const sentence = ctx.sentenceOf[as];
  for (let k = as - 1; k >= Math.max(1, as - TRACKER_WORDS); k--) {
    const word = ctx.tokens[k]!;
    if (ctx.sentenceOf[k] !== sentence || !isCapitalized(word.text)) return undefined;
    const by = ctx.tokens[k - 1]!;
    if (by.norm !== 'by') continue;
    const verb = k - 2;
    return BEFORE_AS.has(ctx.tokens[verb]?.norm ?? '') && ctx.sentenceOf[verb] === sentence
      ? verb
      : undefined;
  }
  return undefined;
}

/**
 * "an actor self-identified as “Marcy”": the name a person gives themselves, a persona, not an alias of the
 * group the report tracks them in.
 */
const selfNamed = (ctx: TextContext, k: number): boolean => {
  const self = ctx.tokens[k - 1];
  return self?.norm === 'self' && ctx.text[self.end] === '-';
};

const MAX_SEPARATOR = 8;

/** The text between token k and the next one, without spaces and wrappers: '' or ',' in a list. */
function bareGap(ctx: TextContext, k: number): string {
  const left = ctx.tokens[k];
  const right = ctx.tokens[k + 1];
  // A list's separators are a few characters; anything longer parts no list (and is never scanned).
  if (!left || !right || right.start - left.end > MAX_SEPARATOR) return '?';
  let gap = '';
  for (const c of ctx.text.slice(left.end, right.start)) {
    if (c !== ' ' && !WRAPPERS.has(c)) gap += c;
    if (gap.length > 1) return gap;
  }
  return gap;
}

/** First token of a list item ending at token `end`: capitalized words joined by spaces or dots. */
function listItemStart(
  ctx: TextContext,
  end: number,
  sentence: number | undefined,
): number | undefined {
  let j = end;
  if (!isCapitalized(ctx.tokens[j]?.text ?? '')) return undefined;
  while (j > end - ITEM_WORDS + 1) {
    const left = ctx.tokens[j - 1];
    const self = ctx.tokens[j];
    if (!left || !self || ctx.sentenceOf[j - 1] !== sentence || !isCapitalized(left.text)) break;
    const between = ctx.text.slice(left.end, self.start);
    if (between !== ' ' && between !== '.' && between !== '-') break;
    j--;
  }
  return j;
}

function cueBefore(
  ctx: TextContext,
  trigger: number,
  foundKind: FoundKind | undefined,
  hops = 0,
): NamedKind | undefined {
  const sentence = ctx.sentenceOf[trigger];
  // "groups such as …", "ransomware like …": the list's head noun stands right before "such" or "like".
  if (ctx.tokens[trigger - 1]?.norm === 'such') return headBeforeSuch(ctx, trigger - 2, foundKind);
  if (ctx.tokens[trigger]?.norm === 'like') return headNoun(ctx, trigger - 1);
  if (ctx.tokens[trigger]?.norm === 'including') return includingHead(ctx, trigger);
  if (bareGap(ctx, trigger) === ':') return colonHead(ctx, trigger);
  const apposed = bareGap(ctx, trigger) === ',' ? appositionHead(ctx, trigger) : undefined;
  if (apposed !== undefined) return apposed;
  if (trackedActivityAs(ctx, trigger)) return 'intrusion-set';
  const aliased = aliasOfAnnounced(ctx, trigger, foundKind, hops);
  if (aliased !== null) return aliased;
  const subject = copularSubjectKind(ctx, trigger);
  if (subject !== null) return subject;
  for (let k = trigger - 1; k >= Math.max(0, trigger - CUE_LOOKBACK); k--) {
    if (ctx.sentenceOf[k] !== sentence) break;
    const found = foundKind?.(k);
    if (found) return found;
    // A number nearer than a cue is the thing named ("CVE-2021-34527 (aka PrintNightmare)", "version 2,
    // dubbed …").
    if (NUMBER.test(ctx.tokens[k]?.norm ?? '')) return undefined;
    const kind = wordKind(ctx, k, trigger);
    if (kind !== null) return kind;
  }
  return undefined;
}

/**
 * What the word at k says a name given by the naming word at `trigger` names: a kind, no threat
 * (undefined), or nothing (null: read on).
 */
function wordKind(ctx: TextContext, k: number, trigger: number): NamedKind | undefined | null {
  const norm = ctx.tokens[k]?.norm ?? '';
  // "a site called …", "a packer we dubbed …": the nearer noun is the thing the name is given to.
  if (NAMED_THINGS.has(norm)) return undefined;
  if (maliciousAddOn(ctx, k)) return 'malware';
  // "installed a web shell called LEMURLOOT": the shell, not the gang named before.
  if (isWebShell(ctx.tokens[k - 1]?.norm ?? '', norm)) return 'malware';
  // "three teams ESET researchers named FlowingFrog, LookingFrog and JollyFrog": an actor's parts.
  if (ACTOR_PARTS.has(norm)) return 'intrusion-set';
  // "three custom components we named TurtleShell, …": an actor's own parts of code are malware; a
  // product's "components" alone are not.
  if (CODE_PARTS.has(norm) && MADE_BY_ACTOR.has(ctx.tokens[k - 1]?.norm ?? '')) return 'malware';
  const kind: CueKind | undefined = cueKind(norm);
  if (kind === 'group') return 'intrusion-set';
  if (kind === 'malware') return 'malware';
  // "a tool called DonPAPI": legitimate or offensive software an actor runs (STIX tool); not the
  // software the authors made or ran ("I released a free tool called RansomWhere?").
  if (kind === 'tool') return authorsOwn(ctx, trigger) ? undefined : 'tool';
  return null;
}

const CODE_PARTS = new Set(['component', 'components', 'module', 'modules']);
const MADE_BY_ACTOR = new Set(['custom', 'malicious', 'bespoke']);

/**
 * "is called Unknown aka UNKN", "a RAT dubbed Foo, alias Bar": an alias of a name that a naming phrase
 * itself announced is of that phrase's kind; the cue words before the phrase are the first name's. Null
 * when the alias word follows no announced name.
 */
function aliasOfAnnounced(
  ctx: TextContext,
  trigger: number,
  foundKind: FoundKind | undefined,
  hops: number,
): NamedKind | undefined | null {
  if (hops >= ALIAS_HOPS || !ALIAS_WORDS.has(ctx.tokens[trigger]?.norm ?? '')) return null;
  const sentence = ctx.sentenceOf[trigger];
  const end = trigger - 1;
  const itemStart = listItemStart(ctx, end, sentence);
  if (itemStart === undefined || foundKind?.(end)) return null;
  const first = namingWordBefore(ctx, itemStart);
  return first === undefined ? null : cueBefore(ctx, first, foundKind, hops + 1);
}

/**
 * Naming phrases followed back through aliases ("called Foo aka Bar, alias Baz"): a few, so a text of
 * "X aka Y aka Z …" a megabyte long neither recurses without end nor reads back over itself.
 */
const ALIAS_HOPS = 3;

const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** Longest subject read from its sentence's start to the copula, in words. */
const SUBJECT_WORDS = 12;

/**
 * "The main actor associated with promoting REvil ransomware is called UNKN", "the tool the group uses is
 * called …": after a copula the name is the subject's, and the subject's head is its first kind word; the
 * nearest one may sit in a phrase that modifies it. Null when no copula precedes the naming word or the
 * subject holds no kind word.
 */
function copularSubjectKind(ctx: TextContext, trigger: number): NamedKind | undefined | null {
  const copula = trigger - 1;
  const sentence = ctx.sentenceOf[trigger] ?? -1;
  if (!COPULAS.has(ctx.tokens[copula]?.norm ?? '') || sentence < 0) return null;
  const [from] = ctx.tokenRange(sentence);
  if (copula - from > SUBJECT_WORDS) return null;
  for (let k = from; k < copula; k++) {
    const kind = wordKind(ctx, k, trigger);
    if (kind !== null) return kind;
  }
  return null;
}

/**
 * Nouns for the parts of an actor. Before a naming word they announce groups; they are no cue elsewhere
 * ("security teams", "DevSecOps teams").
 */
const ACTOR_PARTS = new Set(['teams', 'subgroup', 'subgroups', 'sub-groups']);

/** Software that runs inside another program: malware only when the text says it is malicious. */
const ADD_ONS = new Set(['extension', 'extensions', 'add-on', 'addon', 'plugin', 'plug-in']);
const MALICIOUS = new Set(['malicious', 'rogue', 'fake', 'trojanized']);

/** "this malicious browser extension “FriarFox”", "a rogue Chrome plugin dubbed …". */
function maliciousAddOn(ctx: TextContext, k: number): boolean {
  if (!ADD_ONS.has(ctx.tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3) && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j--) {
    if (MALICIOUS.has(ctx.tokens[j]?.norm ?? '')) return true;
  }
  return false;
}

/** The report's authors, and what they do with software of their own. */
const AUTHORS = new Set(['i', 'we', 'researchers', 'researcher', 'analysts']);
const AUTHORS_DO = new Set(
  'released developed implemented wrote created built published made used use ran run'.split(' '),
);

/** "I implemented a popular tool called PEiD", "the researchers developed a tool called Phoca". */
function authorsOwn(ctx: TextContext, trigger: number): boolean {
  const sentence = ctx.sentenceOf[trigger];
  for (let k = trigger - 1; k > 0 && ctx.sentenceOf[k - 1] === sentence; k--) {
    const verb = ctx.tokens[k]?.norm ?? '';
    if (AUTHORS_DO.has(verb) && AUTHORS.has(ctx.tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * "an export named ReflectiveLoader", "a file called StealerBot.exe": a name given right after a naming
 * word that follows a thing's noun is that thing's, however much its shape looks like a family's, and so
 * is the same word elsewhere in the text ("DLLs with ReflectiveLoader").
 */
export const namedAsThing = (ctx: TextContext, at: number): boolean =>
  namesIn(ctx).things.has(ctx.tokens[at]?.text ?? '');

/** "the moniker Eriknetwalker", "the handle Kapuchin": a person's name for themselves, not a group's. */
export const namedAsPersona = (ctx: TextContext, at: number): boolean =>
  namesIn(ctx).personas.has(ctx.tokens[at]?.text ?? '');

/**
 * "two security vulnerabilities in processors, dubbed Meltdown and Spectre": in that report the name is the
 * vulnerability at every mention, so an ordinary-word alias of a malware family or group ("Spectre") is no
 * finding there, whatever cue stands beside a later mention ("two variants of Spectre").
 */
export const namedAsVulnerability = (ctx: TextContext, at: number): boolean =>
  namesIn(ctx).flaws.has(ctx.tokens[at]?.text ?? '');

/**
 * "a forum known as RAMP", "the RAMP forum", "Hydra Market": in that report the name is a criminal venue
 * at every mention, not the malware family a source also calls so.
 */
export const namedAsVenue = (ctx: TextContext, at: number): boolean =>
  namesIn(ctx).venues.has(ctx.tokens[at]?.norm ?? '');

/** Places where criminals meet and trade. */
const VENUE_NOUNS = new Set('forum forums marketplace market shop'.split(' '));
/** Nouns after a venue noun that make it a group's own board ("LockBit forum members"). */
const VENUE_PEOPLE = new Set(
  'members member users user admins admin administrators moderators posts post threads thread'.split(
    ' ',
  ),
);

const PERSONA_NOUNS = new Set(
  'moniker monikers handle handles nickname username persona'.split(' '),
);

/** The names a text gives to things, persons and flaws, as written. */
interface GivenNames {
  readonly things: ReadonlySet<string>;
  readonly personas: ReadonlySet<string>;
  readonly flaws: ReadonlySet<string>;
  readonly venues: ReadonlySet<string>;
}

const PERSONA_NOUN = 1;
const NAMING_WORD = 2;
const VENUE_NOUN = 4;

/**
 * One pass per text, on first need, looking each distinct word up once: a persona noun names the word after
 * it; a naming word names the word after it for the thing noun before it, and a list after it for a flaw.
 */
const namesIn = perText((ctx): GivenNames => {
  const names = {
    things: new Set<string>(),
    personas: new Set<string>(),
    flaws: new Set<string>(),
    venues: new Set<string>(),
  };
  const { tokens, sentenceOf } = ctx;
  const kinds = new PerWordNumber(
    ({ norm }) =>
      (PERSONA_NOUNS.has(norm) ? PERSONA_NOUN : 0) |
      (NAMING.has(norm) || norm === 'as' ? NAMING_WORD : 0) |
      (VENUE_NOUNS.has(norm) ? VENUE_NOUN : 0),
    tokens,
  );
  for (let i = 0; i < tokens.length - 1; i++) {
    const kind = kinds.get(tokens[i]!);
    if (kind === 0) continue;
    const next = tokens[i + 1]!;
    const sameSentence = sentenceOf[i] === sentenceOf[i + 1];
    if (kind & PERSONA_NOUN && sameSentence) names.personas.add(next.text);
    if (kind & VENUE_NOUN) addVenueBefore(ctx, i, names.venues);
    if (!(kind & NAMING_WORD)) continue;
    // "a forum known as RAMP": the noun stands before the verb of "known as".
    const as = tokens[i]!.norm === 'as';
    if (as && !BEFORE_AS.has(tokens[i - 1]?.norm ?? '')) continue;
    const thing = tokens[as ? i - 2 : i - 1];
    const thingSentence = sentenceOf[as ? i - 2 : i - 1];
    if (thing && thingSentence === sentenceOf[i + 1] && isCapitalized(next.text)) {
      if (VENUE_NOUNS.has(thing.norm)) names.venues.add(next.norm);
    }
    if (as) continue;
    if (thing && NAMED_THINGS.has(thing.norm) && thingSentence === sentenceOf[i + 1]) {
      names.things.add(next.text);
    }
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + LIST_SPAN); k++) {
      const token = tokens[k]!;
      if (isCapitalized(token.text) && namedAsFlaw(ctx, k)) names.flaws.add(token.text);
    }
  }
  return names;
});

/**
 * "the RAMP forum", "Hydra Market": the capitalized name one space before a venue noun, unless people of
 * the venue follow ("LockBit forum members": the group's own board).
 */
function addVenueBefore(ctx: TextContext, i: number, venues: Set<string>): void {
  const name = ctx.tokens[i - 1];
  const noun = ctx.tokens[i]!;
  const after = ctx.tokens[i + 1];
  if (!name || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i]) return;
  if (noun.start !== name.end + 1 || ctx.text[name.end] !== ' ') return;
  if (after && ctx.sentenceOf[i + 1] === ctx.sentenceOf[i] && VENUE_PEOPLE.has(after.norm)) return;
  if (isCapitalized(name.text)) venues.add(name.norm);
}

/** Nouns for a flaw: the name a naming phrase gives one is the flaw's ("vulnerabilities dubbed Spectre"). */
const FLAW_NOUNS = new Set('vulnerability vulnerabilities flaw flaws bug bugs cve'.split(' '));
/** How far before the naming word the flaw noun may stand (same sentence). */
const FLAW_REACH = 6;

/** Most tokens a naming phrase's list spans: its items, each with a separator. */
const LIST_SPAN = LIST_ITEMS * (ITEM_WORDS + 1);

function namedAsFlaw(ctx: TextContext, i: number): boolean {
  const trigger = namingWordBefore(ctx, i);
  if (trigger === undefined || !NAMING.has(ctx.tokens[trigger]?.norm ?? '')) return false;
  const sentence = ctx.sentenceOf[trigger];
  for (let k = trigger - 1; k >= Math.max(0, trigger - FLAW_REACH); k--) {
    if (ctx.sentenceOf[k] !== sentence) return false;
    if (FLAW_NOUNS.has(ctx.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Whether the name at token i is an item of a list alias words open ("also tracked as A, B and C"), the name
 * they are another one for unsaid ("the hackers, who are also tracked as …").
 */
export function inAliasList(ctx: TextContext, i: number): boolean {
  const trigger = namingWordBefore(ctx, i);
  return trigger !== undefined && aliasWordAt(ctx, trigger);
}

const aliasWordAt = (ctx: TextContext, trigger: number): boolean => {
  // "Microsoft tracks North Korean activity as Jasper Sleet, Storm-0287, and Moonstone Sleet": an activity's
  // names are the clusters that do it, each one set.
  if (trackedActivityAs(ctx, trigger)) return false;
  const word = ctx.tokens[trigger]?.norm ?? '';
  const before = ctx.tokens[trigger - 1]?.norm;
  // "Lumma, also called LummaC2,": a naming verb after "also" gives another name to the same thing.
  if (before === 'also' || before === 'sometimes' || before === 'otherwise') {
    return ALIAS_WORDS.has(word) || NAMED_ALSO.has(word);
  }
  return ALIAS_WORDS.has(word) && before !== 'such';
};
const NAMED_ALSO = new Set(['called', 'named', 'dubbed', 'nicknamed', 'tracked']);

/**
 * The token of the name a naming phrase lists aliases of ("APT40—aka FEVERDREAM, GreenCrash", "TA415 is
 * also known as Barium"), when the kind of the name at token i comes from that name rather than from a cue
 * noun: the items are other names of the same thing. Lists after "such as" and "like" are examples, not
 * aliases.
 */
export function aliasListedOf(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
): number | undefined {
  const trigger = namingWordBefore(ctx, i);
  if (trigger === undefined || !foundKind) return undefined;
  // "a representative of the group behind LockBit called “LockBitSupp”": naming words give a name to
  // something new; only alias words and "known as" say the name is another one for the same thing.
  if (!aliasWordAt(ctx, trigger)) return undefined;
  const sentence = ctx.sentenceOf[trigger];
  let apposition = false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - CUE_LOOKBACK); k--) {
    if (ctx.sentenceOf[k] !== sentence) return undefined;
    if (foundKind(k)) return !apposition || opensApposition(ctx, k) ? k : undefined;
    const norm = ctx.tokens[k]?.norm ?? '';
    if (APPOSITION.has(norm)) {
      apposition = true;
      continue;
    }
    // "The GRU unit, which is commonly known as APT28 and Fancy Bear": one unnamed actor's names, each after
    // the first another name of it.
    if (ONE_ACTOR.has(norm)) return firstListedName(ctx, trigger, i, foundKind);
    // "the threat actor industry reporting tracks as Salt Typhoon, RedMike and GhostEmperor": the names a
    // tracking phrase gives one actor named before it are each that actor's.
    if (TRACKS.has(norm) && tracksOneActor(ctx, k))
      return firstListedName(ctx, trigger, i, foundKind);
    // Only words that keep the subject: "UNC4821 overlaps with activity tracked as …" names another; past an
    // apposition's noun with no name before it ("The group, known as …"), the names are that one actor's.
    if (!ALIAS_FILLERS.has(norm))
      return apposition ? firstListedName(ctx, trigger, i, foundKind) : undefined;
  }
  return undefined;
}

/**
 * Whether the tracking verb at `verb` follows one unnamed actor, its tracker and a relative word between:
 * "the threat actor that industry reporting tracks", "the group Microsoft tracks".
 */
function tracksOneActor(ctx: TextContext, verb: number): boolean {
  const sentence = ctx.sentenceOf[verb];
  for (let k = verb - 1; k >= Math.max(0, verb - TRACKER_WORDS - 2); k--) {
    if (ctx.sentenceOf[k] !== sentence) return false;
    if (TRACKED_ACTOR.has(ctx.tokens[k]!.norm)) return bareGap(ctx, k) === '';
  }
  return false;
}

/** Nouns of one actor, described and not named, whose names a naming phrase may list (beside APPOSITION's). */
const ONE_ACTOR = new Set(['unit', 'cluster', 'team', 'gang', 'crew']);
/** Singular nouns of the actor a tracking phrase may name. */
const TRACKED_ACTOR = new Set(['actor', 'group', ...ONE_ACTOR]);

/** The first name listed after the naming word at `trigger`, when the name at token i is a later one. */
function firstListedName(
  ctx: TextContext,
  trigger: number,
  i: number,
  foundKind: FoundKind,
): number | undefined {
  const first = trigger + 1;
  return first < i && foundKind(first) ? first : undefined;
}

/**
 * An apposition after the name keeps it the subject ("TA402, a threat actor also known as Molerats");
 * without the comma the noun is the subject ("a TA4321 actor identified as …" is one member).
 */
const APPOSITION = new Set(['a', 'an', 'threat', 'actor', 'group']);

const opensApposition = (ctx: TextContext, name: number): boolean => {
  const next = ctx.tokens[name + 1];
  const between = next ? ctx.text.slice(ctx.tokens[name]!.end, next.start) : '';
  return between.includes(',') && (next?.norm === 'a' || next?.norm === 'an');
};

/** Naming words that say a name is another one for what was named before ("aka", "known as"). */
const ALIAS_WORDS = new Set(['aka', 'alias', 'aliases', 'moniker', 'monikers', 'as', 'formerly']);

/** Words between a name and the naming word that keep the name the subject ("is also known as"). */
const ALIAS_FILLERS = new Set([
  ...BEFORE_AS,
  ...`is are was were also otherwise sometimes commonly widely publicly often previously formerly which
that being been has have referred`.split(/\s+/u),
]);

function headBeforeSuch(
  ctx: TextContext,
  head: number,
  foundKind: FoundKind | undefined,
): NamedKind | undefined {
  if (ctx.sentenceOf[head] !== ctx.sentenceOf[head + 1]) return undefined;
  const kind = cueKind(ctx.tokens[head]?.norm ?? '');
  if (kind !== undefined) return headNoun(ctx, head);
  // "open-source tools for network reconnaissance, such as FRPC": the kind noun before what it is for.
  const purposed = purposeHead(ctx, head);
  return purposed === undefined ? foundKind?.(head) : headNoun(ctx, purposed);
}

/** Lower-case words of a purpose between the kind noun and "such as": "for network reconnaissance". */
const PURPOSE_WORDS = 3;

/** The kind noun before "for" and the few lower-case words ending on token `end`, if one stands there. */
function purposeHead(ctx: TextContext, end: number): number | undefined {
  for (let k = end; k > end - PURPOSE_WORDS && k > 0; k--) {
    const word = ctx.tokens[k]!;
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[end] || word.text !== word.norm) return undefined;
    if (k < end && bareGap(ctx, k) !== '') return undefined;
    if (ctx.tokens[k - 1]?.norm !== 'for' || bareGap(ctx, k - 1) !== '') continue;
    const noun = k - 2;
    return ctx.sentenceOf[noun] === ctx.sentenceOf[end] &&
      bareGap(ctx, noun) === '' &&
      cueKind(ctx.tokens[noun]?.norm ?? '') !== undefined
      ? noun
      : undefined;
  }
  return undefined;
}

/**
 * The kind of the plural noun right before "including" at `including`, a comma between or none: "backdoors,
 * including", "tools including". A singular one is one thing, not a kind the items are of.
 */
function includingHead(ctx: TextContext, including: number): NamedKind | undefined {
  const head = including - 1;
  const norm = ctx.tokens[head]?.norm ?? '';
  const gap = bareGap(ctx, head);
  if (gap !== '' && gap !== ',') return undefined;
  // "its known toolset, including PteroPaste and PteroLNK": what an actor's kit holds is its own malware.
  if (ACTORS_KIT.has(norm) && OWNERS.has(ctx.tokens[head - 1]?.norm ?? '')) return 'malware';
  if (!norm.endsWith('s') && norm !== 'malware') return undefined;
  return headNoun(ctx, head);
}
const ACTORS_KIT = new Set(['toolset', 'toolkit', 'arsenal', 'tooling']);
/** The words before the kit, in a few: "its known toolset", "the group's arsenal". */
const OWNERS = new Set(['its', 'their', 'known', 'custom', 'own', 'malware', 'malicious']);

/**
 * "two new tools, PteroDespair and PteroTickle": a plural kind noun counted or called new, in apposition to the
 * list after its comma. Alone, "backdoors, and" goes on the sentence.
 */
function appositionHead(ctx: TextContext, k: number): NamedKind | undefined {
  const norm = ctx.tokens[k]?.norm ?? '';
  if (!norm.endsWith('s')) return undefined;
  const counted =
    COUNTED.has(ctx.tokens[k - 1]?.norm ?? '') ||
    (COUNTED.has(ctx.tokens[k - 2]?.norm ?? '') && bareGap(ctx, k - 2) === '');
  return counted && bareGap(ctx, k - 1) === '' ? headNoun(ctx, k) : undefined;
}
const COUNTED = new Set(
  'two three four five six several multiple new novel additional custom'.split(' '),
);

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "the most active exploit kits: Angler, RIG, and Neutrino", "ransomware families: Ryuk and Conti": a
 * plural kind noun before a colon heads the list after it. A singular one is a label ("The adversary:
 * Working hours match …", "font-family: Helvetica").
 */
function colonHead(ctx: TextContext, k: number): NamedKind | undefined {
  const norm = ctx.tokens[k]?.norm ?? '';
  // "Exploit Kits: Anatomy Of A Silverlight Exploit": a capitalized noun before the colon opens a title.
  if (!norm.endsWith('s') || TITLE_WORD.test(ctx.tokens[k]?.text ?? '')) return undefined;
  if (isExploitKit(ctx.tokens[k - 1]?.norm ?? '', norm)) return 'malware';
  return headNoun(ctx, k);
}

/** Words before "tools" that make them the defenders' or the victims' ("security tools such as …"). */
const NOT_ATTACKERS_TOOLS = new Set(
  `security analysis inspection monitoring forensic forensics debugging detection defensive popular
scanning`.split(/\s+/u),
);

/**
 * The kind a cue noun at token k names ("groups", "ransomware", "tools such as PCHunter"), if it is one;
 * "security tools such as Wireshark" and "popular tools like Firefox" name no attacker's tool.
 */
function headNoun(ctx: TextContext, k: number): NamedKind | undefined {
  if (ctx.sentenceOf[k] !== ctx.sentenceOf[k + 1]) return undefined;
  const kind = cueKind(ctx.tokens[k]?.norm ?? '');
  if (kind === 'tool' && NOT_ATTACKERS_TOOLS.has(ctx.tokens[k - 1]?.norm ?? '')) return undefined;
  return kind === 'group' ? 'intrusion-set' : kind;
}
