import { describe, expect, it } from 'vitest';
import { decodeFeed, parseFeed } from './feed.ts';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with guid, date and HTML content', () => {
    const feed =
      parseFeed(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>CTI blog</title>
      <item><title>APT31 &amp; the ministry</title><link>https://blog.example/a</link><guid>a-1</guid>
        <pubDate>Wed, 28 May 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>Body <b>one</b></p>]]></content:encoded></item>
      <item><title>Second</title><link>https://blog.example/b</link><description>Short</description></item>
      </channel></rss>`);
    expect(feed.title).toBe('CTI blog');
    expect(feed.items).toEqual([
      {
        key: 'a-1',
        title: 'APT31 & the ministry',
        link: 'https://blog.example/a',
        published: '2025-05-28T10:00:00.000Z',
        content: '<p>Body <b>one</b></p>',
      },
      {
        key: 'https://blog.example/b',
        title: 'Second',
        link: 'https://blog.example/b',
        content: 'Short',
      },
    ]);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Vendor</title>
      <entry><id>urn:x:1</id><title>New group</title><link rel="self" href="https://v.example/self"/>
      <link rel="alternate" href="https://v.example/post"/><updated>2025-01-02T03:04:05Z</updated>
      <content type="html">&lt;p&gt;text&lt;/p&gt;</content></entry></feed>`);
    expect(feed.items).toEqual([
      {
        key: 'urn:x:1',
        title: 'New group',
        link: 'https://v.example/post',
        published: '2025-01-02T03:04:05.000Z',
        content: '<p>text</p>',
      },
    ]);
  });

  it('refuses entity declarations and non-feeds', () => {
    expect(() =>
      parseFeed('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel/></rss>'),
    ).toThrow(/entities/u);
    expect(() => parseFeed('<html><body/></html>')).toThrow(/neither RSS nor Atom/u);
    expect(() => parseFeed('<rss><channel><item>')).toThrow();
  });

  it('reads an advisory quoting an entity declaration, and a DOCTYPE without a subset', () => {
    const advisory = `<item><title>XXE in ExampleCMS</title><guid>v-1</guid><description><![CDATA[<code>&lt;!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]&gt;</code>]]></description></item>`;
    const feed = parseFeed(`<?xml version="1.0"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Vuln CERT</title>${advisory}</channel></rss>`);
    expect(feed.items.map((i) => i.content)).toEqual([
      '<code>&lt;!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]&gt;</code>',
    ]);
  });

  it('refuses entity declarations however the DOCTYPE hides them', () => {
    const lol = '<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">';
    const hidden = [
      `<!-- a comment first --><!DOCTYPE r [${lol}]>`,
      `<!DOCTYPE r [<!ATTLIST x y CDATA "<!--"> ${lol} <!ATTLIST x z CDATA "-->">]>`,
      `<!DOCTYPE r [<!ATTLIST x y CDATA "<![CDATA["> ${lol} <!ATTLIST x z CDATA "]]>">]>`,
      `<!DOCTYPE r SYSTEM "http://x.example/r.dtd" [${lol}]>`,
    ];
    for (const doctype of hidden) {
      expect(() =>
        parseFeed(
          `<?xml version="1.0"?>${doctype}<rss><channel><title>&b;</title></channel></rss>`,
        ),
      ).toThrow(/declares XML entities/u);
    }
  });

  it('tells apart items that have only a description, by their content', () => {
    const feed = parseFeed(`<rss version="2.0"><channel><title>Terse CERT</title>
      <item><description>APT31 used 203.0.113.5.</description></item>
      <item><description>FIN7 used 203.0.113.6.</description></item></channel></rss>`);
    const keys = feed.items.map((i) => i.key);
    expect(keys.every((k) => k.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(2);
    // The same item read again has the same key.
    expect(
      parseFeed(
        `<rss><channel><item><description>APT31 used 203.0.113.5.</description></item></channel></rss>`,
      ).items[0]!.key,
    ).toBe(keys[0]);
  });
});

describe('decodeFeed', () => {
  const title = 'Ministère des Armées: APT28';
  const xml = (encoding: string) =>
    `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${title}</title></channel></rss>`;

  it('reads the encoding the feed declares, else UTF-8, with or without a byte-order mark', () => {
    expect(parseFeed(decodeFeed(Buffer.from(xml('ISO-8859-1'), 'latin1'))).title).toBe(title);
    expect(parseFeed(decodeFeed(Buffer.from(xml('windows-1252'), 'latin1'))).title).toBe(title);
    expect(parseFeed(decodeFeed(Buffer.from(xml('UTF-8'), 'utf8'))).title).toBe(title);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('utf-8'))]);
    expect(parseFeed(decodeFeed(bom)).title).toBe(title);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml('UTF-16'), 'utf16le')]);
    expect(parseFeed(decodeFeed(utf16)).title).toBe(title);
  });

  it('falls back to UTF-8 for an encoding it does not know', () => {
    expect(parseFeed(decodeFeed(Buffer.from(xml('x-klingon'), 'utf8'))).title).toBe(title);
  });
});
