/**
 * The records of one parsed JSON value (a JSON line or a whole JSON document), each with its own log
 * time: a top-level array, or the array under `Records`/`records`/`events`/`Events` (CloudTrail, on one
 * line as AWS delivers it or pretty-printed), is one record per element, so every event keeps its own
 * `eventTime`; anything else is one record. Field paths keep the array name and index
 * (`Records[3].sourceIPAddress`): that is how the analyst finds the event (`jq '.Records[3]'`).
 */
import { recordTime } from '@vigil/core/match';

const RECORD_ARRAYS = ['Records', 'records', 'events', 'Events'] as const;

/** `timeOf` is asked only when the record hits (finding a time costs a field walk). */
export type RecordVisitor = (value: unknown, timeOf: () => number | undefined) => void;

export function visitRecords(doc: unknown, visit: RecordVisitor): void {
  if (Array.isArray(doc)) {
    (doc as unknown[]).forEach((item, i) => visit({ [`[${i}]`]: item }, () => recordTime(item)));
    return;
  }
  if (doc === null || typeof doc !== 'object') return visit(doc, () => undefined);
  const holder = doc as Record<string, unknown>;
  const key = RECORD_ARRAYS.find((k) => Array.isArray(holder[k]));
  if (!key) return visit(doc, () => recordTime(doc));
  // An element without a time of its own takes the document's.
  const docTime = () => recordTime(holder);
  (holder[key] as unknown[]).forEach((item, i) =>
    visit({ [`${key}[${i}]`]: item }, () => recordTime(item) ?? docTime()),
  );
  const rest: Record<string, unknown> = {};
  let restFields = 0;
  for (const name of Object.keys(holder)) {
    if (name === key) continue;
    rest[name] = holder[name];
    restFields++;
  }
  if (restFields > 0) visit(rest, docTime);
}
