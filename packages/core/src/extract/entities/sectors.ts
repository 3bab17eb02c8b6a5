/**
 * Words for industry sectors, mapped to the STIX 2.1 industry-sector-ov vocabulary (§10.12), and when such a
 * word names no sector.
 */
import { cueKind } from './cue-words.ts';
import { isCapitalized } from './tokens.ts';
import type { TextContext } from './text-context.ts';

const ROWS: readonly (readonly [string, readonly string[]])[] = [
  [
    'financial-services',
    [
      'bank',
      'banks',
      'banking',
      'financial institutions',
      'financial sector',
      'financial services',
      'finance',
      'fintech',
      'credit unions',
      // Not "cryptocurrency" alone: mostly what miners mine or ransoms are paid in.
      'cryptocurrency exchanges',
      'cryptocurrency firms',
      'cryptocurrency companies',
      'cryptocurrency industry',
      'cryptocurrency sector',
      'crypto exchanges',
      'crypto firms',
    ],
  ],
  [
    'healthcare',
    [
      'hospital',
      'hospitals',
      'healthcare',
      'health care',
      'healthcare sector',
      'clinics',
      'medical sector',
    ],
  ],
  [
    'government-national',
    [
      'ministries',
      'government agencies',
      'governments',
      'government entities',
      'government sector',
      'government organizations',
      'government bodies',
      'government institutions',
      'government departments',
      'government networks',
      'governmental institutions',
      'governmental organizations',
      'governmental organisations',
      'governmental entities',
      'governmental bodies',
      'diplomatic entities',
      'diplomatic missions',
      'diplomats',
      'embassies',
      'civil servants',
      'government officials',
      'government employees',
      'members of parliament',
      'parliamentarians',
      'state authorities',
      'state bodies',
      'state institutions',
      // CERT-UA's words for the state's organs: "emails … among executive authorities".
      'executive authorities',
      'executive bodies',
      'central executive bodies',
      'government authorities',
    ],
  ],
  [
    'government-local',
    [
      'municipalities',
      'local government',
      'local governments',
      'local authorities',
      'city councils',
      'municipal governments',
      'municipal authorities',
      'municipal websites',
      // Ukraine's and Poland's communities' own councils: "state authorities, local self-government bodies".
      'local self government bodies',
      'local self government',
    ],
  ],
  [
    'defense',
    [
      'defense contractors',
      'defence contractors',
      'defense contractor',
      'defence contractor',
      'defense industrial complex',
      'defence industrial complex',
      // "the defense industrial base", "defence-industrial targets"
      'defense industrial base',
      'defence industrial base',
      'defense industrial',
      'defence industrial',
      'defense industry',
      'defence industry',
      'armed forces',
      'defense sector',
      'defence sector',
      'military sector',
    ],
  ],
  [
    'energy',
    [
      'energy sector',
      'energy companies',
      'energy facilities',
      'energy infrastructure',
      'electricity providers',
      'oil and gas',
      'power grid',
      'electric grid',
      'electrical grid',
      'gas pipelines',
      'power plants',
      'power station',
      'power stations',
      'utilities sector',
    ],
  ],
  [
    'telecommunications',
    [
      'telecommunications',
      'telecom',
      'telecoms',
      'telecommunication companies',
      'telecommunications providers',
      'internet service providers',
    ],
  ],
  [
    'education',
    [
      'universities',
      'university',
      'education sector',
      'educational sector',
      'educational institutions',
      'higher education',
      'schools',
      'academic institutions',
      'academia',
      'research institutions',
      'school districts',
      'nurseries',
      'nursery chain',
      'kindergartens',
    ],
  ],
  ['manufacturing', ['manufacturing', 'manufacturers', 'manufacturing sector']],
  ['retail', ['retail', 'retailer', 'retailers', 'retail chain', 'e-commerce']],
  [
    'technology',
    [
      'technology companies',
      'technology sector',
      'information technology companies',
      'information technology sector',
      'information technology firms',
      'tech companies',
      'software companies',
      'IT companies',
      'technology firms',
      'tech firms',
      'IT service providers',
      'managed service providers',
      'semiconductor companies',
      'semiconductor industry',
      'chipmakers',
    ],
  ],
  [
    'transportation',
    [
      'transportation',
      'logistics',
      'airlines',
      'shipping companies',
      'aviation',
      'air traffic control',
      'transport sector',
      'transport companies',
      // "defence, transport and maritime companies"
      'maritime companies',
      'maritime sector',
      'maritime industry',
    ],
  ],
  ['aerospace', ['aerospace']],
  ['pharmaceuticals', ['pharmaceutical', 'pharmaceuticals', 'pharmaceutical companies']],
  ['insurance', ['insurance', 'insurers', 'insurance companies']],
  [
    'utilities',
    [
      'utilities',
      'water utilities',
      'water utility',
      'electric utility',
      'power utility',
      'heat supply',
      'heat providers',
      'heating suppliers',
      'district heating',
    ],
  ],
  [
    'water',
    [
      'water sector',
      'water and wastewater',
      'wastewater',
      'water treatment',
      'water supply',
      'water facilities',
      'water facility',
      'water systems',
    ],
  ],
  [
    'communications',
    ['communications sector', 'communications companies', 'communications equipment'],
  ],
  ['automotive', ['automotive', 'car manufacturers']],
  // The press with entertainment, as CISA's Commercial Facilities sector files "Entertainment and Media".
  [
    'entertainment',
    [
      'media sector',
      'media sectors',
      'media companies',
      'media company',
      'media organizations',
      'media outlets',
      'news organizations',
      'news outlets',
      'news agency',
      'news agencies',
      'news media',
      'print media',
      'digital media',
      'digital and print media',
      'print and digital media',
      'broadcasters',
      'entertainment',
      'gaming',
    ],
  ],
  ['hospitality-leisure', ['hospitality', 'hotels', 'lodging', 'travel industry']],
  [
    'non-profit',
    [
      'non-profit',
      'nonprofit',
      'NGOs',
      'NGO',
      'non-governmental organizations',
      'non-governmental organisations',
      'nongovernmental organizations',
      'nongovernmental organisations',
      'nongovernmental organization',
      'non-governmental organization',
      'think tanks',
      'human rights organizations',
      'human rights groups',
      'civil society organizations',
    ],
  ],
  ['infrastructure', ['critical infrastructure', 'critical information infrastructure']],
  ['chemical', ['chemical', 'chemical companies', 'chemical sector']],
  ['construction', ['construction']],
  // Not "mining" alone: in threat reports it is mostly crypto-currency mining.
  ['mining', ['mining companies', 'mining company', 'mining sector', 'mining industry']],
  // Not "legal": "legal entities" are any organizations.
  ['legal', ['law firms', 'law firm', 'law sector']],
  ['nuclear', ['nuclear facilities', 'nuclear power plants', 'nuclear plants', 'nuclear sector']],
  ['dams', ['dams', 'dam', 'dams sector']],
  ['emergency-services', ['emergency services']],
  [
    'government-regional',
    [
      'state governments',
      'regional governments',
      'provincial governments',
      // Ukraine's oblast administrations.
      'regional state administrations',
      'regional administrations',
    ],
  ],
  [
    'agriculture',
    ['agriculture', 'agricultural', 'grain sector', 'grain industry', 'farming', 'agribusiness'],
  ],
];

export const SECTOR_WORDS: readonly { readonly sector: string; readonly phrase: string }[] =
  ROWS.flatMap(([sector, phrases]) => phrases.map((phrase) => ({ sector, phrase })));

/** A readable name for a sector identity ("Financial services sector"). */
export const sectorName = (sector: string): string => {
  const words = sector.replace(/-/gu, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} sector`;
};

/**
 * Nouns that a sector word only describes: "banking trojan", "mining pool", "gaming software", "bank
 * domains" name a kind of malware, a crypto-mining service, a product or a lure, not a victim sector. Kind
 * words of malware and tools (cue-words.ts) count as well. ("e-commerce platforms", "university accounts"
 * stay: their owners are the victims.)
 */
export const DESCRIBED_NOUNS: ReadonlySet<string> = new Set(
  `pool pools rig rigs software module modules script scripts app apps application applications plugin
plugins library libraries api domains names campus campuses`.split(/\s+/u),
);

/**
 * "bank account numbers", "bank details", "bank cards": a person's data, stolen from whoever held it; the
 * banks are no victims.
 */
const PERSONAL_BANKING: ReadonlySet<string> = new Set(
  'account accounts details card cards statements transfers'.split(' '),
);

/**
 * "banking trojan", "gaming software", "bank domains": the sector word describes malware, a product or a
 * lure, and names no victim sector.
 */
export function describesOtherNoun(ctx: TextContext, to: number, from = to - 1): boolean {
  if (ofABodysName(ctx, from, to)) return true;
  const next = ctx.tokens[to];
  const last = ctx.tokens[to - 1];
  // Only the noun right after it, one space away ("manufacturing; utilities" is a list).
  if (!next || !last || ctx.text.slice(last.end, next.start) !== ' ') return false;
  const kind = cueKind(next.norm);
  if (DESCRIBED_NOUNS.has(next.norm) || kind === 'malware' || kind === 'tool') return true;
  if (last.norm === 'bank' && PERSONAL_BANKING.has(next.norm)) return true;
  // "the Senate Banking Committee", "the American Hospital Association": a body's name, in capitals.
  return BODY_HEADS.has(next.norm) && isCapitalized(next.text) && isCapitalized(last.text);
}

/**
 * "built-in Windows utilities", "system utilities", "the BUSYBOX and PySoxy utilities": programs, not the
 * utilities sector. Told by the word before: a platform or kind of program, or a program's coined name (in
 * capitals, or with a capital inside: "PySoxy", "NirSoft"); "US utilities" and "water utilities" stay.
 */
export function namesSoftwareUtilities(ctx: TextContext, from: number, to: number): boolean {
  if (to - from !== 1 || ctx.tokens[from]?.norm !== 'utilities') return false;
  const before = ctx.tokens[from - 1];
  if (!before) return false;
  if (PROGRAM_KINDS.has(before.norm) || coinedName(before.text)) return true;
  // "built-in utilities": the compound's last word alone ("firms in utilities") says nothing.
  return PROGRAM_COMPOUND.test(ctx.text.slice(Math.max(0, before.start - 12), before.end));
}

const PROGRAM_KINDS: ReadonlySet<string> = new Set(
  `windows linux unix macos system native legitimate admin administrative network sysinternals powershell
hacking available`.split(/\s+/u),
);
const PROGRAM_COMPOUND = /(?:built-in|command[- ]line|third-party|open-source|dual-use)$/iu;

/** "PySoxy", "NirSoft", "BUSYBOX": a capital after the first letter, and more than a state's initials. */
const coinedName = (word: string): boolean => word.length >= 4 && /^\p{Lu}.*\p{Lu}/u.test(word);

/**
 * "the General Staff of the Armed Forces of the Russian Federation", "the Ministry of Economics and Finance",
 * "the Secretary of State for Finance": capitalized sector words after a capitalized word and "of (the)" or
 * "for" end a body's name.
 */
function ofABodysName(ctx: TextContext, from: number, to: number): boolean {
  // "Steals Credentials of Bank Customers": a Title Case heading capitalizes every word.
  if (ctx.titleCase(from)) return false;
  for (let i = from; i < to; i++) if (!isCapitalized(ctx.tokens[i]?.text ?? '')) return false;
  let start = from;
  // "the Ministry of Economics and Finance": the word before "and" is of the name too.
  if (ctx.tokens[from - 1]?.norm === 'and' && isCapitalized(ctx.tokens[from - 2]?.text ?? '')) {
    start = from - 2;
  }
  const of = ctx.tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  const owner = ctx.tokens[of - 1];
  // "the Secretary of State for Finance"
  return (
    OF_A_NAME.has(ctx.tokens[of]?.norm ?? '') && owner !== undefined && isCapitalized(owner.text)
  );
}
const OF_A_NAME = new Set(['of', 'for']);

/** The last word of a body's name, after which a capitalized sector word is part of that name. */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  'committee subcommittee commission council association authority agency board institute bureau'.split(
    ' ',
  ),
);
