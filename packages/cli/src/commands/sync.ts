/**
 * `vigil sync attack|kev`: load public knowledge. Downloads the source (URL configurable) or reads
 * `--file`; without network it falls back to the local copy under VIGIL_DATA_DIR, or says plainly that
 * it is offline (README: the main job still runs without internet).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Command } from 'commander';
import { CoreError } from '@vigil/core';
import { importAttack, importKev } from '@vigil/store';
import type { AttackRelease, ImportSummary } from '@vigil/store';
import { EXIT_OK } from '../exit-codes.ts';
import { withStore } from '../store-context.ts';
import { parseMaxBytes } from '../input/max-bytes.ts';
import { describeImport, progressReporter } from './import.ts';

export const ATTACK_URL =
  'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/enterprise-attack.json';
export const KEV_URL =
  'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json';
/** `vigil sync`: every subcommand registers under it, whichever file registers first. */
export const SYNC_DESCRIPTION =
  'load public knowledge: MITRE ATT&CK, CISA KEV, MISP galaxies, MISP warning lists';
/** Waiting longer than this for the first response byte counts as offline. */
const CONNECT_TIMEOUT_MS = 20_000;

interface SyncFlags {
  readonly url?: string;
  readonly file?: string;
  readonly json?: boolean;
  readonly strict?: boolean;
  readonly maxBytes?: string;
}

type Source =
  | { readonly kind: 'file'; readonly path: string; readonly note?: string }
  | { readonly kind: 'download'; readonly url: string; readonly body: AsyncIterable<Uint8Array> };

/** Opens the URL; on a network failure returns the local copy under VIGIL_DATA_DIR, if any. */
async function resolveSource(
  url: string,
  localParts: readonly string[],
  what: string,
): Promise<Source> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONNECT_TIMEOUT_MS);
  let reason: string;
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (response.ok && response.body) {
      return {
        kind: 'download',
        url,
        body: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      };
    }
    reason = `HTTP ${response.status} ${response.statusText}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    reason = cause?.code ?? cause?.message ?? (error as Error).message;
  } finally {
    clearTimeout(timer);
  }
  const dataDir = process.env.VIGIL_DATA_DIR;
  const local = dataDir ? join(dataDir, ...localParts) : undefined;
  if (local && existsSync(local)) {
    return {
      kind: 'file',
      path: local,
      note: `offline (${url}: ${reason}); using the local copy ${local}`,
    };
  }
  throw new CoreError(
    'invalid_input',
    `offline: cannot download ${what} from ${url} (${reason}); pass --file <path>, or set VIGIL_DATA_DIR to a folder holding ${localParts.join('/')}`,
  );
}

function report(
  flags: SyncFlags,
  summary: ImportSummary,
  seconds: number,
  source: Source,
  extra: Record<string, unknown>,
  headline: string,
): void {
  if (source.kind === 'file' && source.note) process.stderr.write(`vigil: ${source.note}\n`);
  if (flags.json) {
    const from = source.kind === 'file' ? source.path : source.url;
    process.stdout.write(`${JSON.stringify({ source: from, seconds, ...extra, ...summary })}\n`);
    return;
  }
  process.stdout.write(`${headline}\n${describeImport(summary, seconds)}`);
}

async function syncAttack(flags: SyncFlags, command: Command): Promise<void> {
  const source: Source = flags.file
    ? { kind: 'file', path: flags.file }
    : await resolveSource(
        flags.url ?? ATTACK_URL,
        ['mitre-attack', 'enterprise-attack.json'],
        'ATT&CK',
      );
  const progress = progressReporter('ATT&CK');
  const started = performance.now();
  const summary = await withStore(command, (repo) =>
    importAttack(repo, source.kind === 'file' ? source.path : source.body, {
      ...(source.kind === 'download' ? { sourceName: source.url } : {}),
      strict: flags.strict === true,
      maxBytes: parseMaxBytes(flags.maxBytes),
      onProgress: progress.onProgress,
    }),
  ).finally(() => progress.done());
  const headline = `${releaseLine(summary.release)}, ATT&CK spec ${summary.release.specVersion ?? 'unknown'}`;
  report(flags, summary, (performance.now() - started) / 1000, source, {}, headline);
}

/** The release and where it was read, or plainly that the bundle does not say. */
function releaseLine(release: AttackRelease): string {
  if (release.versionSource === 'file name') {
    return `ATT&CK ${release.version} (from the file name ${basename(release.sourceName ?? '')}: the bundle has no x-mitre-collection)`;
  }
  if (release.version) return `ATT&CK ${release.version}`;
  return `ATT&CK release unknown (no x-mitre-collection in the bundle, no version in its file name); content up to ${release.latestModified ?? 'unknown'}`;
}

async function syncKev(flags: SyncFlags, command: Command): Promise<void> {
  const parts = ['cisa-kev', 'known_exploited_vulnerabilities.json'];
  const source: Source = flags.file
    ? { kind: 'file', path: flags.file }
    : await resolveSource(flags.url ?? KEV_URL, parts, 'the CISA KEV catalog');
  const maxBytes = parseMaxBytes(flags.maxBytes) ?? 256 * 1024 ** 2;
  const text =
    source.kind === 'file'
      ? readFileSync(source.path, 'utf8')
      : await readCapped(source.body, maxBytes);
  if (Buffer.byteLength(text) > maxBytes) {
    throw new CoreError('too_large', `KEV catalog is over the size cap of ${maxBytes} bytes`);
  }
  const started = performance.now();
  const summary = await withStore(command, (repo) => importKev(repo, text));
  const headline = `CISA KEV catalog ${summary.catalogVersion} (released ${summary.dateReleased})`;
  const extra = { catalogVersion: summary.catalogVersion, dateReleased: summary.dateReleased };
  report(flags, summary, (performance.now() - started) / 1000, source, extra, headline);
}

async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes)
      throw new CoreError('too_large', `download is over the size cap of ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function registerSync(program: Command): void {
  const sync = program.command('sync').description(SYNC_DESCRIPTION);
  sync
    .command('attack')
    .description(
      'import MITRE ATT&CK Enterprise (download, or --file); re-running adds only changes',
    )
    .option('--url <url>', 'bundle URL', ATTACK_URL)
    .option('--file <path>', 'a local enterprise-attack.json instead of downloading')
    .option('--strict', 'reject dangling references instead of warning')
    .option('--max-bytes <size>', 'size cap, e.g. 500M (default 2G)')
    .option('--json', 'summary as one JSON object on stdout')
    .action(async (flags: SyncFlags, command: Command) => {
      await syncAttack(flags, command);
      process.exitCode = EXIT_OK;
    });
  sync
    .command('kev')
    .description('import the CISA Known Exploited Vulnerabilities catalog as vulnerability objects')
    .option('--url <url>', 'catalog URL', KEV_URL)
    .option('--file <path>', 'a local known_exploited_vulnerabilities.json instead of downloading')
    .option('--max-bytes <size>', 'size cap (default 256M)')
    .option('--json', 'summary as one JSON object on stdout')
    .action(async (flags: SyncFlags, command: Command) => {
      await syncKev(flags, command);
      process.exitCode = EXIT_OK;
    });
}
