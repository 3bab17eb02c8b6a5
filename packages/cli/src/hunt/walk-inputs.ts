/** Expands the PATH arguments: files as given, directories recursively (sorted), `-` for stdin. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface Inputs {
  /** Largest first, so the workers finish together. */
  readonly files: string[];
  readonly sizes: ReadonlyMap<string, number>;
  readonly problems: string[];
}

export async function walkInputs(paths: readonly string[]): Promise<Inputs> {
  const found: { path: string; size: number }[] = [];
  const problems: string[] = [];
  const visit = async (path: string): Promise<void> => {
    if (path === '-') {
      found.push({ path, size: 0 });
      return;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push(
        `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (error) {
        problems.push(
          `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
        return;
      }
      for (const name of names) await visit(join(path, name));
    } else if (info.isFile() || info.isFIFO()) found.push({ path, size: info.size });
  };
  for (const path of paths) await visit(path);
  found.sort((a, b) => b.size - a.size);
  return {
    files: found.map((f) => f.path),
    sizes: new Map(found.map((f) => [f.path, f.size])),
    problems,
  };
}
