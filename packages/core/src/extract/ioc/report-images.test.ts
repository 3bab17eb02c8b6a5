import { describe, expect, it } from 'vitest';
import { extractIndicators } from './extract.ts';
import { imageAddressSpans } from './report-images.ts';

const flags = (text: string): [string, string[]][] =>
  extractIndicators(text).map((i) => [i.value, (i.warnings ?? []).map((w) => w.list)]);

describe('the report’s own images', () => {
  it('flag the addresses of Markdown images and of linked images, and their hosts', () => {
    const text =
      'The lure:\n![Figure 2: the lure](https://cdn.vendor-blog.net/img/lure.png "Lure")\n' +
      '[![Figure 3](https://cdn.vendor-blog.net/img/chain-small.png)](https://cdn.vendor-blog.net/img/chain.png)\n';
    expect(flags(text)).toEqual([
      ['https://cdn.vendor-blog.net/img/lure.png', ['report-image']],
      ['cdn.vendor-blog.net', ['report-image']],
      ['https://cdn.vendor-blog.net/img/chain-small.png', ['report-image']],
      ['https://cdn.vendor-blog.net/img/chain.png', ['report-image']],
    ]);
  });

  it('flag an empty link to a picture, whose image the page conversion lost', () => {
    expect(flags('The chain:\n[](https://cdn.vendor-blog.net/Graphic-v2.png)\n')).toEqual([
      ['https://cdn.vendor-blog.net/Graphic-v2.png', ['report-image']],
      ['cdn.vendor-blog.net', ['report-image']],
    ]);
    expect(flags('See [](https://c2.badhost.ru/gate.php) now.')).toEqual([
      ['https://c2.badhost.ru/gate.php', []],
      ['c2.badhost.ru', []],
    ]);
  });

  it('leave a value that the text also names outside an image, and ordinary links', () => {
    const text =
      '![shot](https://files-cdn.top/x.png)\nThe payload came from files-cdn.top and ' +
      '[the C2](https://c2.badhost.ru/gate.php).';
    expect(flags(text)).toEqual([
      ['https://files-cdn.top/x.png', ['report-image']],
      ['files-cdn.top', []],
      ['https://c2.badhost.ru/gate.php', []],
      ['c2.badhost.ru', []],
    ]);
  });

  it('are read in one pass whatever the brackets: unclosed openers find nothing', () => {
    expect(imageAddressSpans('![a '.repeat(20_000))).toEqual([]);
    expect(imageAddressSpans(`${'![!['.repeat(5_000)}](x.png)`)).toEqual([
      { start: 20_002, end: 20_007 },
    ]);
    // Each address is read once, up to its length cap: the last one reaches the picture's name.
    const links = `${'[]('.repeat(200_000)}.png`;
    const spans = imageAddressSpans(links);
    expect(spans.length).toBe(1);
    expect(spans[0]!.end).toBe(links.length);
  });
});
