/**
 * HTML -> report text: main-content extraction with Mozilla Readability over a linkedom DOM (no
 * scripts ever run: linkedom has no script engine), then a block-aware text walk so paragraphs,
 * headings and list items stay on their own lines for sentence splitting.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlExcess, stripTags } from './strip-tags.ts';
import { tidy } from './tidy-text.ts';

export interface HtmlText {
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly siteName?: string;
  /** What was done differently from the normal path, for the user to see. */
  readonly notes?: readonly string[];
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
]);

/** Deeper documents skip Readability (it recurses and would overflow the stack). */
const MAX_READABILITY_DEPTH = 400;
/** Deeper documents skip the DOM entirely: DOM builders slow down super-linearly on deep nesting. */
const MAX_DOM_DEPTH = 2000;
/**
 * Larger documents skip the DOM too: a DOM of a million elements takes gigabytes and minutes (linkedom
 * and Readability, 8.8 MB of inline tags: 110 s), while article pages hold a few thousand.
 */
const MAX_DOM_ELEMENTS = 100_000;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Block-aware text of a DOM subtree, walked with an explicit stack (hostile nesting cannot overflow). */
export function domText(root: DomNode): string {
  const parts: string[] = [];
  const stack: (DomNode | 'break')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/gu, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      parts.push('\n');
      stack.push('break');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return tidy(parts.join(''));
}

function depthExceeds(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** The slice of the DOM this module uses (linkedom's own types lean on the DOM lib, absent in Node builds). */
interface MiniElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface MiniDocument extends DomNode {
  querySelector(selector: string): MiniElement | null;
  readonly documentElement: MiniElement | null;
  readonly body: MiniElement | null;
}
type LinkedDocument = MiniDocument;

function parseDocument(html: string): MiniDocument {
  return (parseHTML(html) as unknown as { document: MiniDocument }).document;
}

function metaContent(document: LinkedDocument, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export function htmlToText(html: string): HtmlText {
  const excess = htmlExcess(html, MAX_DOM_DEPTH, MAX_DOM_ELEMENTS);
  if (excess) {
    const why =
      excess === 'depth'
        ? `HTML nested deeper than ${MAX_DOM_DEPTH} levels`
        : `HTML of more than ${MAX_DOM_ELEMENTS} elements`;
    return {
      text: tidy(stripTags(html)),
      notes: [`${why}: read as plain text without main-content extraction`],
    };
  }
  const document = parseDocument(html);
  const published = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="dc.date"]',
  ]);
  const siteName = metaContent(document, ['meta[property="og:site_name"]']);
  const root: DomNode = document.documentElement ?? document;
  if (!depthExceeds(root, MAX_READABILITY_DEPTH)) {
    const article = new Readability(document, { keepClasses: false }).parse();
    if (article?.content) {
      const content = parseDocument(`<html><body>${article.content}</body></html>`);
      const text = domText(content.body ?? content);
      if (text.length > 0) {
        return withOptional(
          { text },
          article.title ?? undefined,
          published ?? article.publishedTime ?? undefined,
          siteName ?? article.siteName ?? undefined,
        );
      }
    }
  }
  const title = document.querySelector('title')?.textContent?.trim();
  const body: DomNode = document.body ?? document.documentElement ?? document;
  return withOptional({ text: domText(body) }, title, published, siteName);
}

function withOptional(
  base: { text: string },
  title?: string,
  published?: string,
  siteName?: string,
): HtmlText {
  return {
    ...base,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(siteName ? { siteName } : {}),
  };
}
