import { describe, expect, it } from 'vitest';
import { findEstimativePhrases, firstEstimativePhrase } from './estimative-language.ts';

const first = (text: string) => findEstimativePhrases(text)[0];

describe('findEstimativePhrases (STIX 2.1 Appendix A scales)', () => {
  it.each([
    ['attributed with a high degree of certainty', 85, 'high degree of certainty'],
    ['marking a high-degree of certainty after', 85, 'high-degree of certainty'],
    ['we assess with high confidence that', 85, 'high confidence'],
    ['we assess with moderate confidence that', 50, 'moderate confidence'],
    ['the actor is likely linked to', 70, 'likely'],
    ['the actor is very likely linked to', 85, 'very likely'],
    ['it was almost certainly carried out by', 95, 'almost certainly'],
    ['it is unlikely that', 30, 'unlikely'],
    ['with low confidence', 15, 'low confidence'],
    ['With a moderate level of confidence, the activity is', 50, 'moderate level of confidence'],
    ['with a low degree of confidence', 15, 'low degree of confidence'],
    ['we are moderately confident that', 50, 'moderately confident'],
    ['it assessed with high probability that', 85, 'high probability'],
    ['there is a low probability that', 30, 'low probability'],
    ['the group was almost certainly not involved', 10, 'almost certainly not'],
    ['it is a realistic possibility that', 40, 'realistic possibility'],
    ['there is a remote chance that', 5, 'remote chance'],
    ['with roughly even odds', 50, 'roughly even odds'],
  ])('%s -> %i', (text, confidence, words) => {
    expect(first(text)).toMatchObject({ confidence, text: words });
  });

  it('states no confidence for a bare link', () => {
    expect(findEstimativePhrases('APT31, a group linked to the MSS, affiliated with it')).toEqual(
      [],
    );
  });

  it('returns offsets into the whole text when searching a slice', () => {
    const text = 'Intro. Officials said it was likely them.';
    const [found] = findEstimativePhrases(text, 7);
    expect(found && text.slice(found.start, found.end)).toBe('likely');
  });

  it('uses up the words of a phrase, and finds every phrase or only the first', () => {
    const text =
      'It is very likely, and highly-likely, that we assess with Moderate Confidence: likely.';
    expect(findEstimativePhrases(text).map((p) => [p.text, p.confidence])).toEqual([
      ['very likely', 85],
      ['highly-likely', 85],
      ['Moderate Confidence', 50],
      ['likely', 70],
    ]);
    expect(firstEstimativePhrase(text, 20)).toMatchObject({ text: 'highly-likely', start: 23 });
    // A slice cutting a word keeps only its part: "unlikely" cut to "likely".
    expect(firstEstimativePhrase('it is unlikely', 8)).toMatchObject({ text: 'likely', start: 8 });
    expect(firstEstimativePhrase('likely', 0, 4)).toBeUndefined();
  });
});
