/**
 * Government bodies named generically ("its foreign ministry", "the Polish Ministry of Defence",
 * "Finland's parliament"): the kind of body comes from the words, the state from the words before it
 * or, for "its"/"the country's", from the government the text is about (see document-country.ts).
 */
import { TokenTrie } from './token-trie.ts';
import { tokenize } from './tokens.ts';

export interface BodyKind {
  /** Name pattern; `{country}` is replaced by the country's short name. */
  readonly pattern: string;
}

const BODIES: readonly (readonly [string, readonly string[]])[] = [
  [
    'Ministry of Foreign Affairs of {country}',
    [
      'foreign ministry',
      'foreign affairs ministry',
      'ministry of foreign affairs',
      'ministry for foreign affairs',
      'foreign office',
      'MFA',
    ],
  ],
  [
    'Ministry of Defence of {country}',
    [
      'defence ministry',
      'defense ministry',
      'ministry of defence',
      'ministry of defense',
      'ministry of national defence',
      'ministry of national defense',
      'MoD',
    ],
  ],
  [
    'Ministry of the Interior of {country}',
    [
      'interior ministry',
      'ministry of interior',
      'ministry of the interior',
      'ministry of internal affairs',
    ],
  ],
  ['Ministry of Justice of {country}', ['justice ministry', 'ministry of justice']],
  ['Ministry of Finance of {country}', ['finance ministry', 'ministry of finance']],
  ['Ministry of Health of {country}', ['health ministry', 'ministry of health']],
  ['Ministry of Energy of {country}', ['energy ministry', 'ministry of energy']],
  [
    'Office of the Prime Minister of {country}',
    ["prime minister's office", 'office of the prime minister'],
  ],
  [
    'Parliament of {country}',
    [
      'parliament',
      'national parliament',
      'national assembly',
      'chamber of deputies',
      'senate',
      'Bundestag',
      'Sejm',
      'Eduskunta',
      'Storting',
      'Riksdag',
      'Folketing',
      'Knesset',
    ],
  ],
];

const trie = new TokenTrie<BodyKind>();
for (const [pattern, phrases] of BODIES) {
  for (const phrase of phrases) {
    trie.add(
      tokenize(phrase).map((t) => t.norm),
      { pattern },
    );
  }
}

export const GOVERNMENT_BODIES: TokenTrie<BodyKind> = trie;

/** Acronyms among the phrases: matched only when written in capitals ("MFA", "MoD"). */
export const BODY_ACRONYMS: ReadonlySet<string> = new Set(['mfa', 'mod']);
