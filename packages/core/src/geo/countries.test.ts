/** Country names inside generated sentences: "the" where English puts it, by the name used. */
import { describe, expect, it } from 'vitest';
import { countryByCode, countryInProse } from './countries.ts';

describe('countryInProse', () => {
  it('puts "the" before names that take it', () => {
    for (const [name, written] of [
      ['United Kingdom', 'the United Kingdom'],
      ['United States', 'the United States'],
      ['Netherlands', 'the Netherlands'],
      ['Czech Republic', 'the Czech Republic'],
      ['Russian Federation', 'the Russian Federation'],
      ['Philippines', 'the Philippines'],
      ['United Arab Emirates', 'the United Arab Emirates'],
      ['Democratic Republic of the Congo', 'the Democratic Republic of the Congo'],
      ['UK', 'the UK'],
      ['U.S.', 'the U.S.'],
    ]) {
      expect(countryInProse(name!)).toBe(written);
    }
  });

  it('leaves names without the article, or already with it, as they are', () => {
    for (const name of [
      'Czechia',
      'Great Britain',
      'China',
      'Norway',
      'Hong Kong',
      'The Netherlands',
      'the Gambia',
      'Iran (Islamic Republic of)',
    ]) {
      expect(countryInProse(name)).toBe(name);
    }
  });

  it('covers the short names the country table builds names with', () => {
    expect(countryInProse(countryByCode('GB')!.name)).toBe('the United Kingdom');
    expect(countryInProse(countryByCode('US')!.name)).toBe('the United States');
    expect(countryInProse(countryByCode('NL')!.name)).toBe('the Netherlands');
    expect(countryInProse(countryByCode('CZ')!.name)).toBe('Czechia');
  });
});
