/**
 * A report about one actor, or about one malware family and no actor: the tools and techniques it
 * describes are what its subject used (and, for an actor, the vulnerabilities a sentence tells of exploiting
 * are what it targets), though most are named in sentences that do not name the subject
 * (an ATT&CK table, "the loader then decrypts …"). Stated relations come from sentences
 * (extract-relations.ts); these are inferred, marked so, and only when the report names exactly one actor
 * (or, naming none, one malware family in its title and more often than all its other families) and that
 * actor is in its title or named in at least three sentences (counting "the attacker" where the report
 * gives its own name to what it tells of); naming no actor, a report whose title names one operation of
 * its own ("Operation CMDStealer: … Campaign Leverages CMD-Based Scripts") is about that campaign. Two
 * actors, or two families in the title and no actor: nothing is inferred; which used what is for the
 * sentences to say. Nor from a digest of dated stories (digest.ts). A family's report infers no use a
 * sentence gives an actor named in passing.
 */
import type {
  EntityType,
  ExtractedEntity,
  ExtractedRelation,
  Mention,
  Span,
} from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { sentenceAt } from '../sentence-at.ts';
import { actedAgainst } from './acted-against.ts';
import { isDigest } from './digest.ts';
import { namedAsLineage } from './lineage.ts';
import { roleOf } from './roles.ts';
import { sentenceEvidence } from './sentence-evidence.ts';
import { cuesIn } from './triggers.ts';

/** Sentences naming an actor that make it the subject of a report it is not in the title of. */
const SUBJECT_SENTENCES = 3;

type Inference = NonNullable<ExtractedRelation['inferred']>;

const USED_BY: Readonly<Record<Inference, ReadonlySet<EntityType>>> = {
  'sole-actor': new Set(['malware', 'tool', 'attack-pattern']),
  'sole-malware': new Set(['tool', 'attack-pattern']),
  'sole-campaign': new Set(['malware', 'tool', 'attack-pattern']),
};

export function soleSubjectUses(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  stated: readonly ExtractedRelation[],
): ExtractedRelation[] {
  if (isDigest(text)) return [];
  const titleEnd = endOfTitle(text);
  const actors = entities
    .filter((e) => roleOf(e) === 'attacker')
    .map((actor) => withTitledNamesake(actor, entities, titleEnd));
  // Actors each named once in passing ("the main actor promoting REvil is called UNKN") leave the report
  // about its malware, unless "the attacker" goes on standing for the one actor; beside one actor it is
  // about, named in its title or dwelt on ("APT28 Delivers Zebrocy Malware …" and, once, "… the same
  // infrastructure as Turla"), about that actor. A survey naming one group in three sentences and others
  // once ("Catching RATs Over Custom Protocols") is about none of them.
  const throughout = actors.filter((a) => !inPassing(titleEnd, a));
  const main =
    throughout.length === 1 && aboutIt(titleEnd, throughout[0]!, actors, stated)
      ? throughout
      : actors;
  const actor = soleActor(text, sentences, titleEnd, main);
  const campaign = actor || throughout.length > 0 ? undefined : titleOperation(titleEnd, entities);
  const [subject, inference]: [ExtractedEntity | undefined, Inference] =
    actor || throughout.length > 0
      ? [actor, 'sole-actor']
      : campaign
        ? [campaign, 'sole-campaign']
        : [titleFamily(text, titleEnd, entities), 'sole-malware'];
  if (!subject) return [];
  const used = new Set(
    stated.filter((r) => r.type === 'uses' && r.source === subject.key).map((r) => r.target),
  );
  // "Lumma … has been used by ransomware gangs including Octo Tempest": what a sentence says an actor in
  // passing uses is that actor's, not the report's subject's; so is what only the sentences naming such
  // an actor tell of.
  const passing = actors.filter((a) => a.key !== subject.key);
  if (passing.length > 0) {
    const actorKeys = new Set(passing.map((a) => a.key));
    for (const r of stated) if (r.type === 'uses' && actorKeys.has(r.source)) used.add(r.target);
    const theirs = new Set(passing.flatMap((a) => a.mentions.map((m) => m.sentence)));
    for (const e of entities) if (e.mentions.every((m) => theirs.has(m.sentence))) used.add(e.key);
  }
  const sentenceOf = (m: Mention): Mention =>
    sentenceEvidence(text, sentences[m.sentence] ?? m, m.sentence);
  const named = sentenceOf(subject.mentions[0]!);
  const subjectNames = new Set(
    [subject.name, ...subject.mentions.map((m) => m.text)].map(normalizeName),
  );
  const out: ExtractedRelation[] = [];
  const evidenceOf = (described: Mention): Mention[] => {
    const evidence = [named, sentenceOf(described)].sort((a, b) => a.start - b.start);
    return evidence[0]!.start === evidence[1]!.start ? [named] : evidence;
  };
  if (inference !== 'sole-malware') {
    out.push(...exploitedBy(text, sentences, subject, entities, stated, evidenceOf));
  }
  // "We attribute this activity with moderate confidence to a threat actor we track as UNC9012": in a report
  // about one family, the actor the source names as its own finding is the one that used it.
  const doer = inference === 'sole-malware' ? labelledActor(text, actors) : undefined;
  if (doer && !stated.some((r) => r.source === doer.actor.key && r.target === subject.key)) {
    out.push({
      type: 'uses',
      source: doer.actor.key,
      target: subject.key,
      evidence: evidenceOf(doer.mention),
      inferred: inference,
    });
  }
  for (const capability of entities) {
    if (!USED_BY[inference].has(capability.type) || used.has(capability.key)) continue;
    // A name the report also gives the subject ("the BlueNoroff malware") is no finding about its tools.
    if (capability.mentions.some((m) => subjectNames.has(normalizeName(m.text)))) continue;
    // "stops services related to remote desktop tools (e.g., TeamViewer)": the victim's software.
    if (
      capability.type === 'tool' &&
      capability.mentions.every((m) => actedAgainst(text, sentences, m))
    ) {
      continue;
    }
    // "BlackSuit, a rebrand of the Royal ransomware operation": what the subject descends from.
    if (capability.mentions.every((m) => namedAsLineage(text, m))) continue;
    // "initial access brokers for ransomware affiliates such as ALPHV": other actors, named by their family.
    if (capability.mentions.every((m) => namedAsOthers(text, m))) continue;
    const described = capability.mentions[0];
    if (!described) continue;
    out.push({
      type: 'uses',
      source: subject.key,
      target: capability.key,
      evidence: evidenceOf(described),
      inferred: inference,
    });
  }
  return out;
}

/**
 * A set named after its family ("Akira Ransomware Affiliates Exploit …": the Akira group, the Akira family):
 * where the title's name is read as the family's, the title still names the set, so the family's mention
 * there counts as the set's. Only the title's: in the text, "Amnesia, Bomber and Scarab ransomware" names
 * families, whatever set shares one's name.
 */
function withTitledNamesake(
  actor: ExtractedEntity,
  entities: readonly ExtractedEntity[],
  titleEnd: number,
): ExtractedEntity {
  if (inTitle(titleEnd, actor)) return actor;
  const name = normalizeName(actor.name);
  const family = entities.find((e) => e.type === 'malware' && normalizeName(e.name) === name);
  const titled = family?.mentions.filter((m) => m.start < titleEnd) ?? [];
  return titled.length === 0 ? actor : { ...actor, mentions: [...titled, ...actor.mentions] };
}

/** "affiliates such as ALPHV and NoEscape", "ransomware gangs like LockBit": other actors, by their family. */
const OTHERS_SUCH_AS =
  /\b(?:affiliates|gangs|groups|operators|crews) (?:such as|like|including) (?:[\p{L}\d-]+(?:,? and |,? or |, )){0,4}$/u;
const OTHERS_REACH = 100;
const namedAsOthers = (text: string, m: Mention): boolean =>
  OTHERS_SUCH_AS.test(text.slice(Math.max(0, m.start - OTHERS_REACH), m.start));

/**
 * "The actors typically gain initial access by exploiting … (CVE-2022-42475)": a vulnerability a sentence
 * tells of exploiting, in a report about one actor, is one that actor targets (STIX: intrusion-set
 * targets vulnerability), unless a sentence already says so.
 */
function exploitedBy(
  text: string,
  sentences: readonly Span[],
  subject: ExtractedEntity,
  entities: readonly ExtractedEntity[],
  stated: readonly ExtractedRelation[],
  evidenceOf: (described: Mention) => Mention[],
): ExtractedRelation[] {
  const targeted = new Set(
    stated.filter((r) => r.type === 'targets' && r.source === subject.key).map((r) => r.target),
  );
  const out: ExtractedRelation[] = [];
  for (const vulnerability of entities) {
    if (vulnerability.type !== 'vulnerability' || targeted.has(vulnerability.key)) continue;
    const exploited = vulnerability.mentions.find((m) => {
      const sentence = sentences[m.sentence];
      return (
        sentence !== undefined &&
        (exploitingIn(text.slice(sentence.start, sentence.end)) ||
          exploitedNext(text, sentences, m.sentence))
      );
    });
    if (!exploited) continue;
    out.push({
      type: 'targets',
      source: subject.key,
      target: vulnerability.key,
      evidence: evidenceOf(exploited),
      inferred: 'sole-actor',
    });
  }
  return out;
}

/**
 * Whether a sentence tells of exploiting its vulnerabilities: a cue of exploiting, or the intruded devices
 * said to be open to them ("In most cases the devices were vulnerable to CVE-2024-40766").
 */
const exploitingIn = (sentence: string): boolean =>
  cuesIn(sentence).has('exploit') || DEVICES_VULNERABLE.test(sentence);
const DEVICES_VULNERABLE =
  /\b(?:devices|systems|appliances|servers|hosts|instances|firewalls|gateways) (?:were|was|had been) (?:all |still |likely )?(?:vulnerable|unpatched) (?:to|against)\b/u;

/** "… exploitation of these vulnerabilities", "exploited both flaws": the vulnerabilities named before. */
const EXPLOITING_THESE =
  /\bexploit(?:s|ed|ing|ation)?(?: of)? (?:these|those|the|both)(?: two| three)? (?:vulnerabilities|flaws|zero-days|bugs)\b/iu;
/** How many sentences after the one naming them may still say "these vulnerabilities". */
const REFERRING_REACH = 2;

/** Whether one of the sentences right after sentence `s` tells of exploiting the vulnerabilities it names. */
function exploitedNext(text: string, sentences: readonly Span[], s: number): boolean {
  for (let k = s + 1; k <= s + REFERRING_REACH && k < sentences.length; k++) {
    const sentence = sentences[k]!;
    if (EXPLOITING_THESE.test(text.slice(sentence.start, sentence.end))) return true;
  }
  return false;
}

/**
 * The report's only actor, when it is its subject: named in the title or in at least three sentences, by its
 * name or, where the report gives that name to what it tells of, as "the attacker", "the threat actor"
 * ("Volexity tracks this activity under the name UTA0218 … . The attacker was able to exploit … . Volexity
 * observed the attacker deploying …"). Three names of one alias
 * list ("in 2017 TA505 (also known as G0092, GOLD TAHOE) began …") are one mention in passing.
 */
function soleActor(
  text: string,
  spans: readonly Span[],
  titleEnd: number,
  actors: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  const [actor] = actors;
  if (actors.length !== 1 || !actor) return undefined;
  if (inTitle(titleEnd, actor)) return actor;
  const sentences = new Set(actor.mentions.map((m) => m.sentence));
  if (sentences.size >= SUBJECT_SENTENCES) return actor;
  // "Kimsuky, a North Korean group, … . AhnLab assesses that the group aims to …": with one set named, "the
  // group" a few sentences after its name is that set. One scan of the text, asked only of a report whose one
  // set is named in few sentences.
  const named = [...sentences];
  for (const { index } of text.matchAll(THE_GROUP)) {
    const s = sentenceAt(spans, index);
    if (!named.some((n) => s > n && s - n <= GROUP_REACH)) continue;
    sentences.add(s);
    if (sentences.size >= SUBJECT_SENTENCES) return actor;
  }
  // "The attacker" stands for the one actor only where the report gives its own name to what it tells of;
  // elsewhere (an incident report naming a known group in passing) it is the unnamed intruder.
  const labelled = actor.mentions.some((m) => labelledAt(text, m));
  if (!labelled) return undefined;
  // Asked only of a report whose one actor is named in fewer sentences: one scan of the text.
  for (const { index } of text.matchAll(THE_ACTOR)) {
    sentences.add(sentenceAt(spans, index));
    if (sentences.size >= SUBJECT_SENTENCES) return actor;
  }
  return undefined;
}
const THE_ACTOR = /\b[Tt]he (?:threat actor|attacker|actor|intruder)s?\b/gu;
/** How many sentences after the set's name "the group" may still stand for it. */
const GROUP_REACH = 3;
const THE_GROUP = /\b[Tt]he (?:same )?(?:hacking |threat |espionage |APT )?group\b(?! of\b)/gu;
/**
 * "Volexity tracks this activity under the name ", "we track this threat actor as ", "Mandiant attributes the
 * activity to ": the source's own name for what it tells of.
 */
const LABELLED_BEFORE =
  /\b(?:(?:tracks?|tracking) (?:this|the) (?:activity|actor|threat actor|cluster|group)(?: under the name| as)|attribut(?:e|es|ed|ing) (?:this|the) (?:activity|attacks?|campaign|intrusions?|operation|compromise)(?: with (?:high|moderate|low) confidence)? to|we (?:track|are tracking|have been tracking) (?:it |them )?as) $/u;
const LABEL_REACH = 60;

const labelledAt = (text: string, m: Mention): boolean =>
  LABELLED_BEFORE.test(text.slice(Math.max(0, m.start - LABEL_REACH), m.start));

/** The one actor the source gives its own name or attributes what it tells of to, and where it does. */
function labelledActor(
  text: string,
  actors: readonly ExtractedEntity[],
): { actor: ExtractedEntity; mention: Mention } | undefined {
  const labelled = actors.flatMap((actor) =>
    actor.mentions.filter((m) => labelledAt(text, m)).map((mention) => ({ actor, mention })),
  );
  const keys = new Set(labelled.map((l) => l.actor.key));
  return keys.size === 1 ? labelled[0] : undefined;
}

/** Sentences naming an actor beside others named in passing that make it the report's subject. */
const DWELLING_SENTENCES = 10;

/**
 * The actor a report is about though it names `others`: in the title, or in many of its sentences, and never
 * in a sentence beside one of them ("Harrowfen and Quillmoth sent lures": which used what is for the
 * sentences to say), except one the sentence only ties it to ("Nimbus Manticore, an Iranian actor that
 * overlaps with Smoke Sandstorm, …": `related-to`).
 */
function aboutIt(
  titleEnd: number,
  actor: ExtractedEntity,
  others: readonly ExtractedEntity[],
  stated: readonly ExtractedRelation[],
): boolean {
  const sentences = new Set(actor.mentions.map((m) => m.sentence));
  if (!inTitle(titleEnd, actor) && sentences.size < DWELLING_SENTENCES) return false;
  const tiedIn = (other: ExtractedEntity): Set<number> =>
    new Set(
      stated
        .filter((r) => r.type === 'related-to' && r.source === actor.key && r.target === other.key)
        .flatMap((r) => r.evidence.map((m) => m.sentence)),
    );
  return others.every((o) => {
    if (o.key === actor.key) return true;
    const tied = tiedIn(o);
    return o.mentions.every((m) => !sentences.has(m.sentence) || tied.has(m.sentence));
  });
}

/** Named in one sentence only, and not in the title. */
function inPassing(titleEnd: number, entity: ExtractedEntity): boolean {
  const sentence = entity.mentions[0]?.sentence;
  return !inTitle(titleEnd, entity) && entity.mentions.every((m) => m.sentence === sentence);
}

/**
 * Where the title ends: the first line of a text of several lines; a one-line text has none. Found once per
 * text: on a one-line text each search would read the whole of it.
 */
function endOfTitle(text: string): number {
  const firstLine = text.indexOf('\n');
  return firstLine < 0 ? 0 : firstLine;
}

/** Whether the entity is named in the title. */
const inTitle = (titleEnd: number, entity: ExtractedEntity): boolean =>
  entity.mentions.some((m) => m.start < titleEnd);

/**
 * The one malware family the title names, when the report names it at least as often as all its other
 * families together and more often than any one of them: "… Delivers Havoc Demon Backdoor" with Havoc 8
 * times, and Cobalt Strike, CaddyWiper and two more families 7 times in all, in passing; "FinSpy: unseen
 * findings" with FinFisher 25 times, its ProcessWorm module 23 and two more families once each. Two families
 * in the title, or another as present: none.
 * A family named only in the text is often the payload of an actor the report does not name ("XMRig" in
 * cryptojacking reports), whose steps are not the miner's. A family the title only likens the subject to
 * ("Credential Phishing Volumes Rival Emotet", "OAuth Abuse: Think SolarWinds/Solorigate Campaign") is not
 * the subject.
 */
/** The one operation the report names, when its title names it (a name its authors gave, not a victim's). */
function titleOperation(
  titleEnd: number,
  entities: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  const operations = entities.filter((e) => e.type === 'campaign' && e.via === 'operation-name');
  const [operation] = operations;
  return operations.length === 1 && operation && inTitle(titleEnd, operation)
    ? operation
    : undefined;
}

function titleFamily(
  text: string,
  titleEnd: number,
  entities: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  const families = entities.filter((e) => e.type === 'malware');
  const titled = families.filter(
    (e) => inTitle(titleEnd, e) && !onlyLikenedInTitle(text, titleEnd, e),
  );
  const [family] = titled;
  if (titled.length !== 1 || !family) return undefined;
  let others = 0;
  let most = 0;
  for (const e of families) {
    if (e === family) continue;
    others += e.mentions.length;
    most = Math.max(most, e.mentions.length);
  }
  const named = family.mentions.length;
  return named >= others && named > most ? family : undefined;
}

/** Words by which a title likens its subject to something else, said just before that thing's name. */
const LIKENING = new Set(
  `rival rivals rivaling rivalling think like unlike resembles resembling mimics mimicking mimic imitates
imitating versus vs`.split(/\s+/u),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Names paired by slashes passed over ("SolarWinds/Solorigate"): a few, so a hostile title stays linear. */
const PAIRED_NAMES = 3;

/**
 * Whether every mention of the entity in the title follows a likening word, read back over the names paired
 * with it by slashes ("Think SolarWinds/Solorigate"). Scanned backwards by hand: a title may be a whole
 * one-line text.
 */
function onlyLikenedInTitle(text: string, titleEnd: number, entity: ExtractedEntity): boolean {
  const titled = entity.mentions.filter((m) => m.start < titleEnd);
  return titled.length > 0 && titled.every((m) => LIKENING.has(wordBefore(text, m.start)));
}

/** The lower-cased word before `at`, passing over names joined to the mention by a slash. */
function wordBefore(text: string, at: number): string {
  let i = at;
  const skipSpaces = (): void => {
    while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  };
  const skipWord = (): number => {
    const end = i;
    while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
    return end;
  };
  skipSpaces();
  for (let paired = 0; paired < PAIRED_NAMES && i > 0 && text[i - 1] === '/'; paired++) {
    i--;
    skipWord();
    skipSpaces();
  }
  const end = skipWord();
  return text.slice(i, end).toLowerCase();
}
