/**
 * The FileSweeper of a hunt's built indexes, as each worker and the inline sweep make it: shared-memory
 * index data, the allowlist, --since, the clock, the line cap and the token scanner this process chose.
 */
import { IndicatorIndex } from '@vigil/core/match';
import { FileSweeper } from './sweep-file.ts';
import { nativeOption } from './scanner-choice.ts';
import type { WorkerSetup } from './sweep-protocol.ts';

export function sweeperFor(setup: WorkerSetup): FileSweeper {
  return new FileSweeper(new IndicatorIndex(setup.index), {
    ...(setup.allow ? { allow: new IndicatorIndex(setup.allow) } : {}),
    ...(setup.since === undefined ? {} : { since: setup.since }),
    now: setup.now,
    ...(setup.maxLine ? { maxLine: setup.maxLine } : {}),
    ...nativeOption(),
  });
}
