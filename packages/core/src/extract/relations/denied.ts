/**
 * Relations a sentence denies: "TA505 never used Emotet", "we’ve never seen TA505 use Emotet", "Emotet was not
 * deployed by TA505" say the actor does not use it; Vigil states no relation then.
 */
import type { Mention, Span } from '../../analysis/types.ts';
import type { Placed } from './roles.ts';
import { lastCue, type RelationCue } from './triggers.ts';

const NEGATIONS: ReadonlySet<string> = new Set(['never', 'not', 'no', 'neither', 'nor', 'without']);
/** Whether a sentence holds a negation at all: the cheap test before any denial is looked for. */
const NEGATION_WORD = /\b(?:never|not|no|neither|nor|without)\b|n['’]t\b/iu;
/** How many words before the cue word (or before the subject it follows) a negation may stand. */
const REACH = 3;

const WORDS = /[\p{L}'’]+/gu;

/** Whether one of the last words of `text` negates what follows ("not only" does not). */
function negatedEnd(text: string): boolean {
  const words = (text.toLowerCase().match(WORDS) ?? []).slice(-REACH);
  return words.some(
    (w, k) =>
      (NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) && words[k + 1] !== 'only',
  );
}

/** Whether the words relating two mentions of one sentence (by `cue`) are negated. */
function denied(text: string, a: Mention, b: Mention, cue: RelationCue): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const at = lastCue(text.slice(first.end, second.start), cue);
  if (!at) return false;
  // The denied object stands right after the cue ("never used Emotet"); "… use Emotet) as well as TrickBot"
  // denies Emotet only.
  const after = text.slice(first.end + at.end, second.start).match(WORDS)?.length ?? 0;
  if (after > REACH) return false;
  const cueStart = first.end + at.start;
  if (negatedEnd(text.slice(Math.max(first.end, cueStart - 40), cueStart))) return true;
  // "we’ve never seen TA505 use Emotet": a cue right after the subject is denied before the subject.
  return at.start <= 2 && negatedEnd(text.slice(Math.max(0, first.start - 40), first.start));
}

/**
 * The denials of one text. Most sentences deny nothing: a denial is looked for only in a sentence that holds
 * a negation word, asked once per sentence (the pairwise scan of the words between mentions would otherwise
 * triple the relation stage).
 */
export class Denials {
  readonly #negated = new Map<number, boolean>();

  constructor(
    readonly text: string,
    readonly sentences: readonly Span[],
  ) {}

  #negates(s: number): boolean {
    let known = this.#negated.get(s);
    if (known === undefined) {
      const span = this.sentences[s];
      known = span !== undefined && NEGATION_WORD.test(this.text.slice(span.start, span.end));
      this.#negated.set(s, known);
    }
    return known;
  }

  /** Whether the words relating the two mentions (by `cue`) deny it ("is not linked to the GRU"). */
  between(a: Mention, b: Mention, cue: RelationCue): boolean {
    return (this.#negates(a.sentence) || this.#negates(b.sentence)) && denied(this.text, a, b, cue);
  }

  /**
   * Whether the sentence denies the relation between the two entities at any of their mentions ("links
   * between TA505 and Emotet (we’ve never seen TA505 use Emotet)").
   */
  amongMentions(placed: readonly Placed[], a: Placed, b: Placed, cue: RelationCue): boolean {
    if (!this.#negates(a.mention.sentence) && !this.#negates(b.mention.sentence)) return false;
    const mentionsOf = (p: Placed): Mention[] => [
      p.mention,
      ...placed.filter((q) => q !== p && q.entity.key === p.entity.key).map((q) => q.mention),
    ];
    const others = mentionsOf(b);
    return mentionsOf(a).some((m) => others.some((n) => denied(this.text, m, n, cue)));
  }
}
