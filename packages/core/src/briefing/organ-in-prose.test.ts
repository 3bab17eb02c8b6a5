import { describe, expect, it } from 'vitest';
import { organInProse } from './organ-in-prose.ts';

describe('a state organ in a sentence', () => {
  it('takes "the" before an organ word or an acronym', () => {
    expect(organInProse('Ministry of State Security')).toBe('the Ministry of State Security');
    expect(organInProse('Islamic Revolutionary Guard Corps')).toBe(
      'the Islamic Revolutionary Guard Corps',
    );
    expect(organInProse('GRU')).toBe('the GRU');
    expect(organInProse('Government of India')).toBe('the Government of India');
  });

  it('keeps a determiner or number of its own, and a name that is no organ', () => {
    expect(organInProse('China’s Ministry of State Security')).toBe(
      'China’s Ministry of State Security',
    );
    expect(organInProse('Unit 29155')).toBe('Unit 29155');
    expect(organInProse('The Ministry of Defence')).toBe('The Ministry of Defence');
    expect(organInProse('Mikhail Matveev')).toBe('Mikhail Matveev');
  });
});
