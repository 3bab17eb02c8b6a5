/**
 * "Since when": first the period the report states for the reported intrusion (the campaign's
 * first_seen, "as early as 2022"), then the group's longer history (an earlier start the report gives,
 * else the knowledge store's). A report that dates no intrusion gives its earliest stated start, else
 * the knowledge store speaks.
 */
import type { ExtractedDate, ExtractedEntity } from '../analysis/types.ts';
import { isPerson } from '../analysis/person.ts';
import { displayName } from '../analysis/written-name.ts';
import { reportedPeriods, type ReportedPeriod } from '../extract/dates/reported-period.ts';
import { insideAny } from '../summarize/headed-sections.ts';
import { citationOf, type CitationContext } from './citations.ts';
import type { ActorKnowledge, Citation, Insight, KnowledgeRef } from './types.ts';

const GROUP_TYPES: ReadonlySet<string> = new Set(['intrusion-set', 'threat-actor']);

export function sinceWhenInsight(
  ctx: CitationContext | undefined,
  actor: ActorKnowledge | undefined,
  who: ExtractedEntity | undefined,
): Insight | undefined {
  const reported = ctx && reportedIntrusion(ctx);
  if (ctx && reported) return intrusionPeriod(ctx, reported, actor, who);
  const earliest = ctx && earliestStart(ctx, ctx.analysis.dates);
  if (ctx && earliest) {
    // "Lumma, sold … since at least 2022" in a report whose actor is another: whose start it is.
    const subject = namedBefore(ctx, earliest);
    const whose = subject && subject.key !== who?.key ? `${displayName(subject)} active` : 'Active';
    return {
      topic: 'since-when',
      text: `${whose} since ${earliest.value}`,
      citations: [citationOf(ctx, earliest.mention)],
      knowledge: [],
    };
  }
  if (actor?.activeSince) {
    return {
      topic: 'since-when',
      text: `Active since at least ${actor.activeSince.value}`,
      citations: [],
      knowledge: [actor.activeSince.basis],
    };
  }
  return undefined;
}

interface DatedIntrusion extends ReportedPeriod {
  readonly campaign: ExtractedEntity;
}

/** The most mentioned campaign the report dates. */
function reportedIntrusion(ctx: CitationContext): DatedIntrusion | undefined {
  const periods = reportedPeriods(ctx.analysis);
  const campaign = ctx.analysis.entities
    .filter((e) => periods.has(e.key))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.key.localeCompare(b.key))[0];
  return campaign && { campaign, ...periods.get(campaign.key) };
}

function intrusionPeriod(
  ctx: CitationContext,
  { campaign, first, last }: DatedIntrusion,
  actor: ActorKnowledge | undefined,
  who: ExtractedEntity | undefined,
): Insight {
  // "On 28 August 2025, Zorvex detected unauthorized activity": a day it was seen, not the day it began.
  const opening = first?.role === 'on' ? 'first seen' : 'since';
  const parts = [
    first && `${opening} ${first.value}${asWritten(first, opening)}`,
    last && `until ${last.value}${asWritten(last, 'until')}`,
  ].filter(Boolean);
  let text = `${campaign.name} ${parts.join(', ')}`;
  const citations: Citation[] = [first, last].flatMap((d) =>
    d ? [citationOf(ctx, d.mention)] : [],
  );
  const knowledge: KnowledgeRef[] = [];
  // The group's history, when it reaches back before this intrusion.
  const before = (value: string) => !first || value < first.value;
  const group = who && GROUP_TYPES.has(who.type) ? displayName(who) : (actor?.name ?? 'the group');
  const earlier = earliestStart(
    ctx,
    ctx.analysis.dates.filter((d) => d !== first && before(d.value)),
  );
  if (earlier) {
    text += `; ${group} active since ${earlier.value}${asWritten(earlier, 'since')}`;
    citations.push(citationOf(ctx, earlier.mention));
  } else if (actor?.activeSince && before(actor.activeSince.value)) {
    text += `; ${group} active since at least ${actor.activeSince.value} (per ${actor.activeSince.basis.source})`;
    knowledge.push(actor.activeSince.basis);
  }
  return { topic: 'since-when', text, citations, knowledge };
}

/** The words of the source when they say more than "since 2022" ("as early as 2022"). */
function asWritten(date: ExtractedDate, cue: string): string {
  const plain = `${cue} ${date.value}`;
  return date.mention.text.toLowerCase() === plain ? '' : ` (“${date.mention.text}”)`;
}

/**
 * "Maksim Yakubets, the leader of Evil Corp, who … had worked for the FSB since 2017": a start in a relative
 * clause on a person dates what the person did, not the group.
 */
function datesAPerson(ctx: CitationContext, date: ExtractedDate): boolean {
  const { analysis } = ctx;
  return analysis.entities.some(
    (e) =>
      isPerson(e) &&
      e.mentions.some(
        (m) =>
          m.sentence === date.mention.sentence &&
          m.end <= date.mention.start &&
          onAPerson(analysis.text.slice(m.end, date.mention.start)),
      ),
  );
}
/** ", the leader of Evil Corp, who … had worked for the FSB ": a relative clause after the name. */
const onAPerson = (between: string): boolean =>
  between.startsWith(',') && !/[.;]/u.test(between) && /\bwho\b/u.test(between);

const SUBJECT_TYPES: ReadonlySet<string> = new Set([...GROUP_TYPES, 'malware', 'tool', 'campaign']);

/** The actor, family or campaign named last before the date in its sentence, whose start the date is. */
function namedBefore(ctx: CitationContext, date: ExtractedDate): ExtractedEntity | undefined {
  let best: { entity: ExtractedEntity; end: number } | undefined;
  for (const e of ctx.analysis.entities) {
    if (!SUBJECT_TYPES.has(e.type)) continue;
    for (const m of e.mentions)
      if (
        m.sentence === date.mention.sentence &&
        m.end <= date.mention.start &&
        m.end > (best?.end ?? -1)
      )
        best = { entity: e, end: m.end };
  }
  return best?.entity;
}

/** The earliest stated start, one in the report's body before one in its own summary or advice. */
function earliestStart(
  ctx: CitationContext,
  dates: readonly ExtractedDate[],
): ExtractedDate | undefined {
  const since = dates
    .filter((d) => d.role === 'since' && !datesAPerson(ctx, d))
    .sort((a, b) => a.value.localeCompare(b.value) || a.mention.start - b.mention.start);
  return since.find((d) => !insideAny(d.mention, ctx.excluded)) ?? since[0];
}
