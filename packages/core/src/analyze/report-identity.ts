/**
 * A report's identity is the hash of its normalized text plus its URL when known (docs/ARCHITECTURE.md,
 * "Ids"), so the same article ingested twice — re-fetched, re-saved, with other line endings — is one report.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { vigilId, type StixId } from '../stix/ids.ts';

/** Unicode NFC, LF line ends, no trailing spaces, no leading/trailing blank lines. */
export function normalizeReportText(text: string): string {
  return trimLineEnds(lfLineEnds(text.normalize('NFC'))).trim();
}

/** CR LF and lone CR as LF; most texts have no CR at all, and a search for one is cheaper than the regex. */
function lfLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
}

/** White space as String.prototype.trimEnd removes it; ASCII answered without the regex. */
const WHITE = /\s/u;
const isWhite = (c: number): boolean =>
  c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(String.fromCharCode(c));

/**
 * Every line's trailing white space cut (the last line's is left to the caller's trim), in one pass that
 * copies only where something is cut: most report lines end clean, so most texts come back as they are.
 */
function trimLineEnds(text: string): string {
  let out = '';
  let copied = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', lineStart)) {
    let end = nl;
    while (end > lineStart && isWhite(text.charCodeAt(end - 1))) end--;
    if (end < nl) {
      out += text.slice(copied, end);
      copied = nl;
    }
    lineStart = nl + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function textSha256(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Drops the fragment and a trailing slash so trivially different spellings of one URL agree. */
export function normalizeReportUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/u, '');
  } catch {
    return url.trim();
  }
}

export function reportId(normalizedText: string, url?: string): StixId<'report'> {
  return vigilId('report', textSha256(normalizedText), url ? normalizeReportUrl(url) : '');
}
