/** A whole sentence as a relation's evidence: the words that state it, with their place in the text. */
import type { Mention, Span } from '../../analysis/types.ts';

export const sentenceEvidence = (text: string, span: Span, sentence: number): Mention => ({
  start: span.start,
  end: span.end,
  text: text.slice(span.start, span.end),
  sentence,
});
