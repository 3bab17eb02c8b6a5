/**
 * Companies as victims: a company named in a sentence is the victim of an intrusion only where the words
 * make it the object ("an attack on X", "hackers breached X", "a cyberattack that forced X to", "X was
 * hacked", "the X breach"), since a company is as often the one reporting ("Microsoft said the attack …");
 * the companies one list names ("… including A, B and C") are one intrusion. Named state bodies ("hackers
 * breached the US Treasury Department") are read by the same words.
 */
import type { Mention } from '../../analysis/types.ts';
import { INTRUSION_WORDS, intrusionInto } from './campaigns.ts';
import type { Company } from './companies.ts';
import { NOUNS_BEFORE } from './described-companies.ts';
import { intrusionVerbAt } from './intrusion-verbs.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';

/**
 * Companies the words make victims, a list of them one intrusion ("breached … Verizon Communications Inc.,
 * AT&T Inc. and Lumen Technologies Inc."), with the token that tells of it.
 */
export function companyIntrusions(
  ctx: TextContext,
  companies: readonly Company[],
): { finding: EntityFinding; mention: Mention }[] {
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  let group: Company[] = [];
  let at = -1;
  const close = () => {
    const [first, ...others] = group;
    if (first) {
      const finding = intrusionInto(
        first.finding,
        group.length === 1 && OF_NAME.test(first.finding.name) ? 'the ' : '',
        [...new Map(others.map((c) => [c.finding.key, c.finding])).values()].filter(
          (f) => f.key !== first.finding.key,
        ),
      );
      found.push({ finding, mention: ctx.mention(at, at + 1) });
    }
    group = [];
  };
  // Companies listed before one whose intrusion word follows it: "A, B and C were hit" is one intrusion.
  let pending: Company[] = [];
  for (const company of companies) {
    const previous = group.at(-1);
    if (previous && listedAfter(ctx, previous, company)) {
      group.push(company);
      continue;
    }
    close();
    const word = intrusionWordOf(ctx, company.from, company.to) ?? includedIn(ctx, company.from);
    const last = pending.at(-1);
    const listed = last !== undefined && listedAfter(ctx, last, company) ? pending : [];
    if (word === undefined) {
      pending = [...listed, company];
      continue;
    }
    group = word >= company.to ? [...listed, company] : [company];
    pending = [];
    at = word;
  }
  close();
  return found;
}

/** A body named as what it is of, read with an article: "Intrusion into the Department of the Treasury". */
const OF_NAME = /^(?:Department|Ministry|Office) of /u;

const LIST_GAPS = new Set([', ', ' and ', ', and ', ' or ', ', or ']);

/** `next` follows `previous` in one list: "A, B and C", "A, the law firm B and the port operator C". */
const listedAfter = (ctx: TextContext, previous: Company, next: Company): boolean =>
  ctx.sentenceOf[previous.from] === ctx.sentenceOf[next.from] &&
  LIST_GAPS.has(
    ctx.text
      .slice(ctx.tokens[previous.to - 1]!.end, ctx.tokens[describedFrom(ctx, next.from)]!.start)
      .replace(/^\./u, '')
      .replace(/ the $/u, ' '),
  );

/** How far back an intrusion word may govern "including X": "breached the networks of … providers, including X". */
const INCLUDED_REACH = 12;

/** "… breached the networks of U.S. broadband providers, including X": the intrusion word before "including". */
function includedIn(ctx: TextContext, from: number): number | undefined {
  const before = ctx.tokens[from - 1]?.norm;
  const suchAs = before === 'as' && ctx.tokens[from - 2]?.norm === 'such';
  if (before !== 'including' && before !== 'notably' && !suchAs) return undefined;
  for (let i = from - 2; i >= 0 && from - i <= INCLUDED_REACH; i--) {
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[from]) return undefined;
    const word = ctx.tokens[i]!.norm;
    if (INTRUSION_WORDS.has(word) || intrusionVerbAt(ctx, i)) return i;
    // "broke into the networks of … providers, including X"
    if (word === 'into' && ENTERING.has(ctx.tokens[i - 1]?.norm ?? '')) return i;
  }
  return undefined;
}

/** "an attack on X", "the breach at X": the intrusion, then the word that makes X its object. */
const VICTIM_PREPOSITIONS = new Set([
  'on',
  'of',
  'at',
  'into',
  'against',
  'affecting',
  'targeting',
]);
/** "a cyberattack that forced X to …", "the attack crippled X", "Ransomware attack disrupts X" (a headline). */
const IMPACT_VERBS = new Set(
  `forced disrupted crippled paralyzed paralysed affected impacted hit struck forces disrupts cripples
paralyzes paralyses affects impacts hits strikes`.split(/\s+/u),
);
/** Words before "inside" or "into" that tell of intruders: "were inside X", "broke into X". */
const ENTERING = new Set('were was been got broke break breaking'.split(' '));
/** Taking data from a victim: "data stolen from X", "exfiltrated 2 TB from X". */
const THEFTS = new Set('stolen stole steal stealing exfiltrated exfiltrating'.split(' '));
/** Words a theft may stand before "from": "stole files from", "exfiltrated 2 TB from". */
const THEFT_REACH = 3;
const PASSIVE = new Set(['was', 'were', 'been']);
/** "X was affected": in a report of an intrusion, by it. */
const AFFECTED = new Set(['affected', 'impacted']);
const PASSIVE_ADVERBS = new Set([
  'also',
  'reportedly',
  'allegedly',
  'later',
  'all',
  'successfully',
]);
/** "threatened to hit X", "tried to breach X": an intent, no intrusion. */
const INTENT = new Set(
  'threatened threatens threaten tried tries attempted attempts planned plans sought aimed intended wanted'.split(
    ' ',
  ),
);
/** "the networks of X", "the systems of X": what was breached belongs to X. */
const SYSTEMS = new Set(
  'network networks systems servers infrastructure environment environments'.split(' '),
);
const INTRUSION_NOUNS = new Set(
  'attack attacks breach hack intrusion cyberattack compromise heist'.split(' '),
);
/** A word that may stand between a company and its intrusion: "the MGM ransomware attack", "Bybit crypto heist". */
const INTRUSION_KINDS = new Set(['ransomware', 'cyber', 'crypto', 'data', 'hacking']);

/** Nouns that describe the name right after them: "energy giant Pemex", "an Israeli hospital, Ziv Medical Center". */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set([
  ...NOUNS_BEFORE,
  'hospital',
  'clinic',
  'university',
]);
/** How many words may describe a company before its noun: "the healthcare payment company". */
const DESCRIPTION_WORDS = 4;
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Where the description before a company's name starts ("attack on Mexican energy giant Pemex" -> at
 * "Mexican"), or the name's own start when no describing noun stands right before it.
 */
function describedFrom(ctx: TextContext, from: number): number {
  const sentence = ctx.sentenceOf[from];
  if (!DESCRIBING_NOUNS.has(ctx.tokens[from - 1]?.norm ?? '')) return from;
  let start = from - 1;
  for (let i = from - 2; i >= 0 && from - 1 - i <= DESCRIPTION_WORDS; i--) {
    const word = ctx.tokens[i]!.norm;
    if (ctx.sentenceOf[i] !== sentence || ARTICLES.has(word)) break;
    if (VICTIM_PREPOSITIONS.has(word) || word === 'inside' || intrusionVerbAt(ctx, i)) break;
    start = i;
  }
  return start;
}

/**
 * The token telling of an intrusion into the name at tokens [from, to), when the words around make the
 * name its victim: "an attack on X", "hackers breached X", "a cyberattack that forced X", "X was hacked".
 */
function intrusionWordOf(ctx: TextContext, from: number, to: number): number | undefined {
  const sentence = ctx.sentenceOf[from];
  const norm = (i: number): string =>
    ctx.sentenceOf[i] === sentence ? (ctx.tokens[i]?.norm ?? '') : '';
  let before = describedFrom(ctx, from) - 1;
  if (ARTICLES.has(norm(before))) before--;
  const word = norm(before);
  if (VICTIM_PREPOSITIONS.has(word) && INTRUSION_WORDS.has(norm(before - 1))) return before - 1;
  // "hackers were inside X's system", "broke into X"
  if ((word === 'inside' || word === 'into') && ENTERING.has(norm(before - 1))) return before;
  // "data stolen from X", "stole files from X"
  if (word === 'from') {
    for (let k = before - 1; k >= before - THEFT_REACH; k--) if (THEFTS.has(norm(k))) return k;
  }
  if (
    intrusionVerbAt(ctx, before) &&
    !(norm(before - 1) === 'to' && INTENT.has(norm(before - 2)))
  ) {
    return before;
  }
  // "breached the networks of X"
  if (word === 'of' && SYSTEMS.has(norm(before - 1))) {
    const verb = norm(before - 2) === 'the' ? before - 3 : before - 2;
    if (intrusionVerbAt(ctx, verb) || INTRUSION_WORDS.has(norm(verb))) return verb;
  }
  if (IMPACT_VERBS.has(word)) {
    const subject = ['that', 'which'].includes(norm(before - 1)) ? before - 2 : before - 1;
    if (INTRUSION_WORDS.has(norm(subject))) return subject;
  }
  // "the Colonial Pipeline attack", "MGM Resorts breach", "the Bybit crypto heist"
  if (INTRUSION_NOUNS.has(norm(to))) return to;
  if (INTRUSION_KINDS.has(norm(to)) && INTRUSION_NOUNS.has(norm(to + 1))) return to + 1;
  let after = to;
  if (norm(after) === 'has' || norm(after) === 'had' || norm(after) === 'have') after++;
  if (!PASSIVE.has(norm(after))) return undefined;
  // "X was also hit", "X were reportedly breached", "the State Department was also affected"
  const verb = PASSIVE_ADVERBS.has(norm(after + 1)) ? after + 2 : after + 1;
  if (intrusionVerbAt(ctx, verb) || AFFECTED.has(norm(verb))) return verb;
  return undefined;
}
