/**
 * A report's identity is the hash of its normalized text plus its URL when known (docs/ARCHITECTURE.md,
 * "Ids"), so the same article ingested twice — re-fetched, re-saved, with other line endings — is one report.
 */
import { sha256 } from '../extract/ioc/sha256.ts';
import { vigilId, type StixId } from '../stix/ids.ts';

/** Unicode NFC, LF line ends, no trailing spaces, no leading/trailing blank lines. */
export function normalizeReportText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function textSha256(text: string): string {
  return hex(sha256(new TextEncoder().encode(text)));
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
