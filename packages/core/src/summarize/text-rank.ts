/**
 * Extractive summary, TextRank-style (Mihalcea & Tarau 2004): sentences are nodes, word overlap is
 * the edge weight, and a biased PageRank picks the central ones. The bias favours sentences that carry
 * extracted entities and relations. Cost stays linear in the input: at most `maxCandidates` sentences
 * enter the graph (the leading ones plus those with most entity weight), so the graph is bounded.
 */
import type { Span } from '../analysis/types.ts';

export interface SummarizeOptions {
  /** Sentences to return (default 5). */
  readonly maxSentences?: number;
  /** Upper bound on graph size (default 120). */
  readonly maxCandidates?: number;
  /** Extra weight per sentence index (entities, relations it carries); missing = 0. */
  readonly weights?: ReadonlyMap<number, number>;
  /** Sentence indices that may not be chosen (source's own summary/advice, headings). */
  readonly excluded?: ReadonlySet<number>;
}

const MIN_WORDS = 6;
const DAMPING = 0.85;
const ITERATIONS = 30;
const STOP = new Set(
  'the a an and or of to in on for with by at from as is are was were be been has have had it its this that these those which who their they them than then also into over not but can may will would such after before about'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}]{2,}/gu;
const words = (s: string): string[] =>
  (s.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));

/** Returns the chosen sentence indices in source order. */
export function summarize(
  text: string,
  sentences: readonly Span[],
  options: SummarizeOptions = {},
): number[] {
  const maxSentences = options.maxSentences ?? 5;
  const maxCandidates = options.maxCandidates ?? 120;
  const weight = (i: number): number => options.weights?.get(i) ?? 0;

  const eligible: { index: number; bag: Set<string>; size: number }[] = [];
  sentences.forEach((span, index) => {
    if (options.excluded?.has(index)) return;
    const list = words(text.slice(span.start, span.end));
    if (list.length < MIN_WORDS) return;
    eligible.push({ index, bag: new Set(list), size: list.length });
  });
  // Bound the graph: half the slots for the lead of the report, the rest for entity-rich sentences.
  const lead = eligible.slice(0, Math.ceil(maxCandidates / 2));
  const rest = eligible
    .slice(lead.length)
    .sort((a, b) => weight(b.index) - weight(a.index) || a.index - b.index)
    .slice(0, maxCandidates - lead.length);
  const nodes = [...lead, ...rest];
  if (nodes.length === 0) return [];

  const n = nodes.length;
  const edges: number[][] = nodes.map(() => new Array<number>(n).fill(0));
  const outSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      let shared = 0;
      for (const w of a.bag) if (b.bag.has(w)) shared++;
      if (shared === 0) continue;
      const sim = shared / (Math.log(a.size + 1) + Math.log(b.size + 1));
      edges[i]![j] = sim;
      edges[j]![i] = sim;
      outSum[i]! += sim;
      outSum[j]! += sim;
    }
  }
  const bias = nodes.map((node) => 1 + weight(node.index));
  const biasSum = bias.reduce((s, b) => s + b, 0);
  const prior = bias.map((b) => b / biasSum);
  let rank = [...prior];
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = prior.map((p) => (1 - DAMPING) * p);
    for (let i = 0; i < n; i++) {
      if (outSum[i] === 0) continue;
      const share = (DAMPING * rank[i]!) / outSum[i]!;
      const row = edges[i]!;
      for (let j = 0; j < n; j++) if (row[j]! > 0) next[j]! += share * row[j]!;
    }
    rank = next;
  }
  return (
    nodes
      // Centrality alone favours generic sentences; entity weight lifts the ones that say who did what.
      .map((node, i) => ({
        index: node.index,
        score: rank[i]! * (1 + Math.log1p(weight(node.index))),
      }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, maxSentences)
      .map((r) => r.index)
      .sort((a, b) => a - b)
  );
}
