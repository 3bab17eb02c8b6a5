import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';
import { withSectorsInNames } from './sectors-in-names.ts';

const empty = buildKnowledgeIndex([]);

/** Each identity of the text as "name: sectors: mention texts". */
function identities(text: string): string[] {
  return withSectorsInNames(extractEntities(text, splitSentences(text), empty))
    .filter((e) => e.type === 'identity')
    .map(
      (e) =>
        `${e.name}: ${JSON.stringify(e.properties?.['sectors'] ?? '-')}: ${e.mentions.map((m) => m.text).join(' | ')}`,
    );
}

describe('a company’s sector named by its own name', () => {
  it('is the company’s, and no sector the report speaks of', () => {
    expect(identities('Zorvex Logistics Ltd said the attack delayed deliveries.')).toEqual([
      'Zorvex Logistics Ltd: ["transportation"]: Zorvex Logistics Ltd',
    ]);
  });

  it('leaves the sector its other mentions name, and a sector a description gave', () => {
    expect(identities('Zorvex Logistics Ltd was hit. Other logistics firms were hit too.')).toEqual(
      [
        'Transportation sector: ["transportation"]: logistics',
        'Zorvex Logistics Ltd: ["transportation"]: Zorvex Logistics Ltd',
      ],
    );
    expect(identities('Hackers hit casino operator Zorvex Software in May.')).toEqual([
      'Zorvex Software: ["hospitality-leisure"]: Zorvex Software',
    ]);
  });
});
