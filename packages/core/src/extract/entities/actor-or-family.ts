/**
 * Ransomware and malware-as-a-service names also name the crews that run them: "DarkSide operators",
 * "DarkSide’s affiliates", "the TrickBot gang". When a text speaks of a malware name as people more often
 * than as code ("X operators", "affiliates of X" against "X sample", "deployed X"), the name is the actor
 * there (AnnoCTR's annotators tag such a name GROUP throughout the report), so it becomes an intrusion set
 * named after the malware, with the malware's knowledge reference kept as a candidate.
 */
import { withMoreMentions } from './more-mentions.ts';
import { ARTICLES } from './common-words.ts';
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { normalizeName } from '../../stix/ids.ts';
import { INTRUSION_WORDS } from './campaigns.ts';
import { MALWARE_HEADS } from './cue-words.ts';
import type { TextContext } from './text-context.ts';
import { QUOTE_MARKS, type Token } from './tokens.ts';

/** Words right after a name that make it people. */
const PEOPLE_AFTER = new Set(
  `operators operator affiliates affiliate gang gangs group groups actors actor team crew developers
developer admins administrators members hackers authors`.split(/\s+/u),
);
/** Words right before "of X" that make X people ("the operators of DarkSide"). */
const PEOPLE_OF = new Set([
  'operators',
  'affiliates',
  'members',
  'developers',
  'admins',
  'authors',
]);
/** What a crew named after its malware does, between the name and its noun: "the Cl0p extortion group". */
const CREW_KINDS = new Set(['extortion', 'cybercrime', 'cybercriminal', 'criminal', 'hacking']);
/** Words right before a name that make it people ("the ransomware group LockBit", "gang ALPHV"). */
const PEOPLE_BEFORE = new Set(['group', 'gang', 'crew', 'collective', 'actor']);
/** Words right after a name that make it code. */
const CODE_AFTER = new Set([
  ...MALWARE_HEADS,
  ...`sample samples payload payloads variant variants binary binaries infection infections
executable module modules strain strains encryptor build builds version versions file files`.split(
    /\s+/u,
  ),
]);
/** Verbs right before a name that make it code ("deployed DarkSide"). */
const CODE_BEFORE = new Set(
  `deploy deploys deployed deploying drop drops dropped dropping deliver delivers delivered delivering
download downloads downloaded downloading install installs installed installing execute executes executed
executing`.split(/\s+/u),
);

/** Words before a name that make it the doer of an attack ("carried out by Qilin", "claimed by X"). */
const DOER_BEFORE = new Set(['carried out by', 'claimed by', 'attributed to', 'blamed on']);
/** Verbs right after a name that only people do ("Qilin claimed", "X published the stolen data"). */
const PEOPLE_VERBS = new Set(
  'claimed claims published posted leaked demanded demands threatened threatens'.split(' '),
);
/** "Qilin, a ransomware gang": an apposition naming people, a few describing words before the noun. */
const APPOSITION_WORDS = 3;

/** 'crew': people, named with the kind of crime they do ("the Cl0p extortion group"). */
type Reading = 'people' | 'crew' | 'code' | undefined;

/** "X, a ransomware gang that …", "X, the cybercriminal group": the apposition says X is people. */
function peopleApposition(ctx: TextContext, to: number): boolean {
  const last = ctx.tokens[to - 1];
  const article = ctx.tokens[to];
  if (!last || !article || !ARTICLES.has(article.norm)) return false;
  if (ctx.text.slice(last.end, article.start) !== ', ') return false;
  for (let i = to + 1; i <= to + 1 + APPOSITION_WORDS; i++) {
    const word = ctx.tokens[i];
    if (!word || ctx.sentenceOf[i] !== ctx.sentenceOf[to] || !ctx.spaceBefore(i)) return false;
    if (PEOPLE_BEFORE.has(word.norm)) return apposed(ctx, i);
  }
  return false;
}

/** Words that go on an apposition after its noun: "a ransomware gang that …", "the group behind …". */
const APPOSITION_GOES_ON = new Set(
  'that which who behind known responsible linked tracked based from with also'.split(' '),
);

/**
 * The apposition's noun at token `noun` ends it, or words that describe it follow; not a verb, whose
 * subject the noun is ("Initially using Cobalt Strike, the malicious actor retrieved …").
 */
function apposed(ctx: TextContext, noun: number): boolean {
  const next = ctx.tokens[noun + 1];
  if (!next || ctx.sentenceOf[noun + 1] !== ctx.sentenceOf[noun]) return true;
  return !ctx.spaceBefore(noun + 1) || APPOSITION_GOES_ON.has(next.norm);
}

/** The two or three words right before token `from`, joined: "carried out by". */
function wordsBefore(ctx: TextContext, from: number, n: number): string {
  const words: string[] = [];
  for (let i = from - n; i < from; i++) {
    const word = ctx.tokens[i];
    if (!word || ctx.sentenceOf[i] !== ctx.sentenceOf[from]) return '';
    words.push(word.norm);
  }
  return words.join(' ');
}

/** Whether the words around a family's mention make it the people who run it ("the LockBit gang hit …"). */
export const readAsPeople = (ctx: TextContext, mention: Mention): boolean => {
  const r = reading(ctx, mention);
  return r === 'people' || r === 'crew';
};

function reading(ctx: TextContext, mention: Mention): Reading {
  const from = tokenAt(ctx, mention.start);
  const to = tokenAt(ctx, mention.end - 1) + 1;
  const next = ctx.tokens[to];
  const sentence = ctx.sentenceOf[from];
  // "DarkSide’s affiliates": skip the possessive s.
  const after =
    next?.norm === 's' && ctx.sentenceOf[to + 1] === sentence ? ctx.tokens[to + 1] : next;
  if (after && ctx.sentenceOf[to] === sentence && PEOPLE_AFTER.has(after.norm)) {
    return affiliateId(ctx, after) ? 'code' : 'people';
  }
  // "the LockBit ransomware gang", "the Cl0p extortion group": the crew behind the code.
  const afterHead = ctx.tokens[to + 1];
  if (
    next &&
    afterHead &&
    ctx.sentenceOf[to + 1] === sentence &&
    PEOPLE_AFTER.has(afterHead.norm)
  ) {
    if (MALWARE_HEADS.has(next.norm)) return 'people';
    if (CREW_KINDS.has(next.norm)) return 'crew';
  }
  if (doerOfIntrusion(ctx, to)) return 'people';
  if (hitsVictims(ctx, to)) return 'people';
  if (next && ctx.sentenceOf[to] === sentence && CODE_AFTER.has(next.norm)) return 'code';
  if (peopleApposition(ctx, to)) return 'people';
  if (
    next &&
    ctx.sentenceOf[to] === sentence &&
    ctx.spaceBefore(to) &&
    PEOPLE_VERBS.has(next.norm)
  ) {
    return 'people';
  }
  // "attributed to the ALPHV/BlackCat ransomware gang": an article may stand before the name.
  const doer = ctx.tokens[from - 1]?.norm === 'the' ? from - 1 : from;
  if (DOER_BEFORE.has(wordsBefore(ctx, doer, 3)) || DOER_BEFORE.has(wordsBefore(ctx, doer, 2))) {
    return 'people';
  }
  const before = ctx.tokens[from - 1];
  if (before && ctx.sentenceOf[from - 1] === sentence && PEOPLE_BEFORE.has(before.norm)) {
    return 'people';
  }
  const ofBefore = before?.norm === 'the' ? ctx.tokens[from - 2] : before;
  const governor = ctx.tokens[ofBefore === before ? from - 2 : from - 3];
  if (ofBefore?.norm === 'of' && governor && PEOPLE_OF.has(governor.norm)) return 'people';
  if (before && ctx.sentenceOf[from - 1] === sentence && CODE_BEFORE.has(before.norm))
    return 'code';
  return undefined;
}

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const DOER_WORDS = new Set(['behind', 'responsible']);
/** How far after "behind" or "responsible" the intrusion may be named: "responsible for the compromise". */
const DOER_REACH = 4;

/**
 * "DarkSide ransomware behind Colonial Pipeline attack", "the Darkside ransomware is responsible for the
 * compromise of …": named as the doer of an intrusion, with or without its kind word, the name is people.
 */
function doerOfIntrusion(ctx: TextContext, to: number): boolean {
  let i = to;
  const sentence = ctx.sentenceOf[to - 1];
  if (MALWARE_HEADS.has(ctx.normIn(sentence, i))) i++;
  if (COPULAS.has(ctx.normIn(sentence, i))) i++;
  if (!DOER_WORDS.has(ctx.normIn(sentence, i))) return false;
  for (let k = i + 1; k <= i + DOER_REACH; k++)
    if (INTRUSION_WORDS.has(ctx.normIn(sentence, k))) return true;
  return false;
}

/** Verbs of striking victims, which people do and code does not: "X has hit more than 500 organizations". */
const HIT_VERBS = new Set(['hit', 'breached', 'attacked', 'targeted', 'struck', 'extorted']);
const AUXILIARIES = new Set(
  'has have had also since reportedly previously recently allegedly already repeatedly'.split(' '),
);
/** How far a relative clause after the name may reach to its closing comma: ", which emerged in April 2022,". */
const CLAUSE_REACH = 10;

/**
 * "Black Basta, which emerged in April 2022, has hit more than 500 organizations", "X also breached …": the
 * name is the subject of striking victims, after a relative clause if one stands between.
 */
function hitsVictims(ctx: TextContext, to: number): boolean {
  const sentence = ctx.sentenceOf[to - 1];
  let i = to;
  const last = ctx.tokens[to - 1]!;
  if (/^, (?:which|who) /u.test(ctx.text.slice(last.end, last.end + 8))) {
    const close = ctx.commaClosing(to + 1, CLAUSE_REACH);
    if (close === undefined || ctx.sentenceOf[close] !== sentence) return false;
    i = close + 1;
  } else if (!ctx.spaceBefore(to)) {
    // "… using the wiper dubbed NikoWiper, targeted the energy sector": the attack did.
    return false;
  }
  while (AUXILIARIES.has(ctx.normIn(sentence, i))) i++;
  return HIT_VERBS.has(ctx.normIn(sentence, i));
}

/** The words between a name and an alias it is given: "BlackCat ransomware gang, also known as ALPHV". */
const ALIAS_GAP =
  /^(?: [\p{L}-]+){0,2},? (?:also known as|aka|a\.k\.a\.|or|also called|formerly) $|^ \($/u;
/** Longest gap between a name and its alias, in characters. */
const ALIAS_GAP_REACH = 48;

function aliasAfter(ctx: TextContext, name: Mention, alias: Mention): boolean {
  const gap = alias.start - name.end;
  return (
    name.sentence === alias.sentence &&
    gap > 0 &&
    gap <= ALIAS_GAP_REACH &&
    ALIAS_GAP.test(ctx.text.slice(name.end, alias.start))
  );
}

const AFFILIATES = new Set(['affiliate', 'affiliates']);
const ID_WORD = /^id\b/iu;

/** "Qbot affiliate “partner01”", "Qbot affiliate id": a build's affiliate label, not the crew. */
function affiliateId(ctx: TextContext, word: Token): boolean {
  if (!AFFILIATES.has(word.norm)) return false;
  const next = ctx.text.slice(word.end, word.end + 4).trimStart();
  return QUOTE_MARKS.has(next.charAt(0)) || ID_WORD.test(next);
}

/** Index of the token that covers character offset `offset` (binary search over token starts). */
function tokenAt(ctx: TextContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ctx.tokens[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * At least this many people readings, more than code readings and this share of all mentions make the
 * name an actor: a long analysis of TrickBot that mentions "TrickBot operators" a few times is still
 * about the malware.
 */
const PEOPLE_MIN = 2;
const PEOPLE_SHARE = 0.3;

/** The end of the `via` of a set named after a malware family ("the Cl0p ransomware gang"). */
export const ACTOR_CONTEXT = '+actor-context';

export function actorsNamedAfterMalware(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
  /** The intrusion set the knowledge holds under a name, if one. */
  knownSet: (name: string) => KnowledgeEntry | undefined = () => undefined,
): ExtractedEntity[] {
  const keys = new Set(entities.map((e) => e.key));
  // "The Akira ransomware gang" where the knowledge holds a group of that name (ATT&CK's G1024): that group,
  // the family named as the text writes it ("Play", ATT&CK's G1040, where the family's name is Playcrypt).
  const setsByName = new Map(
    entities.filter((e) => e.type === 'intrusion-set').map((e) => [normalizeName(e.name), e]),
  );
  const joined = new Map<string, Mention[]>();
  const read = entities.map((entity): ExtractedEntity | undefined => {
    if (entity.type !== 'malware') return entity;
    const name = crewName(entity);
    if (keys.has(`intrusion-set:${normalizeName(name)}`)) return entity;
    let people = 0;
    let code = 0;
    let crew = false;
    let previous: { mention: Mention; reading: Reading } | undefined;
    for (const mention of entity.mentions) {
      // "The BlackCat ransomware gang, also known as ALPHV, claimed …": an alias is read as the name it follows.
      const r =
        reading(ctx, mention) ??
        (previous && aliasAfter(ctx, previous.mention, mention) ? previous.reading : undefined);
      if (r === 'people' || r === 'crew') people++;
      else if (r === 'code') code++;
      if (r === 'crew') crew = true;
      previous = { mention, reading: r };
    }
    const share = people / entity.mentions.length;
    // A name the report speaks of only as people ("LockBit affiliates used the flaw …") is those people.
    // So is a crew named by its crime ("the Cl0p extortion group"), spoken of as people more than as code.
    const onlyPeople = people === entity.mentions.length || crew;
    if ((people < PEOPLE_MIN && !onlyPeople) || people <= code || share < PEOPLE_SHARE) {
      return entity;
    }
    const named = [entity.name, ...entity.mentions.map((m) => m.text)]
      .map((name) => setsByName.get(normalizeName(name)))
      .find((set) => set !== undefined);
    if (named) {
      const list = joined.get(named.key) ?? [];
      list.push(...entity.mentions);
      joined.set(named.key, list);
      return undefined;
    }
    const { ref, properties, ...rest } = entity;
    const { is_family: _family, ...kept } = properties ?? {};
    const candidates = ref ? { candidates: [ref] } : {};
    // "The Akira ransomware group listed …" where the text names no Akira group: the knowledge's Akira group.
    const known = knownSet(name);
    if (known) {
      const key = `intrusion-set:${known.externalId ?? normalizeName(known.name)}`;
      if (keys.has(key)) {
        joined.set(key, [...(joined.get(key) ?? []), ...entity.mentions]);
        return undefined;
      }
      return {
        ...rest,
        key,
        type: 'intrusion-set',
        name: known.name,
        ref: known.id,
        ...(known.externalId ? { externalId: known.externalId } : {}),
        ...(known.country ? { properties: { country: known.country } } : {}),
        via: `${entity.via}${ACTOR_CONTEXT}`,
      };
    }
    return {
      ...rest,
      name,
      key: `intrusion-set:${normalizeName(name)}`,
      type: 'intrusion-set',
      properties: { ...kept, ...candidates },
      via: `${entity.via}${ACTOR_CONTEXT}`,
    };
  });
  return read.flatMap((entity) =>
    entity ? [withMoreMentions(entity, joined.get(entity.key))] : [],
  );
}

/**
 * The crew's name as the text writes it: a family the knowledge names with its kind word ("Medusa
 * Ransomware", ATT&CK's S1244) names its crew without it where the text does ("Medusa actors"), so the set
 * does not read as the code; a family the knowledge writes in lower case ("black suit", as MISP's ransomware
 * galaxy has it) names its crew as the text does ("BlackSuit").
 */
function crewName(family: ExtractedEntity): string {
  const words = family.name.split(' ');
  if (words.length >= 2 && MALWARE_HEADS.has(words.at(-1)!.toLowerCase())) {
    const bare = normalizeName(words.slice(0, -1).join(' '));
    return family.mentions.find((m) => normalizeName(m.text) === bare)?.text ?? family.name;
  }
  if (family.name !== family.name.toLowerCase()) return family.name;
  const unspaced = compact(family.name);
  return family.mentions.find((m) => compact(m.text) === unspaced)?.text ?? family.name;
}
const compact = (name: string): string => normalizeName(name).replaceAll(' ', '');
