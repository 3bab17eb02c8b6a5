/** Orchestrates one hunt: load indicators, sweep inputs in parallel, print hits and summary, write sightings. */
import { availableParallelism } from 'node:os';
import { specsFromIocList, type UnsupportedIndicator } from '@vigil/core';
import { openRepository, type Repository } from '@vigil/store';
import { EXIT_ERROR, EXIT_NONE, EXIT_OK, messageOf } from '../exit-codes.ts';
import { now as clockNow } from '../report/clock.ts';
import { storeUrl } from '../store-context.ts';
import {
  type IndicatorTally,
  hitJson,
  hitText,
  summaryHeader,
  summaryLines,
  tally,
} from './hunt-output.ts';
import { type IndicatorSource, loadIndicators, usesStore } from './load-indicators.ts';
import { MAX_RECORD_BYTES, MAX_RECORD_LINES } from './csv-continuation.ts';
import { Progress } from './progress.ts';
import { readOptionFile } from './read-option-file.ts';
import { writeSightings } from './sightings.ts';
import type { FileReport } from './sweep-file.ts';
import { sweepAll } from './sweep-pool.ts';
import { chooseScanner } from './scanner-choice.ts';
import { walkInputs } from './walk-inputs.ts';

export interface HuntOptions extends IndicatorSource {
  readonly json?: boolean;
  readonly since?: string;
  readonly allowlist?: string;
  readonly sightings?: boolean;
  readonly org?: string;
  readonly jobs?: string;
  readonly db?: string;
}

const note = (text: string) => process.stderr.write(`vigil hunt: ${text}\n`);

function noteUnsupported(unsupported: readonly UnsupportedIndicator[]): void {
  if (unsupported.length === 0) return;
  note(`${unsupported.length} indicator(s) not evaluated, e.g.:`);
  for (const u of unsupported.slice(0, 5)) process.stderr.write(`  ${u.ref}: ${u.reason}\n`);
}

function validate(options: HuntOptions): { since?: number; jobs: number } {
  const sources = (['iocs', 'bundle', 'misp', 'report', 'actor'] as const).filter(
    (k) => options[k],
  );
  if (sources.length > 1)
    throw new Error(
      `choose one indicator source, not ${sources.map((s) => `--${s}`).join(' and ')}`,
    );
  let since: number | undefined;
  if (options.since !== undefined) {
    since = Date.parse(options.since);
    if (Number.isNaN(since)) throw new Error(`--since: not an ISO 8601 time: ${options.since}`);
  }
  const jobs = options.jobs === undefined ? availableParallelism() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new Error(`--jobs: expected 1..256, got ${options.jobs}`);
  return { ...(since === undefined ? {} : { since }), jobs };
}

export async function runHunt(paths: readonly string[], options: HuntOptions): Promise<number> {
  let repo: Repository | undefined;
  try {
    const { since, jobs } = validate(options);
    // The CLI's one clock (VIGIL_NOW pins it): validity, sighting times and year-less syslog times.
    const now = new Date(clockNow());
    const needStore = usesStore(options) || options.sightings === true;
    if (needStore) repo = await openRepository(storeUrl(options.db));
    const loaded = await loadIndicators(repo, options, now.toISOString());
    const specs = loaded.specs;
    if (specs.length === 0) {
      noteUnsupported(loaded.unsupported);
      note('no indicators to hunt for');
      return EXIT_ERROR;
    }
    const allowSpecs = options.allowlist
      ? specsFromIocList(await readOptionFile('--allowlist', options.allowlist)).specs
      : undefined;
    const inputs = await walkInputs(paths);
    let failed = inputs.problems.length > 0;
    for (const p of inputs.problems) note(`cannot read ${p}`);

    const tallies = new Map<number, IndicatorTally>();
    const reports: FileReport[] = [];
    const unsupported: UnsupportedIndicator[] = [...loaded.unsupported];
    // Specs the index refused (one reason each): loaded but not hunted.
    let unindexed = 0;
    const totalBytes = [...inputs.sizes.values()].reduce((a, b) => a + b, 0);
    const progress = new Progress(totalBytes);
    const out = process.stdout;
    let hitCount = 0;
    let keptWithoutTime = 0;
    const { fallback } = chooseScanner();
    if (fallback) note(fallback);
    await sweepAll(
      inputs.files,
      {
        specs,
        ...(allowSpecs ? { allowSpecs } : {}),
        ...(since === undefined ? {} : { since }),
        now: now.getTime(),
      },
      jobs,
      {
        onHits: (hits) => {
          let text = '';
          for (const hit of hits) {
            const spec = specs.at(hit.spec)!;
            text += `${options.json ? hitJson(hit, spec) : hitText(hit, spec)}\n`;
            tally(tallies, hit);
            if (hit.keptWithoutTime) keptWithoutTime++;
          }
          hitCount += hits.length;
          out.write(text);
          progress.add(0, hits.length);
        },
        onBytes: (bytes) => progress.add(bytes),
        onReport: (report) => reports.push(report),
        onUnsupported: (list) => {
          unindexed += list.length;
          unsupported.push(...list);
        },
      },
    );
    progress.done();

    for (const r of reports) {
      if (r.error) {
        failed = true;
        note(r.error);
      }
      if (r.skipped) note(`${r.file}: skipped, ${r.skipped}`);
      if (r.invalidJson > 0)
        note(`${r.file}: ${r.invalidJson} invalid JSON line(s), scanned as text`);
      if (r.oversizedLines > 0)
        note(`${r.file}: ${r.oversizedLines} line(s) over the line cap, scanned in pieces`);
      if (r.unclosedCsvQuotes > 0)
        note(
          `${r.file}: ${r.unclosedCsvQuotes} CSV record(s) with an unclosed quote (over ${MAX_RECORD_LINES} lines or ${MAX_RECORD_BYTES / 1024 ** 2} MiB), scanned as text`,
        );
      if (r.suppressed > 0) note(`${r.file}: ${r.suppressed} hit(s) suppressed by the allowlist`);
    }
    noteUnsupported(unsupported);
    const lines = summaryLines(tallies, specs);
    const swept = reports.reduce((a, r) => a + r.bytes, 0);
    const header = summaryHeader({
      hits: hitCount,
      indicatorsHit: tallies.size,
      inputs: reports.length,
      bytes: swept,
      hunted: specs.length - unindexed,
      notEvaluated: unsupported.length,
      keptWithoutTime,
    });
    const summary = [header, ...lines].join('\n') + '\n';
    if (options.json) process.stderr.write(summary);
    else out.write(summary);

    if (options.sightings && repo && tallies.size > 0) {
      const written = await writeSightings(repo, {
        specs,
        tallies,
        files: inputs.files,
        org: options.org ?? process.env.VIGIL_ORG ?? 'Our organization',
        now,
      });
      note(`sightings: ${written.added} written, ${written.unchanged} unchanged`);
    }
    if (failed) return EXIT_ERROR;
    return hitCount > 0 ? EXIT_OK : EXIT_NONE;
  } catch (error) {
    note(messageOf(error));
    return EXIT_ERROR;
  } finally {
    await repo?.close();
  }
}
