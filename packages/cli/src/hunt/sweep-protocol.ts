/** Messages between the sweep pool (main thread) and its workers. */
import type { IndicatorSpec, UnsupportedIndicator } from '@vigil/core';
import type { FileReport, SweepHit } from './sweep-file.ts';

export interface WorkerSetup {
  readonly specs: readonly IndicatorSpec[];
  /**
   * Plain values joined by newlines, sent instead of `specs` when every indicator is a bare value:
   * one string crosses to a worker far cheaper than a million objects (bench: 1M indicators).
   */
  readonly values?: string;
  readonly allowSpecs?: readonly IndicatorSpec[];
  readonly since?: number;
  readonly syslogYear: number;
  readonly maxLine?: number;
}

export type ToWorker =
  | { readonly type: 'setup'; readonly setup: WorkerSetup }
  | { readonly type: 'sweep'; readonly file: string }
  | { readonly type: 'stop' };

export type FromWorker =
  | { readonly type: 'ready'; readonly unsupported: readonly UnsupportedIndicator[] }
  | { readonly type: 'hits'; readonly hits: SweepHit[] }
  | { readonly type: 'bytes'; readonly bytes: number }
  | { readonly type: 'report'; readonly report: FileReport }
  | { readonly type: 'failed'; readonly message: string };
