import { describe, expect, it } from 'vitest';
import { clauseAround, tellsOfActivity } from './activity-clause.ts';

/** The clause around the first occurrence of `date` in a one-sentence `text`. */
const clause = (text: string, date: string): string => {
  const start = text.indexOf(date);
  return clauseAround(text, { start: 0, end: text.length }, { start, end: start + date.length });
};

describe('the clause around a date', () => {
  it('stops at commas, brackets and table cells', () => {
    expect(clause('APT31, operational since 2010, breached the ministry.', 'since 2010')).toBe(
      ' operational since 2010',
    );
    expect(clause('| Valid | From March 2020 to June 2020 | Serial |', 'From March 2020')).toBe(
      ' From March 2020 to June 2020 ',
    );
    // An en dash between spaces and an em dash set a clause apart; a hyphen-like dash inside a word does not.
    expect(
      clause('The ministry was hacked \u2013 the actors were inside since 2021.', 'since 2021'),
    ).toBe('the actors were inside since 2021.');
    expect(
      clause('The ministry was hacked\u2014the actors were inside since 2021.', 'since 2021'),
    ).toBe('the actors were inside since 2021.');
    expect(clause('The 2020\u20132021 actors were inside since 2021.', 'since 2021')).toBe(
      'The 2020\u20132021 actors were inside since 2021.',
    );
  });

  it('takes the clause a fronted date introduces', () => {
    expect(clause('* Since 2022, the attackers read mail.', 'Since 2022')).toBe(
      '* Since 2022, the attackers read mail.',
    );
  });
});

describe('whether a clause tells of the activity', () => {
  it('accepts intrusion and access words', () => {
    expect(tellsOfActivity('the attackers had been inside the network since 2021')).toBe(true);
    expect(tellsOfActivity('of infiltrating its networks as early as 2022')).toBe(true);
  });

  it('refuses other events, even beside an activity word', () => {
    expect(tellsOfActivity('the US has sanctioned officers who hacked the ministry')).toBe(false);
    expect(tellsOfActivity('Proofpoint has tracked this actor since 2017')).toBe(false);
    expect(tellsOfActivity('public reporting on the intrusions exists since at least 2019')).toBe(
      false,
    );
    expect(tellsOfActivity('operational since 2010')).toBe(false);
  });
});
