/**
 * What a test does when what it needs (data, a PostgreSQL server) is absent: outside CI it skips at run
 * time with the reason as its note, so the report names why; in CI absence fails the run.
 */
import { describe, it } from 'vitest';

function notRun(name: string, reason: string): void {
  if (process.env.CI === 'true') throw new Error(`${name}: ${reason}`);
  it(`${name}: not run, ${reason}`, (context) => context.skip(reason));
}

/** A suite standing for one whose needs are absent. */
export function suiteNeeding(name: string, reason: string): void {
  describe(name, () => notRun(name, reason));
}

/** `describe(name, body)` when `present`, else the suite that says why it is not run. */
export function describeWhen(
  present: unknown,
  name: string,
  reason: string,
  body: () => void,
): void {
  if (present) describe(name, body);
  else suiteNeeding(name, reason);
}

/** `it(name, body)` when `present`, else a test that says why it is not run. */
export function itWhen(present: unknown, name: string, reason: string, body: () => void): void {
  if (present) it(name, body);
  else notRun(name, reason);
}
