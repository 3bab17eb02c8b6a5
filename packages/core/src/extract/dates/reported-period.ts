/**
 * Since when (and until when) the reported intrusion ran, as the report states it: the campaign's
 * first_seen/last_seen (STIX 2.1 §4.2). A stated start or end counts for a campaign only where its
 * sentence tells of that intrusion (the campaign is mentioned there, or its victim is) and the date's own
 * clause tells of the activity; a date of a sanction, a publication or the group's founding never does.
 * Of several starts the earliest counts, of several ends the latest; with no start stated, the earliest day or
 * month the intrusion is told to have happened on (periodOf).
 */
import type {
  Analysis,
  ExtractedDate,
  ExtractedEntity,
  Mention,
  Span,
} from '../../analysis/types.ts';
import { intoCountry } from '../entities/country-intrusions.ts';
import {
  clauseAround,
  clauseSpan,
  relativeClauseAntecedentEnd,
  tellsOfActivity,
  tellsOfNews,
} from './activity-clause.ts';
import { periodEnd, periodStart } from './period-start.ts';

export interface ReportedPeriod {
  readonly first?: ExtractedDate;
  readonly last?: ExtractedDate;
}

type PeriodSource = Pick<Analysis, 'text' | 'sentences' | 'entities' | 'dates'>;

const WORD = /\p{L}+/gu;

/** The period stated for each campaign Vigil names itself (by entity key); known campaigns are not dated. */
export function reportedPeriods(analysis: PeriodSource): Map<string, ReportedPeriod> {
  const periods = new Map<string, ReportedPeriod>();
  const byKey = new Map(analysis.entities.map((e) => [e.key, e]));
  // The dates of each sentence, so that a campaign reads those of its own sentences only.
  const stated = new Map<number, ExtractedDate[]>();
  for (const d of analysis.dates) {
    if (d.role === 'published') continue;
    const list = stated.get(d.mention.sentence);
    if (list) list.push(d);
    else stated.set(d.mention.sentence, [d]);
  }
  if (stated.size === 0) return periods;
  const actorEnds = actorMentionEnds(analysis.entities);
  const wordSentences = lazily(() => sentencesByWord(analysis));
  for (const campaign of analysis.entities) {
    if (campaign.type !== 'campaign' || campaign.ref) continue;
    const about = sentencesAbout(campaign, victimOf(campaign, byKey), wordSentences);
    const own = [...about]
      .flatMap((s) => stated.get(s) ?? [])
      .sort((a, b) => a.mention.start - b.mention.start)
      .filter((d) => {
        const sentence = analysis.sentences[d.mention.sentence];
        return (
          sentence !== undefined &&
          datesActivity(analysis.text, sentence, d) &&
          !actorEnds.has(relativeClauseAntecedentEnd(analysis.text, sentence, d.mention))
        );
      });
    const period = periodOf(own);
    if (period.first || period.last) periods.set(campaign.key, period);
  }
  return periods;
}

const ACTOR_TYPES: ReadonlySet<string> = new Set(['intrusion-set', 'threat-actor', 'malware']);

/**
 * Where each mention of an actor ends: a relative clause right after one ("North Korea's Reconnaissance
 * General Bureau, which has stolen $6 billion since 2017") tells the actor's record, not this intrusion.
 */
function actorMentionEnds(entities: readonly ExtractedEntity[]): Set<number> {
  const ends = new Set<number>();
  for (const e of entities)
    if (ACTOR_TYPES.has(e.type)) for (const m of e.mentions) ends.add(m.end);
  return ends;
}

/**
 * The entities with each dated campaign's first_seen/last_seen set and the words that state them among
 * its mentions, so the report's provenance points at them like at every other fact.
 */
export function datedCampaigns(analysis: PeriodSource): ExtractedEntity[] {
  const periods = reportedPeriods(analysis);
  if (periods.size === 0) return [...analysis.entities];
  return analysis.entities.map((entity) => {
    const period = periods.get(entity.key);
    if (!period) return entity;
    const first = period.first && periodStart(period.first.value);
    const last = period.last && periodEnd(period.last.value);
    const stating = [period.first, period.last].flatMap((d) => (d ? [d.mention] : []));
    return {
      ...entity,
      properties: {
        ...entity.properties,
        ...(first ? { first_seen: first } : {}),
        ...(last ? { last_seen: last } : {}),
      },
      mentions: withMentions(entity.mentions, stating),
    };
  });
}

/**
 * A stated start ("since", "as early as") first; without one, the earliest day or month the intrusion is told
 * to have happened on ("got in on February 12", "an attack in February"): it was seen then. Of a month and a day
 * inside it, the day.
 */
function periodOf(dates: readonly ExtractedDate[]): ReportedPeriod {
  const since = dates.filter((d) => d.role === 'since');
  const starts = since.length > 0 ? since : dates.filter((d) => d.role === 'on');
  const ends = dates.filter((d) => d.role === 'until');
  const first = starts.reduce<ExtractedDate | undefined>(
    (best, d) => (!best || startOf(d) < startOf(best) || within(d, best) ? d : best),
    undefined,
  );
  const last = ends.reduce<ExtractedDate | undefined>(
    (best, d) => (!best || startOf(d) > startOf(best) ? d : best),
    undefined,
  );
  // STIX: last_seen is never before first_seen; an end before the stated start is not this period's.
  const ordered = !first || !last || startOf(first) <= startOf(last);
  return { ...(first ? { first } : {}), ...(last && ordered ? { last } : {}) };
}

/**
 * Whether the date's clause tells of the activity. A day or month with no cue before it must also not tell of
 * the news of it, and is read on its own line.
 */
function datesActivity(text: string, sentence: Span, date: ExtractedDate): boolean {
  if (date.role !== 'on') return tellsOfActivity(clauseAround(text, sentence, date.mention));
  const { start, end } = clauseSpan(text, lineOf(text, sentence, date.mention), date.mention);
  return (
    tellsOfActivity(text.slice(start, end)) &&
    !tellsOfNews(text.slice(start, date.mention.start), text.slice(date.mention.end, end))
  );
}

/**
 * The part of the sentence on the date's own line: a day or month alone under a title ("Oct 13, 2020") is the
 * report's dateline, however the title above it reads. A stated start keeps the whole sentence, since its cue
 * already tells what the date is.
 */
function lineOf(text: string, sentence: Span, date: Span): Span {
  // Looked for within a bounded reach: a sentence of many dates and no line break costs each date a constant.
  let start = date.start;
  const floor = Math.max(sentence.start, date.start - LINE_REACH);
  while (start > floor && text.charCodeAt(start - 1) !== NEWLINE) start--;
  let end = date.end;
  const ceiling = Math.min(sentence.end, date.end + LINE_REACH);
  while (end < ceiling && text.charCodeAt(end) !== NEWLINE) end++;
  return { start, end };
}
const NEWLINE = 10;
/** How far around a date its line is looked for; a clause runs shorter. */
const LINE_REACH = 400;

const startOf = (date: ExtractedDate): string => periodStart(date.value) ?? date.value;

/** "2024-02-12" within "2024-02": a narrower date inside a wider one. */
const within = (narrow: ExtractedDate, wide: ExtractedDate): boolean =>
  narrow.value.length > wide.value.length && narrow.value.startsWith(wide.value);

function victimOf(
  campaign: ExtractedEntity,
  byKey: ReadonlyMap<string, ExtractedEntity>,
): ExtractedEntity | undefined {
  const key = campaign.properties?.victim;
  // A country attacked is named in sentences about anything: only the campaign's own sentences tell of it.
  return typeof key === 'string' && !intoCountry(campaign) ? byKey.get(key) : undefined;
}

/**
 * Sentences that tell of this intrusion: where the campaign or its victim is mentioned, or where the
 * victim's head noun refers back to it ("inside the ministry's network", "members of parliament").
 */
function sentencesAbout(
  campaign: ExtractedEntity,
  victim: ExtractedEntity | undefined,
  wordSentences: () => ReadonlyMap<string, readonly number[]>,
): Set<number> {
  const about = new Set(campaign.mentions.map((m) => m.sentence));
  if (!victim) return about;
  for (const m of victim.mentions) about.add(m.sentence);
  for (const head of new Set(victim.mentions.map(headNoun)))
    for (const i of wordSentences().get(head) ?? []) about.add(i);
  return about;
}

/**
 * The sentences each lower-case word occurs in, read once per report: every campaign looks its victim's
 * head nouns up here, so a long text with many campaigns is not reread once per campaign.
 */
function sentencesByWord(analysis: PeriodSource): Map<string, number[]> {
  const index = new Map<string, number[]>();
  analysis.sentences.forEach((span, i) => {
    for (const word of analysis.text.slice(span.start, span.end).toLowerCase().match(WORD) ?? []) {
      const list = index.get(word);
      if (!list) index.set(word, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  return index;
}

function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** "foreign ministry" -> ministry, "Ministry of National Defence" -> ministry, "parliament" -> parliament. */
function headNoun(mention: Mention): string {
  const words: readonly string[] = mention.text.toLowerCase().match(WORD) ?? [];
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
}

function withMentions(mentions: readonly Mention[], added: readonly Mention[]): Mention[] {
  const known = new Set(mentions.map((m) => `${m.start}:${m.end}`));
  const fresh = added.filter((m) => !known.has(`${m.start}:${m.end}`));
  return [...mentions, ...fresh].sort((a, b) => a.start - b.start || a.end - b.end);
}
