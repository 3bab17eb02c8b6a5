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
    // A cue is a word of its own: "group to 2021" holds no "up to".
    expect(dates('New Zealand links a Chinese group to 2021 parliamentary compromise.')).toEqual([
      ['on', '2021', '2021'],
    ]);
    expect(dates('They were inside the systems from at least May 2023.')).toEqual([
      ['since', '2023-05', 'from at least May 2023'],
    ]);
    expect(dates('Active since March 2023, the group...')).toEqual([
      ['since', '2023-03', 'since March 2023'],
    ]);
    expect(
      dates('Since late April 2024, and as early as mid-2022, until the end of 2023.'),
    ).toEqual([
      ['since', '2024-04', 'Since late April 2024'],
      ['since', '2022', 'as early as mid-2022'],
      ['until', '2023', 'until the end of 2023'],
    ]);
    expect(
      dates('Interlock, which emerged in September 2024, was first observed in March 2025.'),
    ).toEqual([
      ['since', '2024-09', 'emerged in September 2024'],
      ['since', '2025-03', 'first observed in March 2025'],
    ]);
    expect(dates('Medusa is a ransomware variant first identified in June 2021.')).toEqual([
      ['since', '2021-06', 'first identified in June 2021'],
    ]);
    // A hedge between the cue and the date leaves the cue's role.
    expect(dates('The campaign likely began in or around March 2024.')).toEqual([
      ['since', '2024-03', 'began in or around March 2024'],
    ]);
    expect(dates('It has been active since approximately late 2019.')).toEqual([
      ['since', '2019', 'since approximately late 2019'],
    ]);
    expect(dates('The theft happened on or about February 21, 2025.')).toEqual([
      ['on', '2025-02-21', 'February 21, 2025'],
    ]);
    expect(dates('Between the summer of 2022 and the fall of 2023 it ran.')).toEqual([
      ['since', '2022', 'Between the summer of 2022'],
      ['until', '2023', 'the fall of 2023'],
    ]);
  });

  it('reads absolute dates in the usual forms', () => {
    expect(dates('On May 28, 2024 and on 3 June 2024 and on 2024-07-01.')).toEqual([
      ['on', '2024-05-28', 'May 28, 2024'],
      ['on', '2024-06-03', '3 June 2024'],
      ['on', '2024-07-01', '2024-07-01'],
    ]);
  });

  it("reads no year that names a product's release", () => {
    expect(
      dates(
        'The flaws affect SharePoint Server (Subscription Edition, 2019, and 2016), Exchange Server 2016 ' +
          'and Windows Server 2016, 2019 or 2022 hosts.',
      ),
    ).toEqual([]);
    // A year after a product's name in another shape is still a date.
    expect(dates('Windows was hit in 2019, and Exchange in 2016.')).toEqual([
      ['on', '2019', '2019'],
      ['on', '2016', '2016'],
    ]);
  });

  it('reads no year inside an identifier or an address', () => {
    expect(
      dates(
        'They exploited CVE-2022-42475 and softwareCVE-2021-1234 (VMSA-2018-0002, report_2019.pdf), ' +
          'see https://www.welivesecurity.com/2022/04/27/lookback/ for more.',
      ),
    ).toEqual([]);
    // A number after the year that is no later year: an alert's serial, not a range.
    expect(dates('See Flash Alert 2025-14, bulletin 2024-003 and CVE 2017-0037.')).toEqual([]);
    // A day written with dots or slashes, not a version's numbers.
    expect(
      dates('Posted 2026.10.21 and 2026/10/22; build 1.2026.10.23.5 is not.')
        .map(([, value]) => value)
        .filter((v) => v?.length === 10),
    ).toEqual(['2026-10-21', '2026-10-22']);
    // The day first with dots; not inside a longer run of numbers.
    expect(dates('On 10.07.2025 emails were sent; build 1.10.07.2025 is not.')).toEqual([
      ['on', '2025-07-10', '10.07.2025'],
    ]);
    // An actor's name in Microsoft's scheme; a month or a time of year before the hyphen stays a date.
    expect(dates('Storm-2077 and Storm-1984 sprayed passwords.')).toEqual([]);
    expect(dates('Seen Oct-2021, Mid-2022 and Summer-2023.').map(([, value]) => value)).toEqual([
      '2021-10',
      '2022',
      '2023',
    ]);
    expect(dates('Samples from 2022-12 onwards.').map(([, value]) => value)).toEqual(['2022']);
    // A link's slug dates nothing in the prose.
    expect(
      dates(
        'Ledger revealed a [breach](https://www.ledger.com/addressing-the-july-2020-e-commerce).',
      ),
    ).toEqual([]);
  });

  it('reads years after a month, a season or another year, a day and month, and timestamps', () => {
    expect(
      dates(
        'Seen mid-2022, in Oct-2021, over 2019-2020, in 2020-21 and on 05/2023 at 2020-08-05T12:28:27.',
      ),
    ).toEqual([
      ['on', '2022', '2022'],
      ['on', '2021-10', 'Oct-2021'],
      ['on', '2019', '2019'],
      ['on', '2020', '2020'],
      ['on', '2020', '2020'],
      ['on', '2023', '2023'],
      ['on', '2020-08-05', '2020-08-05'],
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
    expect(
      dates('In the past twelve months, and in the past three years, it grew.', '2025-08-20'),
    ).toEqual([
      ['since', '2024-08', 'In the past twelve months'],
      ['since', '2022', 'in the past three years'],
    ]);
    expect(dates('Over the last 18 months it grew.', '2025-03-01')).toEqual([
      ['since', '2023-09', 'Over the last 18 months'],
    ]);
    expect(
      dates(
        'The actors kept access for at least five years, for the past two years quietly.',
        '2024-02-07',
      ),
    ).toEqual([
      ['since', '2019', 'for at least five years'],
      ['since', '2022', 'for the past two years'],
    ]);
    expect(dates('A campaign in November hit banks.', '2025-05-28')).toEqual([
      ['on', '2024-11', 'in November'],
    ]);
    // A month right before the intrusion it dates, after its article; not before another noun.
    expect(dates('They blamed hackers for an April cyberattack on a dam.', '2025-08-13')).toEqual([
      ['on', '2025-04', 'April'],
    ]);
    expect(dates('The May breach was contained.', '2025-08-13')).toEqual([
      ['on', '2025-05', 'May'],
    ]);
    expect(
      dates(
        'A March report said so. April attacks grew. Officials said April attack data is old.',
        '2025-08-13',
      ),
    ).toEqual([]);
  });

  it('reads a day and month written alone in the year the text wrote that month in before', () => {
    const story =
      'Sandworm caused a power outage in October 2022. The intrusion began in June 2022. On October 10, the hackers tripped breakers.';
    expect(dates(story, '2023-11-09').at(-1)).toEqual(['on', '2022-10-10', 'On October 10']);
    // Another year between: the month is the publication's.
    const history = `Sandworm caused a power outage in October 2022. The NotPetya attack was in 2017. On October 10, it struck again.`;
    expect(dates(history, '2023-11-09').at(-1)).toEqual(['on', '2023-10-10', 'On October 10']);
    // A month between whose year only the publication date tells.
    const later =
      'CISA attributed the loaders to Lazarus in April 2021. On March 31 it was reported. On April 3, Kaspersky saw it.';
    expect(dates(later, '2023-04-20').slice(-2)).toEqual([
      ['on', '2023-03-31', 'On March 31'],
      ['on', '2023-04-03', 'On April 3'],
    ]);
    expect(dates(later)).toEqual([['on', '2021-04', 'April 2021']]);
  });

  it('reads a month written alone in the year its sentence wrote before it', () => {
    expect(
      dates(
        'They gained access in August 2022 and were detected in October. In March it was sold.',
        '2024-01-23',
      ),
    ).toEqual([
      ['on', '2022-08', 'August 2022'],
      ['on', '2022-10', 'in October'],
      ['on', '2023-03', 'In March'],
    ]);
    expect(dates('It began in November 2022 and was found in February.')).toEqual([
      ['since', '2022-11', 'began in November 2022'],
      ['on', '2023-02', 'in February'],
    ]);
  });

  it('reads a start stated by a month or day written alone', () => {
    expect(
      dates(
        'The hackers gained access as early as February. As far back as 3 March, they left.',
        '2025-05-02',
      ),
    ).toEqual([
      ['since', '2025-02', 'as early as February'],
      ['since', '2025-03-03', 'As far back as 3 March'],
    ]);
    // The part of the month between the cue and its name.
    expect(
      dates(
        'Hackers have exploited the flaws since early December. It ran until late-March.',
        '2024-01-11',
      ),
    ).toEqual([
      ['since', '2023-12', 'since early December'],
      ['until', '2023-03', 'until late-March'],
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

describe('extractDates: periods', () => {
  it('reads "since at least", "between ... and" and "from ... to" as a start and an end', () => {
    expect(dates('They have been inside since at least March 2021.')).toEqual([
      ['since', '2021-03', 'since at least March 2021'],
    ]);
    expect(dates('The intrusion ran from 2021 to 2023.')).toEqual([
      ['since', '2021', 'from 2021'],
      ['until', '2023', '2023'],
    ]);
    expect(dates('Mail was read between October 2019 and 2022-03-01.')).toEqual([
      ['since', '2019-10', 'between October 2019'],
      ['until', '2022-03-01', '2022-03-01'],
    ]);
    expect(dates('Access lasted until March 2024.')).toEqual([
      ['until', '2024-03', 'until March 2024'],
    ]);
    // A wrapped line between the cue and the date.
    expect(dates('It has targeted organizations since at least\n2014.')).toEqual([
      ['since', '2014', 'since at least\n2014'],
    ]);
  });

  it('reads a range of months sharing one year as a start and an end', () => {
    expect(dates('It took place between July and September 2022 at one site.')).toEqual([
      ['since', '2022-07', 'between July'],
      ['until', '2022-09', 'September 2022'],
    ]);
    expect(dates('From mid-June through mid-July 2022, CISA responded.')).toEqual([
      ['since', '2022-06', 'From mid-June'],
      ['until', '2022-07', 'mid-July 2022'],
    ]);
    expect(dates('A second intrusion ran from March to May 2023.')).toEqual([
      ['since', '2023-03', 'from March'],
      ['until', '2023-05', 'May 2023'],
    ]);
    expect(dates('Activity peaked July–September 2022.')).toEqual([
      ['since', '2022-07', 'July'],
      ['until', '2022-09', 'September 2022'],
    ]);
    // Two months named, no range: each a point of the year after the last; a range across a new year leaves
    // its first year unsaid.
    expect(dates('Mail was sent in July and September 2022.')).toEqual([
      ['on', '2022-07', 'in July'],
      ['on', '2022-09', 'September 2022'],
    ]);
    expect(dates('Observed in January, March, and April 2025, it is new.')).toEqual([
      ['on', '2025-01', 'in January'],
      ['on', '2025-03', 'March'],
      ['on', '2025-04', 'April 2025'],
    ]);
    expect(dates('It ran from November to February 2023.')).toEqual([
      ['on', '2023-02', 'February 2023'],
    ]);
    // Days too: the last one's year is both days', the year before where the range crosses into a new one.
    expect(dates('Between March 16 and May 16, 2025, 394,000 computers were infected.')).toEqual([
      ['since', '2025-03-16', 'March 16'],
      ['on', '2025-05-16', 'May 16, 2025'],
    ]);
    expect(dates('From December 20 to January 5, 2025, the gang struck.')).toEqual([
      ['since', '2024-12-20', 'December 20'],
      ['on', '2025-01-05', 'January 5, 2025'],
    ]);
    expect(dates('It was seen on March 16 and May 16, 2025.')).toEqual([
      ['on', '2025-03-16', 'on March 16'],
      ['on', '2025-05-16', 'May 16, 2025'],
    ]);
  });

  it('leaves a date after "to" a point when no period opened before it', () => {
    expect(dates('In 2021 the group moved to 2022 infrastructure.')).toEqual([
      ['on', '2021', '2021'],
      ['on', '2022', '2022'],
    ]);
  });

  it('gives relative dates the role of the cue before them', () => {
    expect(dates('The attackers have been inside since last year.', '2025-05-28')).toEqual([
      ['since', '2024', 'since last year'],
    ]);
    expect(dates('The intrusion began two years ago.', '2025-05-28')).toEqual([
      ['since', '2023', 'began two years ago'],
    ]);
    expect(dates('The ministry was hit two years ago.', '2025-05-28')).toEqual([
      ['on', '2023', 'two years ago'],
    ]);
    expect(dates('They stayed until March.', '2025-05-28')).toEqual([
      ['until', '2025-03', 'until March'],
    ]);
  });

  it('reads "from" after one event as when it happened, not as the start of a period', () => {
    expect(dates('They blamed Russia for the attack from last year.', '2024-05-03')).toEqual([
      ['on', '2023', 'last year'],
    ]);
    expect(dates('In this intrusion from April 2022, the actors used a loader.')).toEqual([
      ['on', '2022-04', 'from April 2022'],
    ]);
    expect(dates('The group has been active from April 2022.')).toEqual([
      ['since', '2022-04', 'from April 2022'],
    ]);
  });

  it('reads a day and month written without a year in the year the text stands in', () => {
    const text =
      'LONDON, 22 November 2023 — The library has been offline since 28 October. On 3 November ' +
      'the gang posted its files, and on November 20th it sold them.';
    expect(dates(text, '2023-11-22T00:00:00.000Z')).toEqual([
      ['on', '2023-11-22', '22 November 2023'],
      ['since', '2023-10-28', 'since 28 October'],
      ['on', '2023-11-03', 'On 3 November'],
      ['on', '2023-11-20', 'on November 20th'],
    ]);
    // A deadline is the next such day when it comes within a quarter, the last one otherwise.
    expect(
      dates('Agencies must patch by December 1. By March 12 they had left.', '2026-11-10'),
    ).toEqual([
      ['on', '2026-12-01', 'by December 1'],
      ['on', '2026-03-12', 'By March 12'],
    ]);
    expect(dates('Patch by 15 January.', '2026-11-10')).toEqual([
      ['on', '2027-01-15', 'by 15 January'],
    ]);
    // A number that is no day is no date.
    expect(dates('The 45 March figures and the March 45 list.', '2023-11-22')).toEqual([]);
  });
});
