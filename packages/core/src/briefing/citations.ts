/**
 * Turns mentions into citations (source offsets plus the enclosing sentence) and prefers mentions in
 * the report body over mentions in the source's own summary or advice sections.
 */
import type { Analysis, Mention, Span } from '../analysis/types.ts';
import { insideAny } from '../summarize/headed-sections.ts';
import type { Citation } from './types.ts';

export interface CitationContext {
  readonly analysis: Analysis;
  /** Ranges of the source's own summary/advice (see summarize/headed-sections.ts). */
  readonly excluded: readonly Span[];
}

export function citationOf(ctx: CitationContext, mention: Mention): Citation {
  const sentence = ctx.analysis.sentences[mention.sentence] ?? {
    start: mention.start,
    end: mention.end,
  };
  return {
    start: mention.start,
    end: mention.end,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    text: ctx.analysis.text.slice(mention.start, mention.end),
  };
}

/** Mentions in the body first, then the rest, each group in source order. */
export function bodyFirst(ctx: CitationContext, mentions: readonly Mention[]): Mention[] {
  const inBody = mentions.filter((m) => !insideAny(m, ctx.excluded));
  const elsewhere = mentions.filter((m) => insideAny(m, ctx.excluded));
  const byStart = (a: Mention, b: Mention): number => a.start - b.start;
  return [...inBody.sort(byStart), ...elsewhere.sort(byStart)];
}

export function bestCitation(
  ctx: CitationContext,
  mentions: readonly Mention[],
): Citation | undefined {
  const first = bodyFirst(ctx, mentions)[0];
  return first && citationOf(ctx, first);
}

export { sentenceIndexAt as sentenceAt } from '../extract/sentence-at.ts';

/** A citation for a word or phrase found inside sentence `index` at [start, end). */
export function citationInSentence(
  ctx: CitationContext,
  index: number,
  start: number,
  end: number,
): Citation {
  return citationOf(ctx, {
    start,
    end,
    sentence: index,
    text: ctx.analysis.text.slice(start, end),
  });
}
