/**
 * Reads a file named by a hunt option (`--iocs`, `--allowlist`, …). A failure names the option and the
 * path once, in words (`--iocs missing.txt: no such file`), not Node's doubled `ENOENT: ENOENT: …`.
 */
import { readFile } from 'node:fs/promises';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a parent is not a directory',
};

/** No `code` on purpose: the CLI prints the message alone. */
export class OptionFileError extends Error {
  override readonly name = 'OptionFileError';
}

export async function readOptionFile(option: string, path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      (typeof code === 'string' ? REASONS[code] : undefined) ??
      `cannot read: ${(error as Error).message}`;
    throw new OptionFileError(`${option} ${path}: ${reason}`, { cause: error });
  }
}
