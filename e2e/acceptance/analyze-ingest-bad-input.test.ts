/**
 * Issue 3, the bad inputs the other acceptance files leave out: `vigil analyze` on the files
 * ingest-bad-input.test.ts gives `vigil ingest` (the same clear message and exit 2, and nothing
 * written), and `vigil ingest` of URLs that never answer, trickle their answer for ever or redirect to
 * a loopback service, in a batch with a good file (each named with its reason, the good one stored
 * whole, nothing of the bad ones).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { makePdf } from '../../test-support/pdf.ts';
import { MINISTRY_ARTICLE } from './sample-article.ts';
import { scratch, storeInfo } from './scratch.ts';

describe('vigil analyze on bad input', () => {
  it('refuses binary garbage, a PDF without text and a blank file as ingest does, writing nothing', async () => {
    const ws = scratch('analyze-bad');
    const before = await storeInfo(ws.db);
    const cases = [
      { file: ws.file('garbage.bin', randomBytes(4096)), message: /looks like binary data/u },
      { file: ws.file('scan.pdf', makePdf([[]])), message: /no text layer.*OCR/u },
      { file: ws.file('blank.txt', '  \n\n\t \n'), message: /blank\.txt is empty/u },
      { file: ws.file('zero.txt', ''), message: /zero\.txt is empty/u },
    ];
    for (const { file, message } of cases) {
      const run = await ws.vigil(['analyze', file, '--json']);
      expect(run.code, file).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    expect(await storeInfo(ws.db)).toEqual(before);
  });

  it('reads HTML nested 100,000 levels deep as plain text, with a note saying so', async () => {
    const ws = scratch('analyze-deep');
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}Beacons went to update-check[.]example[.]net.${'</div>'.repeat(depth)}`;
    const run = await ws.vigil(['analyze', ws.file('deep.html', html), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { notes: string[]; text: string };
    expect(json.notes.join('\n')).toMatch(
      /HTML nested deeper than \d+ levels: read as plain text/u,
    );
    expect(json.text).toContain('update-check[.]example[.]net');
  });
});

let server: Server;
let internal: Server;
const hostOf = (s: Server) => `127.0.0.1:${(s.address() as AddressInfo).port}`;
const listen = (s: Server) => new Promise<void>((done) => s.listen(0, '127.0.0.1', () => done()));

beforeAll(async () => {
  internal = createServer((_req, res) => res.end('internal admin page'));
  server = createServer((req, res) => {
    if (req.url === '/to-internal') {
      res.writeHead(302, { location: `http://${hostOf(internal)}/admin` }).end();
    } else if (req.url === '/stall') {
      // Never answers: the client's deadline has to end it.
    } else if (req.url === '/trickle') {
      // Answers at once, then a few bytes at a time for ever: the deadline covers the body too.
      res.writeHead(200, { 'content-type': 'text/html' }).write('<p>APT31 ');
      const drip = setInterval(() => res.write('a '), 200);
      req.on('close', () => clearInterval(drip));
    } else res.writeHead(404).end();
  });
  await Promise.all([listen(server), listen(internal)]);
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  internal.close();
});

describe('vigil ingest of URLs that cannot be read', () => {
  it('names a stalled URL, a trickling one and a redirect to loopback, stores the good file whole, exits 2', async () => {
    const ws = scratch('ingest-bad-urls');
    const at = (path: string) => `http://${hostOf(server)}${path}`;
    const good = ws.file('good.txt', MINISTRY_ARTICLE);
    const started = Date.now();
    const run = await ws.vigil([
      'ingest',
      '--quiet',
      '--allow-host',
      hostOf(server),
      '--timeout',
      '1500',
      at('/stall'),
      at('/trickle'),
      at('/to-internal'),
      good,
    ]);
    // Bounded by the deadline, not by the server: no hang.
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/stall: timed out after 1500 ms/u);
    expect(run.stderr).toMatch(/\/trickle: timed out after 1500 ms/u);
    expect(run.stderr).toContain(`${hostOf(internal)} is a private or reserved address`);
    const reportId = run.stdout.trim();
    expect(reportId).toMatch(/^report--[0-9a-f-]+$/u);

    const repo = await openRepository(ws.db);
    try {
      const reports = (await repo.query({ types: ['report'], limit: 10 })).items;
      expect(reports.map((r) => r.id)).toEqual([reportId]);
      expect(await repo.reportText.get(reportId)).toContain('update-check[.]example[.]net');
    } finally {
      await repo.close();
    }
  });
});
