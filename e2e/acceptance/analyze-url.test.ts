/**
 * `vigil analyze <url>` against web servers on this machine: loopback is refused until the analyst
 * allows the host, a redirect cannot smuggle the fetch to another local service, a stalled server
 * hits the deadline, and an allowed article page is read for its main content and its date.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from './scratch.ts';

const ARTICLE = `<!doctype html><html><head><title>Ministry hacked by APT31</title>
<meta property="article:published_time" content="2024-05-28T08:00:00Z">
<script>document.title = 'SCRIPT RAN'</script></head>
<body><nav>Home | Products | Careers | Contact us</nav>
<article><h1>Ministry hacked by APT31</h1>
<p>The Norwegian government said on Tuesday that APT31, a group linked to China, breached the network
of its foreign ministry. Investigators found beacons to update-check[.]example[.]net on several servers.</p>
<p>The intrusion went on for months and reached mail servers used by diplomats abroad.</p></article>
<footer>Copyright Example News</footer></body></html>`;

/** Two local services: one the analyst allows, and one that must stay out of reach. */
let allowed: Server;
let other: Server;
const portOf = (server: Server) => (server.address() as AddressInfo).port;
const url = (server: Server, path: string) => `http://127.0.0.1:${portOf(server)}${path}`;

const listen = (server: Server) =>
  new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));

beforeAll(async () => {
  other = createServer((_req, res) => res.end('internal admin page'));
  allowed = createServer((req, res) => {
    if (req.url === '/article.html') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(ARTICLE);
    } else if (req.url === '/to-internal') {
      res.writeHead(302, { location: url(other, '/admin') }).end();
    } else if (req.url === '/stall') {
      // Never answers: the client's deadline has to end it.
    } else res.writeHead(404).end();
  });
  await Promise.all([listen(allowed), listen(other)]);
});

afterAll(() => {
  allowed.closeAllConnections();
  allowed.close();
  other.close();
});

describe('vigil analyze <url>', () => {
  const ws = scratch('url');
  const allowHost = () => ['--allow-host', `127.0.0.1:${portOf(allowed)}`];

  it('refuses a loopback address the analyst has not allowed', async () => {
    const run = await ws.vigil(['analyze', url(allowed, '/article.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/private or reserved address; allow it explicitly/u);
  });

  it('reads an allowed page: title, date from the page, main content without scripts', async () => {
    const run = await ws.vigil([
      'analyze',
      url(allowed, '/article.html'),
      ...allowHost(),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { text: string };
    expect(run.stdout).toContain('Ministry hacked by APT31');
    expect(json.text).toContain('breached the network');
    expect(json.text).not.toContain('SCRIPT RAN');
    expect(json.text).not.toContain('Careers');
    const summary = await ws.vigil(['analyze', url(allowed, '/article.html'), ...allowHost()]);
    expect(summary.stdout).toMatch(/published 2024-05-28/u);
    expect(summary.stdout).toContain('update-check[.]example[.]net');
  });

  it('refuses a redirect from the allowed host to another local service', async () => {
    const run = await ws.vigil(['analyze', url(allowed, '/to-internal'), ...allowHost()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`127.0.0.1:${portOf(other)} is a private or reserved address`);
  });

  it('gives up on a server that never answers, at the --timeout deadline', async () => {
    const run = await ws.vigil([
      'analyze',
      url(allowed, '/stall'),
      ...allowHost(),
      '--timeout',
      '1500',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/timed out after 1500 ms/u);
  });
});
