/**
 * Hosts named inside a URL's path, query or fragment. A redirect parameter or a lookup link names
 * another host, and that host is often the real payload or the subject
 * (`/mail?url=http%3A%2F%2Fevil.com%2Fa.jpg`, `virustotal.com/gui/domain/evil.com/detection`,
 * `web.archive.org/web/2020/http://evil.com/`). The path is percent-decoded first; each mention's span
 * is the text as written (a decoded host's span covers its encoded form).
 *
 * Embedded URLs (`scheme://` inside the path) are reported as URLs with their hosts; other dotted runs
 * are reported as domains or IPv4 addresses under the same rules as in prose (valid ICANN suffix; a
 * name ending in a file extension is a file, unless a `/` follows it). Linear: every decoded
 * character is visited a bounded number of times, and embedded URLs never overlap.
 */
import type { Emit } from './emit.ts';
import { isHostChar } from './chars.ts';
import { isHostName, parseIpv4 } from './hosts.ts';
import { percentDecode, sourceIndex, type Decoded } from './percent-decode.ts';
import { URL_SCHEMES } from './refang.ts';

/**
 * Classifies `url` (a URL whose scheme separator is at `schemeAt`, spans relative to its start);
 * false when it is no URL after all.
 */
export type EmbeddedUrl = (url: string, schemeAt: number, emit: Emit) => boolean;

/** Host-name characters and the dot (ASCII table: this loop sees every character of every path). */
const RUN_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) RUN_CHARS[c] = isHostChar(c) || c === 0x2e ? 1 : 0;
const isRunChar = (c: number): boolean => c < 128 && RUN_CHARS[c] === 1;
const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * Start of the URL scheme ending at `colon`: the longest known scheme that the letters before it end
 * with ("...updateshttps://" -> "https"), -1 when there is none.
 */
export function schemeStart(text: string, colon: number): number {
  let letters = 0;
  while (letters < 8 && colon - letters > 0 && isLetter(text.charCodeAt(colon - letters - 1))) {
    letters++;
  }
  for (let length = letters; length >= 2; length--) {
    if (URL_SCHEMES.has(text.slice(colon - length, colon).toLowerCase())) return colon - length;
  }
  return -1;
}

/**
 * End of an embedded URL whose host starts at `from`: the next `&` (the next parameter), else the
 * next embedded `scheme://`, else the end. Scans only up to that next `://`, so embedded URLs, which
 * never overlap, are scanned once each.
 */
function embeddedUrlEnd(text: string, from: number): number {
  const next = text.indexOf('://', from);
  const nextScheme = next < 0 ? -1 : schemeStart(text, next);
  const limit = next < 0 ? text.length : nextScheme >= 0 ? nextScheme : next;
  for (let k = from; k < limit; k++) if (text.charCodeAt(k) === 0x26) return k;
  return Math.max(limit, from);
}

/**
 * Reports the hosts in `token[from..]` (the part after a URL's authority); `start` is the token's
 * offset in the text. `embedded` classifies a URL found inside.
 */
export function findInUrlPath(
  token: string,
  start: number,
  from: number,
  emit: Emit,
  embedded: EmbeddedUrl,
): void {
  // A host needs a dot, an embedded URL a colon; either may be percent-encoded. Most paths
  // (".../techniques/T1059/") have none of these.
  const maybeHost =
    token.includes('.', from) || token.includes(':', from) || token.includes('%', from);
  if (from >= token.length || !maybeHost) return;
  const decoded = percentDecode(token, from);
  const text = decoded.text;
  const n = text.length;
  let inQuery = false; // past a `?` or `#`
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isRunChar(c)) {
      if (c === 0x3f || c === 0x23) inQuery = true;
      i++;
      continue;
    }
    let s = i;
    let dots = 0;
    while (i < n && isRunChar(text.charCodeAt(i))) if (text.charCodeAt(i++) === 0x2e) dots++;
    let e = i;
    while (s < e && text.charCodeAt(s) === 0x2e) s++;
    while (e > s && text.charCodeAt(e - 1) === 0x2e) e--;

    // "scheme://" right before the run: an embedded URL (it reports its own host).
    const schemeAt = s - 3;
    if (schemeAt > 0 && text.startsWith('://', schemeAt)) {
      const urlStart = schemeStart(text, schemeAt);
      // Its path is scanned on by this loop, like the rest of the outer path.
      if (urlStart >= 0 && classifyEmbedded(decoded, start, urlStart, schemeAt, emit, embedded)) {
        continue;
      }
    }
    // In the path only a segment followed by `/` can be a host: the last one is the resource
    // ("/version/last.ph", "/exploits/Exploit.java"); in the query, any value can.
    if (dots === 0 || e - s < 4 || (!inQuery && text.charCodeAt(e) !== 0x2f)) continue;
    const run = text.slice(s, e);
    const ip = parseIpv4(run);
    const spanStart = start + sourceIndex(decoded, s);
    const spanEnd = start + sourceIndex(decoded, e);
    if (ip) emit('ipv4-addr', ip, spanStart, spanEnd);
    else if (isHostName(run.toLowerCase(), text.charCodeAt(e) === 0x2f)) {
      emit('domain-name', run.toLowerCase(), spanStart, spanEnd);
    }
  }
}

/** Classifies the embedded URL starting at `urlStart` in the decoded path; spans as written. */
function classifyEmbedded(
  decoded: Decoded,
  start: number,
  urlStart: number,
  schemeAt: number,
  emit: Emit,
  embedded: EmbeddedUrl,
): boolean {
  const end = embeddedUrlEnd(decoded.text, schemeAt + 3);
  const url = decoded.text.slice(urlStart, end);
  return embedded(url, schemeAt - urlStart, (type, value, s, e) =>
    emit(
      type,
      value,
      start + sourceIndex(decoded, urlStart + s),
      start + sourceIndex(decoded, urlStart + e),
    ),
  );
}
