import { describe, expect, it } from 'vitest';
import { insideUrl } from './inside-url.ts';

const at = (text: string, word: string): boolean => insideUrl(text, text.indexOf(word));

describe('insideUrl', () => {
  it('finds the words of a link path, written out or in Markdown', () => {
    expect(at('See https://example.com/blog/supply-chain-attack today.', 'supply')).toBe(true);
    expect(at('See [the post](https://example.com/supply-chain) today.', 'supply')).toBe(true);
    expect(at('See (www.example.com/exploit-kit) today.', 'exploit')).toBe(true);
  });

  it('leaves prose, even right after a link', () => {
    expect(at('See https://example.com/x for the supply chain attack.', 'supply')).toBe(false);
    expect(at('A supply chain attack hit the vendor.', 'supply')).toBe(false);
    expect(at('Email sales@www.example.com about it.', 'about')).toBe(false);
  });

  it('answers a text of one endless word in bounded time, as no prose', () => {
    const endless = 'x'.repeat(5_000_000) + 'exploit-kit';
    expect(at(endless, 'exploit')).toBe(true);
  });
});
