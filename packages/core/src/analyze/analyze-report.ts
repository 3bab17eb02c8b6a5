/**
 * The report pipeline: text -> sentences -> IOCs, entities, techniques, dates -> relations. Pure and
 * deterministic (the publication date, when known, anchors relative dates; nothing reads a clock).
 */
import type { Analysis, ExtractedEntity, Span } from '../analysis/types.ts';
import { withAnaphoricSectors } from '../extract/entities/anaphoric-sectors.ts';
import { withSectorsInNames } from '../extract/entities/sectors-in-names.ts';
import { withDeclaredSameSets } from '../extract/entities/declared-same-sets.ts';
import { withNamedVulnerabilities } from '../extract/entities/named-vulnerabilities.ts';
import { extractDates } from '../extract/dates/extract-dates.ts';
import { datedCampaigns } from '../extract/dates/reported-period.ts';
import { describedActivity } from '../extract/entities/described-activity.ts';
import { entitiesIn } from '../extract/entities/extract-entities.ts';
import { TextContext } from '../extract/entities/text-context.ts';
import type { Token } from '../extract/entities/tokens.ts';
import { extractIndicators } from '../extract/ioc/extract.ts';
import { extractRelations } from '../extract/relations/extract-relations.ts';
import { soleSubjectUses } from '../extract/relations/sole-subject.ts';
import { splitSentences } from '../extract/sentences.ts';
import { normalizeName } from '../stix/ids.ts';
import type { WarningMatcher } from '../warninglist/matcher.ts';
import { identifierEntities } from './identifier-entities.ts';
import type { PreparedKnowledge } from './knowledge.ts';
import { normalizeReportText, textSha256 } from './report-identity.ts';
import { titleFromText, UNTITLED } from './report-title.ts';

/**
 * Finds ATT&CK techniques described in prose (not only by id); plugged in by the caller. `tokens` are the
 * text's word tokens, made once for entities and techniques.
 */
export type TechniqueExtractor = (
  text: string,
  sentences: readonly Span[],
  knowledge: PreparedKnowledge,
  tokens: readonly Token[],
) => ExtractedEntity[];

export interface AnalyzeOptions {
  readonly knowledge: PreparedKnowledge;
  readonly warningLists?: WarningMatcher;
  /** RFC 3339 publication date, for "last year"-style dates. */
  readonly published?: string;
  readonly techniques?: TechniqueExtractor;
  /** Text -> object pairs an analyst rejected before (drafts): never proposed again. */
  readonly isRejected?: (mentionNorm: string, objectRef: string) => boolean;
  /** Who published the report: a report by the victim says "our systems" of it. */
  readonly author?: string;
  /** The report's name where its source gives one (an HTML title); else read from its text. */
  readonly title?: string;
}

/**
 * The name of the activity a report attributes without naming it: its report's, so two reports' unnamed
 * activities are never one campaign (an untitled text's by its hash).
 */
function reportedActivityName(text: string, title: string | undefined): string {
  const name = title?.trim() || titleFromText(text);
  return name === UNTITLED
    ? `Activity reported in report ${textSha256(text).slice(0, 12)}`
    : `Activity reported in "${name}"`;
}

/** Same entity found by two extractors (an id and a description): one entity, all mentions. */
function mergeEntities(groups: readonly (readonly ExtractedEntity[])[]): ExtractedEntity[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const entity of groups.flat()) {
    const previous = byKey.get(entity.key);
    if (!previous) {
      byKey.set(entity.key, entity);
      continue;
    }
    const starts = new Set(previous.mentions.map((m) => m.start));
    const mentions = [
      ...previous.mentions,
      ...entity.mentions.filter((m) => !starts.has(m.start)),
    ].sort((a, b) => a.start - b.start);
    byKey.set(entity.key, { ...previous, mentions });
  }
  return [...byKey.values()];
}

function withoutRejected(
  entities: readonly ExtractedEntity[],
  isRejected: AnalyzeOptions['isRejected'],
): ExtractedEntity[] {
  if (!isRejected) return [...entities];
  const out: ExtractedEntity[] = [];
  for (const entity of entities) {
    if (!entity.ref) {
      out.push(entity);
      continue;
    }
    const mentions = entity.mentions.filter((m) => !isRejected(normalizeName(m.text), entity.ref!));
    if (mentions.length > 0) out.push({ ...entity, mentions });
  }
  return out;
}

export function analyzeReport(rawText: string, options: AnalyzeOptions): Analysis {
  const text = normalizeReportText(rawText);
  const sentences = splitSentences(text);
  const indicators = extractIndicators(text, {
    sentences,
    ...(options.warningLists ? { warningLists: options.warningLists } : {}),
  });
  const context = new TextContext(text, sentences);
  const found = mergeEntities([
    entitiesIn(context, options.knowledge.index, options.author ? { author: options.author } : {}),
    identifierEntities(indicators, options.knowledge),
    options.techniques
      ? options.techniques(text, sentences, options.knowledge, context.tokens)
      : [],
  ]);
  const declared = withDeclaredSameSets(
    text,
    sentences,
    withoutRejected(found, options.isRejected),
    (ref) => options.knowledge.byId.get(ref),
  );
  const described = withNamedVulnerabilities(
    text,
    sentences,
    withAnaphoricSectors(text, sentences, withSectorsInNames(declared)),
  );
  const activity = describedActivity(text, sentences, described);
  const entities = activity
    ? [...described, { ...activity, name: reportedActivityName(text, options.title) }]
    : described;
  const dates = extractDates(
    text,
    sentences,
    options.published ? { published: options.published } : {},
  );
  const stated = extractRelations(text, sentences, entities);
  const relations = [...stated, ...soleSubjectUses(text, sentences, entities, stated)];
  const dated = datedCampaigns({ text, sentences, entities, dates });
  return { text, sentences, entities: dated, relations, indicators, dates };
}
