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
    expect(imageAddressSpans(`${'![!['.repeat(5_000)}](x.png)`)).toEqual([[20_002, 20_007]]);
  });
});
