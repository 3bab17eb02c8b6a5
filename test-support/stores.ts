/**
 * Fresh stores for tests, on both engines. SQLite always runs (a temp file); PostgreSQL runs against
 * VIGIL_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test), one new database per store,
 * dropped afterwards. Without that setting the PostgreSQL half is skipped with the reason in its name,
 * except in CI (CI=true), where it fails.
 *
 * Templates: fill a store once (e.g. import ATT&CK) and clone it per test: SQLite copies the file,
 * PostgreSQL runs CREATE DATABASE ... TEMPLATE. A template is shared by every test file of a run through
 * its key (include a version of what `fill` does in the key); ones older than TEMPLATE_MAX_AGE_MS are rebuilt.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe } from 'vitest';
import { canonicalJson } from '@vigil/core';
import { openRepository } from '@vigil/store';
import type { EngineName, Repository } from '@vigil/store';
import { suiteNeeding } from './absent.ts';

export const ENGINES: readonly EngineName[] = ['sqlite', 'postgres'];
export const TEMPLATE_MAX_AGE_MS = 6 * 60 * 60 * 1000;

/** A store made for a test: its URL (for child processes) and how to remove it. */
export interface TestStore {
  readonly engine: EngineName;
  readonly url: string;
  /** Closes `repo` if opened here, then deletes the file / drops the database. */
  readonly dispose: () => Promise<void>;
}

export interface StoreTemplate {
  readonly engine: EngineName;
  /** SQLite: the template file; PostgreSQL: the template database name. */
  readonly location: string;
}

export function postgresTestUrl(): string | undefined {
  const url = process.env.VIGIL_TEST_POSTGRES_URL;
  return url && url.trim() !== '' ? url.trim() : undefined;
}

const uniqueName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

// ---- SQLite -------------------------------------------------------------------------------------------

function sqliteFile(): { url: string; dispose(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-test-'));
  return {
    url: join(dir, 'vigil.sqlite'),
    dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

// ---- PostgreSQL ---------------------------------------------------------------------------------------

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = postgresTestUrl();
  if (!url) throw new Error('VIGIL_TEST_POSTGRES_URL is not set');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(database: string): string {
  const url = new URL(postgresTestUrl()!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function postgresDatabase(
  template?: string,
): Promise<{ url: string; dispose(): Promise<void> }> {
  const name = uniqueName('vigil_test');
  await admin((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return {
    url: databaseUrl(name),
    dispose: () =>
      admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

// ---- fresh stores and templates ----------------------------------------------------------------------

/** A new empty store location (not opened): for child processes or to test opening. */
export async function freshStore(engine: EngineName): Promise<TestStore> {
  const made = engine === 'sqlite' ? sqliteFile() : await postgresDatabase();
  return { engine, ...made };
}

const templates = new Map<string, Promise<StoreTemplate>>();
const pruned = new Map<EngineName, Promise<void>>();

const TEMPLATE_DIR = join(tmpdir(), 'vigil-test-templates');

/** Templates keyed by content hashes pile up as code changes: remove those past TEMPLATE_MAX_AGE_MS. */
async function pruneStaleTemplates(engine: EngineName): Promise<void> {
  const stale = (builtAt: number) => Date.now() - builtAt > TEMPLATE_MAX_AGE_MS;
  if (engine === 'sqlite') {
    mkdirSync(TEMPLATE_DIR, { recursive: true });
    for (const file of readdirSync(TEMPLATE_DIR)) {
      const path = join(TEMPLATE_DIR, file);
      const built = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
      if (built !== undefined && stale(built)) rmSync(path, { force: true });
    }
    return;
  }
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string; comment: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database
       WHERE datname LIKE 'vigil\\_tpl\\_%'`,
    );
    for (const { datname, comment } of rows) {
      const builtAt = Number(comment?.replace('vigil template built ', '') ?? NaN);
      if (Number.isFinite(builtAt) && stale(builtAt))
        await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}

/** Builds (once per key, shared across a run) a template store filled by `fill`. */
export function buildTemplate(
  engine: EngineName,
  key: string,
  fill: (repo: Repository) => Promise<void>,
): Promise<StoreTemplate> {
  const safeKey = key.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const memoKey = `${engine}:${safeKey}`;
  let template = templates.get(memoKey);
  if (!template) {
    let pruning = pruned.get(engine);
    if (!pruning) pruned.set(engine, (pruning = pruneStaleTemplates(engine)));
    template = pruning.then(() =>
      engine === 'sqlite' ? sqliteTemplate(safeKey, fill) : postgresTemplate(safeKey, fill),
    );
    templates.set(memoKey, template);
  }
  return template;
}

async function sqliteTemplate(
  key: string,
  fill: (repo: Repository) => Promise<void>,
): Promise<StoreTemplate> {
  const dir = TEMPLATE_DIR;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${key}.sqlite`);
  if (existsSync(path) && Date.now() - statSync(path).mtimeMs < TEMPLATE_MAX_AGE_MS)
    return { engine: 'sqlite', location: path };
  const building = join(dir, `${uniqueName(key)}.building`);
  const repo = await openRepository(building);
  try {
    await fill(repo);
  } catch (error) {
    await repo.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
    throw error;
  }
  await repo.close(); // closing the last connection checkpoints the WAL into the file
  renameSync(building, path); // atomic: concurrent builders never expose a half-filled template
  return { engine: 'sqlite', location: path };
}

async function postgresTemplate(
  key: string,
  fill: (repo: Repository) => Promise<void>,
): Promise<StoreTemplate> {
  const name = `vigil_tpl_${key}`.slice(0, 60);
  const existing = await admin((c) =>
    c.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    ),
  );
  const builtAt = Number(existing.rows[0]?.comment?.replace('vigil template built ', '') ?? NaN);
  if (existing.rows.length > 0 && Date.now() - builtAt < TEMPLATE_MAX_AGE_MS)
    return { engine: 'postgres', location: name };
  const building = uniqueName('vigil_tpl_building');
  await admin((c) => c.query(`CREATE DATABASE ${building}`));
  const repo = await openRepository(databaseUrl(building));
  try {
    await fill(repo);
  } catch (error) {
    await repo.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`));
    throw error;
  }
  await repo.close();
  await admin(async (c) => {
    await c.query(`COMMENT ON DATABASE ${building} IS 'vigil template built ${Date.now()}'`);
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
  });
  return { engine: 'postgres', location: name };
}

/** Removes a template (tests of the template mechanism itself; shared templates age out instead). */
export async function dropTemplate(template: StoreTemplate): Promise<void> {
  for (const [key, built] of templates)
    if ((await built).location === template.location) templates.delete(key);
  if (template.engine === 'sqlite') rmSync(template.location, { force: true });
  else await admin((c) => c.query(`DROP DATABASE IF EXISTS ${template.location} WITH (FORCE)`));
}

/** A new store holding a copy of the template (not opened). */
export async function cloneTemplate(template: StoreTemplate): Promise<TestStore> {
  if (template.engine === 'sqlite') {
    const made = sqliteFile();
    copyFileSync(template.location, made.url);
    return { engine: 'sqlite', ...made };
  }
  return { engine: 'postgres', ...(await postgresDatabase(template.location)) };
}

// ---- per-engine suites -------------------------------------------------------------------------------

/** What a suite body gets: stores on its engine, disposed after each test. */
export interface EngineContext {
  readonly engine: EngineName;
  /** A fresh, empty, opened store. */
  readonly makeRepo: () => Promise<Repository>;
  /** A fresh store location, not opened (for child processes). */
  readonly makeStore: () => Promise<TestStore>;
  readonly template: (
    key: string,
    fill: (repo: Repository) => Promise<void>,
  ) => Promise<StoreTemplate>;
  /** An opened copy of a template. */
  readonly cloneRepo: (template: StoreTemplate) => Promise<Repository>;
}

/** Runs `body` once per engine, as `name [sqlite]` and `name [postgres]`. */
export function withEachEngine(
  name: string,
  body: (makeRepo: () => Promise<Repository>, context: EngineContext) => void,
): void {
  for (const engine of ENGINES) withEngine(engine, name, body);
}

/** Runs `body` on one engine as `name [engine]`; PostgreSQL needs VIGIL_TEST_POSTGRES_URL (CI: required). */
export function withEngine(
  engine: EngineName,
  name: string,
  body: (makeRepo: () => Promise<Repository>, context: EngineContext) => void,
): void {
  if (engine === 'postgres' && !postgresTestUrl()) {
    suiteNeeding(`${name} [postgres]`, 'needs VIGIL_TEST_POSTGRES_URL (unset)');
    return;
  }
  describe(`${name} [${engine}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    const track = (store: TestStore): TestStore => {
      cleanups.push(() => store.dispose());
      return store;
    };
    const open = async (store: TestStore): Promise<Repository> => {
      const repo = await openRepository(store.url);
      cleanups.push(() => repo.close());
      return repo;
    };
    const context: EngineContext = {
      engine,
      makeStore: async () => track(await freshStore(engine)),
      makeRepo: async () => open(track(await freshStore(engine))),
      template: (key, fill) => buildTemplate(engine, key, fill),
      cloneRepo: async (template) => open(track(await cloneTemplate(template))),
    };
    body(context.makeRepo, context);
  });
}

/**
 * A digest of what a store holds as STIX: the latest version of every id (revoked included), the counts
 * per type and the number of versions (an added older version changes that count; a stored version is
 * never overwritten). Equal digests before and after an interrupted import show the store as before.
 */
export async function storeDigest(
  repo: Repository,
): Promise<{ digest: string; objects: number; versions: number }> {
  const hash = createHash('sha256');
  let objects = 0;
  let after: string | undefined;
  do {
    const page = await repo.query({
      includeRevoked: true,
      limit: 5000,
      ...(after ? { after } : {}),
    });
    for (const object of page.items) {
      objects++;
      hash.update(canonicalJson(object)).update('\n');
    }
    after = page.next;
  } while (after);
  const info = await repo.info();
  hash.update(JSON.stringify([info.countsByType, info.versions]));
  return { digest: hash.digest('hex'), objects, versions: info.versions };
}
