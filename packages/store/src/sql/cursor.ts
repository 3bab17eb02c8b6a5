/** Opaque keyset cursors: the last id of a page, base64url-wrapped so callers do not depend on it. */
import { StoreError } from '../errors.ts';

export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as { after?: unknown }).after === 'string'
    )
      return (value as { after: string }).after;
  } catch {
    // fall through to the typed error
  }
  throw new StoreError('invalid_input', 'not a cursor from this store (use the `next` of a page)');
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 10_000;

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new StoreError('invalid_input', `limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  return limit;
}
