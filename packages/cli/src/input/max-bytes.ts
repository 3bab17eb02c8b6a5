/** `--max-bytes` for every command that takes it: plain bytes or with a K/M/G suffix (powers of 1024). */
import { CoreError } from '@vigil/core';

export function parseMaxBytes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)([kmg]?)b?$/i.exec(text.trim());
  const power = match
    ? { '': 0, k: 1, m: 2, g: 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g']
    : 0;
  const bytes = match ? Number(match[1]) * 1024 ** power : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0)
    throw new CoreError('invalid_input', `--max-bytes: "${text}" is not a size like 500M`);
  return bytes;
}
