/**
 * Who a briefing is about: the actor the report's intrusion is attributed to, before a known actor the report
 * names for another reason.
 */
import { describe, expect, it } from 'vitest';
import { intrusionSet } from '../../../../test-support/intrusion-sets.ts';
import { analyzeReport } from '../analyze/analyze-report.ts';
import { prepareKnowledge } from '../analyze/knowledge.ts';
import { mainActor } from './insights.ts';

const knowledge = prepareKnowledge([intrusionSet(7, 'APT28', 'G0007')]);
const who = (text: string): string | undefined => {
  const { entities, relations } = analyzeReport(text, { knowledge });
  return mainActor(entities, relations)?.name;
};

describe('mainActor', () => {
  it('is the actor the intrusion is attributed to, before a known actor named for another reason', () => {
    expect(
      who(
        'Hackers breached Acme Corp. in May. The attack was carried out by the Zorvex gang. ' +
          'Investigators said APT28 had used similar lures in 2019.',
      ),
    ).toBe('Zorvex');
  });

  it('is a known actor before a new name when no intrusion is attributed', () => {
    expect(who('APT28 sent phishing emails in May. The Zorvex gang was seen too.')).toBe('APT28');
  });

  it("is the set a state organ's unit is known as, the intrusion told of the unit", () => {
    const units = prepareKnowledge([intrusionSet(8, 'Ember Bear', 'G1003', ['Cadet Blizzard'])]);
    const whoOf = (text: string) => {
      const { entities, relations } = analyzeReport(text, { knowledge: units });
      return mainActor(entities, relations)?.name;
    };
    const named =
      'The three are officers of the Russian military intelligence service (GRU) Unit 29155, which is ' +
      'also known as Cadet Blizzard and Ember Bear.';
    const deed =
      'In 2020, Unit 29155 carried out cyber-attacks against the Estonian Ministry of Social Affairs.';
    expect(whoOf(`${named} ${deed}`)).toBe('Ember Bear');
    // A set named apart from the unit is not it.
    expect(whoOf(`The Russian military intelligence service (GRU) ran Ember Bear. ${deed}`)).toBe(
      'GRU',
    );
  });

  it("is the one the report's title names, known or not", () => {
    expect(
      who(
        'Zorvex Sleet: remote IT workers evolve their tactics\n\nMicrosoft tracks the activity as ' +
          'Zorvex Sleet and APT28. APT28 sent phishing emails in May.',
      ),
    ).toBe('Zorvex Sleet');
  });
});
