/**
 * The reported activity as a STIX campaign (§4.2): when a sentence tells of an intrusion into a
 * government body ("a cyber intrusion in its foreign ministry"), the intrusion becomes a campaign named
 * after its victim, so attribution has a subject ("Intrusion into the Ministry of ... of Czechia").
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { Company } from './companies.ts';
import type { TextContext } from './text-context.ts';

/** Words that tell of an intrusion; dates/reported-period.ts reads them too. */
export const INTRUSION_WORDS: ReadonlySet<string> = new Set(
  `intrusion intrusions breach breaches breached hack hacks hacked hacking infiltrating infiltrated infiltration
compromise compromised compromising attack attacks attacked cyberattack cyberattacks espionage`.split(
    /\s+/u,
  ),
);

/**
 * The campaign of an intrusion into `victim`: "Intrusion into the Ministry of …" for a government body,
 * "Intrusion into MGM Resorts International" for a company.
 */
function intrusionInto(
  victim: { readonly key: string; readonly name: string },
  article: 'the ' | '',
  others: readonly { readonly key: string; readonly name: string }[] = [],
): EntityFinding {
  // Named in one order whatever order the text lists them in: one intrusion, one campaign.
  const names = [victim, ...others].map((v) => v.name).sort((a, b) => a.localeCompare(b, 'en'));
  const listed =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const name = `Intrusion into ${article}${listed}`;
  const victims = others.length > 0 ? { victims: [victim, ...others].map((v) => v.key) } : {};
  return {
    key: `campaign:${normalizeName(name)}`,
    type: 'campaign',
    name,
    properties: { victim: victim.key, ...victims },
    recognition: 60,
    via: 'intrusion-of-victim',
  };
}

/**
 * Companies the words make victims, a list of them one intrusion ("breached … Verizon Communications Inc.,
 * AT&T Inc. and Lumen Technologies Inc."), with the token that tells of it.
 */
function companyIntrusions(
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
        '',
        [...new Map(others.map((c) => [c.finding.key, c.finding])).values()].filter(
          (f) => f.key !== first.finding.key,
        ),
      );
      found.push({ finding, mention: ctx.mention(at, at + 1) });
    }
    group = [];
  };
  for (const company of companies) {
    const previous = group.at(-1);
    if (previous && listedAfter(ctx, previous, company)) {
      group.push(company);
      continue;
    }
    close();
    const word = intrusionWordOf(ctx, company.from, company.to) ?? includedIn(ctx, company.from);
    if (word === undefined) continue;
    group = [company];
    at = word;
  }
  close();
  return found;
}

const LIST_GAPS = new Set([', ', ' and ', ', and ', ' or ', ', or ']);

/** `next` follows `previous` in one list: "A, B and C". */
const listedAfter = (ctx: TextContext, previous: Company, next: Company): boolean =>
  ctx.sentenceOf[previous.from] === ctx.sentenceOf[next.from] &&
  LIST_GAPS.has(
    ctx.text
      .slice(ctx.tokens[previous.to - 1]!.end, ctx.tokens[next.from]!.start)
      .replace(/^\./u, ''),
  );

/** How far back an intrusion word may govern "including X": "breached the networks of … providers, including X". */
const INCLUDED_REACH = 12;

/** "… breached the networks of U.S. broadband providers, including X": the intrusion word before "including". */
function includedIn(ctx: TextContext, from: number): number | undefined {
  const before = ctx.tokens[from - 1];
  if (!before || (before.norm !== 'including' && before.norm !== 'notably')) return undefined;
  for (let i = from - 2; i >= 0 && from - i <= INCLUDED_REACH; i--) {
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[from]) return undefined;
    if (INTRUSION_WORDS.has(ctx.tokens[i]!.norm)) return i;
  }
  return undefined;
}

export function findCampaigns(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
  companies: readonly Company[] = [],
): { finding: EntityFinding; mention: Mention }[] {
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  // A company is the victim only where the words say it was hit ("a breach at X", "X was hacked"): a
  // company is as often the one reporting.
  found.push(...companyIntrusions(ctx, companies));
  const intoCompany = found.length > 0;
  const victims = entities.filter((e) => e.via === 'government-body');
  for (const victim of victims) {
    const finding = intrusionInto(victim, 'the ');
    for (const mention of victim.mentions) {
      const [from, to] = ctx.tokenRange(mention.sentence);
      for (let i = from; i < to; i++) {
        const word = ctx.tokens[i]?.norm ?? '';
        if (INTRUSION_WORDS.has(word)) {
          found.push({ finding, mention: ctx.mention(i, i + 1) });
        } else if (word === 'access' && GAINING.has(ctx.tokens[i - 1]?.norm ?? '')) {
          // "gained access to a network of the Dutch Ministry of Defence"
          found.push({ finding, mention: ctx.mention(i - 1, i + 1) });
        }
      }
    }
  }
  // With one reported intrusion, "the breach", "this attack", "the malicious activity" elsewhere refer
  // back to it: into a government body, or into a company the report opens with (a report that names a
  // company's breach further down, in passing, has other attacks in mind).
  const keys = new Set(found.map((f) => f.finding.key));
  const only = found[0];
  const opening = !intoCompany || found.some((f) => f.mention.sentence <= OPENING_SENTENCES);
  if (keys.size === 1 && only && opening) {
    ctx.tokens.forEach((token, i) => {
      if (!INTRUSION_WORDS.has(token.norm) && !REFERRING_NOUNS.has(token.norm)) return;
      const previous = ctx.tokens[i - 1]?.norm ?? '';
      const from = ACTIVITY_KINDS.has(previous) ? i - 1 : i;
      if (REFERRING.has(ctx.tokens[from - 1]?.norm ?? '')) {
        found.push({ finding: only.finding, mention: ctx.mention(from, i + 1) });
      }
    });
  }
  return found;
}

const REFERRING = new Set(['the', 'this', 'that']);

/** The title and the first sentence or two: where a report states what it is about. */
const OPENING_SENTENCES = 2;

/** Words that take up a reported intrusion only as "the activity", "this incident", never alone. */
const REFERRING_NOUNS = new Set(['activity', 'incident', 'campaign']);

/** "the malicious activity", "this espionage campaign": a word saying what kind of activity. */
const ACTIVITY_KINDS = new Set(['malicious', 'cyber', 'hacking', 'espionage', 'intrusion']);

const GAINING = new Set(['gained', 'gaining', 'gain', 'obtained', 'unauthorized', 'unauthorised']);

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
/** "breached X", "targeted X": a verb whose object is the victim. */
const INTRUSION_VERBS = new Set(
  'breached hacked compromised attacked infiltrated targeted hit struck'.split(' '),
);
/** "a cyberattack that forced X to …", "the attack crippled X". */
const IMPACT_VERBS = new Set(
  'forced disrupted crippled paralyzed paralysed affected impacted hit struck'.split(' '),
);
const PASSIVE = new Set(['was', 'were', 'been']);
/** "the networks of X", "the systems of X": what was breached belongs to X. */
const SYSTEMS = new Set(
  'network networks systems servers infrastructure environment environments'.split(' '),
);
const INTRUSION_NOUNS = new Set(
  'attack attacks breach hack intrusion cyberattack compromise'.split(' '),
);

/**
 * The token telling of an intrusion into the name at tokens [from, to), when the words around make the
 * name its victim: "an attack on X", "hackers breached X", "a cyberattack that forced X", "X was hacked".
 */
function intrusionWordOf(ctx: TextContext, from: number, to: number): number | undefined {
  const sentence = ctx.sentenceOf[from];
  const norm = (i: number): string =>
    ctx.sentenceOf[i] === sentence ? (ctx.tokens[i]?.norm ?? '') : '';
  let before = from - 1;
  if (norm(before) === 'the') before--;
  const word = norm(before);
  if (VICTIM_PREPOSITIONS.has(word) && INTRUSION_WORDS.has(norm(before - 1))) return before - 1;
  if (INTRUSION_VERBS.has(word)) return before;
  // "breached the networks of X"
  if (word === 'of' && SYSTEMS.has(norm(before - 1))) {
    const verb = norm(before - 2) === 'the' ? before - 3 : before - 2;
    if (INTRUSION_VERBS.has(norm(verb)) || INTRUSION_WORDS.has(norm(verb))) return verb;
  }
  if (IMPACT_VERBS.has(word)) {
    const subject = ['that', 'which'].includes(norm(before - 1)) ? before - 2 : before - 1;
    if (INTRUSION_WORDS.has(norm(subject))) return subject;
  }
  // "the Colonial Pipeline attack", "MGM Resorts breach"
  if (INTRUSION_NOUNS.has(norm(to))) return to;
  let after = to;
  if (norm(after) === 'has' || norm(after) === 'had' || norm(after) === 'have') after++;
  if (PASSIVE.has(norm(after)) && INTRUSION_VERBS.has(norm(after + 1))) return after + 1;
  return undefined;
}
