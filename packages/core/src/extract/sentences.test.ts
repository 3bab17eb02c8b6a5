import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits plain prose at terminal punctuation', () => {
    expect(texts('APT31 struck. The EU condemned it! Why? Nobody knows.')).toEqual([
      'APT31 struck.',
      'The EU condemned it!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('does not split after abbreviations, initials or before lower-case words', () => {
    expect(
      texts(
        'The U.S. Department of State and Acme Inc. responded. Dr. J. Smith said, e.g. that it ended.',
      ),
    ).toEqual([
      'The U.S. Department of State and Acme Inc. responded.',
      'Dr. J. Smith said, e.g. that it ended.',
    ]);
  });

  it('keeps IPs, domains, versions and defanged dots inside one sentence', () => {
    const text = 'C2 at 198.51.100.7 and evil[.]example(.)com used v2.1.3. Next sentence.';
    expect(texts(text)).toEqual([
      'C2 at 198.51.100.7 and evil[.]example(.)com used v2.1.3.',
      'Next sentence.',
    ]);
  });

  it('ends a sentence ending in an IP address or domain', () => {
    expect(texts('It beaconed to 10.0.0.1. Then it slept.')).toEqual([
      'It beaconed to 10.0.0.1.',
      'Then it slept.',
    ]);
  });

  it('splits bullets and headings but joins hard-wrapped lines', () => {
    const text =
      'Indicators:\n- evil.com\n* 10.0.0.1\n1. first item\n\nTitle line\n\nThe group used\nspear-phishing emails.';
    expect(texts(text)).toEqual([
      'Indicators:',
      '- evil.com',
      '* 10.0.0.1',
      '1. first item',
      'Title line',
      'The group used\nspear-phishing emails.',
    ]);
  });

  it('reads a Markdown heading as a line of its own, not the start of the paragraph under it', () => {
    const text =
      '### Familiar Malware\nThe loader stayed the same.\n## Sandworm\nActive since 2009,\ntargets energy.\n#include <x.h> stays with\nits line.';
    expect(texts(text)).toEqual([
      '### Familiar Malware',
      'The loader stayed the same.',
      '## Sandworm',
      'Active since 2009,\ntargets energy.',
      '#include <x.h> stays with\nits line.',
    ]);
    // A line with no stop ends before a heading: a figure caption stays out of the section.
    expect(texts('*Figure 6: the RAR download*\n### Malware Analysis\nTA402 used it.')).toEqual([
      '*Figure 6: the RAR download*',
      '### Malware Analysis',
      'TA402 used it.',
    ]);
    // A line bold from end to end is a heading too; a bold word opening a line is not.
    expect(
      texts(
        'Figure 2: the loader\n**Final remarks**\nWe assess it is likely.\n**Note:** the loader\nstayed the same.',
      ),
    ).toEqual([
      'Figure 2: the loader',
      '**Final remarks**',
      'We assess it is likely.',
      '**Note:** the loader\nstayed the same.',
    ]);
    // A marker after a stop mid-line opens no heading.
    expect(texts('It ended. ### not a heading\nsame line.')).toEqual([
      'It ended.',
      '### not a heading\nsame line.',
    ]);
  });

  it('reads each table row as a record of its own; cells written one per line stay together', () => {
    expect(
      texts('Seen in 2023\n| Actor | Malware |\n|---|---|\n| APT28 | X-Agent |\nAfter the table'),
    ).toEqual([
      'Seen in 2023',
      '| Actor | Malware |',
      '|---|---|',
      '| APT28 | X-Agent |',
      'After the table',
    ]);
    expect(texts('|\nSaffron Rose\n|\nThis campaign targeted defense firms.')).toEqual([
      '|\nSaffron Rose\n|\nThis campaign targeted defense firms.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('He said "stop." (It did not.) Done')).toEqual([
      'He said "stop."',
      '(It did not.)',
      'Done',
    ]);
  });

  it('ends a sentence after a long run of punctuation and closers, not inside a token', () => {
    expect(texts('It stopped?!......")] Then v2.1.3 ran.\u00a0Done.\u2003Ok')).toEqual([
      'It stopped?!......")]',
      'Then v2.1.3 ran.',
      'Done.',
      'Ok',
    ]);
    expect(texts('It ended.)))))))))) Then more.')).toEqual(['It ended.))))))))))', 'Then more.']);
    expect(texts('Wait..........x and U.S.A. Then')).toEqual(['Wait..........x and U.S.A. Then']);
  });

  it('skips the abbreviation list only for words that are no abbreviation, in any case', () => {
    expect(texts('Acme CORP. Announced it. See FIG. Two. The ÉTC. Next.')).toEqual([
      'Acme CORP. Announced it.',
      'See FIG. Two.',
      'The ÉTC.',
      'Next.',
    ]);
  });

  it('returns UTF-16 offsets that slice back to the sentence, trimmed', () => {
    const text = '  😀 First one.   Second — «two».  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '😀 First one.',
      'Second — «two».',
    ]);
    expect(spans[0]!.start).toBe(2);
  });

  it('yields nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });

  it('handles long runs of dots and newlines without blowing up', () => {
    const text = '.'.repeat(100_000) + '\n'.repeat(100_000) + 'a. '.repeat(100_000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(0);
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});
