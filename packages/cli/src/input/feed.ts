/** RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds -> items; each new item becomes a report. */
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from './input-error.ts';

export interface FeedItem {
  /** What identifies the item across fetches: guid / id, else link, else title, else its content's hash. */
  readonly key: string;
  readonly title: string;
  readonly link?: string;
  /** ISO 8601 when the feed gives a parseable date. */
  readonly published?: string;
  /** The item body as the feed carries it (usually HTML). */
  readonly content: string;
}

export interface Feed {
  readonly title: string;
  readonly items: readonly FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value).trim();
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return '';
}

function isoDate(value: string): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const nodes = links.filter((l): l is Node => typeof l === 'object' && l !== null);
  const alternate = nodes.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? nodes[0];
  const href = alternate?.['@href'];
  return typeof href === 'string' ? href : undefined;
}

const contentKey = (content: string): string =>
  `sha256:${createHash('sha256').update(content).digest('hex')}`;

/**
 * Whether the DOCTYPE has an internal subset, the only place entities can be declared: read from the
 * prolog (declaration, comments, processing instructions) up to the root element, so neither a quoted
 * `<!ENTITY` in an item nor a comment trick can mislead it.
 */
function hasInternalSubset(xml: string): boolean {
  let at = 0;
  for (;;) {
    while (at < xml.length && /\s/u.test(xml[at]!)) at++;
    const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : undefined;
    if (close) {
      const end = xml.indexOf(close, at);
      if (end < 0) return false;
      at = end + close.length;
      continue;
    }
    if (!/^<!DOCTYPE/iu.test(xml.slice(at, at + 9))) return false;
    // Without a subset the DOCTYPE ends at the first '>' outside its quoted public and system ids.
    const head = /^<!DOCTYPE(?:\s+(?:"[^"]*"|'[^']*'|[^\s"'>[]+))*\s*([[>])/iu.exec(xml.slice(at));
    return head?.[1] !== '>';
  }
}

/**
 * Entity declarations enable "billion laughs" expansion and feeds never need them; a security feed
 * may well quote one (an XXE advisory) in an item, which is text, not a declaration.
 */
function declaresEntities(xml: string): boolean {
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/gu, '');
  return hasInternalSubset(xml) || /<!ENTITY/iu.test(markup);
}

function item(fields: {
  key: string;
  title: string;
  link?: string | undefined;
  published?: string | undefined;
  content: string;
}): FeedItem {
  return {
    // RSS needs only a title or a description: an item with neither guid, link nor title is known by
    // its content, else every such item would share one key and only the first would ever be read.
    key: fields.key || fields.link || fields.title || contentKey(fields.content),
    title: fields.title,
    content: fields.content,
    ...(fields.link ? { link: fields.link } : {}),
    ...(fields.published ? { published: fields.published } : {}),
  };
}

export function parseFeed(xml: string): Feed {
  if (declaresEntities(xml))
    throw new InputError('bad_feed', 'the feed declares XML entities; refused');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(
      'bad_feed',
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`,
    );
  }
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    throw new InputError('bad_feed', `not well-formed XML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? {};
    const nodes = ((rss ? channel.item : rdf?.item) as Node[] | undefined) ?? [];
    return {
      title: text(channel.title),
      items: nodes.map((n) =>
        item({
          key: text(n.guid),
          title: text(n.title),
          link: text(n.link) || undefined,
          published: isoDate(text(n.pubDate) || text(n['dc:date'])),
          content: text(n['content:encoded']) || text(n.description),
        }),
      ),
    };
  }
  const feed = root.feed as Node | undefined;
  if (feed) {
    const entries = (feed.entry as Node[] | undefined) ?? [];
    return {
      title: text(feed.title),
      items: entries.map((e) =>
        item({
          key: text(e.id),
          title: text(e.title),
          link: atomLink(e.link),
          published: isoDate(text(e.published) || text(e.updated)),
          content: text(e.content) || text(e.summary),
        }),
      ),
    };
  }
  throw new InputError(
    'bad_feed',
    'neither RSS nor Atom: no <rss>, <rdf:RDF> or <feed> root element',
  );
}

/**
 * Feed bytes -> text in the encoding the feed declares (`<?xml … encoding="ISO-8859-1"?>`, still
 * common on older CERT sites), UTF-8 otherwise; a byte-order mark decides first. Read as UTF-8, a
 * Latin-1 feed's "Ministère" would come out as "Minist\uFFFDre" with no error.
 */
export function decodeFeed(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const declared =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/u.exec(
      head,
    )?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // An encoding the platform does not know: UTF-8, the XML default, rather than no feed at all.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
