/**
 * Puts the parts of a split file (split-inputs.ts) back together for the caller: a part numbers its
 * lines from 1, so its hits wait until every earlier part has reported how many lines it had, then go
 * out with file line numbers, in part order; the parts' reports become one report of the file.
 */
import { emptyReport, type FileReport, type SweepHit } from './sweep-file.ts';
import type { SweepTask } from './split-inputs.ts';

interface FileParts {
  /** The first part not yet finished: parts before it are done and their lines counted. */
  next: number;
  lineOffset: number;
  readonly waiting: Map<number, (readonly SweepHit[])[]>;
  readonly reports: (FileReport | undefined)[];
}

export class PartAssembler {
  private readonly files = new Map<string, FileParts>();

  constructor(
    private readonly onHits: (hits: readonly SweepHit[]) => void,
    private readonly onReport: (report: FileReport) => void,
  ) {}

  hits(task: SweepTask, hits: readonly SweepHit[]): void {
    if (task.index === undefined) return this.onHits(hits);
    const state = this.stateOf(task);
    if (task.index === state.next) return this.forward(state, hits);
    const waiting = state.waiting.get(task.index);
    if (waiting) waiting.push(hits);
    else state.waiting.set(task.index, [hits]);
  }

  report(task: SweepTask, report: FileReport): void {
    if (task.index === undefined) return this.onReport(report);
    const state = this.stateOf(task);
    state.reports[task.index] = report;
    for (;;) {
      for (const hits of state.waiting.get(state.next) ?? []) this.forward(state, hits);
      state.waiting.delete(state.next);
      const done = state.reports[state.next];
      if (!done) return;
      state.lineOffset += done.lines;
      state.next++;
      if (state.next === state.reports.length) {
        this.files.delete(task.file);
        return this.onReport(merge(state.reports as FileReport[]));
      }
    }
  }

  private stateOf(task: SweepTask): FileParts {
    let state = this.files.get(task.file);
    if (!state) {
      state = {
        next: 0,
        lineOffset: 0,
        waiting: new Map(),
        reports: Array.from({ length: task.parts! }, () => undefined),
      };
      this.files.set(task.file, state);
    }
    return state;
  }

  private forward(state: FileParts, hits: readonly SweepHit[]): void {
    const offset = state.lineOffset;
    this.onHits(offset === 0 ? hits : hits.map((h) => ({ ...h, line: h.line + offset })));
  }
}

/** One report for the whole file: counts added up, the first skip reason and error kept. */
function merge(reports: readonly FileReport[]): FileReport {
  const first = reports[0]!;
  const merged = emptyReport(first.file);
  if (first.format) merged.format = first.format;
  for (const r of reports) {
    merged.bytes += r.bytes;
    merged.lines += r.lines;
    merged.hits += r.hits;
    merged.invalidJson += r.invalidJson;
    merged.oversizedLines += r.oversizedLines;
    merged.unclosedCsvQuotes += r.unclosedCsvQuotes;
    merged.suppressed += r.suppressed;
    if (r.skipped && !merged.skipped) merged.skipped = r.skipped;
    if (r.error && !merged.error) merged.error = r.error;
  }
  return merged;
}
