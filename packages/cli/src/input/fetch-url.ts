/**
 * Fetches a report URL with the limits a server-side fetch needs: an overall deadline, a byte cap on the
 * decoded body (so a gzip bomb stops too), a bounded number of redirects each checked again, and no
 * private, loopback or link-local address unless the user allows that host explicitly.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { isPublicAddress } from './address-guard.ts';
import { InputError } from './input-error.ts';

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Hosts (`host` or `host:port`) that may resolve to private or loopback addresses. */
  readonly allowHosts?: readonly string[];
}

export interface Fetched {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** The URL after redirects. */
  readonly url: string;
}

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 };

function allowed(url: URL, allowHosts: readonly string[]): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  return allowHosts.includes(host) || allowHosts.includes(`${host}:${port}`);
}

/** DNS lookup that refuses answers pointing at non-public addresses (checked at connect time: no rebinding gap). */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) {
      const refused = new InputError(
        'forbidden_address',
        `${hostname} resolves to ${bad.address}, a private or reserved address`,
      );
      return callback(refused, '', 0);
    }
    if (options.all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
};

function decoder(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

interface Hop {
  readonly status: number;
  readonly location?: string;
  readonly fetched?: Fetched;
}

function requestOnce(
  url: URL,
  options: Required<Omit<FetchOptions, 'allowHosts'>> & { allowHosts: readonly string[] },
  signal: AbortSignal,
): Promise<Hop> {
  const trusted = allowed(url, options.allowHosts);
  const literal = isIP(url.hostname.replace(/^\[|\]$/gu, ''));
  if (!trusted && literal && !isPublicAddress(url.hostname)) {
    return Promise.reject(
      new InputError(
        'forbidden_address',
        `${url.host} is a private or reserved address; allow it explicitly to fetch it`,
      ),
    );
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const request = client.get(
      url,
      {
        signal,
        headers: {
          'user-agent': 'Vigil/0.1 (threat report reader)',
          'accept-encoding': 'gzip, deflate, br',
          accept: '*/*',
        },
        ...(trusted ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          resolve({ status, location: response.headers.location });
          return;
        }
        if (status < 200 || status >= 300) {
          response.resume();
          reject(new InputError('fetch_failed', `${url.href} answered HTTP ${status}`));
          return;
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.destroy();
          reject(
            new InputError(
              'too_large',
              `${url.href} is ${declared} bytes, over the ${options.maxBytes}-byte limit`,
            ),
          );
          return;
        }
        const decode = decoder(response.headers['content-encoding']);
        const body = decode ? response.pipe(decode) : response;
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(
              new InputError(
                'too_large',
                `${url.href} is over the ${options.maxBytes}-byte limit (decoded)`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        body.on('error', (error: Error) =>
          reject(new InputError('fetch_failed', `${url.href}: ${error.message}`, { cause: error })),
        );
        body.on('end', () =>
          resolve({
            status,
            fetched: {
              bytes: new Uint8Array(Buffer.concat(chunks)),
              contentType: response.headers['content-type'] ?? '',
              url: url.href,
            },
          }),
        );
      },
    );
    request.on('error', (error) => {
      if (error instanceof InputError) reject(error);
      else if (signal.aborted)
        reject(
          new InputError('fetch_failed', `${url.href}: timed out after ${options.timeoutMs} ms`),
        );
      else
        reject(new InputError('fetch_failed', `${url.href}: ${error.message}`, { cause: error }));
    });
  });
}

export async function fetchUrl(href: string, options: FetchOptions = {}): Promise<Fetched> {
  const settings = { ...DEFAULTS, ...options, allowHosts: options.allowHosts ?? [] };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new InputError('fetch_failed', `not a URL: ${href}`);
  }
  for (let hop = 0; hop <= settings.maxRedirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InputError(
        'fetch_failed',
        `only http and https URLs are fetched, not ${url.protocol}`,
      );
    }
    const result = await requestOnce(url, settings, signal);
    if (result.fetched) return result.fetched;
    url = new URL(result.location!, url);
  }
  throw new InputError('fetch_failed', `more than ${settings.maxRedirects} redirects from ${href}`);
}
