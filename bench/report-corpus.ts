/** The 551 real report texts the extraction benchmarks run over: 151 MITRE TRAM + 400 AnnoCTR. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../test-support/data.ts';
import { readTram } from '../test-support/tram.ts';

export function reportCorpus(): string[] {
  const tram = dataPath('mitre-tram', 'tram2_annotated_reports.jsonl');
  const annoctr = dataPath('annoctr', 'text');
  if (!tram || !annoctr) throw new Error('needs VIGIL_DATA_DIR with mitre-tram/ and annoctr/text/');
  const texts = readTram(tram).map((report) => report.text);
  for (const f of readdirSync(annoctr).sort()) {
    if (f.endsWith('.txt')) texts.push(readFileSync(join(annoctr, f), 'utf8'));
  }
  return texts;
}

/** The first reports of the corpus joined into one text of about `bytes` (UTF-8): a long real text. */
export function joinedCorpusText(texts: readonly string[], bytes: number): string {
  const slice: string[] = [];
  for (let size = 0, i = 0; size < bytes && i < texts.length; i++) {
    slice.push(texts[i]!);
    size += Buffer.byteLength(texts[i]!);
  }
  return slice.join('\n\n');
}
