import { describe, expect, it } from 'vitest';
import { dateInAddress, findDateline } from './dateline.ts';

const dateOf = (text: string) => findDateline(text)?.date;

describe('findDateline', () => {
  it('reads the date a report states at its top', () => {
    expect(dateOf('Parliament breach\n\nHelsinki, 18 March 2021 — Supo said on Thursday…')).toBe(
      '2021-03-18',
    );
    expect(dateOf('WASHINGTON (Reuters), March 9, 2021 - The agency said…')).toBe('2021-03-09');
    expect(dateOf('Title\n\nSEOUL, Nov 3, 2026 (Yonhap) -- The police said…')).toBe('2026-11-03');
    expect(dateOf('Title\nPublished: 2024-05-28\n\nBody text.')).toBe('2024-05-28');
    expect(dateOf('Title\nPosted on Sept 3rd, 2023 by the team\nBody')).toBe('2023-09-03');
    expect(dateOf('Title\n\nPress release, 21 May 2025\n\nBody')).toBe('2025-05-21');
    expect(dateOf('Title\n\nJoint advisory, 8 July 2026\n\nBody')).toBe('2026-07-08');
    expect(dateOf('Title\nJoint Cybersecurity Advisory: March 3, 2026\nBody')).toBe('2026-03-03');
    expect(dateOf('Title\nAn advisory, 8 July 2026, said\nBody')).toBeUndefined();
    expect(dateOf('# Title\n\n*Thursday, March 18, 2021*\n\nBody')).toBe('2021-03-18');
    expect(dateOf('Title\n## 7 Jan 2022\nBody')).toBe('2022-01-07');
    expect(dateOf('Title\n\nTel Aviv, 12 February 2024\n\nBody')).toBe('2024-02-12');
    expect(dateOf('Title\nBy Staff Writer - November 9, 2023\n\nBody')).toBe('2023-11-09');
    expect(
      dateOf('# Alert\n\n**Release date:** February 07, 2024 | **Alert code:** AA24-038A'),
    ).toBe('2024-02-07');
    expect(dateOf('Title\nPosted by Anna van Dijk and Bo Li on 9 Nov 2023\nBody')).toBe(
      '2023-11-09',
    );
    expect(dateOf('Title\nby J. Smith | Updated: Thursday, March 18, 2021\nBody')).toBe(
      '2021-03-18',
    );
    expect(
      dateOf('TLP:AMBER\n\nTitle\n\nPrepared by the CERT-EU Threat Analysis team, 3 March 2026\n'),
    ).toBe('2026-03-03');
    // The source, then the date ending its line; a year-first date with dots or slashes.
    expect(dateOf('Title\n\nAhnLab Security Intelligence Center (ASEC) — 2026.03.05\nBody')).toBe(
      '2026-03-05',
    );
    expect(dateOf('Title\nUnit 42 | March 5, 2026\nBody')).toBe('2026-03-05');
    expect(dateOf('Title\nPublished: 2026/03/05\nBody')).toBe('2026-03-05');
    // The day first with dots, as CERT-UA writes it under its title.
    expect(dateOf('CERT-UA#8399: Cyberattacks by UAC-0001\n\n17.07.2025\n\nBody')).toBe(
      '2025-07-17',
    );
    expect(dateOf('Title\n31.02.2025\nBody')).toBeUndefined();
    expect(dateOf('Title\nUnit 42 | March 5, 2026 saw attacks\nBody')).toBeUndefined();
    // A time of day after the date.
    expect(dateOf('Title\nBy A and B\nThursday, March 20, 2025 06:00\nBody')).toBe('2025-03-20');
    expect(dateOf('Title\nMarch 20, 2025 6:00 PM UTC\nBody')).toBe('2025-03-20');
    // The date first, then the source or the reading time.
    expect(dateOf('Title\n\nNovember 20, 2026 | Microsoft Threat Intelligence\nBody')).toBe(
      '2026-11-20',
    );
    expect(dateOf('Title\nMarch 5, 2026 · 6 min read · Unit 42\nBody')).toBe('2026-03-05');
    expect(dateOf('Title\nMarch 5, 2026 | ' + 'x'.repeat(70) + '\nBody')).toBeUndefined();
  });

  it('takes no year alone, no date further down, no date inside prose, no impossible day', () => {
    expect(dateOf('Title\nIn 2021 the group struck again.')).toBeUndefined();
    expect(dateOf('Title\nBy 18 March 2021 the group had struck again.')).toBeUndefined();
    expect(dateOf('Title\nIn Israel, 12 February 2024 saw attacks.')).toBeUndefined();
    expect(dateOf('Title\nThe intrusion began on 18 March 2021 — officials said.')).toBeUndefined();
    expect(dateOf(`${'line\n'.repeat(10)}Helsinki, 18 March 2021 — text`)).toBeUndefined();
    expect(dateOf('Title\n31 February 2021 — text')).toBeUndefined();
    expect(dateOf('Title\nBerlin, 18 March 1850 — text')).toBeUndefined();
    expect(dateOf('')).toBeUndefined();
  });

  it("reads, last, the day in the report's own permalink at its top", () => {
    const report = (url: string) =>
      `title: Emotet Strikes Again\nurl: ${url}\n\nIn June of 2022, we observed…`;
    expect(
      findDateline(report('https://thedfirreport.com/2022/11/28/emotet-strikes-again/')),
    ).toEqual({
      date: '2022-11-28',
      words: 'https://thedfirreport.com/2022/11/28/emotet-strikes-again/',
    });
    expect(dateOf(report('https://blog.example.com/2021/02/30/title/'))).toBeUndefined();
    expect(dateOf(report('https://blog.example.com/2021/06/title/'))).toBeUndefined();
    expect(dateOf(`${report('https://a.example/2020/01/02/x')}\nPublished: 2020-01-05\n`)).toBe(
      '2020-01-05',
    );
    expect(dateOf('Title\nSee https://a.example/2020/01/02/x for more.')).toBeUndefined();
    expect(dateInAddress('https://a.example/posts/2019/12/12/recent-bulehero')).toBe('2019-12-12');
    expect(dateInAddress('not a url /2019/12/12/')).toBeUndefined();
  });

  it('looks at the start of each top line only, so a 50 MB line costs no more than a short one', () => {
    expect(findDateline(`Helsinki, ${'x'.repeat(50_000_000)}`)).toBeUndefined();
    expect(findDateline(`${'Helsinki, '.repeat(5_000_000)}18 March 2021 — text`)).toBeUndefined();
  });
});
