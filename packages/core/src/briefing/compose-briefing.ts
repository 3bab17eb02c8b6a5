/**
 * composeBriefing: a report (or an actor) plus what the knowledge store knows -> the briefing a
 * director reads and the plan a response team acts on. Pure and deterministic: time comes in as
 * `input.now`, every statement cites a source span or a knowledge object, and nothing is invented.
 */
import type { Analysis, Span } from '../analysis/types.ts';
import { planMitigations } from '../playbook/plan-mitigations.ts';
import { scoreRelevance } from '../profile/relevance.ts';
import {
  excludedRanges,
  insideAny,
  isHeadingLine,
  type SectionRole,
} from '../summarize/headed-sections.ts';
import { summarize } from '../summarize/text-rank.ts';
import { vigilId } from '../stix/ids.ts';
import { classifyActivity } from './classify-activity.ts';
import { citationOf, type CitationContext } from './citations.ts';
import { listGaps } from './gaps.ts';
import { composeInsights } from './insights.ts';
import { toldOf } from './told-of.ts';
import { collectExposure, collectTechniques, collectVulnerabilities } from './threat-facts.ts';
import { mostRestrictive, type TlpLevel } from '../marking/tlp.ts';
import type {
  Briefing,
  BriefingInput,
  IndicatorRow,
  IssueSentence,
  RiskAssessment,
  Section,
  SourceRow,
} from './types.ts';
import { listSources } from './sources.ts';
import { shortened } from './shortened.ts';

const ISSUE_SENTENCES = 4;
const NOT_INDICATORS = new Set(['attack-id', 'cve']);

export const PROFILE_NEEDED =
  'No organization profile given. To score relevance Vigil needs our sectors (industry-sector-ov), ' +
  'countries (ISO 3166-1 alpha-2), the products we run (vendor:product) and our crown-jewel assets: ' +
  'create one with `vigil profile init` and pass it with --profile.';

/** Most restrictive wins (ARCHITECTURE.md "TLP markings", rule 2); unmarked inputs are public (clear). */
const tlpOf = (...levels: readonly (TlpLevel | undefined)[]): TlpLevel =>
  mostRestrictive(...levels) ?? 'clear';

export function composeBriefing(input: BriefingInput): Briefing {
  const { report, actor } = input;
  const analysis = report?.analysis;
  const ctx: CitationContext | undefined = analysis && {
    analysis,
    excluded: excludedRanges(analysis.text),
  };
  const reportTlp = tlpOf(report?.tlp);
  const actorTlp = tlpOf(actor?.tlp, ...(actor?.otherReports.map((r) => r.tlp) ?? []));
  const allTlp = tlpOf(reportTlp, actorTlp);
  const section = <T>(title: string, tlp: TlpLevel, content: T): Section<T> => ({
    title,
    tlp,
    content,
  });

  const activity = classifyActivity(ctx, actor);
  const techniques = collectTechniques(input);
  const vulnerabilities = collectVulnerabilities(analysis, input.kev);
  const exposure = collectExposure(analysis, actor);
  const indicators = indicatorRows(analysis, report?.published);
  const plan = planMitigations({
    activity: activity.findings,
    techniques,
    vulnerabilities,
    sectors: exposure.sectors,
    countries: exposure.countries,
    indicatorCount: indicators.length,
    ...(ctx ? { toldOf: toldOf(ctx) } : {}),
    ...(input.techniqueMitigations ? { techniqueMitigations: input.techniqueMitigations } : {}),
  });

  const stateSponsored = activity.findings.some(
    (f) => f.kind === 'state-espionage' || f.kind === 'state-revenue',
  );
  const risks: RiskAssessment = input.profile
    ? {
        relevance: scoreRelevance(input.profile, { ...exposure, vulnerabilities, stateSponsored }),
        exposure,
      }
    : { needs: PROFILE_NEEDED, exposure };

  const subjectName = report?.title ?? actor?.name ?? 'unknown subject';
  const knowledgeVersions = input.knowledgeVersions ?? [];
  const sources: SourceRow[] = listSources(input);
  const gaps = listGaps({ input, techniques, indicators, vulnerabilities, plan });

  return {
    id: vigilId('note', 'briefing', report?.id ?? actor?.id ?? subjectName, input.now),
    title: `Briefing: ${subjectName}`,
    generatedAt: input.now,
    asOf: input.now.slice(0, 10),
    tlp: allTlp,
    subject: report
      ? { kind: 'report', name: report.title, ...(report.id ? { id: report.id } : {}) }
      : { kind: 'actor', name: subjectName, ...(actor ? { id: actor.id } : {}) },
    activity: activity.findings,
    techniques,
    insights: section(
      'Essential insights',
      allTlp,
      composeInsights({ ...(ctx ? { ctx } : {}), ...(actor ? { actor } : {}), activity }),
    ),
    issue: section('The issue', reportTlp, ctx ? issueSentences(ctx, report?.title) : []),
    background: section('Actor background', actorTlp, actor),
    risks: section('Potential risks to us', allTlp, risks),
    mitigations: section('Mitigation steps', allTlp, {
      steps: plan.steps,
      omitted: plan.omittedMitigations,
    }),
    indicators: section('Indicators', reportTlp, indicators),
    sources: section('Sources', allTlp, sources),
    gaps: section('Gaps and assumptions', allTlp, gaps),
    knowledgeVersions,
  };
}

/**
 * The most informative body sentences, in source order (the source's own summary/advice excluded). A
 * report that is all summary ("Key takeaways" heading its whole text) is told from its summary, never its
 * advice.
 */
function issueSentences(ctx: CitationContext, title: string | undefined): IssueSentence[] {
  const body = issueSentencesOutside(ctx, ctx.excluded, title);
  if (body.length > 0) return body;
  return issueSentencesOutside(ctx, excludedRanges(ctx.analysis.text, ADVICE_ONLY), title);
}
const ADVICE_ONLY: ReadonlySet<SectionRole> = new Set(['advice']);

function issueSentencesOutside(
  ctx: CitationContext,
  ranges: readonly Span[],
  title: string | undefined,
): IssueSentence[] {
  const { text, sentences, entities, relations } = ctx.analysis;
  const weights = new Map<number, number>();
  const bump = (index: number, by: number): void => {
    weights.set(index, (weights.get(index) ?? 0) + by);
  };
  for (const e of entities) for (const m of e.mentions) bump(m.sentence, 1);
  // A sentence that states a relation says much; an inferred relation (sole-subject.ts) is stated nowhere.
  for (const r of relations) if (!r.inferred) for (const m of r.evidence) bump(m.sentence, 2);
  const excluded = new Set<number>();
  sentences.forEach((span, index) => {
    const sentence = text.slice(span.start, span.end);
    // The title heads the briefing already.
    if (insideAny(span, ranges) || isHeadingLine(sentence) || isTitle(sentence, title))
      excluded.add(index);
  });
  // The lede: a report's first prose sentence that names anything tells what it is about ("Since late January
  // 2025, we have observed a surge in a social engineering technique known as ClickFix, …"), however central;
  // one naming nothing is a note on the text ("This report is a made-up example …"). The most central of the
  // others go with it.
  const lede = sentences.findIndex(
    (span, index) =>
      !excluded.has(index) &&
      weights.has(index) &&
      PROSE_END.test(text.slice(span.start, span.end)),
  );
  const central = (maxSentences: number): number[] =>
    summarize(text, sentences, { maxSentences, weights, excluded });
  const top = central(ISSUE_SENTENCES);
  const chosen =
    lede < 0 || top.includes(lede)
      ? top
      : [lede, ...central(ISSUE_SENTENCES - 1)].sort((a, b) => a - b);
  return chosen.map((index) => {
    const span = withoutLeadingHeading(text, sentences[index]!);
    const citation = citationOf(ctx, {
      ...span,
      sentence: index,
      text: text.slice(span.start, span.end),
    });
    // A "sentence" the splitter could not cut (a table or a list run together) is quoted in part.
    return { text: shortened(citation.text, ISSUE_SENTENCE_CHARS), citation };
  });
}

/** Whether a sentence is the title, whole or as titleFromText shortened it ("… to U.S..."). */
function isTitle(sentence: string, title: string | undefined): boolean {
  const written = sentence.trim();
  const named = title?.trim();
  if (!named) return false;
  return named.endsWith('...')
    ? written.startsWith(named.slice(0, -3)) && named.length > SHORTEST_TITLE
    : written === named;
}
const SHORTEST_TITLE = 20;

/** A sentence of prose ends so; a title or a byline does not. */
const PROSE_END = /[.!?]["”’)]?\s*$/u;

/** Longest issue sentence quoted whole: far above prose sentences, far below a page. */
const ISSUE_SENTENCE_CHARS = 600;

/** A sentence that swallowed the heading line above it ("The Issue\nOn Wednesday…") starts after it. */
function withoutLeadingHeading(text: string, span: Span): Span {
  const newline = text.indexOf('\n', span.start);
  if (newline < 0 || newline >= span.end || !isHeadingLine(text.slice(span.start, newline)))
    return span;
  let start = newline + 1;
  while (start < span.end && /\s/.test(text[start] ?? '')) start++;
  return { start, end: span.end };
}

function indicatorRows(
  analysis: Analysis | undefined,
  published: string | undefined,
): IndicatorRow[] {
  return (analysis?.indicators ?? [])
    .filter((i) => !NOT_INDICATORS.has(i.type))
    .map((i) => ({
      type: i.type,
      value: i.value,
      ...(published ? { firstSeen: published } : {}),
      ...(i.warnings?.[0] ? { warning: i.warnings[0].name } : {}),
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.value.localeCompare(b.value));
}
