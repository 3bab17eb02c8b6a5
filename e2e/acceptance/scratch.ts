/**
 * A user's scratch workspace for acceptance runs: an empty directory as VIGIL_HOME, a store inside it,
 * and `vigil` run against them exactly as the analyst would type it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil, type CliRun } from '../../test-support/cli.ts';

export interface Scratch {
  readonly dir: string;
  readonly db: string;
  /** Writes a file into the workspace and returns its path. */
  file(name: string, content: string | Uint8Array): string;
  vigil(args: readonly string[], input?: string): Promise<CliRun>;
}

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `vigil-acceptance-${prefix}-`));
  const db = join(dir, 'vigil.sqlite');
  return {
    dir,
    db,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    vigil: (args, input) =>
      runVigil(['--db', db, ...args], {
        cwd: dir,
        env: { VIGIL_HOME: dir },
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
