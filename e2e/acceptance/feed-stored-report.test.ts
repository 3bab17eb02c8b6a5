/**
 * Issue 3, `vigil feed` audited like `vigil ingest`: an item whose text is a report the store already
 * holds (ingested from its page, or read earlier from another feed, with --tlp amber and a source)
 * keeps that report's marking, source and reliability, writes nothing, and stays out of a
 * `--max-tlp clear` export; a new item is stored, and polling again stores nothing twice.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenanceOf, type StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { scratch, storeInfo, type Scratch } from './scratch.ts';

const TLP_AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const ANALYST = ['--tlp', 'amber', '--source', 'Czech MFA', '--reliability', 'B'];

const ARTICLE_TITLE = 'Ministry hacked by APT31';
const ARTICLE = `<!doctype html><html><head><title>${ARTICLE_TITLE}</title>
<meta property="article:published_time" content="2024-05-28T08:00:00Z"></head>
<body><article><h1>${ARTICLE_TITLE}</h1>
<p>The Norwegian government said on Tuesday that APT31, a group linked to China, breached the network
of its foreign ministry. Investigators found beacons to update-check[.]example[.]net on several servers.</p>
<p>The intrusion went on for months and reached mail servers used by diplomats abroad.</p></article>
</body></html>`;

interface Item {
  readonly title: string;
  readonly guid: string;
  readonly link: string;
  readonly body: string;
}

const rss = (title: string, items: readonly Item[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items
    .map(
      (i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid}</guid>
<pubDate>Tue, 28 May 2024 08:00:00 GMT</pubDate><description><![CDATA[${i.body}]]></description></item>`,
    )
    .join('')}</channel></rss>`;

let server: Server;
let host = '';
const at = (path: string) => `http://${host}${path}`;

/** The teaser the CERT's feed carries for the article page (read in full with --fetch-links). */
const teaser = (): Item => ({
  title: ARTICLE_TITLE,
  guid: 'cert-apt31',
  link: at('/article.html'),
  body: '<p>APT31 breached a ministry: read more.</p>',
});
const fullText: Item = {
  title: 'Phishing wave against banks',
  guid: 'cert-phish',
  link: 'https://cert.example/phish',
  body: '<p>A phishing wave sent bank customers to login-portal[.]fakebank-support[.]org.</p><p>The kit harvested one-time codes.</p>',
};
const fresh: Item = {
  title: 'FIN7 returns',
  guid: 'cert-fin7',
  link: 'https://cert.example/fin7',
  body: '<p>FIN7 used 203.0.113.77 for command and control against retailers.</p>',
};

const feeds: Record<string, () => string> = {
  '/cert.xml': () => rss('Nordic CERT', [teaser()]),
  '/bank-cert.xml': () => rss('Bank CERT', [fullText]),
  // An aggregator repeating the bank CERT's item word for word, next to one of its own.
  '/aggregator.xml': () => rss('Threat News Digest', [fullText, fresh]),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const feed = feeds[req.url ?? ''];
    if (feed) {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(feed());
    } else if (req.url === '/article.html') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(ARTICLE);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const allow = () => ['--allow-host', host];

async function reportNamed(ws: Scratch, name: string): Promise<StixObject[]> {
  const repo = await openRepository(ws.db);
  try {
    const reports = (await repo.query({ types: ['report'], limit: 100 })).items;
    return reports.filter((r) => r.name === name);
  } finally {
    await repo.close();
  }
}

/** What the analyst said about the report when it was first stored, as the store holds it. */
function expectAnalystMeta(report: StixObject | undefined): void {
  expect(report?.object_marking_refs).toEqual([TLP_AMBER]);
  expect(provenanceOf(report!)?.source).toMatchObject({ name: 'Czech MFA', reliability: 'B' });
}

async function expectNotShared(ws: Scratch, report: StixObject): Promise<void> {
  const shared = await ws.vigil(['export', '--max-tlp', 'clear']);
  expect(shared.stdout).not.toContain(report.id);
  expect(shared.stdout).not.toContain(String(report.name));
}

describe('vigil feed on an item the store already holds', () => {
  it('keeps the marking, source and reliability of a page ingested before (--fetch-links)', async () => {
    const ws = scratch('feed-stored-page');
    const ingested = await ws.vigil(['ingest', at('/article.html'), ...allow(), ...ANALYST]);
    expect(ingested.code, ingested.stderr).toBe(0);
    const before = await storeInfo(ws.db);

    const run = await ws.vigil(['feed', at('/cert.xml'), ...allow(), '--fetch-links']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 items, 1 new/u);
    expect(await storeInfo(ws.db)).toEqual(before);
    const [report, ...twice] = await reportNamed(ws, ARTICLE_TITLE);
    expect(twice).toEqual([]);
    expect(run.stdout).toContain(report!.id);
    expectAnalystMeta(report);
    await expectNotShared(ws, report!);
  });

  it('keeps them for an item read earlier from another feed, and stores the new item beside it', async () => {
    const ws = scratch('feed-stored-item');
    const first = await ws.vigil(['feed', at('/bank-cert.xml'), ...allow(), ...ANALYST]);
    expect(first.code, first.stderr).toBe(0);
    const [stored] = await reportNamed(ws, fullText.title);
    expectAnalystMeta(stored);
    const before = await storeInfo(ws.db);

    const run = await ws.vigil(['feed', at('/aggregator.xml'), ...allow()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/2 items, 2 new/u);
    const [report, ...twice] = await reportNamed(ws, fullText.title);
    expect(twice).toEqual([]);
    expect(report).toEqual(stored);
    await expectNotShared(ws, report!);

    // The aggregator's own item is new: stored once, unmarked, with the aggregator as its source.
    const [added] = await reportNamed(ws, fresh.title);
    expect(added?.object_marking_refs ?? []).toEqual([]);
    expect(provenanceOf(added!)?.source).toMatchObject({ name: 'Threat News Digest' });
    const after = await storeInfo(ws.db);
    expect(after.countsByType.report).toBe((before.countsByType.report ?? 0) + 1);

    // Polled again: nothing new, nothing written.
    const again = await ws.vigil(['feed', at('/aggregator.xml'), ...allow()]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/2 items, 0 new/u);
    expect(await storeInfo(ws.db)).toEqual(after);
  });

  it('refuses a lower --tlp for it unless --downgrade-tlp says so', async () => {
    const ws = scratch('feed-stored-tlp');
    const first = await ws.vigil(['feed', at('/bank-cert.xml'), ...allow(), ...ANALYST]);
    expect(first.code, first.stderr).toBe(0);
    const [stored] = await reportNamed(ws, fullText.title);
    const before = await storeInfo(ws.db);

    const lower = await ws.vigil(['feed', at('/aggregator.xml'), ...allow(), '--tlp', 'clear']);
    expect(lower.code).toBe(2);
    expect(lower.stderr).toMatch(/stored as TLP:AMBER.*--downgrade-tlp/u);
    expect(await storeInfo(ws.db)).toEqual(before);
    expect(await reportNamed(ws, fullText.title)).toEqual([stored]);

    const meant = await ws.vigil([
      'feed',
      at('/aggregator.xml'),
      ...allow(),
      '--tlp',
      'clear',
      '--downgrade-tlp',
    ]);
    expect(meant.code, meant.stderr).toBe(0);
    const [lowered] = await reportNamed(ws, fullText.title);
    expect(lowered?.object_marking_refs).not.toEqual([TLP_AMBER]);
    // The analyst lowered the marking, not the source: that stays as first given.
    expect(provenanceOf(lowered!)?.source).toMatchObject({ name: 'Czech MFA', reliability: 'B' });
  });

  it('keeps AMBER an item whose text was ingested from a file, and what it derives (other id: the item has a link)', async () => {
    const ws = scratch('feed-stored-file');
    const alert = ws.file(
      'alert.txt',
      'A phishing wave sent bank customers to login-portal[.]fakebank-support[.]org.\n\nThe kit harvested one-time codes.',
    );
    const ingested = await ws.vigil(['ingest', alert, ...ANALYST]);
    expect(ingested.code, ingested.stderr).toBe(0);
    const run = await ws.vigil(['feed', at('/bank-cert.xml'), ...allow()]);
    expect(run.code, run.stderr).toBe(0);
    // Another report (the item's link is part of its id), the same words: AMBER as the file was, with
    // the feed as its own source.
    const [item] = await reportNamed(ws, fullText.title);
    expect(item?.object_marking_refs).toEqual([TLP_AMBER]);
    expect(provenanceOf(item!)?.source).toMatchObject({ name: 'Bank CERT' });
    const shared = (await ws.vigil(['export', '--max-tlp', 'clear'])).stdout;
    expect(shared).not.toContain('login-portal.fakebank-support.org');
    expect(shared).not.toContain(fullText.title);
  });

  it('keeps AMBER a file whose text was read from the feed first (the other way round)', async () => {
    const ws = scratch('feed-stored-first');
    const polled = await ws.vigil(['feed', at('/bank-cert.xml'), ...allow(), ...ANALYST]);
    expect(polled.code, polled.stderr).toBe(0);
    const alert = ws.file(
      'alert.txt',
      'A phishing wave sent bank customers to login-portal[.]fakebank-support[.]org.\n\nThe kit harvested one-time codes.',
    );
    const ingested = await ws.vigil([
      'ingest',
      alert,
      '--title',
      'Bank alert, as a file',
      '--json',
    ]);
    expect(ingested.code, ingested.stderr).toBe(0);
    const [file] = await reportNamed(ws, 'Bank alert, as a file');
    expect(file?.object_marking_refs).toEqual([TLP_AMBER]);
    const shared = (await ws.vigil(['export', '--max-tlp', 'clear'])).stdout;
    expect(shared).not.toContain('login-portal.fakebank-support.org');
  });
});
