/** Expected outcomes as values: parsing, validating and extracting return a Result. */
export interface Issue {
  readonly code: string;
  /** JSON path of the offending value, e.g. `objects[3].created`, or '' for the whole input. */
  readonly path: string;
  readonly message: string;
}

export type Result<T> =
  { ok: true; value: T; issues?: readonly Issue[] } | { ok: false; issues: readonly Issue[] };

export const ok = <T>(value: T, issues?: readonly Issue[]): Result<T> =>
  issues && issues.length > 0 ? { ok: true, value, issues } : { ok: true, value };

export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });

export const issue = (code: string, path: string, message: string): Issue => ({
  code,
  path,
  message,
});
