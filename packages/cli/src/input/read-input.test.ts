import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../../test-support/pdf.ts';
import { readDocument, toDocument } from './read-input.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-input-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readDocument', () => {
  it('reads the main content of an HTML article, without scripts or navigation', async () => {
    const html = `<!doctype html><html><head><title>APT31 news</title>
      <meta property="article:published_time" content="2025-05-28T09:00:00Z">
      <script>document.write('INJECTED')</script></head><body>
      <nav><a href="/">Home</a> <a href="/about">About us</a></nav>
      <article><h1>Government attributes intrusion</h1>
      <p>The government said the group had access to the foreign ministry network since 2022, according to officials.</p>
      <p>Investigators from several agencies worked on the case for months before the public attribution was made.</p>
      </article><footer>Subscribe to our newsletter</footer></body></html>`;
    const doc = await readDocument(file('a.html', html));
    expect(doc.format).toBe('html');
    expect(doc.text).toContain('since 2022, according to officials.');
    expect(doc.text).not.toContain('INJECTED');
    expect(doc.text).not.toContain('Subscribe');
    expect(doc.published).toBe('2025-05-28T09:00:00Z');
    // Paragraphs stay separate lines, so sentences never run across blocks.
    expect(doc.text).toMatch(/officials\.\n+Investigators/u);
  });

  it('reads deeply nested HTML as plain text instead of hanging', async () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body></html>`;
    const doc = await readDocument(file('deep.html', html));
    expect(doc.text).toBe('deep text');
    expect(doc.notes.join(' ')).toMatch(/nested deeper/u);
  });

  it('reads HTML of more elements than any article page as plain text instead of building a DOM', async () => {
    const page = (inline: number) =>
      `<html><body><p>${'<b>APT31</b> x '.repeat(inline)}</p></body></html>`;
    const doc = await readDocument(file('wide.html', page(100_001)));
    expect(doc.text.startsWith('APT31 x APT31 x')).toBe(true);
    expect(doc.text.length).toBe('APT31 x '.length * 100_001 - 1);
    expect(doc.notes.join(' ')).toMatch(/more than 100000 elements/u);
    const small = await readDocument(file('page.html', page(1_000)));
    expect(small.notes).toEqual([]);
  });

  it('reads the text layer of a PDF and refuses one without text', async () => {
    const doc = await readDocument(
      file('r.pdf', makePdf([['APT31 targeted the ministry.'], ['Since 2022.']])),
    );
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe('APT31 targeted the ministry.\n\nSince 2022.');
    await expect(readDocument(file('scan.pdf', makePdf([[]])))).rejects.toMatchObject({
      code: 'no_text',
    });
    await expect(readDocument(file('bad.pdf', '%PDF-1.7\nnot really'))).rejects.toMatchObject({
      code: 'unreadable',
    });
  });

  it('refuses binary garbage, empty files, missing files and oversize input with clear codes', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(readDocument(file('g.bin', garbage))).rejects.toMatchObject({ code: 'binary' });
    await expect(readDocument(file('empty.txt', ' \n\t'))).rejects.toMatchObject({ code: 'empty' });
    await expect(readDocument(join(dir, 'missing.txt'))).rejects.toMatchObject({
      code: 'unreadable',
    });
    await expect(
      readDocument(file('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 }),
    ).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('reads a 50 MB single-line text without trouble', async () => {
    const line = 'APT31 sent phishing emails to 198.51.100.7 and evil[.]example[.]com. '.repeat(
      750_000,
    );
    const doc = await readDocument(file('huge.txt', line));
    expect(doc.text.length).toBe(line.trim().length);
  });

  it('dates a text by the dateline at its top, says so, and leaves an undated text undated', async () => {
    const dated = await readDocument(
      file('dated.txt', 'Breach at the parliament\n\nOslo, 1 September 2021 — The service said…\n'),
    );
    expect(dated.published).toBe('2021-09-01');
    expect(dated.notes.join('\n')).toContain('"Oslo, 1 September 2021 —"');
    const html = await readDocument(
      file(
        'dated.html',
        '<html><body><article><p>Published: 2024-05-28</p><p>The agency said the group was behind it, officials told reporters on the record.</p></article></body></html>',
      ),
    );
    expect(html.published).toBe('2024-05-28');
    const undated = await readDocument(
      file('undated.txt', 'The group struck on 1 September 2021.\n'),
    );
    expect(undated.published).toBeUndefined();
    expect(undated.notes).toEqual([]);
  });

  it('dates a fetched page without a date of its own by its permalink, and says so', async () => {
    const url = 'https://blog.example.com/2022/11/28/emotet-strikes-again/';
    const page = (text: string) => ({
      bytes: new TextEncoder().encode(text),
      name: new URL(url).pathname,
      contentType: 'text/plain',
      url,
    });
    const dated = await toDocument(page('Emotet strikes again\n\nIn June we saw it.\n'));
    expect(dated.published).toBe('2022-11-28');
    expect(dated.notes.join('\n')).toContain(`read from the report's address: ${url}`);
    const stated = await toDocument(page('Emotet\nPublished: 2022-12-01\n\nIn June we saw it.\n'));
    expect(stated.published).toBe('2022-12-01');
  });

  it('reads stdin', async () => {
    const doc = await readDocument('-', {
      stdin: Readable.from([Buffer.from('Report from stdin.\r\nLine two.')]),
    });
    expect(doc.text).toBe('Report from stdin.\nLine two.');
  });
});
