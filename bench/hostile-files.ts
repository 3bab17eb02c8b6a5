/**
 * Writes the hostile input files BENCHMARKS.md times `vigil analyze` on (the CLI path: reading, HTML,
 * analysis, STIX, output), into a directory of your choice:
 *   npx tsx bench/hostile-files.ts /tmp/hostile
 *   /usr/bin/time -f "%e s %M KB" node packages/cli/bin/vigil.js analyze --json /tmp/hostile/<file> > /dev/null
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx bench/hostile-files.ts <directory>');
mkdirSync(dir, { recursive: true });

/** `unit` repeated to exactly `bytes` characters (ASCII units: characters are bytes). */
const filled = (unit: string, bytes: number): string =>
  unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

const PROSE =
  'The actor APT31 used update-check[.]example[.]net and 203.0.113.7 against the ministry of foreign affairs. ';
const RUN_ON =
  'the actor APT31 used update-check[.]example[.]net and 203.0.113.7 against the ministry of foreign affairs since 2022 and ';
const INLINE = '<b>APT31</b> <i>x</i> ';

const files: Record<string, string> = {
  // Sentences of prose, all on one line.
  'one-line-50mb.txt': filled(PROSE, 50e6),
  // One sentence without end: actors, indicators, places and dates.
  'one-sentence-1mb.txt': filled(RUN_ON, 1e6),
  'one-sentence-10mb.txt': filled(RUN_ON, 10e6),
  // Inline tags in one paragraph: 200,000 and 800,000 elements.
  'inline-2.2mb.html': `<html><body><p>${INLINE.repeat(100_000)}</p></body></html>`,
  'inline-8.8mb.html': `<html><body><p>${INLINE.repeat(400_000)}</p></body></html>`,
  // 400,000 paragraphs; a table of 400,000 cells.
  'paragraphs-11.6mb.html': `<html><body>${'<p>APT31 used 45.77.12.9.</p>'.repeat(400_000)}</body></html>`,
  'table-6mb.html': `<html><body><table>${`<tr>${'<td>APT31</td>'.repeat(10)}</tr>`.repeat(40_000)}</table></body></html>`,
};
for (const [name, content] of Object.entries(files)) {
  writeFileSync(join(dir, name), content);
  console.log(`${join(dir, name)}  ${(content.length / 1e6).toFixed(1)} MB`);
}
