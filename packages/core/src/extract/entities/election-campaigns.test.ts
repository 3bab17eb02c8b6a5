import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const found = (text: string) =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.via === 'election-campaign' || e.via === 'intrusion-of-victim')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join('|')}`);

describe('election campaigns', () => {
  it('are the campaigns "of" candidates, named after their family names', () => {
    expect(
      found(
        'The group targets people tied to the campaigns of both Donald Trump and Kamala Harris.',
      ),
    ).toEqual(['Trump campaign: campaigns of both Donald Trump', 'Harris campaign: Kamala Harris']);
    expect(found('APT99 was behind the 2017 attack on the campaign of Emmanuel Macron.')).toEqual([
      'Macron campaign: campaign of Emmanuel Macron',
      'Intrusion into the Macron campaign: attack',
    ]);
  });

  it('are "the X campaign" of a candidate the text names, and tell of their own intrusion', () => {
    expect(
      found(
        'Hackers emailed staff of former President Donald Trump. The Trump campaign said some of its ' +
          'internal communications had been hacked.',
      ),
    ).toEqual(['Trump campaign: Trump campaign', 'Intrusion into the Trump campaign: hacked']);
    expect(found('Kamala Harris spoke. The Harris presidential campaign said so.')).toEqual([]);
    expect(
      found('Vice President Kamala Harris spoke. The Harris presidential campaign said so.'),
    ).toEqual(['Harris campaign: Harris presidential campaign']);
  });

  it('are read from a list of candidates, to the end of the name', () => {
    expect(
      found('It hit the campaigns of Donald Trump, Kamala Harris, and Joe Biden in 2024.'),
    ).toEqual([
      'Trump campaign: campaigns of Donald Trump',
      'Harris campaign: Kamala Harris',
      'Biden campaign: Joe Biden',
      'Intrusion into Biden campaign, Harris campaign and Trump campaign: hit',
    ]);
    expect(found('It targeted the campaign of Donald Trump. Harris spoke later.')).toEqual([
      'Trump campaign: campaign of Donald Trump',
      'Intrusion into the Trump campaign: targeted',
    ]);
  });

  it('are no named operation, nor a campaign of common words', () => {
    expect(found('Police ran the campaign of Operation Cronos against the gang.')).toEqual([]);
    expect(found('The Ghostwriter campaign and the campaign of Operation Ghost Writer.')).toEqual(
      [],
    );
    expect(found('It was a campaign of Dream Job lures and the campaign of Zorvex.')).toEqual([]);
  });
});
