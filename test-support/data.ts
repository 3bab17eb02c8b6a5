/**
 * Tests and benchmarks find third-party data (../shared/data) through one setting, VIGIL_DATA_DIR.
 * A test that needs it says so when it is absent; in CI absence is a failure, never a silent pass.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';
import { suiteNeeding } from './absent.ts';

export function dataDir(): string | undefined {
  const dir = process.env.VIGIL_DATA_DIR;
  return dir && existsSync(dir) ? resolve(dir) : undefined;
}

/** Absolute path of a file under VIGIL_DATA_DIR, or undefined when the data is absent. */
export function dataPath(...parts: string[]): string | undefined {
  const dir = dataDir();
  if (!dir) return undefined;
  const path = join(dir, ...parts);
  return existsSync(path) ? path : undefined;
}

/** dataPath for a script that cannot run without the file: a clear error naming it when it is absent. */
export function requiredDataPath(...parts: string[]): string {
  const path = dataPath(...parts);
  if (!path) throw new Error(`needs VIGIL_DATA_DIR/${parts.join('/')}`);
  return path;
}

/**
 * `describe` that needs a data file: runs when present; when absent, skips with the reason in its name,
 * except in CI (CI=true), where missing data fails the run.
 */
export function describeWithData(
  name: string,
  parts: string[],
  body: (path: string) => void,
): void {
  const path = dataPath(...parts);
  if (path) {
    describe(name, () => body(path));
    return;
  }
  suiteNeeding(name, `needs VIGIL_DATA_DIR/${parts.join('/')} (absent)`);
}

/** A file of the seed material beside the data folder (VIGIL_DATA_DIR/../seed), or undefined when absent. */
export function seedPath(...parts: string[]): string | undefined {
  const dir = dataDir();
  if (!dir) return undefined;
  const path = join(dir, '..', 'seed', ...parts);
  return existsSync(path) ? path : undefined;
}
