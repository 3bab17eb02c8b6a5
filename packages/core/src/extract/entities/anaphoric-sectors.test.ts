import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { withAnaphoricSectors } from './anaphoric-sectors.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);

/** Each company of the text as "name: sectors: mention texts". */
function companies(text: string): string[] {
  const sentences = splitSentences(text);
  return withAnaphoricSectors(text, sentences, extractEntities(text, sentences, empty))
    .filter((e) => e.type === 'identity' && e.via.startsWith('company'))
    .map(
      (e) =>
        `${e.name}: ${JSON.stringify(e.properties?.['sectors'] ?? '-')}: ${e.mentions.map((m) => m.text).join(' | ')}`,
    );
}

describe('a company’s sector told by the noun a later sentence refers to it with', () => {
  it('is the noun’s, which becomes a mention of the one company named just before', () => {
    expect(
      companies(
        'Marks & Spencer has confirmed that customers’ data was taken in the attack. The retailer ' +
          'said card details were safe.',
      ),
    ).toEqual(['Marks & Spencer: ["retail"]: Marks & Spencer | The retailer']);
    expect(
      companies(
        'Zorvex Widgets Inc. was hacked in April. The British carmaker said it had recovered.',
      ),
    ).toEqual(['Zorvex Widgets Inc: ["automotive"]: Zorvex Widgets Inc | The British carmaker']);
  });

  it('is read only where the noun opens its sentence and one company is named within reach', () => {
    // Two companies named: the noun may stand for either.
    expect(
      companies(
        'Hackers breached Zorvex Resorts and Acme Widgets Inc. in April. The retailer said so.',
      ),
    ).toEqual(['Zorvex Resorts: "-": Zorvex Resorts', 'Acme Widgets Inc: "-": Acme Widgets Inc']);
    // Not the subject: the victim's bank is another company.
    expect(
      companies('Acme Widgets Inc. was hacked in April. A lure came from the bank, it said.'),
    ).toEqual(['Acme Widgets Inc: "-": Acme Widgets Inc']);
    // Too far back.
    expect(
      companies(
        'Acme Widgets Inc. was hacked in April. It said so. Police came. Nobody knew. The bank said so.',
      ),
    ).toEqual(['Acme Widgets Inc: "-": Acme Widgets Inc']);
    // A sector the description already gave stays.
    expect(
      companies('Hackers breached casino operator Zorvex Resorts in May. The bank said so.'),
    ).toEqual(['Zorvex Resorts: ["hospitality-leisure"]: Zorvex Resorts']);
  });
});
