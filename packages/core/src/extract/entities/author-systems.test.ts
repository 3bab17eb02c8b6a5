/** A report written by its victim: "our systems" are the author's, a victim where the words say so. */
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../relations/extract-relations.ts';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const index = buildKnowledgeIndex([
  {
    id: 'intrusion-set--899ce53f-13a0-479b-a0e4-67d46e241542',
    type: 'intrusion-set',
    name: 'APT29',
    aliases: ['Midnight Blizzard'],
    externalId: 'G0016',
  },
]);
const read = (text: string, author?: string) => {
  const sentences = splitSentences(text);
  const entities = extractEntities(text, sentences, index, author ? { author } : {});
  return { entities, relations: extractRelations(text, sentences, entities) };
};
const intrusions = (text: string, author?: string) =>
  read(text, author)
    .entities.filter((e) => e.type === 'campaign')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe("a report's author", () => {
  const disclosure =
    'Our security team detected a nation-state attack on our corporate systems on January 12. ' +
    'Contoso has identified the threat actor as Midnight Blizzard.';

  it('is the victim of an intrusion into "our systems", attributed where the text names the actor', () => {
    expect(intrusions(disclosure, 'Contoso')).toEqual(['Intrusion into Contoso: attack']);
    const attributed = read(disclosure, 'Contoso')
      .relations.filter((r) => r.type === 'attributed-to')
      .map((r) => `${r.source} ${r.target}`);
    expect(attributed).toEqual(['campaign:intrusion into contoso intrusion-set:G0016']);
  });

  it('is the writer the sentence names as itself when the caller names none', () => {
    const own =
      'The Contoso security team detected a nation-state attack on our corporate systems on January 12. ' +
      'Contoso has identified the threat actor as Midnight Blizzard.';
    expect(intrusions(own)).toEqual(['Intrusion into Contoso: attack']);
    // A word capitalized only for opening the sentence names no writer.
    expect(
      intrusions('Hackers have breached our corporate systems, Midnight Blizzard among them.'),
    ).toEqual([]);
  });

  it("is nothing without a known author, another party's systems or an intrusion", () => {
    expect(intrusions(disclosure)).toEqual([]);
    expect(intrusions('An attack on our customers’ systems began in May.', 'Contoso')).toEqual([]);
    const telemetry = read('Our systems detected the loader in May.', 'Contoso');
    expect(telemetry.entities.map((e) => e.name)).toEqual([]);
  });
});
