/**
 * Child process of kill.test.ts: writes `count` generated objects into the store at `url` in ONE
 * transaction, printing `written <n>` after each batch so the parent knows how far it got. With `hold`
 * it waits, transaction still open, once everything is written: the parent's SIGKILL then always lands
 * before COMMIT, whatever the machine's speed.
 */
import { openRepository } from '../src/open.ts';
import { generated } from './objects.ts';

const [url, countText, hold] = process.argv.slice(2);
if (!url || !countText) throw new Error('usage: kill-child.ts <store url> <count> [hold]');
const objects = generated(Number(countText), 'killed');
const repo = await openRepository(url);
await repo.transaction(async (tx) => {
  for (let start = 0; start < objects.length; start += 1000) {
    await tx.put(objects.slice(start, start + 1000));
    process.stdout.write(`written ${Math.min(start + 1000, objects.length)}\n`);
  }
  if (hold === 'hold') await new Promise(() => setInterval(() => undefined, 60_000));
});
process.stdout.write('committed\n');
await repo.close();
