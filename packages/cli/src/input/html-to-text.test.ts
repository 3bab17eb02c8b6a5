import { describe, expect, it } from 'vitest';
import { tidy } from './tidy-text.ts';
import { stripTags } from './strip-tags.ts';

describe('tidy', () => {
  it('squeezes spaces, trims lines and keeps at most one blank line', () => {
    expect(tidy('  a  b\t c \n\n\n\n d \r\n e\u00a0\u00a0f  \n')).toBe('a b c\n\nd\ne f');
    expect(tidy('\n\n  \n')).toBe('');
    expect(tidy('one two')).toBe('one two');
  });
});

describe('stripTags', () => {
  it('drops tags, comments and script bodies and decodes entities', () => {
    expect(
      stripTags(
        '<p>A &amp; B</p><script>var x = "<p>no</p>";</script><!-- c --><p>&#67;&#x44; &rsquo;</p>',
      ),
    ).toBe('\nA & B\n\nCD ’\n');
  });
});
