/** Reads MISP galaxy cluster files from a folder (a misp-galaxy checkout or a copy of its clusters/). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError, GALAXY_STIX_TYPE, parseGalaxyClusterFile } from '@vigil/core';
import type { GalaxyClusterFile } from '@vigil/core';

/** The galaxies Vigil maps to STIX, in import order. */
export const SUPPORTED_GALAXIES: readonly string[] = Object.keys(GALAXY_STIX_TYPE);

/** A cluster file larger than this is refused (the biggest upstream file, malpedia, is ~4 MB). */
export const MAX_GALAXY_FILE_BYTES = 64 * 1024 * 1024;

/** Parses one cluster file's text; errors name the file. */
export function parseGalaxyText(text: string, origin: string): GalaxyClusterFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CoreError('invalid_input', `${origin}: not valid JSON (${String(error)})`, {
      origin,
    });
  }
  try {
    return parseGalaxyClusterFile(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CoreError('invalid_input', `${origin}: ${message}`, { origin }, { cause: error });
  }
}

/** Every supported `<galaxy>.json` in `<dir>/clusters` (or `<dir>` itself); at least one must exist. */
export function readGalaxyDirectory(dir: string): GalaxyClusterFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CoreError('invalid_input', `${dir} is not a folder`);
  }
  const clusters = existsSync(join(dir, 'clusters')) ? join(dir, 'clusters') : dir;
  const files: GalaxyClusterFile[] = [];
  for (const galaxy of SUPPORTED_GALAXIES) {
    const path = join(clusters, `${galaxy}.json`);
    if (!existsSync(path)) continue;
    if (statSync(path).size > MAX_GALAXY_FILE_BYTES) {
      throw new CoreError('too_large', `${path} is larger than ${MAX_GALAXY_FILE_BYTES} bytes`);
    }
    files.push(parseGalaxyText(readFileSync(path, 'utf8'), path));
  }
  if (files.length === 0) {
    throw new CoreError(
      'invalid_input',
      `no MISP galaxy cluster files in ${clusters} (expected ${SUPPORTED_GALAXIES.map((g) => `${g}.json`).join(', ')})`,
    );
  }
  return files;
}
