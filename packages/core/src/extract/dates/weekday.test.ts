import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractDates } from './extract-dates.ts';

// 2024-05-10 was a Friday.
const FRIDAY = '2024-05-10T14:00:00Z';
const dates = (text: string, published: string | undefined = FRIDAY) =>
  extractDates(text, splitSentences(text), published ? { published } : {}).map((d) => [
    d.role,
    d.value,
    d.mention.text,
  ]);

describe('weekdays written alone', () => {
  it('reads a weekday as the day of that name in the week up to the publication day', () => {
    expect(dates('The company detected unusual activity on Wednesday.')).toEqual([
      ['on', '2024-05-08', 'on Wednesday'],
    ]);
    // The publication's own weekday is that day; "last" Friday is the week before.
    expect(dates('The company said on Friday that it had contained the attack.')).toEqual([
      ['on', '2024-05-10', 'on Friday'],
    ]);
    expect(dates('Hackers struck last Friday.')).toEqual([['on', '2024-05-03', 'last Friday']]);
    expect(dates('Systems have been offline since Saturday.')).toEqual([
      ['since', '2024-05-04', 'since Saturday'],
    ]);
    // "since" looks back, though a word of plans stands before it.
    expect(dates('It forced the hospital to postpone planned surgeries since Tuesday.')).toEqual([
      ['since', '2024-05-07', 'since Tuesday'],
    ]);
  });

  it('reads a deadline or a future weekday in the week after the publication day', () => {
    expect(dates('Agencies must patch by Tuesday.')).toEqual([['on', '2024-05-14', 'by Tuesday']]);
    expect(dates('The hospital will reopen its clinics on Monday.')).toEqual([
      ['on', '2024-05-13', 'on Monday'],
    ]);
  });

  it('leaves a weekday to the date written after it, and habits and names alone', () => {
    expect(dates('The breach began on Wednesday, May 8.')).toEqual([['on', '2024-05-08', 'May 8']]);
    expect(dates('Backups run on Mondays. Patch Tuesday fixes arrived.')).toEqual([]);
    expect(dates("On Monday's call, officials spoke.")).toEqual([]);
  });

  it('tells no date without a publication day', () => {
    expect(dates('The company detected unusual activity on Wednesday.', '')).toEqual([]);
    expect(dates('The company detected unusual activity on Wednesday.', '2024-05')).toEqual([]);
  });
});
