/**
 * Verbs whose object is the victim of an intrusion ("hackers breached X", "used the flaw to breach X"): what
 * makes a named company or body a victim (company-victims.ts) or a possessive name a company
 * (possessed-companies.ts).
 */
import { ARTICLES } from './common-words.ts';
import type { TextContext } from './text-context.ts';

/** Verbs whose object is the victim: "breached X", "hacking X". */
const INTRUSION_VERBS: ReadonlySet<string> = new Set(
  `breached breaching hacked hacking compromised compromising infiltrated infiltrating attacked
attacking targeted targeting hit struck penetrated penetrating accessed`.split(/\s+/u),
);
/** Words before "access" that tell of intruders: "gained access to Boeing's network", "unauthorized access". */
const GAINING: ReadonlySet<string> = new Set(
  `gain gained gaining gains obtain obtained obtaining maintain maintained maintaining unauthorized
unauthorised`.split(/\s+/u),
);
/**
 * The same verbs' base forms, nouns as often ("a ransomware attack: CISA …"): verbs only after "to". "Hit" is
 * its own past, so it stands above.
 */
const INFINITIVES: ReadonlySet<string> = new Set(
  'breach hack compromise infiltrate attack target penetrate'.split(' '),
);

/** Words before "into" or "inside" that tell of intruders: "broke into X", "were inside X". */
const ENTERING: ReadonlySet<string> = new Set(
  'were was been got broke break breaking broken'.split(' '),
);

/** Token `i` is "into" or "inside" after a word of entering, in one sentence: "broke into X". */
export function enteringAt(ctx: TextContext, i: number): boolean {
  const word = ctx.tokens[i]?.norm;
  if ((word !== 'into' && word !== 'inside') || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i]) {
    return false;
  }
  return ENTERING.has(ctx.tokens[i - 1]?.norm ?? '');
}

/**
 * Token `i` is "access" after a word of gaining, in one sentence: "gained access", "unauthorized access",
 * "obtain initial access".
 */
export const gainedAccessAt = (ctx: TextContext, i: number): boolean =>
  gainingBefore(ctx, i) !== undefined;

/** The token of the gaining verb before "access" at token `i` ("gained" of "gained initial access"). */
export function gainingBefore(ctx: TextContext, i: number): number | undefined {
  if (ctx.tokens[i]?.norm !== 'access') return undefined;
  let before = i - 1;
  while (before > i - 1 - ACCESS_KINDS_MOST && ACCESS_KINDS.has(ctx.tokens[before]?.norm ?? ''))
    before--;
  return ctx.sentenceOf[before] === ctx.sentenceOf[i] && GAINING.has(ctx.tokens[before]?.norm ?? '')
    ? before
    : undefined;
}
/** Words between gaining and "access": "gained initial access", "obtained persistent access", "long-term". */
const ACCESS_KINDS: ReadonlySet<string> = new Set(
  'initial persistent remote privileged administrative full long term'.split(' '),
);
/** "maintained long-term, persistent access": the most such words between. */
const ACCESS_KINDS_MOST = 3;

/** Token `i` is a verb whose object is the victim: "breached X", "to breach X", "gained access to X". */
export function intrusionVerbAt(ctx: TextContext, i: number): boolean {
  const norm = ctx.tokens[i]?.norm ?? '';
  if (INTRUSION_VERBS.has(norm)) return true;
  if (LISTING_VERBS.has(norm)) return leakSiteAfter(ctx, i);
  if (norm === 'to') return gainedAccessAt(ctx, i - 1);
  return INFINITIVES.has(norm) && ctx.tokens[i - 1]?.norm === 'to';
}

/**
 * Verbs of a gang putting a victim on its leak site: "Qilin added Asahi to its data leak site", "the gang listed
 * Harvard on its leak site": the object is the victim the gang claims.
 */
const LISTING_VERBS: ReadonlySet<string> = new Set(
  'added adding adds listed listing lists posted posting posts'.split(' '),
);
/** How far after the verb "leak site" may stand: "added Asahi Group Holdings to its dark web data leak site". */
const LEAK_SITE_REACH = 10;

/** Whether "leak site" (or "leak sites", "leak blog") follows the word at token `i` in its sentence. */
function leakSiteAfter(ctx: TextContext, i: number): boolean {
  const sentence = ctx.sentenceOf[i];
  for (let k = i + 1; k < i + LEAK_SITE_REACH && ctx.sentenceOf[k + 1] === sentence; k++) {
    if (ctx.tokens[k]!.norm === 'leak' && LEAK_PLACES.has(ctx.tokens[k + 1]!.norm)) return true;
  }
  return false;
}
const LEAK_PLACES: ReadonlySet<string> = new Set(['site', 'sites', 'blog', 'portal']);

/** Sentence `s` has a verb whose object is the victim of an intrusion. */
export function intrusionVerbIn(ctx: TextContext, s: number): boolean {
  const [from, to] = ctx.tokenRange(s);
  for (let i = from; i < to; i++) if (intrusionVerbAt(ctx, i)) return true;
  return false;
}

/** Words that say a victim was struck, beside the verbs: "was also affected", "among the impacted firms". */
export const AFFECTED: ReadonlySet<string> = new Set(['affected', 'impacted']);

/** Words between "among the" and the verb that strikes them: "among the carriers breached". */
const AMONG_NOUN_WORDS = 2;
const VICTIM_NOUNS: ReadonlySet<string> = new Set(['victims', 'victim']);

/**
 * "X were among the carriers breached", "X was among the affected organizations", "… among the victims": the
 * token after "among" (token `from` is the one after it) that tells of the intrusion, if any, in its sentence.
 */
export function amongStruck(ctx: TextContext, from: number): number | undefined {
  const sentence = ctx.sentenceOf[from - 1] ?? -1;
  const norm = (i: number): string => ctx.normIn(sentence, i);
  const start = ARTICLES.has(norm(from)) ? from + 1 : from;
  if (VICTIM_NOUNS.has(norm(start))) return start;
  // "among the affected organizations", "among the carriers breached"
  for (let k = start; k <= start + AMONG_NOUN_WORDS; k++) {
    if (intrusionVerbAt(ctx, k) || AFFECTED.has(norm(k))) return k;
  }
  return undefined;
}

/**
 * Sentence `s` counts its subjects among those struck: "AT&T, Verizon and Lumen Technologies were among the
 * companies affected", "… among the impacted organizations". "Affected" alone tells of products as often as of
 * victims ("Windows and Linux builds are affected"); after "among the" it counts members of a group struck.
 */
export function amongStruckIn(ctx: TextContext, s: number): boolean {
  const [from, to] = ctx.tokenRange(s);
  for (let i = from; i < to; i++) {
    const word = ctx.tokens[i]!.norm;
    if ((word === 'among' || word === 'amongst') && amongStruck(ctx, i + 1) !== undefined) {
      return true;
    }
  }
  return false;
}
