/** The CLI's one mapping from outcomes and typed errors to exit codes (like grep: 0 found, 1 none, 2 error). */
import { CoreError } from '@vigil/core';

export const EXIT_OK = 0;
/** A search-like command (hunt) ran fine and found nothing. */
export const EXIT_NONE = 1;
/** Bad input, bad usage, unreadable file, unreachable database. */
export const EXIT_ERROR = 2;

export function messageOf(error: unknown): string {
  if (error instanceof CoreError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
