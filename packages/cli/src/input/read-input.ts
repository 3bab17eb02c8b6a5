/**
 * One entry for every way a report arrives: a file, a URL, or stdin ('-'), as plain text, Markdown,
 * HTML or PDF. Feeds are read by feed.ts; this returns a single document.
 */
import { readFile, stat } from 'node:fs/promises';
import { dateInAddress, findDateline } from '@vigil/core';
import { detectFormat, looksBinary, type InputFormat } from './detect-format.ts';
import { fetchUrl, type FetchOptions } from './fetch-url.ts';
import { InputError } from './input-error.ts';
import { pdfToText } from './pdf-to-text.ts';
import { tidy } from './tidy-text.ts';

export interface ReadOptions extends FetchOptions {
  /** Largest input accepted, in bytes (default 50 MiB). */
  readonly maxBytes?: number;
  readonly stdin?: AsyncIterable<Uint8Array>;
}

export interface RawInput {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly contentType: string;
  readonly url?: string;
}

export interface DocumentText {
  readonly text: string;
  readonly format: InputFormat;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly siteName?: string;
  readonly notes: readonly string[];
}

const DEFAULT_MAX = 50 * 1024 * 1024;

export const isUrl = (source: string): boolean => /^https?:\/\//iu.test(source);

async function readStdin(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes)
      throw new InputError('too_large', `standard input is over the ${maxBytes}-byte limit`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readRaw(source: string, options: ReadOptions = {}): Promise<RawInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX;
  if (source === '-') {
    const bytes = await readStdin(options.stdin ?? process.stdin, maxBytes);
    return { bytes, name: 'stdin', contentType: '' };
  }
  if (isUrl(source)) {
    const fetched = await fetchUrl(source, { ...options, maxBytes });
    return {
      bytes: fetched.bytes,
      name: new URL(fetched.url).pathname,
      contentType: fetched.contentType,
      url: fetched.url,
    };
  }
  let size: number;
  try {
    size = (await stat(source)).size;
  } catch (error) {
    throw new InputError(
      'unreadable',
      `cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  if (size > maxBytes)
    throw new InputError(
      'too_large',
      `${source} is ${size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`,
    );
  return { bytes: new Uint8Array(await readFile(source)), name: source, contentType: '' };
}

/** Raw bytes -> report text, by format, dated by its metadata or else by its dateline. */
export async function toDocument(raw: RawInput): Promise<DocumentText> {
  return withDateline(await textOf(raw));
}

/**
 * A document whose format carries no date (text, Markdown, PDF, HTML without date metadata) is dated
 * by the date it states at its top (dateline.ts), and a note says so; otherwise it stays undated.
 */
function withDateline(document: DocumentText): DocumentText {
  if (document.published) return document;
  const dateline = findDateline(document.text);
  // Else a blog permalink states its day ("…/2022/11/28/title/"): the page's own address, fetched.
  const fromAddress = !dateline && document.url ? dateInAddress(document.url) : undefined;
  const published = dateline?.date ?? fromAddress;
  if (!published) return document;
  const source = dateline
    ? `the report's first lines: "${dateline.words}"`
    : `the report's address: ${document.url}`;
  return {
    ...document,
    published,
    notes: [...document.notes, `publication date ${published} read from ${source}`],
  };
}

async function textOf(raw: RawInput): Promise<DocumentText> {
  if (raw.bytes.length === 0 || raw.bytes.every((b) => b === 32 || (b >= 9 && b <= 13))) {
    throw new InputError('empty', `${raw.name} is empty`);
  }
  const format = detectFormat(raw.bytes, raw.name, raw.contentType);
  const url = raw.url ? { url: raw.url } : {};
  if (format === 'pdf') {
    const pdf = await pdfToText(raw.bytes);
    return {
      text: pdf.text,
      format,
      notes: [],
      ...url,
      ...(pdf.title ? { title: pdf.title } : {}),
    };
  }
  if (looksBinary(raw.bytes)) {
    throw new InputError(
      'binary',
      `${raw.name} looks like binary data, not a text, HTML or PDF report`,
    );
  }
  const decoded = new TextDecoder('utf-8').decode(raw.bytes).replace(/^\uFEFF/u, '');
  if (format === 'feed') {
    throw new InputError(
      'bad_feed',
      `${raw.name} is an RSS/Atom feed: read it with 'vigil feed' to make one report per item`,
    );
  }
  if (format === 'html') {
    const html = (await htmlReader()).htmlToText(decoded);
    return { ...html, format, notes: html.notes ?? [], ...url };
  }
  return { text: tidy(decoded.replace(/\r\n?/gu, '\n')), format, notes: [], ...url };
}

/**
 * The HTML reader, loaded on first use: its DOM (linkedom) takes a fifth of a second to load, which every
 * command reading no HTML (a text file, a PDF, a hunt, an export) would otherwise pay at start.
 */
export const htmlReader = () => import('./html-to-text.ts');

export async function readDocument(
  source: string,
  options: ReadOptions = {},
): Promise<DocumentText> {
  return toDocument(await readRaw(source, options));
}
