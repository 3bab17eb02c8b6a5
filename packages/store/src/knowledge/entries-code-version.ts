/**
 * The version of the code that turns entity objects into knowledge entries: a digest of its sources (all
 * of @vigil/core, whose clustering and naming rules the entries depend on, and this directory). Vigil runs
 * its TypeScript sources (docs/ARCHITECTURE.md "No build step"), so any change to them, an upgrade or a
 * developer's edit, makes every cached copy of the entries stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

export function entriesCodeVersion(): string {
  version ??= digestOfSources([
    dirname(createRequire(import.meta.url).resolve('@vigil/core')),
    dirname(fileURLToPath(import.meta.url)),
  ]);
  return version;
}

/** SHA-256 over the path and content of each non-test TypeScript file under the directories (once per process). */
function digestOfSources(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    for (const file of files) {
      hash.update(`${file}\u0000`);
      hash.update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
