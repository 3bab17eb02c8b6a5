/**
 * Issue 3, `vigil feed` on bad input: an item whose link redirects to a loopback service is refused
 * until the analyst allows that host, without holding back the rest of the feed; a malformed feed, a
 * page that is no feed and a feed server that never answers each give a clear error and exit 2, and
 * store nothing (no report, no item marked seen); items with only a description are told apart, and
 * an advisory quoting an entity declaration is read as text, not refused as one.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch, storeInfo } from './scratch.ts';

const INTERNAL_PAGE = `<!doctype html><html><head><title>Internal wiki</title></head><body><article>
<p>Internal notes: APT31 beacons went to update-check[.]example[.]net during the ministry breach.</p>
</article></body></html>`;

/** Two local services: the feed host the analyst allows, and one a redirect must not reach unasked. */
let feedHost: Server;
let internal: Server;
const hostOf = (server: Server) => `127.0.0.1:${(server.address() as AddressInfo).port}`;
const at = (path: string) => `http://${hostOf(feedHost)}${path}`;

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Nordic CERT</title>${items}</channel></rss>`;
const REDIRECTING_ITEM = () => `<item><title>Ministry breach</title><guid>n-redirect</guid>
<link>${at('/moved')}</link><description>Read more.</description></item>`;
const FULL_ITEM =
  () => `<item><title>Phishing wave</title><guid>n-phish</guid><link>${at('/phish.html')}</link>
<description>A phishing wave sent bank customers to login-portal[.]fakebank-support[.]org.</description></item>`;
const PHISH_PAGE = `<!doctype html><html><head><title>Phishing wave</title></head><body><article>
<p>A phishing wave sent bank customers to login-portal[.]fakebank-support[.]org. The kit harvested
one-time codes and forwarded them to the operators within seconds.</p></article></body></html>`;

const pages: Record<string, () => string> = {
  '/feed.xml': () => rss(REDIRECTING_ITEM() + FULL_ITEM()),
  // An item left open: the XML is not well-formed.
  '/broken.xml': () => rss(FULL_ITEM()).replace('</item>', ''),
  '/not-a-feed.xml': () => '<?xml version="1.0"?><html><body>Not a feed</body></html>',
  '/odd-links.xml': () =>
    rss(`<item><title>Blank page</title><guid>n-blank</guid><link>${at('/blank.html')}</link></item>
<item><title>Binary download</title><guid>n-bin</guid><link>${at('/tool.bin')}</link></item>`),
};

const listen = (server: Server) =>
  new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));

beforeAll(async () => {
  internal = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(INTERNAL_PAGE);
  });
  feedHost = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (page) {
      res.setHeader('content-type', 'application/rss+xml');
      res.end(page());
    } else if (req.url === '/phish.html') {
      res.setHeader('content-type', 'text/html');
      res.end(PHISH_PAGE);
    } else if (req.url === '/blank.html') {
      res.setHeader('content-type', 'text/html');
      res.end('   \n');
    } else if (req.url === '/tool.bin') {
      res.setHeader('content-type', 'application/octet-stream');
      res.end(randomBytes(4096));
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: `http://${hostOf(internal)}/wiki` }).end();
    } else if (req.url === '/stall') {
      // Never answers: the deadline has to end it.
    } else res.writeHead(404).end();
  });
  await Promise.all([listen(feedHost), listen(internal)]);
});

afterAll(() => {
  feedHost.closeAllConnections();
  feedHost.close();
  internal.close();
});

describe('vigil feed on bad input', () => {
  it('refuses an item whose link redirects to loopback, reads the rest, and reads it once allowed', async () => {
    const ws = scratch('feed-redirect');
    const feed = (...extra: string[]) =>
      ws.vigil([
        'feed',
        at('/feed.xml'),
        '--fetch-links',
        '--allow-host',
        hostOf(feedHost),
        ...extra,
      ]);
    const run = await feed();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `Ministry breach: ${hostOf(internal)} is a private or reserved address`,
    );
    expect(run.stderr).toMatch(
      /address; allow it explicitly to fetch it \(stays new for the next run\)/u,
    );
    expect(run.stderr).toMatch(/^1 item\(s\) not read$/mu);
    expect(run.stdout).toMatch(/^report--\S+ {2}Phishing wave$/mu);
    expect(run.stdout).not.toContain('Ministry breach');
    expect((await storeInfo(ws.db)).countsByType.report).toBe(1);

    // Not marked seen: allowing the internal host lets the next run read it.
    const allowed = await feed('--allow-host', hostOf(internal));
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toMatch(/2 items, 1 new/u);
    expect(allowed.stdout).toMatch(/^report--\S+ {2}Ministry breach$/mu);
    expect((await storeInfo(ws.db)).countsByType.report).toBe(2);
  });

  it('skips an item whose page is blank, refuses a binary one once, and does not retry either', async () => {
    const ws = scratch('feed-odd-links');
    const feed = () =>
      ws.vigil(['feed', at('/odd-links.xml'), '--fetch-links', '--allow-host', hostOf(feedHost)]);
    const run = await feed();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^skipped \(empty\): Blank page$/mu);
    expect(run.stderr).toMatch(
      /^vigil feed: Binary download: .*looks like binary data.*\(not retried\)$/mu,
    );
    expect(run.stderr).toMatch(/^1 item\(s\) not read$/mu);
    expect((await storeInfo(ws.db)).countsByType.report ?? 0).toBe(0);
    const again = await feed();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/2 items, 0 new/u);
  });

  it('gives a clear error for a malformed feed, a page that is no feed and a stalled server, storing nothing', async () => {
    const ws = scratch('feed-malformed');
    const allow = ['--allow-host', hostOf(feedHost)];
    const before = await storeInfo(ws.db);
    const cases = [
      { args: [at('/broken.xml')], message: /bad_feed: not well-formed XML/u },
      { args: [at('/not-a-feed.xml')], message: /neither RSS nor Atom/u },
      { args: [at('/stall'), '--timeout', '1500'], message: /timed out after 1500 ms/u },
      { args: [ws.file('empty.xml', '')], message: /empty|not well-formed/u },
    ];
    for (const { args, message } of cases) {
      const run = await ws.vigil(['feed', ...args, ...allow]);
      expect(run.code, args[0]).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    expect(await storeInfo(ws.db)).toEqual(before);
    // Nothing was marked seen either: the well-formed feed still counts every item as new.
    const dry = await ws.vigil(['feed', at('/feed.xml'), ...allow, '--dry-run']);
    expect(dry.stderr).toMatch(/2 items, 2 new/u);
  });

  it('reads items with only a description one by one, and an advisory quoting an XXE payload', async () => {
    const ws = scratch('feed-terse');
    const terse = (...bodies: string[]) =>
      ws.file(
        'terse.xml',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Terse CERT</title>${bodies
          .map((b) => `<item><description><![CDATA[${b}]]></description></item>`)
          .join('')}</channel></rss>`,
      );
    const xxe =
      'ExampleCMS parses <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]> and sends the file to 203.0.113.9.';
    const first = await ws.vigil([
      'feed',
      terse('APT31 used 203.0.113.5 against a ministry.', xxe),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/2 items, 2 new/u);
    const later = await ws.vigil([
      'feed',
      terse(
        'APT31 used 203.0.113.5 against a ministry.',
        xxe,
        'FIN7 used 203.0.113.6 against retailers.',
      ),
    ]);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stderr).toMatch(/3 items, 1 new/u);
    expect((await storeInfo(ws.db)).countsByType.report).toBe(3);
  });
});
