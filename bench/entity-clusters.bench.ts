/**
 * Entity resolution speed and scaling: computeEntityClusters over ATT&CK Enterprise + the 10 MISP
 * galaxies (VIGIL_DATA_DIR), on 25%, 50% and 100% samples of that input (chosen by id). Near-linear
 * work shows as CPU ratios close to the size ratios (no all-pairs comparison anywhere).
 * Run: `npx tsx bench/entity-clusters.bench.ts` (or `npm run bench`).
 */
import { computeEntityClusters, type StixObject } from '@vigil/core';
import { dataPath } from '../test-support/data.ts';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';

if (!dataPath('mitre-attack', 'enterprise-attack.json') || !dataPath('misp-galaxy')) {
  process.stdout.write(
    'entity-clusters: skipped, needs VIGIL_DATA_DIR with mitre-attack/ and misp-galaxy/\n',
  );
  process.exit(0);
}

/** A deterministic sample of about `fraction` of the input, chosen by id (relationships included). */
function sample(objects: readonly StixObject[], fraction: number): StixObject[] {
  const keep = (id: string) => parseInt(id.slice(-4), 16) / 0x10000 < fraction;
  return objects.filter((o) => keep(o.id));
}

function timed(objects: readonly StixObject[]): { seconds: number; cpu: number; clusters: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { clusters } = computeEntityClusters(objects);
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpu: (used.user + used.system) / 1e6,
    clusters: clusters.length,
  };
}

const base = loadKnowledgeFromData().objects;
const entityCount = (objects: readonly StixObject[]) =>
  objects.filter((o) => o.type !== 'relationship').length;
process.stdout.write(`input: ${base.length} objects (${entityCount(base)} non-relationship)\n`);
let reference: { objects: number; cpu: number } | undefined;
for (const fraction of [0.25, 0.5, 1]) {
  const objects = sample(base, fraction);
  const best = Array.from({ length: 3 }, () => timed(objects)).reduce((a, b) =>
    b.cpu < a.cpu ? b : a,
  );
  reference ??= { objects: objects.length, cpu: best.cpu };
  const sizeRatio = objects.length / reference.objects;
  process.stdout.write(
    `${fraction * 100}%: ${objects.length} objects, ${best.clusters} clusters, ${best.seconds.toFixed(2)} s wall, ${best.cpu.toFixed(2)} s CPU (best of 3); size x${sizeRatio.toFixed(2)} -> CPU x${(best.cpu / reference.cpu).toFixed(2)}\n`,
  );
}
