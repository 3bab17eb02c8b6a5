/** The one exception type of the store; `cause` keeps the driver's error. */
export type StoreErrorCode =
  'not_found' | 'conflict' | 'unavailable' | 'migration_failed' | 'invalid_input' | 'query_failed';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Wraps a driver error once; StoreErrors pass through unchanged. */
export function wrapDriverError(error: unknown, code: StoreErrorCode, what: string): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(code, `${what}: ${detail}`, { cause: error });
}
