import { describe, expect, it } from 'vitest';
import words from 'an-array-of-english-words' with { type: 'json' };
import { isEnglishWord } from './english-words.ts';

describe('isEnglishWord', () => {
  it('relies on a list sorted in code-unit order, all in lower case', () => {
    const list: readonly string[] = words;
    expect(list.length).toBeGreaterThan(200_000);
    const unsorted = list.findIndex((w, i) => i > 0 && list[i - 1]! >= w);
    expect(unsorted).toBe(-1);
    expect(list.every((w) => w === w.toLowerCase())).toBe(true);
  });

  it('tells English words from tool names', () => {
    const english = ['havoc', 'responder', 'dharma', 'a', 'zymurgy'].filter(isEnglishWord);
    expect(english).toEqual(['havoc', 'responder', 'dharma', 'a', 'zymurgy']);
    expect(['rclone', 'mimikatz', 'nltest', 'psexec', 'Havoc', ''].filter(isEnglishWord)).toEqual(
      [],
    );
  });
});
