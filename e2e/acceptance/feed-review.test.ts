/**
 * `vigil feed` when the analyst wants to look before storing: --dry-run lists new items and changes
 * nothing (they stay new), --draft turns each new item into a draft to review, accepted with the
 * item's own publication date and source.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenanceOf } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { scratch } from './scratch.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Nordic CERT</title>
<item><title>APT31 hits ministry</title><link>https://cert.example/apt31</link><guid>n-1</guid>
<pubDate>Tue, 28 May 2024 08:00:00 GMT</pubDate>
<description>The Norwegian government attributed the breach of its foreign ministry to APT31.</description></item>
<item><title>Phishing wave</title><link>https://cert.example/phish</link><guid>n-2</guid>
<pubDate>Wed, 29 May 2024 08:00:00 GMT</pubDate>
<description>A phishing wave sent victims to login-portal[.]fakebank-support[.]org.</description></item>
</channel></rss>`;

let server: Server;
let host = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(FEED);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('vigil feed --dry-run / --draft', () => {
  const ws = scratch('feed-review');
  const feed = (...extra: string[]) =>
    ws.vigil(['feed', `http://${host}/feed.xml`, '--allow-host', host, ...extra]);

  it('lists new items on --dry-run without storing them or marking them seen', async () => {
    const dry = await feed('--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/new\s+APT31 hits ministry/u);
    expect(dry.stdout).toMatch(/new\s+Phishing wave/u);
    const repo = await openRepository(ws.db);
    try {
      expect((await repo.query({ types: ['report'], limit: 10 })).items).toEqual([]);
    } finally {
      await repo.close();
    }
    expect((await feed('--dry-run')).stderr).toMatch(/2 items, 2 new/u);
  });

  it('keeps new items as drafts, and an accepted draft carries the feed date and source', async () => {
    const drafted = await feed('--draft');
    expect(drafted.code, drafted.stderr).toBe(0);
    const list = (await ws.vigil(['draft', 'list'])).stdout;
    const line = list.split('\n').find((l) => l.includes('APT31 hits ministry'));
    expect(line, list).toMatch(/pending/u);
    const id = /^(report--[0-9a-f-]+)/u.exec(line!)![1]!;
    const accepted = await ws.vigil(['draft', 'accept', id]);
    expect(accepted.code, accepted.stderr).toBe(0);
    const repo = await openRepository(ws.db);
    try {
      const report = await repo.get(id);
      expect(report?.published).toBe('2024-05-28T08:00:00.000Z');
      expect(provenanceOf(report!)?.source).toEqual({
        name: 'Nordic CERT',
        url: 'https://cert.example/apt31',
      });
    } finally {
      await repo.close();
    }
    // Drafted items count as seen: the next run does not propose them again.
    expect((await feed()).stderr).toMatch(/2 items, 0 new/u);
  });
});
