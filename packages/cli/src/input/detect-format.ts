/** Guesses what a byte buffer holds, from its first bytes first and its name second. */
export type InputFormat = 'pdf' | 'html' | 'feed' | 'markdown' | 'text';

const decoder = new TextDecoder('utf-8', { fatal: false });

export function detectFormat(bytes: Uint8Array, name = '', contentType = ''): InputFormat {
  const head = decoder
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/u, '')
    .trimStart();
  const lowerHead = head.slice(0, 1024).toLowerCase();
  if (head.startsWith('%PDF-') || /pdf/iu.test(contentType)) return 'pdf';
  if (/^<\?xml[^>]*>\s*(?:<!--[^>]*-->\s*)*<(?:rss|feed|rdf:rdf)\b/u.test(lowerHead)) return 'feed';
  if (/^<(?:rss|feed|rdf:rdf)\b/u.test(lowerHead) || /(?:rss|atom)\+xml/iu.test(contentType)) {
    return 'feed';
  }
  if (/html/iu.test(contentType)) return 'html';
  if (/^(?:<!doctype html|<html|<head|<body|<meta|<div|<p>|<article)/u.test(lowerHead))
    return 'html';
  if (/\.(?:html?|xhtml)$/iu.test(name)) return 'html';
  if (/\.(?:md|markdown)$/iu.test(name) || /markdown/iu.test(contentType)) return 'markdown';
  return 'text';
}

/**
 * Binary garbage check: NUL bytes or a high share of control characters / invalid UTF-8 in the
 * first 64 KiB. Text reports in any language pass; executables, images and archives do not.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32) || byte === 127) suspicious++;
  }
  const text = decoder.decode(sample);
  let replacement = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacement++;
  return (suspicious + replacement) / sample.length > 0.05;
}
