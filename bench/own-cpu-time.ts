/**
 * A sampling CPU profile of `run`, summed per function's own time ("dates/extract-dates.ts extractDates"), in
 * microseconds, with the total: what the profile benches print.
 */
import { Session } from 'node:inspector/promises';

export interface OwnCpuTime {
  readonly own: ReadonlyMap<string, number>;
  readonly total: number;
}

export async function ownCpuTime(run: () => void): Promise<OwnCpuTime> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const micros = profile.timeDeltas?.[i] ?? 0;
    total += micros;
    const frame = nodes.get(id)!.callFrame;
    const where = `${frame.url.split('/').slice(-2).join('/')} ${frame.functionName || '(anonymous)'}`;
    own.set(where, (own.get(where) ?? 0) + micros);
  });
  return { own, total };
}
