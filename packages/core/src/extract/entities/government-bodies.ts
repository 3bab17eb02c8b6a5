/**
 * Government bodies named generically ("its foreign ministry", "the Polish Ministry of Defence",
 * "Finland's parliament"): the kind of body comes from the words, the state from the words before it
 * or, for "its"/"the country's", from the government the text is about (see document-country.ts).
 * The body's name is the state's own where it differs from the generic one ("the UK foreign office"
 * is the Foreign, Commonwealth & Development Office), so that a generic mention and the named body
 * are one identity.
 */
import { countryInProse, type Country } from '../../geo/countries.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import { TokenTrie } from './token-trie.ts';
import { tokenize, type Token } from './tokens.ts';

export interface BodyKind {
  /** Name pattern; `{country}` is replaced by the country's name as written in a sentence. */
  readonly pattern: string;
  /** A state's own name for the body by ISO alpha-2, where it is not the pattern's. */
  readonly official?: Readonly<Record<string, string>>;
  /** The state a body's own name says (ISO alpha-2): "Bundestag" is Germany's whatever the text speaks of. */
  readonly country?: string;
  /** Sectors beside the national government's: the armed forces are also defense. */
  readonly sectors?: readonly string[];
}

/** A state body as found: an organization of the national government, located in its state. */
export function governmentBodyFinding(
  name: string,
  country: Country,
  via: string,
  recognition: number,
  sectors: readonly string[] = [],
): EntityFinding {
  return {
    key: `identity:${normalizeName(name)}`,
    type: 'identity',
    name,
    properties: {
      identity_class: 'organization',
      sectors: ['government-national', ...sectors],
      country: country.code,
    },
    recognition,
    via,
  };
}

/** The body's name in the given state: its official name where one is known, else the pattern's. */
export function bodyName(body: BodyKind, country: Country): string {
  const pattern = body.official?.[country.code] ?? body.pattern;
  return pattern.replace('{country}', countryInProse(country.name));
}

/**
 * Official names of foreign ministries whose name is not "Ministry of Foreign Affairs of X". Names
 * other states share keep the state ("... and Trade of New Zealand" is not Hungary's), and names used
 * by an entry of organizations.ts are spelled as there, so both mentions make one identity.
 */
const FOREIGN_MINISTRIES: Readonly<Record<string, string>> = {
  GB: 'Foreign, Commonwealth & Development Office',
  US: 'Department of State',
  DE: 'Federal Foreign Office',
  CH: 'Federal Department of Foreign Affairs',
  AT: 'Federal Ministry for European and International Affairs',
  FR: 'Ministry for Europe and Foreign Affairs of {country}',
  AU: 'Department of Foreign Affairs and Trade',
  NZ: 'Ministry of Foreign Affairs and Trade of {country}',
  HU: 'Ministry of Foreign Affairs and Trade of {country}',
  IE: 'Department of Foreign Affairs of {country}',
  CA: 'Global Affairs Canada',
  IN: 'Ministry of External Affairs of {country}',
  ZA: 'Department of International Relations and Cooperation of {country}',
};

const BODIES: readonly (readonly [BodyKind, readonly string[]])[] = [
  [
    { pattern: 'Ministry of Foreign Affairs of {country}', official: FOREIGN_MINISTRIES },
    [
      'foreign ministry',
      'foreign affairs ministry',
      'ministry of foreign affairs',
      'ministry for foreign affairs',
      'ministry for europe and foreign affairs',
      'foreign office',
      'federal foreign office',
      'foreign and commonwealth office',
      'department of foreign affairs',
      'external affairs ministry',
      'ministry of external affairs',
      'MFA',
    ],
  ],
  [
    { pattern: 'Ministry of Defence of {country}', official: { US: 'Department of Defense' } },
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
  [{ pattern: 'National Guard of {country}', sectors: ['defense'] }, ['national guard']],
  [
    { pattern: 'Armed Forces of {country}', sectors: ['defense'] },
    ['armed forces', 'defence forces', 'defense forces', 'Bundeswehr'],
  ],
  [
    { pattern: 'Ministry of the Interior of {country}', official: { GB: 'Home Office' } },
    [
      'interior ministry',
      'ministry of interior',
      'ministry of the interior',
      'ministry of internal affairs',
    ],
  ],
  [
    { pattern: 'Ministry of Justice of {country}', official: { US: 'Department of Justice' } },
    ['justice ministry', 'ministry of justice'],
  ],
  [
    {
      pattern: 'Ministry of Finance of {country}',
      official: { US: 'Department of the Treasury', GB: 'HM Treasury' },
    },
    ['finance ministry', 'ministry of finance'],
  ],
  [{ pattern: 'Ministry of Health of {country}' }, ['health ministry', 'ministry of health']],
  [{ pattern: 'Ministry of Energy of {country}' }, ['energy ministry', 'ministry of energy']],
  [{ pattern: 'Police of {country}' }, ['police', 'national police']],
  [
    { pattern: 'Office of the Prime Minister of {country}' },
    ["prime minister's office", 'office of the prime minister'],
  ],
  [
    { pattern: 'Parliament of {country}', official: { US: 'United States Congress' } },
    [
      'parliament',
      'national parliament',
      'national assembly',
      'chamber of deputies',
      'senate',
      // A chamber stands for its parliament: "Canada's House of Commons is investigating a data breach".
      'house of commons',
      'house of lords',
      'house of representatives',
      // The service that runs a parliament's buildings and network: "the Parliamentary Service".
      'parliamentary service',
    ],
  ],
  // A parliament's own name says its state: "the 2015 hack of the Bundestag".
  ...(
    [
      ['DE', 'Bundestag'],
      ['PL', 'Sejm'],
      ['FI', 'Eduskunta'],
      ['NO', 'Storting'],
      ['SE', 'Riksdag'],
      ['DK', 'Folketing'],
      ['IL', 'Knesset'],
    ] as const
  ).map(([country, name]) => [{ pattern: 'Parliament of {country}', country }, [name]] as const),
];

/**
 * "the foreign and defence ministries": two ministries sharing the head noun, each the body its portfolio
 * word names alone before "ministry".
 */
const PORTFOLIO_BODIES = new Map<string, BodyKind>();
for (const [body, phrases] of BODIES) {
  for (const phrase of phrases) {
    const [portfolio, head] = phrase.split(' ');
    if (head === 'ministry') PORTFOLIO_BODIES.set(portfolio!, body);
  }
}

/** The two ministries of "foreign and defence ministries" opening at token `i`, as hits' spans. */
export function ministriesSharingAHead(
  tokens: readonly Token[],
  i: number,
): { from: number; to: number; body: BodyKind }[] {
  const first = PORTFOLIO_BODIES.get(tokens[i]?.norm ?? '');
  const second = PORTFOLIO_BODIES.get(tokens[i + 2]?.norm ?? '');
  if (!first || !second) return [];
  // "foreign and defence", "foreign or defence": one word between the two.
  if (tokens[i + 3]?.norm !== 'ministries') return [];
  return [
    { from: i, to: i + 1, body: first },
    { from: i + 2, to: i + 4, body: second },
  ];
}

/** Most states one "ministries of" lists. */
const MAX_STATES = 12;

/**
 * "the foreign ministries of Taiwan, India, South Korea and Indonesia": one ministry of the portfolio at token
 * `i` for each state listed after "of" (`stateAt(k)`: the country named from token k, and the token after it),
 * each spanning "foreign ministries"; the states keep their own mentions.
 */
export function ministriesOfStates(
  text: string,
  tokens: readonly Token[],
  i: number,
  stateAt: (k: number) => { code: string; to: number } | undefined,
): { from: number; to: number; body: BodyKind }[] {
  const body = PORTFOLIO_BODIES.get(tokens[i]?.norm ?? '');
  if (!body || tokens[i + 1]?.norm !== 'ministries' || tokens[i + 2]?.norm !== 'of') return [];
  const found: { from: number; to: number; body: BodyKind }[] = [];
  let k = i + 3;
  while (found.length < MAX_STATES) {
    const state = stateAt(k);
    if (!state) break;
    found.push({ from: i, to: i + 2, body: { ...body, country: state.code } });
    k = state.to;
    // ", India", " and Indonesia", ", and Indonesia": a comma is no token.
    const comma =
      tokens[k] !== undefined && text.slice(tokens[k - 1]!.end, tokens[k]!.start).trim() === ',';
    if (tokens[k]?.norm === 'and') k++;
    else if (!comma) break;
  }
  return found;
}

const trie = new TokenTrie<BodyKind>();
for (const [body, phrases] of BODIES) {
  for (const phrase of phrases) {
    trie.add(
      tokenize(phrase).map((t) => t.norm),
      body,
    );
  }
}

export const GOVERNMENT_BODIES: TokenTrie<BodyKind> = trie;

/** Acronyms among the phrases: matched only when written in capitals ("MFA", "MoD"). */
export const BODY_ACRONYMS: ReadonlySet<string> = new Set(['mfa', 'mod']);
/** Bodies of one word matched only as written in lower case ("the Dutch police"). */
export const LOWER_CASE_BODIES: ReadonlySet<string> = new Set(['police']);
/** Words after such a body that make it a local one: "a US police department". */
export const LOCAL_UNITS: ReadonlySet<string> = new Set([
  'department',
  'departments',
  'station',
  'stations',
]);
