/**
 * A DOM-free, single-pass HTML reader: estimates nesting depth and strips tags. Used before and instead of
 * a DOM when the document is hostile (DOM builders slow down super-linearly on very deep nesting).
 */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'pre',
  'blockquote',
  'table',
  'ul',
  'ol',
]);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

function readTag(html: string, at: number): Tag | undefined {
  let i = at + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && /[A-Za-z0-9:-]/u.test(html[i]!)) i++;
  if (i === nameStart) return undefined;
  const name = html.slice(nameStart, i).toLowerCase();
  const end = html.indexOf('>', i);
  if (end === -1) return undefined;
  return { name, closing, selfClosing: html[end - 1] === '/', end: end + 1 };
}

/** Which DOM-free limit a document exceeds, if any: its nesting depth or its number of elements. */
export type HtmlExcess = 'depth' | 'elements';

/**
 * One pass over the tags: whether the document nests deeper than `maxDepth` or opens more than
 * `maxElements` elements (undefined when it does neither).
 */
export function htmlExcess(
  html: string,
  maxDepth: number,
  maxElements: number,
): HtmlExcess | undefined {
  let depth = 0;
  let elements = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const tag = readTag(html, at);
    if (!tag) continue;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else {
      if (++elements > maxElements) return 'elements';
      if (!tag.selfClosing && !VOID.has(tag.name)) depth++;
    }
    if (depth > maxDepth) return 'depth';
    at = tag.end - 1;
  }
  return undefined;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Text of an HTML document without building a DOM: tags dropped, raw-text elements skipped, blocks on new lines. */
export function stripTags(html: string): string {
  const out: string[] = [];
  const lower = html.toLowerCase();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      out.push(html.slice(at));
      break;
    }
    out.push(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out.push('<');
      at = lt + 1;
      continue;
    }
    if (BLOCK.has(tag.name)) out.push('\n');
    at = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, at);
      at = close === -1 ? html.length : close;
    }
  }
  return decodeEntities(out.join(''));
}
