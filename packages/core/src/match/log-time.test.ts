import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textTime } from './log-time.ts';

const LOGS = resolve(import.meta.dirname, '../../../../fixtures/logs');

describe('textTime', () => {
  it('reads the epoch seconds that start every line of a squid native access log', () => {
    const lines = readFileSync(resolve(LOGS, 'proxy.log'), 'utf8').trim().split('\n');
    for (const line of lines) {
      const seconds = Number(line.slice(0, line.indexOf(' ')));
      expect(textTime(line, 2026)).toBe(Math.round(seconds * 1000));
    }
  });

  it('takes no other number for a time', () => {
    expect(textTime('1795824001 bytes sent to 198.51.100.7', 2026)).toBeUndefined();
    expect(textTime('id 1795824001.202 GET /', 2026)).toBeUndefined();
  });
});
