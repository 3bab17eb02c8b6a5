/**
 * The built-in dictionary of places and organizations (countries, regions, international bodies,
 * agencies, state organs), matched with the same token trie as knowledge aliases.
 */
import { COUNTRIES } from '../../geo/countries.ts';
import { REGIONS } from '../../geo/regions.ts';
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from './organizations.ts';
import { TokenTrie } from './token-trie.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from './tokens.ts';

type LexiconMeaning =
  | {
      readonly kind: 'country';
      readonly code: string;
      readonly form: 'name' | 'adjective' | 'metonym';
    }
  | { readonly kind: 'region'; readonly region: string; readonly name: string }
  | {
      readonly kind: 'organization';
      readonly org: KnownOrganization;
      /** A name that counts only after the organ's state's possessive (KnownOrganization.afterState). */
      readonly afterState?: true;
    };

export type LexiconValue = {
  readonly written: readonly string[];
  /** The name ends with a dot that belongs to it ("U.S."). */
  readonly dotted: boolean;
} & LexiconMeaning;

function build(): TokenTrie<LexiconValue> {
  const trie = new TokenTrie<LexiconValue>();
  const add = (name: string, meaning: LexiconMeaning): void => {
    const tokens = tokenize(name);
    trie.add(
      tokens.map((t) => t.norm),
      { ...meaning, written: tokens.map((t) => t.text), dotted: name.endsWith('.') },
    );
  };
  for (const c of COUNTRIES) {
    for (const n of c.names) add(n, { kind: 'country', code: c.code, form: 'name' });
    for (const n of c.adjectives) add(n, { kind: 'country', code: c.code, form: 'adjective' });
    for (const n of c.metonyms) add(n, { kind: 'country', code: c.code, form: 'metonym' });
  }
  // Named as reports name it first ("Southeast Asia", "Middle East"), not by its vocabulary value.
  for (const r of REGIONS) {
    for (const n of r.names)
      add(n, { kind: 'region', region: r.region, name: r.names[0] ?? r.region });
  }
  for (const org of KNOWN_ORGANIZATIONS) {
    for (const n of [org.name, ...org.aliases]) add(n, { kind: 'organization', org });
    for (const n of org.afterState ?? []) add(n, { kind: 'organization', org, afterState: true });
  }
  return trie;
}

export const LEXICON: TokenTrie<LexiconValue> = build();

const STATIC_NAMES = new Set<string>();
const COUNTRY_NAMES = new Set<string>();
for (const c of COUNTRIES) {
  for (const n of c.names) COUNTRY_NAMES.add(key(n));
  for (const n of [...c.names, ...c.adjectives]) STATIC_NAMES.add(key(n));
}
for (const r of REGIONS) for (const n of r.names) STATIC_NAMES.add(key(n));
function key(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join(' ');
}

/** Whether a name is also a place or demonym ("Cuba", "Russian"): as an alias it needs context. */
export const isStaticLexiconName = (norms: readonly string[]): boolean =>
  STATIC_NAMES.has(norms.join(' '));

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const LETTER = /\p{L}/u;
const GANG_WORDS = new Set(['ransomware', 'group', 'gang']);

/**
 * Case rule shared by dictionary matches: a capitalized dictionary word needs a capital in the text, and a
 * short all-capitals acronym ("US", "EU", "MSS") must be written in capitals ("us" is a pronoun). A
 * ransomware gang's generic last words may be written in lower case: "the ALPHV ransomware group" is
 * MISP's "ALPHV Ransomware Group" (not "the Winnti group": a report may mean APT41 by "Winnti").
 */
export function caseMatches(written: readonly string[], tokens: readonly Token[]): boolean {
  const gang = written.length > 1 && tokens[1]?.norm === 'ransomware';
  for (let i = 0; i < written.length; i++) {
    const w = written[i] ?? '';
    const t = tokens[i]?.text ?? '';
    if (gang && i > 0 && GANG_WORDS.has(tokens[i]?.norm ?? '')) continue;
    if (isAllCaps(w) && w.length <= 5 && LETTER.test(w)) {
      if (!isAllCaps(t)) return false;
    } else if (isCapitalized(w) && !isCapitalized(t) && !isAllCaps(t)) {
      return false;
    }
  }
  return true;
}

/** Whether a name is a country's name ("Cuba"), not its adjective ("Russian"). */
export const isCountryName = (norms: readonly string[]): boolean =>
  COUNTRY_NAMES.has(norms.join(' '));
