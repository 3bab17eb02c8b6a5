import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Third-party test data lives beside the repo (../shared/data) unless VIGIL_DATA_DIR says otherwise.
const sharedData = resolve(import.meta.dirname, '../shared/data');
process.env.VIGIL_DATA_DIR ??= existsSync(sharedData) ? sharedData : '';

// One config, one project per package, so `vitest run --project store` narrows a run.
const packageProject = (name: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root: `./packages/${name}`,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    ...extra,
  },
});

export default defineConfig({
  test: {
    projects: [
      packageProject('core'),
      // Store tests share one PostgreSQL server and big SQLite templates: run their files one at a time.
      packageProject('store', { fileParallelism: false }),
      packageProject('cli'),
      // Acceptance runs of the real CLI as an analyst types it (e2e/acceptance).
      { test: { name: 'e2e', root: './e2e', include: ['**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
