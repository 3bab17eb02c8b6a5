import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from './types.ts';
import { displayName, writtenName } from './written-name.ts';

const entity = (name: string, written: string[]): ExtractedEntity => ({
  key: `intrusion-set:${name}`,
  type: 'intrusion-set',
  name,
  via: 'alias',
  mentions: written.map((text, i) => ({
    text,
    start: i * 10,
    end: i * 10 + text.length,
    sentence: i,
  })),
});

describe('the name a report writes', () => {
  it('is the one written most often, of equals the knowledge name, else the first', () => {
    expect(writtenName(entity('ZIRCONIUM', ['APT31', 'Violet Typhoon', 'APT31']))).toBe('APT31');
    expect(writtenName(entity('Salt Typhoon', ['GhostEmperor', 'Salt Typhoon']))).toBe(
      'Salt Typhoon',
    );
    expect(writtenName(entity('G1045', ['Salt Typhoon', 'GhostEmperor', 'FamousSparrow']))).toBe(
      'Salt Typhoon',
    );
  });
});

describe('the name shown', () => {
  const family = (name: string, written: string[]): ExtractedEntity => ({
    ...entity(name, written),
    key: `malware:${name}`,
    type: 'malware',
    ref: 'malware--11111111-1111-4111-8111-111111111111',
  });

  it("is a family's knowledge name, as the report writes it where that is only in lower case", () => {
    expect(displayName(family('black suit', ['BlackSuit', 'BlackSuit']))).toBe('BlackSuit');
    expect(displayName(family('black suit', ['Royal']))).toBe('black suit');
    expect(displayName(family('Cobalt Strike', ['cobalt strike']))).toBe('Cobalt Strike');
  });
});
