/** RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds -> items; each new item becomes a report. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from './input-error.ts';

export interface FeedItem {
  /** What identifies the item across fetches: guid / id, else link, else title. */
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

function item(fields: {
  key: string;
  title: string;
  link?: string | undefined;
  published?: string | undefined;
  content: string;
}): FeedItem {
  return {
    key: fields.key || fields.link || fields.title,
    title: fields.title,
    content: fields.content,
    ...(fields.link ? { link: fields.link } : {}),
    ...(fields.published ? { published: fields.published } : {}),
  };
}

export function parseFeed(xml: string): Feed {
  // Entity declarations enable "billion laughs" expansion; feeds never need them.
  if (/<!ENTITY/iu.test(xml))
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
