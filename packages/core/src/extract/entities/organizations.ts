/**
 * Named organizations that reports mention by name or acronym: international bodies (never countries:
 * the EU and NATO are organizations), government agencies (identities, not places) and the state
 * organs behind intrusion sets (threat actors of type nation-state, STIX §4.17).
 */
export interface KnownOrganization {
  readonly name: string;
  readonly aliases: readonly string[];
  /** 'sponsor': a state organ that runs intrusion sets (threat-actor); 'organization': an identity. */
  readonly role: 'organization' | 'sponsor';
  /** ISO alpha-2 of the state it belongs to; absent for international bodies. */
  readonly country?: string;
  /**
   * Names that stand for it only right after its state's possessive ("Russia's military intelligence
   * service"): the state stays a place of its own, and the words name no other state's organ.
   */
  readonly afterState?: readonly string[];
  /** industry-sector-ov values. */
  readonly sectors?: readonly string[];
  /**
   * The states whose agency has this name too: a country written with the name says whose it is, else
   * the state whose government the text speaks about, when it is one of them, else `country`.
   */
  readonly sharedBy?: readonly string[];
}

import { normalizeName } from '../../stix/ids.ts';

const gov = ['government-national'];
const intl = ['government-public-services'];

/**
 * The MSS's provincial arms, which indictments and advisories name as running a set: "the Hubei State Security
 * Department" (APT31), "Hainan State Security Department" (APT40), "the Tianjin State Security Bureau"
 * (APT10). Each province's under either head word; no acronym, since "HSSD" is Hubei's in one text and
 * Hainan's in another (a text that defines one reads it so).
 */
const CHINESE_PROVINCES =
  `Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu Jiangxi
Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang Guangxi Ningxia Tibet Xinjiang Beijing
Tianjin Shanghai Chongqing`.split(/\s+/u);
const MSS_PROVINCIAL_ARMS: readonly KnownOrganization[] = CHINESE_PROVINCES.map((province) => ({
  name: `${province} State Security Department`,
  aliases: [
    `${province} State Security Bureau`,
    `${province} Provincial State Security Department`,
    `${province} Province State Security Department`,
  ],
  role: 'sponsor',
  country: 'CN',
}));

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  // International bodies.
  { name: 'European Union', aliases: ['EU', 'E.U.'], role: 'organization', sectors: intl },
  {
    name: 'North Atlantic Treaty Organization',
    aliases: ['NATO', 'North Atlantic Alliance'],
    role: 'organization',
    sectors: intl,
  },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], role: 'organization', sectors: intl },
  { name: 'European Commission', aliases: [], role: 'organization', sectors: intl },
  { name: 'European Parliament', aliases: [], role: 'organization', sectors: intl },
  { name: 'Council of the European Union', aliases: ['EU Council'], role: 'organization' },
  { name: 'ENISA', aliases: ['European Union Agency for Cybersecurity'], role: 'organization' },
  { name: 'CERT-EU', aliases: [], role: 'organization' },
  { name: 'Europol', aliases: [], role: 'organization' },
  { name: 'Eurojust', aliases: [], role: 'organization' },
  { name: 'Interpol', aliases: ['INTERPOL'], role: 'organization' },
  {
    name: 'OSCE',
    aliases: ['Organization for Security and Co-operation in Europe'],
    role: 'organization',
  },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'], role: 'organization' },
  { name: 'African Union', aliases: [], role: 'organization' },
  { name: 'G7', aliases: ['Group of Seven'], role: 'organization' },
  // Agencies: identities located in their state.
  {
    name: 'CISA',
    aliases: ['Cybersecurity and Infrastructure Security Agency'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'FBI',
    aliases: ['Federal Bureau of Investigation'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'NSA',
    aliases: ['National Security Agency'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'CIA',
    aliases: ['Central Intelligence Agency'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Justice',
    aliases: ['DOJ', 'US Department of Justice'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of State',
    aliases: [
      'State Department',
      'US State Department',
      'U.S. State Department',
      'US Department of State',
      'U.S. Department of State',
    ],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Defense',
    aliases: ['DoD', 'US Department of Defense', 'U.S. Department of Defense'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Homeland Security',
    aliases: ['DHS'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of the Treasury',
    aliases: [
      'US Treasury',
      'U.S. Treasury',
      'Treasury Department',
      'US Treasury Department',
      'U.S. Treasury Department',
      'OFAC',
    ],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Health and Human Services',
    aliases: [
      'HHS',
      'US Department of Health and Human Services',
      'U.S. Department of Health and Human Services',
    ],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Energy',
    aliases: ['US Department of Energy', 'U.S. Department of Energy'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Commerce',
    aliases: ['Commerce Department', 'US Department of Commerce', 'U.S. Department of Commerce'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Education',
    aliases: ['Education Department', 'US Department of Education', 'U.S. Department of Education'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Agriculture',
    aliases: ['USDA', 'US Department of Agriculture', 'U.S. Department of Agriculture'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'Department of Veterans Affairs',
    aliases: ['US Department of Veterans Affairs', 'U.S. Department of Veterans Affairs'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'NIST',
    aliases: ['National Institute of Standards and Technology'],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'NCSC',
    aliases: ['National Cyber Security Centre', 'National Cyber Security Center'],
    role: 'organization',
    country: 'GB',
    sectors: gov,
    sharedBy: ['GB', 'NL', 'FI', 'IE', 'NZ', 'CH', 'SE', 'NO', 'PL', 'LT', 'HU', 'KR'],
  },
  {
    // Not "EPA" alone: Windows' Extended Protection for Authentication.
    name: 'Environmental Protection Agency',
    aliases: [],
    role: 'organization',
    country: 'US',
    sectors: gov,
  },
  {
    name: 'INCD',
    aliases: ['Israel National Cyber Directorate', 'National Cyber Directorate'],
    role: 'organization',
    country: 'IL',
    sectors: gov,
  },
  {
    name: 'GCHQ',
    aliases: ['Government Communications Headquarters'],
    role: 'organization',
    country: 'GB',
    sectors: gov,
  },
  {
    name: 'NCA',
    aliases: ['National Crime Agency'],
    role: 'organization',
    country: 'GB',
    sectors: gov,
  },
  {
    name: 'AIVD',
    aliases: ['General Intelligence and Security Service'],
    role: 'organization',
    country: 'NL',
    sectors: gov,
  },
  {
    name: 'MIVD',
    aliases: ['Military Intelligence and Security Service'],
    role: 'organization',
    country: 'NL',
    sectors: gov,
  },
  {
    name: 'Foreign, Commonwealth & Development Office',
    // Not "Foreign Office": Germany's has that name too, so it is a body of the state the text speaks
    // about (government-bodies.ts).
    aliases: ['FCDO', 'FCO'],
    role: 'organization',
    country: 'GB',
    sectors: gov,
  },
  {
    name: 'Security Information Service',
    aliases: ['BIS', 'BIS Czech'],
    role: 'organization',
    country: 'CZ',
    sectors: gov,
  },
  {
    name: 'NÚKIB',
    aliases: ['NUKIB', 'National Cyber and Information Security Agency'],
    role: 'organization',
    country: 'CZ',
    sectors: gov,
  },
  { name: 'ANSSI', aliases: [], role: 'organization', country: 'FR', sectors: gov },
  {
    name: 'BSI',
    aliases: ['Federal Office for Information Security'],
    role: 'organization',
    country: 'DE',
    sectors: gov,
  },
  {
    name: 'BfV',
    aliases: ['Federal Office for the Protection of the Constitution'],
    role: 'organization',
    country: 'DE',
    sectors: gov,
  },
  { name: 'CERT-UA', aliases: [], role: 'organization', country: 'UA', sectors: gov },
  {
    name: 'SBU',
    aliases: ['Security Service of Ukraine'],
    role: 'organization',
    country: 'UA',
    sectors: gov,
  },
  {
    name: 'ABW',
    aliases: ['Internal Security Agency'],
    role: 'organization',
    country: 'PL',
    sectors: gov,
  },
  {
    name: 'CERT Polska',
    aliases: ['CERT.PL', 'CERT Poland'],
    role: 'organization',
    country: 'PL',
    sectors: gov,
  },
  {
    name: 'Traficom',
    aliases: ['Finnish Transport and Communications Agency', 'Transport and Communications Agency'],
    role: 'organization',
    country: 'FI',
    sectors: gov,
  },
  {
    name: 'CFCS',
    aliases: ['Danish Centre for Cyber Security'],
    role: 'organization',
    country: 'DK',
    sectors: gov,
  },
  {
    name: 'MS-ISAC',
    aliases: ['Multi-State Information Sharing and Analysis Center'],
    role: 'organization',
    country: 'US',
  },
  {
    name: 'Supo',
    aliases: ['Finnish Security and Intelligence Service'],
    role: 'organization',
    country: 'FI',
    sectors: gov,
  },
  {
    // Part of the ASD, but advisories sign as "ASD's ACSC": two bodies, each named as written.
    name: 'ACSC',
    aliases: ['Australian Cyber Security Centre'],
    role: 'organization',
    country: 'AU',
    sectors: gov,
  },
  {
    name: 'ASD',
    aliases: ['Australian Signals Directorate'],
    role: 'organization',
    country: 'AU',
    sectors: gov,
  },
  {
    name: 'Canadian Centre for Cyber Security',
    aliases: ['CCCS', 'Cyber Centre'],
    role: 'organization',
    country: 'CA',
    sectors: gov,
  },
  { name: 'JPCERT/CC', aliases: ['JPCERT'], role: 'organization', country: 'JP', sectors: gov },
  {
    // Not "CSA" alone: the Cloud Security Alliance, and any other agency's initials.
    name: 'Cyber Security Agency of Singapore',
    aliases: [],
    role: 'organization',
    country: 'SG',
    sectors: gov,
  },
  {
    name: 'KISA',
    aliases: ['Korea Internet and Security Agency'],
    role: 'organization',
    country: 'KR',
    sectors: gov,
  },
  {
    name: 'GCSB',
    aliases: ['Government Communications Security Bureau'],
    role: 'organization',
    country: 'NZ',
    sectors: gov,
  },
  {
    name: 'NZSIS',
    aliases: ['New Zealand Security Intelligence Service'],
    role: 'organization',
    country: 'NZ',
    sectors: gov,
  },
  {
    name: 'ASIO',
    aliases: ['Australian Security Intelligence Organisation'],
    role: 'organization',
    country: 'AU',
    sectors: gov,
  },
  {
    // Not "CSIS" alone: the Center for Strategic and International Studies, a think tank reports cite.
    name: 'Canadian Security Intelligence Service',
    aliases: [],
    role: 'organization',
    country: 'CA',
    sectors: gov,
  },
  {
    // Not "CSE" alone: a course's or a department's initials.
    name: 'Communications Security Establishment',
    aliases: [],
    role: 'organization',
    country: 'CA',
    sectors: gov,
  },
  { name: 'MI5', aliases: [], role: 'organization', country: 'GB', sectors: gov },
  {
    name: 'MI6',
    aliases: ['Secret Intelligence Service'],
    role: 'organization',
    country: 'GB',
    sectors: gov,
  },
  {
    name: 'KISA',
    aliases: ['Korea Internet & Security Agency'],
    role: 'organization',
    country: 'KR',
    sectors: gov,
  },
  // State organs that run intrusion sets.
  {
    name: 'Ministry of State Security',
    aliases: ['MSS', "China's Ministry of State Security", 'Chinese Ministry of State Security'],
    role: 'sponsor',
    country: 'CN',
  },
  ...MSS_PROVINCIAL_ARMS,
  {
    name: "People's Liberation Army",
    // A unit's number alone names it once the text has said whose it is ("… (Unit 29155)").
    aliases: ['PLA', 'PLA Strategic Support Force', 'PLA Unit 61398', 'Unit 61398'],
    role: 'sponsor',
    country: 'CN',
  },
  {
    name: 'GRU',
    aliases: [
      'Main Intelligence Directorate',
      'Main Directorate of the General Staff',
      'GRU Unit 26165',
      'GRU Unit 74455',
      'GRU Unit 29155',
      'Unit 26165',
      'Unit 74455',
      'Unit 29155',
      'Russian military intelligence',
      'Russian military intelligence service',
      'Russian military intelligence agency',
    ],
    afterState: [
      'military intelligence',
      'military intelligence service',
      'military intelligence agency',
    ],
    role: 'sponsor',
    country: 'RU',
  },
  {
    name: 'FSB',
    aliases: ['Federal Security Service', 'Russian Federal Security Service'],
    role: 'sponsor',
    country: 'RU',
  },
  {
    name: 'SVR',
    aliases: [
      'Foreign Intelligence Service of the Russian Federation',
      'Russian Foreign Intelligence Service',
    ],
    role: 'sponsor',
    country: 'RU',
  },
  { name: 'Reconnaissance General Bureau', aliases: ['RGB'], role: 'sponsor', country: 'KP' },
  { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC'], role: 'sponsor', country: 'IR' },
  {
    name: 'Ministry of Intelligence and Security',
    aliases: ['MOIS', 'Ministry of Intelligence'],
    role: 'sponsor',
    country: 'IR',
  },
];

const STATE_ORGANS: ReadonlyMap<string, KnownOrganization> = new Map(
  KNOWN_ORGANIZATIONS.filter((o) => o.role === 'sponsor').flatMap((o) =>
    [o.name, ...o.aliases].map((n) => [normalizeName(n), o] as const),
  ),
);

/**
 * The state organ a stored actor stands for, by any of its names: once a report has put the MSS in the
 * store, the next report resolves to that object and must still treat it as the state sponsor.
 */
export function stateOrganNamed(names: readonly string[]): KnownOrganization | undefined {
  for (const name of names) {
    const organ = STATE_ORGANS.get(normalizeName(name));
    if (organ) return organ;
  }
  return undefined;
}
