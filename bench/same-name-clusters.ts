/**
 * Names that still stand for two or more clusters of one family (intrusion sets; malware and tools), over
 * ATT&CK Enterprise + the MISP galaxies (VIGIL_DATA_DIR). Each is a family one report may name under two
 * entries; QUALITY.md reads the counts. `--list` prints the names with their entries.
 * Run: `VIGIL_DATA_DIR=../shared/data npx tsx bench/same-name-clusters.ts [--list]`
 */
import type { KnowledgeEntry } from '@vigil/core';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';

const FAMILY: Readonly<Record<string, string>> = {
  'intrusion-set': 'intrusion sets',
  malware: 'malware and tools',
  tool: 'malware and tools',
};

const byName = new Map<string, KnowledgeEntry[]>();
for (const entry of loadKnowledgeFromData().entries) {
  const family = FAMILY[entry.type];
  if (!family) continue;
  const key = `${family}\t${entry.name.toLowerCase()}`;
  byName.set(key, [...(byName.get(key) ?? []), entry]);
}
const shared = [...byName].filter(([, entries]) => entries.length > 1);
const count = (family: string) => shared.filter(([key]) => key.startsWith(`${family}\t`)).length;
process.stdout.write(
  `names of two or more clusters: ${shared.length} (intrusion sets ${count('intrusion sets')}, malware and tools ${count('malware and tools')})\n`,
);
if (process.argv.includes('--list')) {
  for (const [key, entries] of shared) {
    const [family, name] = key.split('\t');
    const who = entries.map((e) => `${e.type}${e.externalId ? ` ${e.externalId}` : ''}`).join(', ');
    process.stdout.write(`${family}: ${name} (${who})\n`);
  }
}
