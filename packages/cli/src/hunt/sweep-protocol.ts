/** Messages between the sweep pool (main thread) and its workers. */
import type { IndexData, IndicatorSpecList } from '@vigil/core';
import type { FilePart, FileReport, SweepHit } from './sweep-file.ts';

/** What a hunt sweeps for, as the caller gives it. */
export interface SweepSetup {
  readonly specs: IndicatorSpecList;
  readonly allowSpecs?: IndicatorSpecList;
  readonly since?: number;
  /** The hunt's clock (epoch ms): dates year-less syslog times. */
  readonly now: number;
  readonly maxLine?: number;
  /** Smallest part of a split file (split-inputs.ts; tests cut small files into many parts). */
  readonly minPartBytes?: number;
}

/**
 * What a worker gets: the indexes the main thread built, as data whose hash tables live in
 * SharedArrayBuffers (shared by every thread, not copied), instead of the specs to index again.
 */
export interface WorkerSetup {
  readonly index: IndexData;
  readonly allow?: IndexData;
  readonly since?: number;
  /** The hunt's clock (epoch ms): dates year-less syslog times. */
  readonly now: number;
  readonly maxLine?: number;
}

export type ToWorker =
  | { readonly type: 'setup'; readonly setup: WorkerSetup }
  | { readonly type: 'sweep'; readonly file: string; readonly part?: FilePart }
  | { readonly type: 'stop' };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'hits'; readonly hits: SweepHit[] }
  | { readonly type: 'bytes'; readonly bytes: number }
  | { readonly type: 'report'; readonly report: FileReport }
  | { readonly type: 'failed'; readonly message: string };
