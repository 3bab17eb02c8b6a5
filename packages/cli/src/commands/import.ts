/**
 * `vigil import <file>`: any STIX 2.0/2.1 bundle into the store, streamed, in one transaction; also one
 * STIX object or a JSON array of objects, as people copy them from feeds and tools.
 */
import type { Command } from 'commander';
import { importBundleFile } from '@vigil/store';
import type { ImportSummary } from '@vigil/store';
import { EXIT_OK } from '../exit-codes.ts';
import { parseMaxBytes } from '../input/max-bytes.ts';
import { withStore } from '../store-context.ts';
import { versionCounts } from './version-counts.ts';

export interface ImportFlags {
  readonly strict?: boolean;
  readonly json?: boolean;
  readonly maxBytes?: string;
  readonly downgradeTlp?: boolean;
}

/** Objects/s on a terminal (stderr is a TTY), nothing otherwise; `done()` clears the line. */
export function progressReporter(label: string): {
  onProgress?: (read: number) => void;
  done(): void;
} {
  if (!process.stderr.isTTY) return { done: () => undefined };
  const started = performance.now();
  let shown = false;
  return {
    onProgress: (read) => {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(read / seconds) : 0;
      process.stderr.write(
        `\r${label}: ${read.toLocaleString('en-US')} objects, ${rate.toLocaleString('en-US')} objects/s `,
      );
      shown = true;
    },
    done: () => {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** "24771 objects", or the container too when the input was not a bundle. */
function whatWasRead(summary: ImportSummary): string {
  if (summary.container === 'object')
    return `one STIX ${String(Object.keys(summary.byType)[0])} object (not a bundle)`;
  if (summary.container === 'array')
    return `a JSON array of ${summary.read} objects (not a bundle)`;
  return `${summary.read} objects`;
}

/** What became of entity clusters (alias resolution) after an import. */
export function describeClustering(clustering: ImportSummary['clustering']): string {
  if (!clustering) return 'entity clusters: unchanged (no entity knowledge changed)';
  return `entity clusters: ${clustering.clusters} (${clustering.linked} with several members), ${clustering.conflicts} contested aliases (vigil entity conflicts)`;
}

/** The human summary of an import, a few lines. */
export function describeImport(summary: ImportSummary, seconds: number): string {
  const lines = [
    `read ${whatWasRead(summary)} in ${seconds.toFixed(1)} s: ${versionCounts(summary.added, summary.unchanged)}` +
      (summary.upgraded > 0 ? `, ${summary.upgraded} upgraded from STIX 2.0` : ''),
  ];
  if (summary.clustering) lines.push(describeClustering(summary.clustering));
  if (summary.conflicts.length > 0) {
    const first = summary.conflicts[0]!;
    lines.push(
      `warning: ${summary.conflicts.length} version(s) already stored with different content were kept as stored (first: ${first.id} ${first.modified ?? ''})`,
    );
  }
  if (summary.danglingRefs.length > 0) {
    lines.push(
      `warning: ${summary.danglingRefs.length} dangling reference(s) (use --strict to reject):`,
    );
    for (const d of summary.danglingRefs.slice(0, 10)) {
      lines.push(`  objects[${d.index}] ${d.id} ${d.property} → ${d.ref}`);
    }
  }
  if (summary.markingsKeptCount > 0) {
    const first = summary.markingsKept[0]!;
    lines.push(
      `note: ${summary.markingsKeptCount} new version(s) with a lower or no TLP kept their object's stored TLP (first: ${first.id}); --downgrade-tlp lowers it`,
    );
  }
  if (summary.warnings.length > 0) {
    lines.push(
      `note: ${summary.warnings.length} validation warning(s), first: ${summary.warnings[0]!.path}: ${summary.warnings[0]!.message}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import a STIX 2.0 or 2.1 bundle file, one STIX object or a JSON array of objects (2.0 is upgraded to 2.1); all or nothing',
    )
    .argument('<file>', 'JSON file: a bundle, one object or an array of objects')
    .option('--strict', 'reject dangling references and conflicting versions instead of warning')
    .option('--max-bytes <size>', 'size cap, e.g. 500M (default 2G)')
    .option('--json', 'summary as one JSON object on stdout')
    .option(
      '--downgrade-tlp',
      "let a newer version lower its object's stored TLP (by default the stored, more restrictive TLP is kept)",
    )
    .action(async (file: string, flags: ImportFlags, command: Command) => {
      const progress = progressReporter(`importing ${file}`);
      const started = performance.now();
      const summary = await withStore(command, (repo) =>
        importBundleFile(repo, file, {
          strict: flags.strict === true,
          maxBytes: parseMaxBytes(flags.maxBytes),
          onProgress: progress.onProgress,
          downgradeTlp: flags.downgradeTlp === true,
        }),
      ).finally(() => progress.done());
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ file, seconds, ...summary })}\n`
          : describeImport(summary, seconds),
      );
      process.exitCode = EXIT_OK;
    });
}
