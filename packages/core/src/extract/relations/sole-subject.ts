/**
 * A report about one actor, or about one malware family and no actor: the tools and techniques it
 * describes are what its subject used, though most are named in sentences that do not name the subject
 * (an ATT&CK table, "the loader then decrypts …"). Stated relations come from sentences
 * (extract-relations.ts); these are inferred, marked so, and only when the report names exactly one actor
 * (or, naming none, exactly one malware family) and that subject is in its title (an actor also when
 * named at least three times). Two actors, or two families and no actor: nothing is inferred; which used
 * what is for the sentences to say.
 */
import type {
  EntityType,
  ExtractedEntity,
  ExtractedRelation,
  Mention,
  Span,
} from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { roleOf } from './roles.ts';
import { sentenceEvidence } from './sentence-evidence.ts';

/** Mentions that make an actor the subject of a report it is not in the title of. */
const SUBJECT_MENTIONS = 3;

type Inference = NonNullable<ExtractedRelation['inferred']>;

const USED_BY: Readonly<Record<Inference, ReadonlySet<EntityType>>> = {
  'sole-actor': new Set(['malware', 'tool', 'attack-pattern']),
  'sole-malware': new Set(['tool', 'attack-pattern']),
};

export function soleSubjectUses(
  text: string,
  sentences: readonly Span[],
  entities: readonly ExtractedEntity[],
  stated: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const actors = entities.filter((e) => roleOf(e) === 'attacker');
  const families = entities.filter((e) => e.type === 'malware');
  const [subject, inference]: [ExtractedEntity | undefined, Inference] =
    actors.length > 0
      ? [actors.length === 1 ? actors[0] : undefined, 'sole-actor']
      : [families.length === 1 ? families[0] : undefined, 'sole-malware'];
  if (!subject || !isSubject(text, subject, inference)) return [];
  const used = new Set(
    stated.filter((r) => r.type === 'uses' && r.source === subject.key).map((r) => r.target),
  );
  const sentenceOf = (m: Mention): Mention =>
    sentenceEvidence(text, sentences[m.sentence] ?? m, m.sentence);
  const named = sentenceOf(subject.mentions[0]!);
  const subjectNames = new Set(
    [subject.name, ...subject.mentions.map((m) => m.text)].map(normalizeName),
  );
  const out: ExtractedRelation[] = [];
  for (const capability of entities) {
    if (!USED_BY[inference].has(capability.type) || used.has(capability.key)) continue;
    // A name the report also gives the subject ("the BlueNoroff malware") is no finding about its tools.
    if (capability.mentions.some((m) => subjectNames.has(normalizeName(m.text)))) continue;
    const described = capability.mentions[0];
    if (!described) continue;
    const evidence = [named, sentenceOf(described)].sort((a, b) => a.start - b.start);
    out.push({
      type: 'uses',
      source: subject.key,
      target: capability.key,
      evidence: evidence[0]!.start === evidence[1]!.start ? [named] : evidence,
      inferred: inference,
    });
  }
  return out;
}

/**
 * An actor: named in the title (the first line of a text of several lines) or at least three times. A
 * family only in the title: a miner or a loader named throughout a report is often the payload of an actor
 * the report does not name ("XMRig" in cryptojacking reports), whose steps are not the miner's.
 */
function isSubject(text: string, entity: ExtractedEntity, inference: Inference): boolean {
  const firstLine = text.indexOf('\n');
  const titleEnd = firstLine < 0 ? 0 : firstLine;
  if (entity.mentions.some((m) => m.start < titleEnd)) return true;
  return inference === 'sole-actor' && entity.mentions.length >= SUBJECT_MENTIONS;
}
