import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from './address-guard.ts';
import { fetchUrl } from './fetch-url.ts';

let server: Server;
let other: Server;
let base = '';
let otherBase = '';
let allow: string[] = [];

const listen = (s: Server) =>
  new Promise<number>((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)),
  );

beforeAll(async () => {
  other = createServer((_req, res) => res.end('secret intranet page'));
  const otherPort = await listen(other);
  otherBase = `http://127.0.0.1:${otherPort}`;
  server = createServer((req, res) => {
    switch (req.url) {
      case '/report':
        res.setHeader('content-type', 'text/html');
        return res.end('<p>APT31 report</p>');
      case '/hop':
        res.statusCode = 302;
        res.setHeader('location', '/report');
        return res.end();
      case '/loop':
        res.statusCode = 302;
        res.setHeader('location', '/loop');
        return res.end();
      case '/to-internal':
        res.statusCode = 301;
        res.setHeader('location', `${otherBase}/`);
        return res.end();
      case '/slow':
        return; // never answers
      case '/big':
        return res.end('x'.repeat(5000));
      case '/bomb':
        res.setHeader('content-encoding', 'gzip');
        return res.end(gzipSync(Buffer.alloc(20_000_000)));
      case undefined:
      default:
        res.statusCode = 404;
        return res.end();
    }
  });
  const port = await listen(server);
  base = `http://127.0.0.1:${port}`;
  allow = [`127.0.0.1:${port}`];
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  other.close();
});

describe('fetchUrl', () => {
  it('fetches from a host the user allowed, following redirects', async () => {
    const page = await fetchUrl(`${base}/hop`, { allowHosts: allow });
    expect(new TextDecoder().decode(page.bytes)).toBe('<p>APT31 report</p>');
    expect(page.url).toBe(`${base}/report`);
    expect(page.contentType).toBe('text/html');
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    await expect(fetchUrl(`${base}/report`)).rejects.toMatchObject({ code: 'forbidden_address' });
    await expect(fetchUrl('http://localhost:1/')).rejects.toMatchObject({
      code: 'forbidden_address',
    });
  });

  it('refuses a redirect into a private address that was not allowed', async () => {
    await expect(fetchUrl(`${base}/to-internal`, { allowHosts: allow })).rejects.toMatchObject({
      code: 'forbidden_address',
    });
  });

  it('gives up on redirect loops, timeouts, oversize bodies and gzip bombs', async () => {
    await expect(fetchUrl(`${base}/loop`, { allowHosts: allow })).rejects.toThrow(
      /more than 5 redirects/u,
    );
    await expect(fetchUrl(`${base}/slow`, { allowHosts: allow, timeoutMs: 300 })).rejects.toThrow(
      /timed out/u,
    );
    await expect(
      fetchUrl(`${base}/big`, { allowHosts: allow, maxBytes: 1000 }),
    ).rejects.toMatchObject({ code: 'too_large' });
    await expect(
      fetchUrl(`${base}/bomb`, { allowHosts: allow, maxBytes: 1_000_000 }),
    ).rejects.toMatchObject({
      code: 'too_large',
    });
    await expect(fetchUrl(`${base}/missing`, { allowHosts: allow })).rejects.toThrow(/HTTP 404/u);
  });

  it('refuses non-HTTP schemes', async () => {
    await expect(fetchUrl('file:///etc/passwd')).rejects.toThrow(/only http and https/u);
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['169.254.169.254', false],
    ['192.168.0.1', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['not-an-ip', false],
  ])('%s -> %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
