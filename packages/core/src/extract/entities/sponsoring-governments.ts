/**
 * A state's government named as what runs or backs an actor: "Salt Typhoon is operated by the Chinese
 * government", "a group working on behalf of the Russian government", "backed by China's government",
 * "MirrorFace is linked to the Chinese government"; so are its services named as a whole ("hackers linked to
 * Russian intelligence services").
 * Governments attribute intrusions so without naming an organ; the government is then the sponsor, a STIX
 * threat-actor of type nation-state located in its state, as a named organ (the MSS) is.
 *
 * Read only right after such words: a government that speaks, denies or is targeted is no sponsor.
 */
import { countryByCode, countryInProse } from '../../geo/countries.ts';
import type { Mention } from '../../analysis/types.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';

/** Verbs whose "by" names who runs an actor: "operated by", "sponsored by", "directed by". */
export const RUN_BY: ReadonlySet<string> = new Set(
  'operated run sponsored backed directed controlled tasked funded supported employed'.split(' '),
);
/** "linked to", "affiliated with": who an actor is tied to. */
const LINKED_TO = new Set(['linked', 'tied', 'connected', 'affiliated']);
const LINKED_WITH = new Set(['affiliated', 'associated']);
/** "on behalf of", "working for", "acting for": who an actor works for. */
const WORKS_FOR = new Set(['behalf', 'working', 'works', 'acting', 'acts']);

/** Country names by where they start and end, as the pipeline read them. */
export interface CountryNames {
  /** The country whose name ends right before token i ("Chinese" before "government"), and its first token. */
  endingAt(i: number): { readonly code: string; readonly from: number } | undefined;
  /** The country whose name starts at token i, and the token after it. */
  startingAt(i: number): { readonly code: string; readonly to: number } | undefined;
}

export function sponsoringGovernments(
  ctx: TextContext,
  countries: CountryNames,
  /** Token i is part of an actor's name. */
  acting: (i: number) => boolean,
): { finding: EntityFinding; mention: Mention }[] {
  const { tokens } = ctx;
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  // Most reports never write the words: one search of the text spares a look at every token.
  if (!SPONSORS_WRITTEN.some((w) => ctx.text.includes(w))) {
    return found;
  }
  for (let g = 0; g < tokens.length; g++) {
    // The head's first token: "government", or "intelligence" of "intelligence services".
    const head = headAt(ctx, g);
    if (head === undefined) continue;
    // "the Chinese government", "China's government", "the government of China".
    const named = countries.endingAt(head);
    // "hackers working for the Chinese state": the state only where its adjective names it.
    if (tokens[head]!.norm === 'state' && !named) continue;
    const owner = !named && ctx.possessiveS(head - 1) ? countries.endingAt(head - 1) : undefined;
    const of = tokens[g + 1]?.norm === 'of' ? countries.startingAt(g + 2) : undefined;
    const code = named?.code ?? owner?.code ?? of?.code;
    if (code === undefined) continue;
    const from = named?.from ?? owner?.from ?? head;
    const opener = tokens[from - 1]?.norm === 'the' ? from - 1 : from;
    if (!sponsoredAt(ctx, opener - 1, acting)) continue;
    // "Chinese government-affiliated actors": a word the government only describes.
    if (ctx.text.charCodeAt(tokens[g]!.end) === 0x2d && !of) continue;
    const kind =
      tokens[head]!.norm === 'government' || tokens[head]!.norm === 'state'
        ? 'Government'
        : `${capitalized(tokens[head]!.norm)} services`;
    found.push({
      finding: governmentFinding(code, kind),
      mention: ctx.mention(from, of?.to ?? g + 1),
    });
  }
  return found;
}

/**
 * Whether the two words ending at token i are those that name who runs something: "operated by", "on behalf
 * of", "working for", "linked to", "affiliated with".
 */
export function sponsorWordsEndAt(ctx: TextContext, i: number): boolean {
  const word = ctx.tokens[i]?.norm;
  const previous =
    ctx.sentenceOf[i - 1] === ctx.sentenceOf[i] ? ctx.tokens[i - 1]?.norm : undefined;
  if (previous === undefined) return false;
  if (word === 'by') return RUN_BY.has(previous);
  if (word === 'of') return previous === 'behalf';
  if (word === 'for') return WORKS_FOR.has(previous);
  // "MirrorFace is linked to the Chinese government", "hackers affiliated with the Russian government".
  if (word === 'to') return LINKED_TO.has(previous);
  if (word === 'with') return LINKED_WITH.has(previous);
  return false;
}

/**
 * Whether the words ending at token i say who runs an actor: "Salt Typhoon is operated by", not "a domain …
 * operated by".
 */
function sponsoredAt(ctx: TextContext, i: number, acting: (i: number) => boolean): boolean {
  if (!sponsorWordsEndAt(ctx, i)) return false;
  const word = ctx.tokens[i]!.norm;
  return word === 'of' || word === 'for' || actorRun(ctx, i - 1, acting);
}

/** Words between what is run and the verb: "is operated", "supposedly promoted and funded". */
const BETWEEN_SUBJECT = new Set(
  'and or is was are were be been being likely very highly most almost reportedly allegedly supposedly probably directly also owned promoted'.split(
    ' ',
  ),
);
/** "… and is (very likely) supported by": a second predicate of the clause's subject. */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were']);
/** How far back before such an "and" the clause's subject is looked for. */
const CLAUSE_REACH = 24;
/** What a government runs when it runs an actor: "a group … funded by", "which is operated by". */
const RUN_SUBJECTS = new Set(
  'group groups actor actors hackers operation operations campaign campaigns unit units it which that who they'.split(
    ' ',
  ),
);
const SUBJECT_REACH = 5;

/** Whether what the verb at token `verb` says is run is an actor: "Salt Typhoon is operated", not "a domain … operated". */
function actorRun(ctx: TextContext, verb: number, acting: (i: number) => boolean): boolean {
  const sentence = ctx.sentenceOf[verb];
  for (
    let k = verb - 1;
    k >= 0 && verb - k <= SUBJECT_REACH && ctx.sentenceOf[k] === sentence;
    k--
  ) {
    const norm = ctx.tokens[k]!.norm;
    if (norm === 'and' && AUXILIARIES.has(ctx.tokens[k + 1]?.norm ?? '')) {
      return clauseSubjectActs(ctx, k, acting);
    }
    if (RUN_BY.has(norm) || BETWEEN_SUBJECT.has(norm)) continue;
    return acting(k) || RUN_SUBJECTS.has(norm);
  }
  return false;
}

/**
 * "Laundry Bear has been active since 2024 and is very likely supported by": the predicate after the "and"
 * at token `and` is the clause's second, so its subject is the actor named before the first, in the sentence.
 */
function clauseSubjectActs(ctx: TextContext, and: number, acting: (i: number) => boolean): boolean {
  const sentence = ctx.sentenceOf[and];
  for (let k = and - 1; k >= 0 && and - k <= CLAUSE_REACH && ctx.sentenceOf[k] === sentence; k--) {
    if (acting(k)) return true;
  }
  return false;
}

/**
 * The first token of a state's organs named at token `g` as a whole: "government", and "intelligence services",
 * "special services", "security services" ("hackers linked to Russian intelligence services"), which a text
 * names without saying which service.
 */
function headAt(ctx: TextContext, g: number): number | undefined {
  const norm = ctx.tokens[g]!.norm;
  if (norm === 'government') return g;
  // "actors linked to Russian intelligence", "hackers working for the Chinese state": the services, the
  // government, the phrase ending on the word (not "the Chinese state media").
  if (norm === 'intelligence' || norm === 'state') return endsPhrase(ctx, g) ? g : undefined;
  if (!SERVICE_NOUNS.has(norm) || !ctx.spaceBefore(g)) return undefined;
  return SERVICES.has(ctx.tokens[g - 1]?.norm ?? '') ? g - 1 : undefined;
}
const SERVICES = new Set(['intelligence', 'special', 'security']);
const SERVICE_NOUNS = new Set(['services', 'agencies']);

/** The word at g ending its phrase: at a stop or a comma, or before a word that goes on the clause. */
function endsPhrase(ctx: TextContext, g: number): boolean {
  const next = ctx.tokens[g + 1];
  if (!next || ctx.sentenceOf[g + 1] !== ctx.sentenceOf[g] || !ctx.spaceBefore(g + 1)) return true;
  return CLAUSE_GOES_ON.has(next.norm);
}
const CLAUSE_GOES_ON = new Set(
  'and or to for in on as that which who was were is are had has'.split(' '),
);
/** The heads as written, for one plain search of the text each: most texts have none. */
const SPONSORS_WRITTEN = [
  'overnment',
  ' state',
  'ntelligence',
  'pecial services',
  'pecial Services',
  'ecurity services',
  'ecurity Services',
];
const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function governmentFinding(code: string, kind: string): EntityFinding {
  const name = `${kind} of ${countryInProse(countryByCode(code)?.name ?? code)}`;
  return {
    key: `threat-actor:${name.toLowerCase()}`,
    type: 'threat-actor',
    name,
    properties: { threat_actor_types: ['nation-state'], country: code },
    recognition: 80,
    via: 'state-government',
  };
}
