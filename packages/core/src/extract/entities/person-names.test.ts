import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const places = (text: string): string[] =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'location')
    .map((e) => e.name);

describe("a country's name that is a person's", () => {
  it('is no place after a title, as a surname or a given name', () => {
    expect(places('"They stole data," said Deputy Attorney General Lisa Monaco.')).toEqual([]);
    expect(places('Foreign Minister Israel Katz condemned the attack on Iran.')).toEqual(['Iran']);
    expect(places('The hearing was chaired by Rep. Jim Jordan.')).toEqual([]);
  });

  it('stays a place without a title, or without a name beside it', () => {
    expect(places('The Attorney General of Georgia said Jordan was hit.')).toEqual([
      'Georgia',
      'Jordan',
    ]);
    expect(places('The minister said Israel was the target.')).toEqual(['Israel']);
    expect(places('Prime Minister Visits Israel\n\nHe met officials.')).toEqual(['Israel']);
    expect(places('Hackers hit ministries in Monaco and Jordan.')).toEqual(['Monaco', 'Jordan']);
  });

  it("is no country where the words make it a US state's: a federal court's district, a city's state", () => {
    const georgia = (text: string) =>
      extractEntities(text, splitSentences(text), empty)
        .filter((e) => e.type === 'location')
        .map((e) => `${e.name} ${e.mentions.length}`);
    expect(
      georgia(
        'A court in the Northern District of Georgia ordered it. The firm is in Atlanta, Georgia. ' +
          'APT28 targeted Georgia.',
      ),
    ).toEqual(['Georgia 1']);
  });
});
