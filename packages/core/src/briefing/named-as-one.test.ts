import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, Mention } from '../analysis/types.ts';
import { namedAsOne, otherNamesOf } from './named-as-one.ts';

const text =
  'A group it calls "TraderTraitor", also known as Lazarus Group or APT38, stole it. APT38 denied.';

const at = (written: string, from = 0): Mention => {
  const start = text.indexOf(written, from);
  return { start, end: start + written.length, text: written, sentence: start > 80 ? 1 : 0 };
};
const set = (name: string, mentions: Mention[]): ExtractedEntity => ({
  key: `intrusion-set:${name.toLowerCase()}`,
  type: 'intrusion-set',
  name,
  via: 'alias',
  mentions,
});
const trader = set('TraderTraitor', [at('TraderTraitor')]);
const lazarus = set('Lazarus Group', [at('Lazarus Group')]);
const apt38 = set('APT38', [at('APT38'), at('APT38', 80)]);

describe('names written as one actor’s', () => {
  it('reads an alias cue, then a list', () => {
    expect(namedAsOne(text, [at('TraderTraitor'), at('Lazarus Group'), at('APT38')])).toBe(true);
    // A list alone, with no cue before it, names several actors.
    expect(namedAsOne(text, [at('Lazarus Group'), at('APT38')])).toBe(false);
    expect(
      namedAsOne('APT28 and APT29 did it.', [
        { start: 0, end: 5, text: 'APT28', sentence: 0 },
        { start: 10, end: 15, text: 'APT29', sentence: 0 },
      ]),
    ).toBe(false);
  });

  it('gives an actor the other names its sentence writes it by, before or after it', () => {
    const all = [trader, lazarus, apt38];
    expect(otherNamesOf(text, trader, all).map((e) => e.name)).toEqual(['Lazarus Group', 'APT38']);
    expect(otherNamesOf(text, apt38, all).map((e) => e.name)).toEqual([
      'TraderTraitor',
      'Lazarus Group',
    ]);
  });
});
