/**
 * A STIX bundle (or one STIX object, or a JSON array of them) from a file or any byte stream into the
 * store: streamed, validated, one transaction.
 */
import { createReadStream, statSync } from 'node:fs';
import { CoreError } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { DEFAULT_MAX_BYTES, readBundle, type BundleContainer } from './bundle-reader.ts';
import { importObjects } from './import-objects.ts';
import type { ImportOptions, ImportSummary } from './import-objects.ts';

export interface BundleImportOptions extends ImportOptions {
  /** Size cap in bytes (default 2 GiB): larger input is rejected before anything is written. */
  readonly maxBytes?: number;
}

/** Imports a bundle from a byte stream (file, HTTP body); the size cap is enforced as bytes arrive. */
export async function importBundleStream(
  repo: Repository,
  source: AsyncIterable<Uint8Array>,
  options: BundleImportOptions = {},
): Promise<ImportSummary> {
  let container: BundleContainer | undefined;
  const entries = readBundle(source, {
    maxBytes: options.maxBytes,
    onContainer: (found) => (container = found),
  });
  const summary = await importObjects(repo, entries, options);
  return container ? { ...summary, container } : summary;
}

/** Imports a bundle file; checks the size cap up front so an oversized file fails at once. */
export async function importBundleFile(
  repo: Repository,
  path: string,
  options: BundleImportOptions = {},
): Promise<ImportSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CoreError('invalid_input', `${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw new CoreError(
      'invalid_input',
      `cannot read ${path}: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
  if (size > maxBytes) {
    throw new CoreError(
      'too_large',
      `${path} is ${size} bytes, over the size cap of ${maxBytes} bytes; raise --max-bytes to import it`,
      { size, maxBytes },
    );
  }
  return await importBundleStream(
    repo,
    createReadStream(path, { highWaterMark: 1 << 20 }),
    options,
  );
}
