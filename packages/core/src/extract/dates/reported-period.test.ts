import { describe, expect, it } from 'vitest';
import type { Analysis, ExtractedEntity } from '../../analysis/types.ts';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';
import { splitSentences } from '../sentences.ts';
import { extractDates } from './extract-dates.ts';
import { reportedPeriods } from './reported-period.ts';

const knowledge = prepareKnowledge([]);

const analyze = (text: string, published?: string): Analysis =>
  analyzeReport(text, { knowledge, ...(published ? { published } : {}) });

/** The one campaign the text reports, which must exist for the case to mean anything. */
function campaignOf(analysis: Analysis): ExtractedEntity {
  const campaigns = analysis.entities.filter((e) => e.type === 'campaign');
  expect(campaigns).toHaveLength(1);
  return campaigns[0]!;
}

const seen = (text: string, published?: string) => {
  const { properties } = campaignOf(analyze(text, published));
  return { first_seen: properties?.first_seen, last_seen: properties?.last_seen };
};

describe('the period a report states for the intrusion', () => {
  it('takes a start stated in the sentence that reports the intrusion', () => {
    expect(
      seen('Officials said APT31 breached the Czech foreign ministry as early as 2022.'),
    ).toEqual({ first_seen: '2022-01-01T00:00:00.000Z', last_seen: undefined });
  });

  it('takes a start where a later sentence refers back to the victim', () => {
    const text =
      'Germany said APT29 hacked the German interior ministry. The attackers had been inside the ministry’s network since at least March 2021.';
    expect(seen(text).first_seen).toBe('2021-03-01T00:00:00.000Z');
  });

  it('takes both ends of a period, the start at its first instant and the end at its last', () => {
    expect(seen('The intrusion into Norway’s foreign ministry ran from 2021 to 2023.')).toEqual({
      first_seen: '2021-01-01T00:00:00.000Z',
      last_seen: '2023-12-31T23:59:59.999Z',
    });
    expect(
      seen('Hackers compromised the Finnish parliament between May 2020 and February 2024.'),
    ).toEqual({ first_seen: '2020-05-01T00:00:00.000Z', last_seen: '2024-02-29T23:59:59.999Z' });
    expect(
      seen('Hackers breached the Polish defence ministry and stayed inside until March 2024.'),
    ).toEqual({ first_seen: undefined, last_seen: '2024-03-31T23:59:59.999Z' });
  });

  it('resolves "last year" and "two years ago" against the publication date', () => {
    const text =
      'Hackers breached the German interior ministry and have been inside since last year.';
    expect(seen(text, '2025-05-28').first_seen).toBe('2024-01-01T00:00:00.000Z');
    const ago = 'The intrusion into Norway’s foreign ministry began two years ago.';
    expect(seen(ago, '2019-02-01').first_seen).toBe('2017-01-01T00:00:00.000Z');
  });

  it('dates the intrusion by a weekday the news names, not by the day it was told of', () => {
    const text =
      'A cyberattack on Ascension, one of the largest private health systems in the United States, has ' +
      'forced its hospitals to divert ambulances, the company said on Thursday. ' +
      'Ascension detected unusual activity on its network on Wednesday.';
    // Published on Friday 10 May 2024.
    expect(seen(text, '2024-05-10').first_seen).toBe('2024-05-08T00:00:00.000Z');
  });

  it('dates the intrusion by the start of its harm, not by the day a gang claimed it', () => {
    const text =
      'A ransomware attack on Zuiderlicht Zorggroep, which runs four hospitals, has forced the hospitals to ' +
      'postpone planned surgeries since Tuesday. The Zorvex gang claimed responsibility for the attack on ' +
      'its leak site on Thursday.';
    // Published on Friday 10 May 2024.
    expect(seen(text, '2024-05-10').first_seen).toBe('2024-05-07T00:00:00.000Z');
    expect(
      seen(
        'A ransomware attack hit Zuiderlicht Zorggroep. The Zorvex gang claimed the attack on Zuiderlicht ' +
          'Zorggroep on Thursday.',
        '2024-05-10',
      ).first_seen,
    ).toBeUndefined();
  });

  it('dates the intrusion by a day or month fronting the sentence that tells of it', () => {
    expect(
      seen('In September 2024, APT28 gained access to the Dutch police by stealing cookies.'),
    ).toEqual({ first_seen: '2024-09-01T00:00:00.000Z', last_seen: undefined });
    // A date after a link's bracket is no sentence's front: the publication's, here.
    expect(
      seen(
        'Researchers published a post (see here) on May 3, 2023, stating that APT28 breached the Dutch police.',
      ).first_seen,
    ).toBeUndefined();
  });

  it('takes the earliest of several starts stated for the intrusion', () => {
    const text =
      'APT31 breached the Czech foreign ministry as early as 2022. Investigators later found the attackers had been inside the ministry since 2020.';
    expect(seen(text).first_seen).toBe('2020-01-01T00:00:00.000Z');
  });

  it('takes the day or month the intrusion is told to have happened on when no start is stated', () => {
    const text =
      'UnitedHealth said it paid a ransom after a cyberattack on its Change Healthcare unit in February. The hackers gained access on February 12 through a Change Healthcare portal.';
    expect(seen(text, '2024-04-22').first_seen).toBe('2024-02-12T00:00:00.000Z');
    expect(
      seen('Hackers breached the Czech foreign ministry in 2021 and again in March 2023.')
        .first_seen,
    ).toBe('2021-01-01T00:00:00.000Z');
    // A stated start comes first.
    expect(
      seen('Hackers breached the Czech foreign ministry in 2021; they had been inside since 2019.')
        .first_seen,
    ).toBe('2019-01-01T00:00:00.000Z');
  });

  it('cites the words that state the start among the campaign’s mentions (provenance)', () => {
    const text = 'Officials said APT31 breached the Czech foreign ministry as early as 2022.';
    const campaign = campaignOf(analyze(text));
    const stating = campaign.mentions.find((m) => m.text === 'as early as 2022');
    expect(stating && text.slice(stating.start, stating.end)).toBe('as early as 2022');
    expect(stating?.sentence).toBe(0);
  });

  describe('dates that are not the intrusion’s', () => {
    it('a sanction', () => {
      expect(
        seen(
          'APT31 hacked the Czech foreign ministry. In 2021 the United States sanctioned officers over the hack of the ministry.',
        ),
      ).toEqual({ first_seen: undefined, last_seen: undefined });
      expect(
        seen(
          'Since 2021 the United States has sanctioned officers who hacked the Czech foreign ministry.',
        ).first_seen,
      ).toBeUndefined();
    });

    it('the publication date and what was published since', () => {
      expect(
        seen('Published 2025-05-28. APT31 hacked the Czech foreign ministry.', '2025-05-28'),
      ).toEqual({ first_seen: undefined, last_seen: undefined });
      expect(
        seen('The Czech foreign ministry has published advisories about the hacking since 2019.')
          .first_seen,
      ).toBeUndefined();
    });

    it('the group’s founding or history', () => {
      expect(
        seen('APT31, operational since 2010, breached the Czech foreign ministry as early as 2022.')
          .first_seen,
      ).toBe('2022-01-01T00:00:00.000Z');
      expect(
        seen('APT31 has existed since 2010 and hacked the Czech foreign ministry.').first_seen,
      ).toBeUndefined();
      expect(
        seen(
          'APT31 hacked the Czech foreign ministry. APT31 has stolen documents from governments since 2010.',
        ).first_seen,
      ).toBeUndefined();
      // A relative clause after the group tells its record; after the intrusion, the intrusion's.
      expect(
        seen(
          'The breach of the Czech foreign ministry bears the hallmarks of APT31, which has stolen documents since 2010.',
        ).first_seen,
      ).toBeUndefined();
      expect(
        seen('APT31 hacked the Czech foreign ministry, which has been infiltrated since 2022.')
          .first_seen,
      ).toBe('2022-01-01T00:00:00.000Z');
      // So does one inside the phrase set beside the group.
      expect(
        seen(
          'The breach of the Czech foreign ministry bears the hallmarks of APT31, a Chinese group that has stolen documents since 2010.',
        ).first_seen,
      ).toBeUndefined();
    });

    it('the day the intrusion was told of, or a dateline under the title', () => {
      expect(
        seen(
          'UnitedHealth disclosed the cyberattack on its Change Healthcare unit on February 21.',
          '2024-04-22',
        ).first_seen,
      ).toBeUndefined();
      expect(
        seen('The breach of the Czech foreign ministry was described by researchers in July 2020.')
          .first_seen,
      ).toBeUndefined();
      expect(
        seen(
          'Hackers breach the Czech foreign ministry\nMay 14, 2021\nThe attack on the ministry caused trouble.',
        ).first_seen,
      ).toBeUndefined();
    });

    it('an end before the stated start (STIX: first_seen <= last_seen)', () => {
      expect(
        seen('Hackers breached the Czech foreign ministry since 2023 and stayed until 2021.'),
      ).toEqual({ first_seen: '2023-01-01T00:00:00.000Z', last_seen: undefined });
    });
  });

  it('dates only campaigns Vigil names itself, not a known object it does not author', () => {
    const text = 'Operation Example breached the ministry since 2020.';
    const sentences = splitSentences(text);
    const known: ExtractedEntity = {
      key: 'campaign:operation example',
      type: 'campaign',
      name: 'Operation Example',
      ref: 'campaign--00000000-0000-4000-8000-000000000001',
      via: 'alias',
      mentions: [{ start: 0, end: 17, text: 'Operation Example', sentence: 0 }],
    };
    const { ref: _stored, ...unknown } = known;
    const periods = reportedPeriods({
      text,
      sentences,
      entities: [known, { ...unknown, key: 'campaign:new' }],
      dates: extractDates(text, sentences),
    });
    expect([...periods.keys()]).toEqual(['campaign:new']);
  });
});
