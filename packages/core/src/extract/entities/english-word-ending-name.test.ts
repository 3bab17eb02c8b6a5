/** A known English-word name closing a longer capitalized name is that other name's word. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { extractEntities } from './extract-entities.ts';
import { buildKnowledgeIndex } from './knowledge-index.ts';

const index = buildKnowledgeIndex([
  {
    id: 'malware--5b9a1b3e-0c62-4f0e-8d51-2f3c1f6a9c01',
    type: 'malware',
    name: 'Rover',
    aliases: ['Rover'],
    externalId: 'S0090',
  },
]);
const malware = (text: string): string[] =>
  extractEntities(text, splitSentences(text), index)
    .filter((e) => e.type === 'malware')
    .map((e) => e.mentions.map((m) => m.text).join('|'));

describe('an English-word name after plain capitalized words', () => {
  it('is the longer name in prose', () => {
    expect(malware('Jaguar Land Rover, the British carmaker, shut down its systems.')).toEqual([]);
    expect(malware('Production at Jaguar Land Rover halted for weeks.')).toEqual([]);
  });

  it('is still the name in a heading, beside a kind word, after other names or alone', () => {
    const heading =
      'Former Members Deploy Rover in Recent Weeks\nThe actors then sent many emails to the staff.';
    expect(malware(heading)).toEqual(['Rover']);
    expect(malware('The document delivers the Sea Land Rover Demon backdoor.')).toEqual(['Rover']);
    expect(malware('The rule "Cluster25 Sofacy Rover communication" fired.')).toEqual(['Rover']);
    expect(malware('The actors then deployed Rover on the hosts.')).toEqual(['Rover']);
  });
});
