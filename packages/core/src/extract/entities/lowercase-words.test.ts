import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { writtenLowercaseElsewhere } from './lowercase-words.ts';
import { TextContext } from './text-context.ts';

/** Whether each occurrence of `word` in `text` counts as written in lower case elsewhere. */
function asked(text: string, word: string): boolean[] {
  const ctx = new TextContext(text, splitSentences(text));
  return ctx.tokens.flatMap((t, i) => (t.text === word ? [writtenLowercaseElsewhere(ctx, i)] : []));
}

describe('writtenLowercaseElsewhere', () => {
  it('is true for a capitalized word the text also writes as a plain lower-case word', () => {
    expect(asked('Driver updates. The driver loads a widespread module.', 'Driver')).toEqual([
      true,
    ]);
  });

  it('is false for coined names, inner capitals and lower-case forms inside paths or quotes', () => {
    expect(asked('Osiris spreads. It drops osiris.dll and /osiris/x.', 'Osiris')).toEqual([false]);
    expect(asked('BlackSoul runs. Then blacksoul runs again.', 'BlackSoul')).toEqual([false]);
    expect(asked('Winnti hides in *winnti* and "winnti".', 'Winnti')).toEqual([false]);
    expect(asked('Buer is new. Nothing else here.', 'Buer')).toEqual([false]);
  });

  it('never counts short words or the lower-case word itself', () => {
    expect(asked('Go now. We go.', 'Go')).toEqual([false]);
    expect(asked('The driver. A driver.', 'driver')).toEqual([false, false]);
  });
});
