import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const companies = (text: string) =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'identity' && e.properties?.['identity_class'] === 'organization')
    .map((e) => `${e.name} ${String(e.properties?.['sectors'])}`);

describe("a company's description", () => {
  it('gives it the sector its noun and the words before the noun name', () => {
    expect(
      companies(
        'The attack hit Danish shipping and maritime giant Zorbask, then Zorbacare, one of the ' +
          'largest private health systems in the United States, and Zorbaholdings Inc., a US ' +
          'hospital operator.',
      ),
    ).toEqual(['Zorbask transportation', 'Zorbacare healthcare', 'Zorbaholdings Inc healthcare']);
    expect(
      companies('Zorbalab, a pathology services provider that works with hospitals, was hit.'),
    ).toEqual(['Zorbalab healthcare']);
  });

  it('names a company and its sector by the places a relative clause says it runs', () => {
    expect(
      companies(
        'A ransomware attack on Zuiderlicht Zorggroep, which runs four hospitals in Zeeland, forced ' +
          'diversions. Zorbamart Holdings, which operates more than 300 stores, was hit too.',
      ),
    ).toEqual(['Zuiderlicht Zorggroep healthcare', 'Zorbamart Holdings retail']);
    // Running something else, or no name before it, is no such description.
    expect(
      companies(
        'Hackers hit Zuiderlicht Zorggroep, which runs Windows. The firm, which runs four clinics, said so.',
      ),
    ).toEqual([]);
  });

  it('gives it the sector and the country of an apposition a country\'s possessive or "another" opens', () => {
    const placed = (text: string) =>
      extractEntities(text, splitSentences(text), empty)
        .filter((e) => e.via === 'company-description')
        .map(
          (e) =>
            `${e.name} ${String(e.properties?.['sectors'])} ${String(e.properties?.['country'])}`,
        );
    expect(
      placed(
        "Hackers hit Zorbastar, Ukraine's largest mobile operator, and Zorbacom, South Korea's " +
          'biggest bank. Zorbino, another casino operator, paid.',
      ),
    ).toEqual([
      'Zorbastar telecommunications UA',
      'Zorbacom financial-services KR',
      'Zorbino hospitality-leisure undefined',
    ]);
  });

  it('gives none for a word hyphenated to another, or where no trade is named', () => {
    expect(
      companies(
        'The file was signed by online-banking security vendor Zorbatron, and the attack hit ' +
          'Zorbafirm Inc., a US company.',
      ),
    ).toEqual(['Zorbatron undefined', 'Zorbafirm Inc undefined']);
  });
});
