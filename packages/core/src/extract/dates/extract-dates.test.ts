import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractDates } from './extract-dates.ts';

const dates = (text: string, published?: string) =>
  extractDates(text, splitSentences(text), published ? { published } : {}).map((d) => [
    d.role,
    d.value,
    d.mention.text,
  ]);

describe('extractDates', () => {
  it('reads starts of activity', () => {
    expect(dates('They infiltrated the network as early as 2022.')).toEqual([
      ['since', '2022', 'as early as 2022'],
    ]);
    expect(dates('Active since March 2023, the group...')).toEqual([
      ['since', '2023-03', 'since March 2023'],
    ]);
  });

  it('reads absolute dates in the usual forms', () => {
    expect(dates('On May 28, 2024 and on 3 June 2024 and on 2024-07-01.')).toEqual([
      ['on', '2024-05-28', 'May 28, 2024'],
      ['on', '2024-06-03', '3 June 2024'],
      ['on', '2024-07-01', '2024-07-01'],
    ]);
  });

  it('resolves relative dates against the publication date', () => {
    expect(
      dates('Last year the ministry was hit; in March it happened again.', '2025-05-28'),
    ).toEqual([
      ['on', '2024', 'Last year'],
      ['on', '2025-03', 'in March'],
    ]);
    expect(dates('Over the past decade the group stole documents.', '2025-05-28')).toEqual([
      ['since', '2015', 'Over the past decade'],
    ]);
    expect(dates('A campaign in November hit banks.', '2025-05-28')).toEqual([
      ['on', '2024-11', 'in November'],
    ]);
  });

  it('leaves relative dates out without a publication date (never the clock)', () => {
    expect(dates('Last year the ministry was hit; in March it happened again.')).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'Intro. They acted since 2021.';
    const [found] = extractDates(text, splitSentences(text));
    expect(found && text.slice(found.mention.start, found.mention.end)).toBe('since 2021');
    expect(found?.mention.sentence).toBe(1);
  });
});
