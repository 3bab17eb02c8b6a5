/** Report-level precision and recall: each report's predicted set of labels against its gold set. */
export interface Score {
  readonly reports: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ReportSets {
  readonly gold: ReadonlySet<string>;
  readonly predicted: ReadonlySet<string>;
}

export function scoreReports(reports: readonly ReportSets[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of reports) {
    for (const id of predicted)
      if (gold.has(id)) tp++;
      else fp++;
    for (const id of gold) if (!predicted.has(id)) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { reports: reports.length, tp, fp, fn, precision, recall, f1 };
}

/** One line: precision, recall, F1 and the counts behind them. */
export const formatScore = (s: Score): string =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, ${s.reports} reports)`;
