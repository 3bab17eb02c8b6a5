import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../analyze/analyze-report.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';

const KNOWLEDGE: KnowledgeEntry[] = [
  {
    id: 'intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c',
    type: 'intrusion-set',
    name: 'APT28',
    aliases: [],
    externalId: 'G0007',
  },
  {
    id: 'intrusion-set--899ce53f-13a0-479b-a0e4-67d46e241542',
    type: 'intrusion-set',
    name: 'APT29',
    aliases: [],
    externalId: 'G0016',
  },
  {
    id: 'malware--5a3a31fe-5a8f-48e1-bff0-a753e5b1be70',
    type: 'malware',
    name: 'Zorblocker',
    aliases: [],
    externalId: 'S9001',
  },
];
const knowledge = prepareKnowledge(KNOWLEDGE);

/** "intrusion -> actor" of each attribution after the told intrusion. */
const attributions = (claim: string): string[] =>
  analyzeReport(`Zorvex Motors suffered a ransomware attack. ${claim}`, { knowledge })
    .relations.filter((r) => r.type === 'attributed-to')
    .map((r) => `${r.source} -> ${r.target}`);

describe('an actor claiming responsibility', () => {
  it('claims the intrusion told before when it names no other', () => {
    const zorvex = 'campaign:intrusion into zorvex motors -> intrusion-set:G0007';
    expect(attributions('APT28 took responsibility on Telegram.')).toEqual([zorvex]);
    // Listing the victim on its leak site, by a short name.
    expect(
      attributions('The APT28 gang listed Motors on its leak site on Monday, claiming data theft.'),
    ).toEqual([zorvex]);
    expect(attributions('APT28 listed Motors among its favourite brands.')).toEqual([]);
    expect(attributions('APT28 later claimed credit for it.')).toEqual([zorvex]);
    // Past an aside of its own, which may list others; they claim nothing.
    expect(
      attributions('APT28, which claims ties to APT29, Lapsus and others, took responsibility.'),
    ).toEqual([zorvex]);
    expect(attributions('APT28 claimed responsibility for a DDoS on Initech.')).toEqual([]);
    expect(attributions('APT28 denied responsibility.')).toEqual([]);
    expect(attributions('Ties to APT29, APT28, took responsibility.')).toEqual([]);
  });

  it('is one others hold responsible', () => {
    const zorvex = ['campaign:intrusion into zorvex motors -> intrusion-set:G0007'];
    expect(
      attributions('Experts told the BBC that the gang, known as APT28, was responsible.'),
    ).toEqual(zorvex);
    expect(attributions('Officials said APT28 was likely responsible for the attack.')).toEqual(
      zorvex,
    );
    expect(attributions('APT28 was responsible for payments to affiliates.')).toEqual([]);
  });

  it("is a family's people claiming the intrusion, which used the family", () => {
    const uses = (claim: string): string[] =>
      analyzeReport(`Zorvex Motors suffered a ransomware attack. ${claim}`, { knowledge })
        .relations.filter((r) => r.type === 'uses')
        .map((r) => `${r.source} -> ${r.target}`);
    const used = ['campaign:intrusion into zorvex motors -> malware:S9001'];
    expect(uses('Zorblocker took responsibility on its leak site.')).toEqual(used);
    expect(uses('Zorblocker has claimed responsibility for other attacks.')).toEqual([]);
    // The gang's word after the family's name: the family's people.
    expect(attributions('The APT28 ransomware gang later claimed responsibility.')).toEqual([
      'campaign:intrusion into zorvex motors -> intrusion-set:G0007',
    ]);
  });
});
