/**
 * The report's own illustrations: Markdown images (`![Figure 3](https://cdn.example.net/fig3.png)`) that
 * Markdown reports and converted web pages carry. Their addresses are page layout, not indicators, so an
 * indicator every mention of which lies inside one is flagged (kept visible, no indicator by default) like
 * a warning-list hit.
 */
import type { Span } from '../../analysis/types.ts';
import type { WarningHit } from '../../warninglist/matcher.ts';
import { sentenceIndexAt } from '../sentence-at.ts';

export const REPORT_IMAGE: WarningHit = {
  list: 'report-image',
  name: 'Image address of the report itself (Markdown image)',
};

/** Longest image address read, in characters: a longer run is no image link (bounds the scan). */
const MAX_ADDRESS = 2048;

/**
 * Spans of the addresses of Markdown images (and of empty links to a picture), in text order. Each
 * character is read a bounded number of times (the alt text ends at the first bracket or line break, the
 * address at a space or `)`): linear on any input.
 */
export function imageAddressSpans(text: string): readonly Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let from = 0;
  for (let at = text.indexOf('![', from); at >= 0; at = text.indexOf('![', from)) {
    let k = at + 2;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === 0x5d || c === 0x5b || c === 0x0a) break; // ] [ newline
      k++;
    }
    if (text.charCodeAt(k) !== 0x5d || text.charCodeAt(k + 1) !== 0x28) {
      from = Math.max(k - 1, at + 2); // a "![" may open right before the bracket that stopped us
      continue;
    }
    let end = addressAt(text, k + 2, spans);
    // "[![alt](image)](target)": a linked image; the link's target is the full-size picture.
    let close = end;
    while (close < n && close - end < MAX_TITLE && text.charCodeAt(close) !== 0x29) {
      if (text.charCodeAt(close) === 0x0a) break;
      close++;
    }
    if (text.startsWith('](', close + 1) && text.charCodeAt(at - 1) === 0x5b) {
      end = addressAt(text, close + 3, spans);
    }
    from = Math.max(end, at + 2);
  }
  // "[](https://cdn…/graphic.png)": an image whose picture the page conversion lost, an empty link left.
  // The next search starts after the address read, so no character is read twice.
  for (let at = text.indexOf('[]('); at >= 0;) {
    const start = at + 3;
    const end = addressAt(text, start, []);
    if (text.charCodeAt(at - 1) !== 0x21 && IMAGE_FILE.test(text.slice(start, end))) {
      spans.push({ start, end }); // "![](…)" was read above
    }
    at = text.indexOf('[](', Math.max(end, start));
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** An address that ends in a picture's file name (before any query or fragment). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|bmp)(?:[?#]\S*)?$/iu;

/** Longest image title (`![alt](address "title")`) looked past for a linked image, in characters. */
const MAX_TITLE = 300;

/** Reads the address starting at `start` into `spans`; returns where it ends. */
function addressAt(text: string, start: number, spans: Span[]): number {
  let end = start;
  while (end < text.length && end - start < MAX_ADDRESS) {
    const c = text.charCodeAt(end);
    if (c === 0x29 || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
    end++;
  }
  if (end > start) spans.push({ start, end });
  return end;
}

/** Whether every mention lies inside one of the (sorted) image address spans. */
export function onlyInImages(mentions: readonly Span[], spans: readonly Span[]): boolean {
  if (spans.length === 0) return false;
  return mentions.every((m) => {
    const image = spans[sentenceIndexAt(spans, m.start)]; // any sorted, disjoint spans
    return image !== undefined && m.end <= image.end;
  });
}
