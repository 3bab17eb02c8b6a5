import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { runVigil } from '../../../../test-support/cli.ts';

const item = (
  n: number,
) => `<item><title>Advisory ${n}</title><link>https://cert.example/a${n}</link><guid>adv-${n}</guid>
  <pubDate>Mon, 0${n} Sep 2025 08:00:00 GMT</pubDate>
  <description><![CDATA[<p>Advisory ${n}: the actor FIN${n}7 used ${n}.${n}.77.10 for command and control against banks in Italy.</p>]]></description></item>`;

let items = [item(1), item(2)];
let server: Server;
let url = '';
let host = '';
const dir = mkdtempSync(join(tmpdir(), 'vigil-feed-'));
const db = join(dir, 'vigil.sqlite');

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Example CERT</title>${items.join('')}</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  url = `http://${host}/feed.xml`;
});
afterAll(() => server.close());

it('stores each new feed item once, remembering what it has seen', async () => {
  const first = await runVigil(['--db', db, 'feed', url, '--allow-host', host], {
    env: { VIGIL_HOME: dir },
  });
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toMatch(/2 items, 2 new/u);
  expect(first.stdout.trim().split('\n')).toHaveLength(2);

  const again = await runVigil(['--db', db, 'feed', url, '--allow-host', host], {
    env: { VIGIL_HOME: dir },
  });
  expect(again.stderr).toMatch(/2 items, 0 new/u);

  items = [...items, item(3)];
  const dry = await runVigil(
    ['--db', db, 'feed', url, '--allow-host', host, '--dry-run', '--json'],
    {
      env: { VIGIL_HOME: dir },
    },
  );
  expect(JSON.parse(dry.stdout)).toEqual({
    feed: 'Example CERT',
    items: 3,
    new: 1,
    outcomes: [{ title: 'Advisory 3', link: 'https://cert.example/a3', outcome: 'new' }],
  });
  const third = await runVigil(['--db', db, 'feed', url, '--allow-host', host, '--json'], {
    env: { VIGIL_HOME: dir },
  });
  expect(third.stderr).toMatch(/3 items, 1 new/u);
  const stored = JSON.parse(third.stdout) as {
    outcomes: { title: string; outcome: string; report: string }[];
  };
  expect(stored.outcomes.map((o) => [o.title, o.outcome])).toEqual([['Advisory 3', 'stored']]);
  expect(stored.outcomes[0]?.report).toMatch(/^report--/u);

  const repo = await openRepository(db);
  try {
    const reports = (await repo.query({ types: ['report'] })).items;
    expect(reports).toHaveLength(3);
    const three = reports.find((r) => r.name === 'Advisory 3')!;
    expect(three.published).toBe('2025-09-03T08:00:00.000Z');
    expect(three.external_references?.[0]).toMatchObject({
      source_name: 'Example CERT',
      url: 'https://cert.example/a3',
    });
  } finally {
    await repo.close();
  }
});

it('refuses a feed on a private address unless allowed', async () => {
  const run = await runVigil(['--db', db, 'feed', url], { env: { VIGIL_HOME: dir } });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/private or reserved/u);
});

it('remembers a feed file by its real path, however the path is written', async () => {
  const feedDir = mkdtempSync(join(tmpdir(), 'vigil-feed-file-'));
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>File CERT</title>${item(3)}</channel></rss>`;
  writeFileSync(join(feedDir, 'feed.xml'), rss);
  const fileDb = join(feedDir, 'vigil.sqlite');
  const relative = await runVigil(['--db', fileDb, 'feed', 'feed.xml'], { cwd: feedDir });
  expect(relative.code, relative.stderr).toBe(0);
  expect(relative.stderr).toContain('1 items, 1 new');
  for (const spelling of [join(feedDir, 'feed.xml'), './feed.xml']) {
    const again = await runVigil(['--db', fileDb, 'feed', spelling], { cwd: feedDir });
    expect(again.stderr, spelling).toContain('1 items, 0 new');
  }
});

it('reads each new item with what the items before it stored, as separate runs would', async () => {
  // "Glasswing" alone, with no cue word, is a name only once an item has made it known.
  const entry = (n: number, text: string) =>
    `<item><title>Item ${n}</title><guid>learn-${n}</guid><description>${text}</description></item>`;
  const feed = join(dir, 'learning.xml');
  writeFileSync(
    feed,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Learning</title>${entry(
      1,
      'Researchers said they had found a previously unknown threat actor they call Glasswing Crew. The group targeted ministries in Chile.',
    )}${entry(2, 'In March, Glasswing sent documents to diplomats in Peru.')}</channel></rss>`,
  );
  const learningDb = join(dir, 'learning.sqlite');
  const run = await runVigil(['--db', learningDb, 'feed', feed], { env: { VIGIL_HOME: dir } });
  expect(run.code, run.stderr).toBe(0);
  const repo = await openRepository(learningDb);
  try {
    const reports = (await repo.query({ types: ['report'] })).items;
    const groupsOf = (name: string) =>
      (reports.find((r) => r.name === name)?.object_refs as string[]).filter((r) =>
        r.startsWith('intrusion-set--'),
      );
    const [group] = groupsOf('Item 1');
    expect((await repo.get(group as StixObject['id']))?.name).toBe('Glasswing');
    expect(groupsOf('Item 2')).toEqual([group]);
  } finally {
    await repo.close();
  }
});
