/**
 * AnnoCTR entity evaluation (issue 3 "Done when"): reads the BIO files (VIGIL_DATA_DIR/annoctr/ner_bio),
 * rebuilds each document's text from its tokens, runs Vigil's entity extraction and scores the mentions
 * against the human gold spans, exact token boundaries, per entity type. Shared by the QUALITY.md script
 * (bench/quality-entities.ts) and the regression test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedEntity, Span } from '../packages/core/src/analysis/types.ts';
import { extractEntities } from '../packages/core/src/extract/entities/extract-entities.ts';
import type { KnowledgeIndex } from '../packages/core/src/extract/entities/knowledge-index.ts';
import { splitSentences } from '../packages/core/src/extract/sentences.ts';

export type GoldType = 'GROUP' | 'MALWARE' | 'TOOL' | 'LOC';
export const GOLD_TYPES: readonly GoldType[] = ['GROUP', 'MALWARE', 'TOOL', 'LOC'];

interface Token {
  readonly start: number;
  readonly end: number;
}

export interface GoldMention {
  readonly type: GoldType;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
}

export interface AnnoDocument {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
  readonly gold: readonly GoldMention[];
  /** Sentence index of each token. */
  readonly tokenSentence: readonly number[];
}

/** Columns: token, ne, nc, te, ce, ci, all (annoctr/PROVENANCE.md). LOC is in ne, the rest in ce. */
const COLUMN: Readonly<Record<GoldType, number>> = { LOC: 1, GROUP: 4, MALWARE: 4, TOOL: 4 };

/** Documents of one BIO file, aligned to the report texts of `textDir` listed for `split` in splits.tsv. */
export function readBio(
  path: string,
  textDir: string,
  splitsFile: string,
  split: string,
): AnnoDocument[] {
  const texts = readFileSync(splitsFile, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([, s]) => s?.trim() === split)
    .map(([name]) => readFileSync(join(textDir, `${name ?? ''}.txt`), 'utf8'));
  const docs: AnnoDocument[] = [];
  let rows: string[][][] = [];
  let sentence: string[][] = [];
  const flushSentence = (): void => {
    if (sentence.length > 0) rows.push(sentence);
    sentence = [];
  };
  const flushDoc = (): void => {
    flushSentence();
    if (rows.length > 0) docs.push(buildDocument(rows, texts));
    rows = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('<DOCSTART>')) {
      flushDoc();
      continue;
    }
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    sentence.push(line.split('\t'));
  }
  flushDoc();
  return docs;
}

/**
 * The BIO files hold tokens only; the report texts (annoctr/text) hold the real spacing, line breaks and
 * punctuation. Each document's tokens are aligned to its report text in order, so extraction runs on the
 * text as published and gold spans become character offsets.
 */
function buildDocument(sentences: readonly string[][][], texts: readonly string[]): AnnoDocument {
  const words = sentences.flatMap((rows) => rows.map((cols) => (cols[0] ?? '').trim()));
  const text = pickText(words, texts);
  const tokens = align(words, text);
  const tokenSentence: number[] = [];
  const gold: GoldMention[] = [];
  const open = new Map<number, { type: GoldType; from: number }>();
  const close = (column: number, to: number): void => {
    const o = open.get(column);
    if (o) gold.push({ type: o.type, from: o.from, to });
    open.delete(column);
  };
  let index = 0;
  sentences.forEach((rows, s) => {
    for (const cols of rows) {
      tokenSentence.push(s);
      for (const column of [1, 4]) {
        const tag = cols[column] ?? 'O';
        const type = tag.slice(2) as GoldType;
        const wanted = GOLD_TYPES.includes(type) && COLUMN[type] === column;
        if (tag.startsWith('I-') && wanted && open.get(column)?.type === type) continue;
        close(column, index);
        if (wanted) open.set(column, { type, from: index });
      }
      index++;
    }
    for (const column of [1, 4]) close(column, index);
  });
  return { text, sentences: splitSentences(text), tokens, gold, tokenSentence };
}

/** How far ahead of the previous token the next one may be found (skipped URLs, markup). */
const ALIGN_WINDOW = 600;

function align(words: readonly string[], text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of words) {
    const at = word ? text.indexOf(word, cursor) : -1;
    if (at >= 0 && at - cursor <= ALIGN_WINDOW) {
      tokens.push({ start: at, end: at + word.length });
      cursor = at + word.length;
    } else {
      tokens.push({ start: cursor, end: cursor }); // unaligned: an empty token at the cursor
    }
  }
  return tokens;
}

function pickText(words: readonly string[], texts: readonly string[]): string {
  const probe = words.slice(0, 60);
  let best = '';
  let bestScore = -1;
  for (const text of texts) {
    const aligned = align(probe, text).filter((t) => t.end > t.start).length;
    if (aligned > bestScore) {
      best = text;
      bestScore = aligned;
    }
  }
  return best;
}

/** Scored classes: the gold types, plus SOFTWARE = MALWARE or TOOL whatever the type. */
export type ScoreClass = GoldType | 'SOFTWARE';
export const SCORE_CLASSES: readonly ScoreClass[] = ['GROUP', 'MALWARE', 'TOOL', 'SOFTWARE', 'LOC'];

/**
 * How Vigil's types meet AnnoCTR's: intrusion sets and threat actors are GROUP. State organs (the GRU,
 * the IRGC, the MSS: threat actors of type nation-state for Vigil) are scored neither way: the corpus tags
 * every one of them ORG in its named-entity column, and GROUP only in the odd report where the organ itself
 * is the hacking unit (train+dev: the GRU and the FSB in two reports; never the IRGC, MOIS, MSS, SVR or
 * PLA). Locations (names and adjectives alike, as the corpus tags
 * "Chinese") are LOC. Malware and tools are scored three ways, because the corpus labels ATT&CK tools
 * such as Cobalt Strike and Mimikatz as MALWARE: MALWARE (a Vigil malware or tool on a gold TOOL span is
 * neither right nor wrong), TOOL (likewise the other way), and SOFTWARE (either type on either label).
 */
type PredictedClass = 'GROUP' | 'organ' | 'malware' | 'tool' | 'LOC';

function predictedClass(entity: ExtractedEntity): PredictedClass | undefined {
  switch (entity.type) {
    case 'intrusion-set':
      return 'GROUP';
    case 'threat-actor':
      return entity.via === 'state-organ' ? 'organ' : 'GROUP';
    case 'malware':
      return 'malware';
    case 'tool':
      return 'tool';
    case 'location':
      return 'LOC';
    case 'attack-pattern':
    case 'campaign':
    case 'identity':
    case 'vulnerability':
      return undefined;
  }
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const score = ({ tp, fp, fn }: Counts): Scores => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

export interface ErrorCase {
  readonly kind: 'fp' | 'fn' | 'tp';
  readonly type: ScoreClass;
  readonly text: string;
  readonly context: string;
  /** How Vigil found a false positive (its `via`), empty for misses. */
  readonly via: string;
}

export interface Evaluation {
  readonly byClass: Readonly<Record<ScoreClass, Scores>>;
  /** Errors with their text, for tuning on train/dev. */
  readonly errors: readonly ErrorCase[];
  /** Correct predictions with their text and recognition path, to weigh a rule's gains against its errors. */
  readonly correct: readonly ErrorCase[];
  /** Missed gold mentions of each class, per document in split order: where the misses sit, no text. */
  readonly missesPerDocument: Readonly<Record<ScoreClass, readonly number[]>>;
}

interface Predicted {
  readonly cls: PredictedClass;
  readonly via: string;
  readonly from: number;
  readonly to: number;
}

function predicted(doc: AnnoDocument, entities: readonly ExtractedEntity[]): Predicted[] {
  const out: Predicted[] = [];
  const first = (offset: number): number => {
    let lo = 0;
    let hi = doc.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((doc.tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const cls = predictedClass(entity);
      if (!cls) continue;
      const from = first(m.start);
      let to = from;
      while (to < doc.tokens.length && (doc.tokens[to]?.start ?? Infinity) < m.end) to++;
      if (to > from) out.push({ cls, via: entity.via, from, to });
    }
  }
  return out;
}

export function evaluate(docs: readonly AnnoDocument[], knowledge: KnowledgeIndex): Evaluation {
  const counts = Object.fromEntries(
    SCORE_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<ScoreClass, Counts>;
  const errors: ErrorCase[] = [];
  const correct: ErrorCase[] = [];
  const missesPerDocument = Object.fromEntries(
    SCORE_CLASSES.map((c) => [c, [] as number[]]),
  ) as Record<ScoreClass, number[]>;
  for (const doc of docs) {
    for (const c of SCORE_CLASSES) missesPerDocument[c].push(0);
    const entities = extractEntities(doc.text, doc.sentences, knowledge);
    const preds = predicted(doc, entities);
    const span = (m: { from: number; to: number }): string => `${m.from}:${m.to}`;
    const text = (m: { from: number; to: number }): string =>
      doc.text.slice(doc.tokens[m.from]?.start ?? 0, doc.tokens[m.to - 1]?.end ?? 0);
    const around = (m: { from: number; to: number }): string =>
      doc.text
        .slice(
          Math.max(0, (doc.tokens[m.from]?.start ?? 0) - 60),
          (doc.tokens[m.to - 1]?.end ?? 0) + 40,
        )
        .replace(/\s+/gu, ' ');
    const goldOf = (types: readonly GoldType[]): Set<string> =>
      new Set(doc.gold.filter((g) => types.includes(g.type)).map(span));
    const predOf = (classes: readonly PredictedClass[]): Map<string, Predicted> =>
      new Map(preds.filter((p) => classes.includes(p.cls)).map((p) => [span(p), p]));
    const tally = (
      cls: ScoreClass,
      gold: Set<string>,
      pred: Map<string, Predicted>,
      ignore: Set<string> = new Set(),
    ): void => {
      for (const [key, p] of pred) {
        if (gold.has(key)) {
          counts[cls].tp++;
          correct.push({ kind: 'tp', type: cls, text: text(p), context: around(p), via: p.via });
        } else if (!ignore.has(key)) {
          counts[cls].fp++;
          errors.push({ kind: 'fp', type: cls, text: text(p), context: around(p), via: p.via });
        }
      }
      for (const g of doc.gold) {
        if (!gold.has(span(g)) || pred.has(span(g)) || ignore.has(span(g))) continue;
        gold.delete(span(g));
        counts[cls].fn++;
        missesPerDocument[cls][missesPerDocument[cls].length - 1]!++;
        errors.push({ kind: 'fn', type: cls, text: text(g), context: around(g), via: '' });
      }
    };
    tally('GROUP', goldOf(['GROUP']), predOf(['GROUP']), new Set(predOf(['organ']).keys()));
    tally('LOC', goldOf(['LOC']), predOf(['LOC']));
    tally('SOFTWARE', goldOf(['MALWARE', 'TOOL']), predOf(['malware', 'tool']));
    tally('MALWARE', goldOf(['MALWARE']), predOf(['malware', 'tool']), goldOf(['TOOL']));
    tally('TOOL', goldOf(['TOOL']), predOf(['tool']), goldOf(['MALWARE']));
  }
  const byClass = Object.fromEntries(SCORE_CLASSES.map((c) => [c, score(counts[c])])) as Record<
    ScoreClass,
    Scores
  >;
  return { byClass, errors, correct, missesPerDocument };
}
