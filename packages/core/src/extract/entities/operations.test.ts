/**
 * Named operations become campaigns, without knowledge; ordinary uses of the word do not.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const empty = buildKnowledgeIndex([]);
const campaigns = (text: string): string[] =>
  extractEntities(text, splitSentences(text), empty)
    .filter((e) => e.type === 'campaign')
    .map((e) => `${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);

describe('a named operation', () => {
  it('is a campaign named by the capitalized words after Operation, ordinary words too', () => {
    expect(campaigns('In 2019 the actors ran Operation Kelvreth against phone makers.')).toEqual([
      'Operation Kelvreth [Operation Kelvreth]',
    ]);
    expect(campaigns('The group resumed Operation Dream Job in 2020.')).toEqual([
      'Operation Dream Job [Operation Dream Job]',
    ]);
    // A signature names the operation's traffic: the word after the name is not part of it.
    expect(campaigns('Alert: ET Malware Operation Kelvreth Activity (GET) fired.')).toEqual([
      'Operation Kelvreth [Operation Kelvreth]',
    ]);
    expect(campaigns('Researchers called it Operation “Ghost” after the implant.')).toEqual([
      'Operation Ghost [Operation “Ghost]',
    ]);
  });

  it('is what "the operation" speaks of when the text names one', () => {
    expect(
      campaigns('APT41 ran Operation Kelvreth in 2019. The operation hit phone makers in Taiwan.'),
    ).toEqual(['Operation Kelvreth [Operation Kelvreth|The operation]']);
    expect(
      campaigns('Operation Kelvreth and Operation Ostrana differ. The operation hit Taiwan.'),
    ).toEqual(['Operation Kelvreth [Operation Kelvreth]', 'Operation Ostrana [Operation Ostrana]']);
  });

  it('keeps its name from discovery as a new family, and from a heading going on after it', () => {
    const found = (text: string) =>
      extractEntities(text, splitSentences(text), empty).map((e) => `${e.type} ${e.name}`);
    expect(
      found(
        'We named the campaign Operation KelvRat 2026. The code resembles earlier KelvRat samples.',
      ),
    ).toEqual(['campaign Operation KelvRat']);
    expect(found('The code resembles earlier KelvRat samples.')).toEqual(['malware KelvRat']);
    expect(
      campaigns(
        'Operation Kelvreth targets banks.\nOperation Kelvreth Network Infrastructure\nIt uses VPS.',
      ),
    ).toEqual(['Operation Kelvreth [Operation Kelvreth|Operation Kelvreth]']);
  });

  it('is not a law enforcement operation, in any of its mentions', () => {
    expect(
      campaigns(
        'In June 2014 the FBI launched a law enforcement operation dubbed Operation Kelvreth to take ' +
          'control of the botnet. Infections fell after Operation Kelvreth.',
      ),
    ).toEqual([]);
    // Told in a sentence that refers back to it.
    expect(
      campaigns(
        'A coordinated action, codenamed Operation Kelvreth, targeted droppers. The operation ' +
          'resulted in 4 arrests.',
      ),
    ).toEqual([]);
  });

  it('is not an operation centre, a heading of ordinary words, a step or a cut-off word', () => {
    expect(campaigns('Our Security Operation Center saw the beacon.')).toEqual([]);
    expect(campaigns('Operation Flow Control\n\nThe loader starts first.')).toEqual([]);
    expect(campaigns('The second operation was smaller. Operation 2 starts the loader.')).toEqual(
      [],
    );
    expect(campaigns('Compare Operation In(ter)ception with the rest.')).toEqual([]);
  });
});

describe('a campaign the knowledge has', () => {
  const known = buildKnowledgeIndex([
    {
      id: 'campaign--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e71',
      type: 'campaign',
      name: 'Operation Kelvreth',
      aliases: ['Operation Kelvreth', 'Operation North Ostrana'],
      externalId: 'C0999',
    },
    {
      id: 'intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e72',
      type: 'intrusion-set',
      name: 'Operation Harrowfen',
      aliases: ['Operation Harrowfen'],
    },
  ]);
  const found = (text: string) =>
    extractEntities(text, splitSentences(text), known).map((e) => ({
      key: e.key,
      ref: e.ref,
      candidates: e.properties?.['candidates'],
      mentions: e.mentions.map((m) => m.text),
    }));

  it('is that campaign under any of its names', () => {
    expect(found('The actors ran Operation North Ostrana against phone makers.')).toEqual([
      {
        key: 'campaign:C0999',
        ref: 'campaign--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e71',
        candidates: undefined,
        mentions: ['Operation North Ostrana'],
      },
    ]);
  });

  it('is a campaign when a source lists the operation as a threat actor, that actor its candidate', () => {
    expect(found('Tooling tied to Operation Harrowfen was found.')).toEqual([
      {
        key: 'campaign:operation harrowfen',
        ref: undefined,
        candidates: ['intrusion-set--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9e72'],
        mentions: ['Operation Harrowfen'],
      },
    ]);
  });
});
