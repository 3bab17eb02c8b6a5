/** Why an input (file, URL, stdin, feed) could not be read into report text. */
export type InputErrorCode =
  | 'unreadable'
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'no_text'
  | 'fetch_failed'
  | 'forbidden_address'
  | 'bad_feed';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
