/** The one exception type of core; edges (CLI, HTTP) map `code` to exit codes or statuses. */
export type CoreErrorCode =
  'invalid_stix' | 'invalid_pattern' | 'invalid_input' | 'unresolved_ref' | 'too_large';

export class CoreError extends Error {
  override readonly name = 'CoreError';
  constructor(
    readonly code: CoreErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
