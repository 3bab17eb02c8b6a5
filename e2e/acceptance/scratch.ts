/**
 * A user's scratch workspace for acceptance runs: an empty directory as VIGIL_HOME, a store inside it,
 * and `vigil` run against them exactly as the analyst would type it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openRepository, type StoreInfo } from '@vigil/store';
import { runVigil, type CliRun } from '../../test-support/cli.ts';

export interface Scratch {
  readonly dir: string;
  readonly db: string;
  /** Writes a file into the workspace (making its folders) and returns its path. */
  file(name: string, content: string | Uint8Array): string;
  /** Runs `vigil`; `env` adds variables (e.g. a later VIGIL_NOW for "the next day"). */
  vigil(args: readonly string[], input?: string, env?: Record<string, string>): Promise<CliRun>;
}

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `vigil-acceptance-${prefix}-`));
  const db = join(dir, 'vigil.sqlite');
  return {
    dir,
    db,
    file(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    vigil: (args, input, env = {}) =>
      runVigil(['--db', db, ...args], {
        cwd: dir,
        env: { VIGIL_HOME: dir, ...env },
        ...(input !== undefined ? { input } : {}),
      }),
  };
}

/** `vigil hunt --json` prints one hit per line. */
export interface JsonHit {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly value: string;
  readonly indicator: string;
  readonly pattern?: string;
  readonly context: readonly string[];
  readonly time?: string;
}

export const jsonHits = (stdout: string): JsonHit[] =>
  stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as JsonHit);

/** What the store holds (latest versions per type, all versions): equal before and after means nothing was written. */
export async function storeInfo(db: string): Promise<Pick<StoreInfo, 'countsByType' | 'versions'>> {
  const repo = await openRepository(db);
  try {
    const { countsByType, versions } = await repo.info();
    return { countsByType, versions };
  } finally {
    await repo.close();
  }
}
