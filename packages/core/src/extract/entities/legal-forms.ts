/** Companies' legal forms, and the initials a company's name gives without them. */

/** Legal forms, dropped from the short name the text uses later ("Apple Inc." then "Apple"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'inc incorporated corp corporation ltd limited llc plc gmbh ag nv bv spa co pty'.split(' '),
);

/** Words of a name that give its initials no letter: "Industrial and Commercial Bank of China". */
export const LITTLE_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', '&']);

/** Fewest letters of initials a text may use undefined: two letters name too many things. */
const MIN_INITIALS = 3;

/**
 * "Hewlett Packard Enterprise Co." → "HPE": the initials of an organization's name of three or more
 * capitalized words, little words and a legal form left out; none for a shorter name.
 */
export function nameInitials(name: string): string | undefined {
  const words = name.split(/[\s,]+/u).filter((w) => w !== '' && !LITTLE_WORDS.has(w));
  while (words.length > 0 && LEGAL_FORMS.has(words.at(-1)!.replace(/\.$/u, '').toLowerCase())) {
    words.pop();
  }
  if (words.length < MIN_INITIALS || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}
