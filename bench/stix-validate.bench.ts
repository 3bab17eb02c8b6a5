/**
 * STIX validation and pattern parsing speed: Vigil's validator vs the official OASIS JSON schemas run by
 * Ajv (the test oracle) on the real ATT&CK for ICS 2.1 bundle, pattern parse rate, and linearity (1x vs
 * 10x input, hostile nesting). Run: `npm run bench -- stix` or `npx tsx bench/stix-validate.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { parseBundle, parsePattern, validateObject } from '@vigil/core';
import { dataPath } from '../test-support/data.ts';
import { stixSchemaOracle } from '../test-support/stix-schemas.ts';

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return min;
}

const rate = (n: number, seconds: number): string =>
  `${Math.round(n / seconds).toLocaleString('en-US')}/s`;

const ics = dataPath('mitre-attack', 'ics-attack.json');
if (!ics) throw new Error('needs VIGIL_DATA_DIR with mitre-attack/ics-attack.json');
const text = readFileSync(ics, 'utf8');
const bundle = JSON.parse(text) as { objects: Record<string, unknown>[] };
const objects = bundle.objects;

const parseSeconds = best(5, () => {
  if (!parseBundle(text).ok) throw new Error('ICS bundle did not validate');
});
const validateSeconds = best(5, () => {
  for (const o of objects) validateObject(o);
});
const oracle = stixSchemaOracle();
oracle?.errors(objects[0]); // compile outside the timing
const schemaSeconds = oracle
  ? best(3, () => {
      for (const o of objects) if (!String(o.type).startsWith('x-')) oracle.errors(o);
    })
  : NaN;
const withSchema = objects.filter((o) => !String(o.type).startsWith('x-')).length;

console.log(
  `ATT&CK for ICS bundle: ${objects.length} objects, ${(text.length / 1e6).toFixed(1)} MB`,
);
console.log(
  `  parseBundle (JSON.parse + validate + duplicate check): ${parseSeconds.toFixed(3)} s, ${rate(objects.length, parseSeconds)}`,
);
console.log(
  `  validateObject only:                                   ${validateSeconds.toFixed(3)} s, ${rate(objects.length, validateSeconds)}`,
);
console.log(
  `  OASIS JSON schemas via Ajv (${withSchema} non-custom objects): ${schemaSeconds.toFixed(3)} s, ${rate(withSchema, schemaSeconds)}`,
);

// Pattern parsing: a realistic mix and linearity on long and hostile input.
const samples = [
  "[ipv4-addr:value = '198.51.100.7']",
  "[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c' OR file:hashes.MD5 = '001dd76872d80801692ff942308c64e6']",
  "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
  "[network-traffic:dst_ref.value = '203.0.113.33' AND network-traffic:dst_port = 443] FOLLOWEDBY [file:name = 'a.exe'] WITHIN 300 SECONDS",
];
const rounds = 20_000;
const patternSeconds = best(3, () => {
  for (let i = 0; i < rounds; i++) for (const p of samples) parsePattern(p);
});
console.log(
  `STIX patterns: ${rate(rounds * samples.length, patternSeconds)} (mix of ${samples.length} spec-style patterns)`,
);

const chain = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`,
  ).join(' OR ');
for (const [label, small, large] of [
  ['long OR chain', chain(10_000), chain(100_000)],
  [
    'hostile nesting (rejected at depth 64)',
    `${'('.repeat(100_000)}[a:b = 1]`,
    `${'('.repeat(1_000_000)}[a:b = 1]`,
  ],
  ['unterminated string', `[a:b = '${'x'.repeat(1_000_000)}`, `[a:b = '${'x'.repeat(10_000_000)}`],
] as const) {
  const t1 = best(3, () => parsePattern(small));
  const t10 = best(3, () => parsePattern(large));
  console.log(
    `  ${label}: ${(small.length / 1e6).toFixed(2)} MB ${t1.toFixed(4)} s, 10x ${t10.toFixed(4)} s (ratio ${(t10 / t1).toFixed(1)})`,
  );
}
