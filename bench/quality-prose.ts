/**
 * Ordinary prose must yield no actor and no malware (issue 3 "Done when"): sentences of AnnoCTR (train,
 * dev, test) with no GROUP/MALWARE/TOOL tag and of CyNER (train, valid, test) with no Malware or
 * Organization tag, plus trap phrases that naming schemes would catch falsely. Shared by the QUALITY.md
 * script (bench/quality-entities.ts) and the regression test.
 */
import { readFileSync } from 'node:fs';
import type { ExtractedEntity, Span } from '../packages/core/src/analysis/types.ts';
import { extractEntities } from '../packages/core/src/extract/entities/extract-entities.ts';
import type { KnowledgeIndex } from '../packages/core/src/extract/entities/knowledge-index.ts';

/** Phrases that look like vendor names for actors but are ordinary English (and one trap per scheme). */
export const TRAP_SENTENCES: readonly string[] = [
  'Super Typhoon Haiyan struck the Philippines and a Flash Flood warning followed.',
  'The Red Panda and the Giant Panda live in the mountains; the Teddy Bear stayed home.',
  'Prices of platinum and cobalt rose, while Platinum and Cobalt mining shares fell.',
  'Ask your TA about the APT exam; the TA will grade it.',
  'We will see whether the Silence of the lambs is on Inception night, said the Machete star.',
  'The Equation was hard. Will you check the page and ping the net admin at noon?',
  'A Polar Bear, a Brown Bear and a Snow Leopard appeared in the Winter Storm footage.',
  'Heavy Rain and Hail hit the region before the Tropical Cyclone made landfall.',
  'The Ghost in the machine is a phrase; Ghost stories scare children.',
  'Czech, NIST and EU officials met in Brussels to discuss the standard.',
];

export interface ProseSentence {
  readonly corpus: 'annoctr' | 'cyner' | 'trap';
  readonly text: string;
  /** The file the sentence comes from (AnnoCTR split or CyNER part). */
  readonly file?: string;
  /**
   * Lower-cased names the sentence's document tags as an actor or malware elsewhere (AnnoCTR, whose
   * documents are marked): a finding on one of them is a name the sentence-level tags missed.
   */
  readonly taggedInDocument?: ReadonlySet<string>;
}

interface BioSentence {
  readonly text: string;
  readonly taggedInDocument: ReadonlySet<string>;
}

function bioSentences(path: string, tagColumn: number, skip: RegExp): BioSentence[] {
  const out: BioSentence[] = [];
  let words: string[] = [];
  let tagged = false;
  let names = new Set<string>();
  let name: string[] = [];
  const endName = (): void => {
    if (name.length > 0) names.add(name.join(' ').toLowerCase());
    name = [];
  };
  const flush = (): void => {
    endName();
    if (words.length > 3 && !tagged) out.push({ text: words.join(' '), taggedInDocument: names });
    words = [];
    tagged = false;
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/u, '');
    if (line.startsWith('<DOCSTART>')) {
      flush();
      names = new Set();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    words.push(cols[0] ?? '');
    const tags = tagColumn < 0 ? cols.slice(1).join(' ') : (cols[tagColumn] ?? '');
    const nameTag = /(?:^|\s)([BI])-(?:GROUP|MALWARE|TOOL)\b/u.exec(tags)?.[1];
    if (nameTag !== 'I') endName();
    if (nameTag) name.push(cols[0] ?? '');
    if (skip.test(tags)) tagged = true;
  }
  flush();
  return out;
}

export function proseSentences(
  annoctrBio: readonly string[],
  cynerFiles: readonly string[],
): ProseSentence[] {
  return [
    ...annoctrBio.flatMap((file) =>
      bioSentences(file, -1, /GROUP|MALWARE|TOOL/u).map((s): ProseSentence => ({
        corpus: 'annoctr',
        file,
        ...s,
      })),
    ),
    ...cynerFiles.flatMap((file) =>
      bioSentences(file, 1, /Malware|Organization/u).map(({ text }): ProseSentence => ({
        corpus: 'cyner',
        file,
        text,
      })),
    ),
    ...TRAP_SENTENCES.map((text) => ({ corpus: 'trap' as const, text })),
  ];
}

export interface ProseFinding {
  readonly sentence: ProseSentence;
  readonly entity: ExtractedEntity;
}

const ACTOR_OR_MALWARE = new Set(['intrusion-set', 'threat-actor', 'malware', 'tool']);

/** The criterion: ordinary prose yields no actor and no malware (tools are counted apart). */
export const isActorOrMalware = (entity: ExtractedEntity): boolean => entity.type !== 'tool';

/** Whether the finding is a name the sentence's document tags as an actor or malware elsewhere. */
export const taggedElsewhere = (finding: ProseFinding): boolean =>
  finding.entity.mentions.some((m) => finding.sentence.taggedInDocument?.has(m.text.toLowerCase()));

/** Every actor, malware or tool found in the sentences (each sentence analysed on its own). */
export function proseFindings(
  sentences: readonly ProseSentence[],
  knowledge: KnowledgeIndex,
): ProseFinding[] {
  const found: ProseFinding[] = [];
  for (const sentence of sentences) {
    const spans: Span[] = [{ start: 0, end: sentence.text.length }];
    for (const entity of extractEntities(sentence.text, spans, knowledge)) {
      if (ACTOR_OR_MALWARE.has(entity.type)) found.push({ sentence, entity });
    }
  }
  return found;
}
