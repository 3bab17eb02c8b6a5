/** Where the CLI's store is and how a command borrows it: `--db`, else VIGIL_DATABASE_URL, else $VIGIL_HOME/vigil.sqlite. */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { openRepository, parseStoreUrl, type Repository } from '@vigil/store';

/** The CLI's home directory (store, warning lists, briefings, profile): `$VIGIL_HOME`, default `./.vigil`. */
export const vigilHome = (): string => process.env.VIGIL_HOME ?? '.vigil';

/** Where installed warning lists live: `$VIGIL_HOME/warninglists` (`vigil sync warninglists`). */
export const warningListsHome = (): string => join(vigilHome(), 'warninglists');

export function storeUrl(db?: string): string {
  return db ?? process.env.VIGIL_DATABASE_URL ?? join(vigilHome(), 'vigil.sqlite');
}

/** The `--db` given to the program, from any subcommand. */
export function dbOption(command: Command): string | undefined {
  return command.optsWithGlobals<{ db?: string }>().db;
}

export async function openStore(db?: string): Promise<Repository> {
  const url = storeUrl(db);
  const location = parseStoreUrl(url);
  if (location.engine === 'sqlite') mkdirSync(dirname(location.path), { recursive: true });
  return openRepository(url);
}

/** Runs `work` with the store open and always closes it. */
export async function withStore<T>(
  command: Command,
  work: (repo: Repository) => Promise<T>,
): Promise<T> {
  const repo = await openStore(dbOption(command));
  try {
    return await work(repo);
  } finally {
    await repo.close();
  }
}
