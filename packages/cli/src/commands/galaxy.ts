/**
 * `vigil sync misp-galaxy`: MISP galaxy clusters (threat actors, malware, tools, ATT&CK mirrors,
 * countries, regions, sectors) into the store as STIX; entity clusters are recomputed when they changed.
 * Source: --dir, else a download (--url, default GitHub), offline the copy in $VIGIL_DATA_DIR.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CoreError } from '@vigil/core';
import type { GalaxyClusterFile } from '@vigil/core';
import {
  importMispGalaxy,
  MAX_GALAXY_FILE_BYTES,
  parseGalaxyText,
  readGalaxyDirectory,
  SUPPORTED_GALAXIES,
  type GalaxyImportSummary,
} from '@vigil/store';
import { EXIT_OK } from '../exit-codes.ts';
import { withStore } from '../store-context.ts';
import { describeClustering } from './import.ts';
import { SYNC_DESCRIPTION } from './sync.ts';
import { versionCounts } from './version-counts.ts';

export const MISP_GALAXY_URL = 'https://raw.githubusercontent.com/MISP/misp-galaxy/main';
/** No response within this time counts as offline. */
const DOWNLOAD_TIMEOUT_MS = 20_000;

interface SyncOptions {
  readonly dir?: string;
  readonly url?: string;
  readonly json?: boolean;
}

async function download(base: string): Promise<GalaxyClusterFile[]> {
  const files: GalaxyClusterFile[] = [];
  for (const galaxy of SUPPORTED_GALAXIES) {
    const url = `${base.endsWith('/') ? base.slice(0, -1) : base}/clusters/${galaxy}.json`;
    let response: Response;
    try {
      // The timeout covers reaching the server, not reading a large body on a slow link.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), DOWNLOAD_TIMEOUT_MS);
      response = await fetch(url, { signal: controller.signal }).finally(() => clearTimeout(timer));
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
      throw new CoreError(
        'invalid_input',
        `offline: cannot download ${url} (${cause}); pass --dir <misp-galaxy folder>, or set VIGIL_DATA_DIR to a folder holding misp-galaxy/`,
        { url, reason: cause, offline: true },
        { cause: error },
      );
    }
    if (!response.ok) throw new CoreError('invalid_input', `${url}: HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_GALAXY_FILE_BYTES) throw new CoreError('too_large', `${url} is too large`);
    const text = await response.text();
    if (text.length > MAX_GALAXY_FILE_BYTES)
      throw new CoreError('too_large', `${url} is too large`);
    files.push(parseGalaxyText(text, url));
  }
  return files;
}

/**
 * Where the clusters come from, and the files: --dir; else download (--url or GitHub); offline, the
 * local copy in $VIGIL_DATA_DIR/misp-galaxy (said on stderr), else a plain "offline" error.
 */
export async function galaxySource(
  options: SyncOptions,
): Promise<{ source: string; files: GalaxyClusterFile[]; note?: string }> {
  if (options.dir) return { source: options.dir, files: readGalaxyDirectory(options.dir) };
  const base = options.url ?? MISP_GALAXY_URL;
  try {
    return { source: base, files: await download(base) };
  } catch (error) {
    const offline = error instanceof CoreError && error.details.offline === true;
    const local = process.env.VIGIL_DATA_DIR ? join(process.env.VIGIL_DATA_DIR, 'misp-galaxy') : '';
    if (!offline || !local || !existsSync(local)) throw error;
    const note = `offline (${String(error.details.url)}: ${String(error.details.reason)}); using the local copy ${local}`;
    return { source: local, files: readGalaxyDirectory(local), note };
  }
}

function report(source: string, summary: GalaxyImportSummary, json: boolean): string {
  if (json) return JSON.stringify({ source, ...summary });
  const lines = [
    `MISP galaxies from ${source}:`,
    ...summary.galaxies.map(
      (g) =>
        `  ${g.type.padEnd(24)} ${String(g.clusters).padStart(6)} clusters  (version ${g.version ?? '?'})`,
    ),
    `objects: ${summary.read} read, ${versionCounts(summary.added, summary.unchanged)}`,
    describeClustering(summary.clustering),
  ];
  if (summary.skipped.length > 0)
    lines.push(
      `skipped: ${summary.skipped.length} clusters (${summary.skipped[0]?.message ?? ''})`,
    );
  return lines.join('\n');
}

export function registerGalaxy(program: Command): void {
  const sync =
    program.commands.find((c) => c.name() === 'sync') ??
    program.command('sync').description(SYNC_DESCRIPTION);
  sync
    .command('misp-galaxy')
    .description(
      'MISP galaxy clusters (actors, malware, tools, countries, sectors) as STIX, with entity clusters',
    )
    .option('--dir <folder>', 'a local misp-galaxy folder (or its clusters/ folder)')
    .option('--url <base>', `download from this base URL (default ${MISP_GALAXY_URL})`)
    .option('--json', 'one JSON summary on stdout')
    .action(async (options: SyncOptions, command: Command) => {
      const { source, files, note } = await galaxySource(options);
      if (note) process.stderr.write(`vigil: ${note}\n`);
      if (process.stderr.isTTY && !options.json)
        process.stderr.write(`importing ${files.length} galaxies from ${source}...\n`);
      const summary = await withStore(command, (repo) =>
        importMispGalaxy(repo, files, new Date().toISOString()),
      );
      process.stdout.write(`${report(source, summary, options.json === true)}\n`);
      process.exitCode = EXIT_OK;
    });
}
