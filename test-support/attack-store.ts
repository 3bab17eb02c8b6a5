/**
 * A store with MITRE ATT&CK Enterprise loaded, for any test that needs real knowledge: built once per
 * engine per run (and reused across runs while fresh) as a template, cloned per test (SQLite file copy,
 * PostgreSQL CREATE DATABASE ... TEMPLATE). The template key carries a digest of the importer's sources
 * and of the data file, so a changed importer or bundle builds a new template. A lock file serializes
 * builds across Vitest workers, so parallel test files wait for one build instead of racing.
 *
 *   const template = await attackTemplate('sqlite');      // in beforeAll
 *   const repo = await context.cloneRepo(template);       // inside withEachEngine: disposed for you
 *   const store = await attackStore('postgres');          // or: a clone you open and dispose yourself
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName } from '@vigil/store';
import { importAttack } from '../packages/store/src/import/import-attack.ts';
import { dataPath } from './data.ts';
import { buildTemplate, cloneTemplate } from './stores.ts';
import type { StoreTemplate, TestStore } from './stores.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORTER_SOURCES = [
  join(ROOT, 'packages/store/src/import'),
  join(ROOT, 'packages/core/src/stix/upgrade.ts'),
];
/** A lock older than this is from a crashed build and is taken over. */
const STALE_LOCK_MS = 10 * 60 * 1000;

/** The ATT&CK bundle under VIGIL_DATA_DIR, or undefined when the data is absent. */
export const attackBundlePath = (): string | undefined =>
  dataPath('mitre-attack', 'enterprise-attack.json');

function templateKey(bundle: string): string {
  const hash = createHash('sha256');
  for (const source of IMPORTER_SOURCES) {
    const files = statSync(source).isDirectory()
      ? readdirSync(source)
          .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
          .sort()
          .map((f) => join(source, f))
      : [source];
    for (const file of files) hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  }
  const data = statSync(bundle);
  hash.update(`${data.size}:${data.mtimeMs}`);
  return `attack_${hash.digest('hex').slice(0, 12)}`;
}

async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const path = join(tmpdir(), `vigil-${name}.lock`);
  for (;;) {
    try {
      closeSync(openSync(path, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(path).mtimeMs > STALE_LOCK_MS) rmSync(path, { force: true });
      } catch {
        // The holder removed it between our two calls: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}

const memo = new Map<EngineName, Promise<StoreTemplate>>();

/** The ATT&CK template for `engine` (built on first use). Throws when VIGIL_DATA_DIR lacks ATT&CK. */
export function attackTemplate(engine: EngineName): Promise<StoreTemplate> {
  let template = memo.get(engine);
  if (!template) {
    const bundle = attackBundlePath();
    if (!bundle) throw new Error('needs VIGIL_DATA_DIR/mitre-attack/enterprise-attack.json');
    const key = templateKey(bundle);
    template = withLock(`${engine}-${key}`, () =>
      buildTemplate(engine, key, async (repo) => {
        const summary = await importAttack(repo, bundle);
        if (summary.added === 0) throw new Error('ATT&CK template: import added nothing');
      }),
    );
    memo.set(engine, template);
  }
  return template;
}

/** A fresh copy of the ATT&CK store (not opened): open `store.url`, call `store.dispose()` after. */
export async function attackStore(engine: EngineName): Promise<TestStore> {
  return cloneTemplate(await attackTemplate(engine));
}
