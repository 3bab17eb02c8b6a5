import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const found = (text: string) =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'identity' || e.type === 'campaign')
    .map(
      (e) => `${e.name} ${((e.properties?.['sectors'] as string[] | undefined) ?? []).join(',')}`,
    );

describe("a US federal body's name after a state's", () => {
  it("is the state's body, a victim by the same words", () => {
    expect(
      found(
        'Hackers breached the Minnesota Department of Education in 2023; the New York Department of ' +
          'Education was spared.',
      ),
    ).toEqual([
      'Minnesota Department of Education government-regional',
      'New York Department of Education government-regional',
      'Intrusion into Minnesota Department of Education ',
    ]);
  });

  it('is the federal body without one', () => {
    expect(found('The Department of Education in Washington said so.')).toEqual([
      'Department of Education government-national',
    ]);
  });
});

describe("a state's name, a head and what it is of", () => {
  it("is the state's body, though no federal body is so named", () => {
    expect(
      found(
        'Hackers breached the Louisiana Office of Motor Vehicles in June, and the North Carolina ' +
          'Board of Pharmacy said it was not affected.',
      ),
    ).toEqual([
      'Louisiana Office of Motor Vehicles government-regional',
      'North Carolina Board of Pharmacy government-regional',
      'Intrusion into Louisiana Office of Motor Vehicles ',
    ]);
  });

  it('needs the state and what the body is of', () => {
    expect(found('The Gotham Office of Motor Vehicles and the Texas Office said nothing.')).toEqual(
      [],
    );
  });
});
