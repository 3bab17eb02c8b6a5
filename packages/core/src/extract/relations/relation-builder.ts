/**
 * Merges relation findings: one relation per (type, source, target), evidence from every sentence that
 * states it, and the strongest stated confidence with the words that stated it.
 */
import type { ExtractedRelation, Mention } from '../../analysis/types.ts';
import type { EstimativePhrase } from '../confidence/estimative-language.ts';

interface Draft {
  type: string;
  source: string;
  target: string;
  confidence?: EstimativePhrase;
  evidence: Mention[];
  /** `start:end` of each evidence span: a relation repeated in every paragraph stays linear. */
  spans: Set<string>;
}

export class RelationBuilder {
  readonly #drafts = new Map<string, Draft>();

  add(
    type: string,
    source: string,
    target: string,
    evidence: Mention,
    confidence?: EstimativePhrase,
  ): void {
    if (source === target) return;
    const key = `${type}|${source}|${target}`;
    let draft = this.#drafts.get(key);
    if (!draft) {
      draft = { type, source, target, evidence: [], spans: new Set() };
      this.#drafts.set(key, draft);
    }
    const span = `${evidence.start}:${evidence.end}`;
    if (!draft.spans.has(span)) {
      draft.spans.add(span);
      draft.evidence.push(evidence);
    }
    if (confidence && (!draft.confidence || confidence.confidence > draft.confidence.confidence)) {
      draft.confidence = confidence;
    }
  }

  /** The source's own rating of a relation stated before: it replaces the confidence, whatever its value. */
  restate(
    type: string,
    source: string,
    target: string,
    evidence: Mention,
    confidence: EstimativePhrase,
  ): void {
    const draft = this.#drafts.get(`${type}|${source}|${target}`);
    if (!draft) return;
    this.add(type, source, target, evidence);
    draft.confidence = confidence;
  }

  relations(): ExtractedRelation[] {
    return [...this.#drafts.values()].map(({ type, source, target, confidence, evidence }) => ({
      type,
      source,
      target,
      ...(confidence ? { confidence: confidence.confidence, confidenceText: confidence.text } : {}),
      evidence: [...evidence].sort((a, b) => a.start - b.start),
    }));
  }
}
