/**
 * Picks the engine from a store URL: `postgres://` or `postgresql://` → PostgreSQL; `sqlite:<path>` or a
 * plain file path → SQLite (the default, one file, no server).
 */
import { StoreError } from './errors.ts';
import type { Repository } from './repository.ts';
import { openSqlite } from './sqlite/open.ts';

export type StoreLocation =
  | { readonly engine: 'sqlite'; readonly path: string }
  | { readonly engine: 'postgres'; readonly url: string };

export function parseStoreUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  if (trimmed === '') throw new StoreError('invalid_input', 'empty store URL');
  if (/^postgres(?:ql)?:\/\//i.test(trimmed)) return { engine: 'postgres', url: trimmed };
  const path = trimmed.replace(/^sqlite:(?:\/\/)?/i, '');
  if (path === '') throw new StoreError('invalid_input', `no file path in store URL ${url}`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path))
    throw new StoreError(
      'invalid_input',
      `unsupported store URL ${url} (use a file path or postgres://)`,
    );
  return { engine: 'sqlite', path };
}

/**
 * Opens a store and applies pending migrations. The PostgreSQL driver is loaded only for a PostgreSQL
 * store: every command on the default SQLite file would otherwise pay for loading it at start.
 */
export async function openRepository(url: string): Promise<Repository> {
  const location = parseStoreUrl(url);
  if (location.engine === 'sqlite') return openSqlite(location.path);
  const { openPostgres } = await import('./postgres/open.ts');
  return openPostgres(location.url);
}
