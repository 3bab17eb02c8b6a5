/**
 * Whether the clause that ends where a phrase starts is negated: "Proofpoint does not attribute this activity
 * to …", "we have not found a strong correlation or technical link between …". A negation, then words to the
 * phrase with no clause break between; read where a tie or an attribution would otherwise be taken.
 */
const NEGATED_END = /(?:\b(?:not|no|never|without|unable|cannot|any)\b|n[’']t\b)[^.;,]{0,60}$/iu;
/** How far before the phrase the negation may stand, in characters. */
const REACH = 80;

/** Whether the clause running up to offset `at` of `text` is negated. */
export const negatedBefore = (text: string, at: number): boolean =>
  NEGATED_END.test(text.slice(Math.max(0, at - REACH), at));
