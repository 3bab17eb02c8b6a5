/**
 * Vocabulary mappings for MISP galaxies that become shared STIX objects: UN M49 regions to
 * region-ov (STIX 2.1 §10.22) and MISP sector names to industry-sector-ov (STIX 2.1 §10.12).
 */
import { normalizeName } from '../stix/ids.ts';

/** region-ov spells a few M49 names differently; the rest are the name in kebab case. */
const REGION_OV_EXCEPTIONS: Readonly<Record<string, string>> = {
  'latin america and the caribbean': 'latin-america-caribbean',
  'australia and new zealand': 'australia-new-zealand',
};

/** "002 - Africa" -> { code: '002', name: 'Africa', region: 'africa' }. */
export function m49Region(value: string): { code?: string; name: string; region: string } {
  const dash = value.indexOf(' - ');
  const code = dash > 0 ? value.slice(0, dash).trim() : undefined;
  const name = dash > 0 ? value.slice(dash + 3).trim() : value.trim();
  const key = normalizeName(name);
  const region = REGION_OV_EXCEPTIONS[key] ?? key.replaceAll(' ', '-');
  return { ...(code && /^\d{3}$/.test(code) ? { code } : {}), name, region };
}

/** MISP sector cluster value (normalized) -> industry-sector-ov values. Unlisted sectors get none. */
const SECTOR_OV: Readonly<Record<string, readonly string[]>> = {
  'academia university': ['education'],
  aerospace: ['aerospace'],
  agriculture: ['agriculture'],
  automotive: ['automotive'],
  bank: ['financial-services'],
  chemical: ['chemical'],
  'civil aviation': ['transportation'],
  construction: ['construction'],
  defense: ['defense'],
  education: ['education'],
  'higher education': ['education'],
  electric: ['utilities', 'energy'],
  energy: ['energy'],
  entertainment: ['entertainment'],
  finance: ['financial-services'],
  investment: ['financial-services'],
  payment: ['financial-services'],
  gas: ['energy'],
  oil: ['energy'],
  petrochemical: ['energy', 'chemical'],
  'government administration': ['government'],
  diplomacy: ['government-national'],
  military: ['defense'],
  'police law enforcement': ['government-public-services'],
  justice: ['government'],
  health: ['healthcare'],
  biomedical: ['healthcare'],
  pharmacy: ['pharmaceuticals'],
  hospitality: ['hospitality-leisure'],
  hotels: ['hospitality-leisure'],
  tourism: ['hospitality-leisure'],
  restaurant: ['hospitality-leisure'],
  infrastructure: ['infrastructure'],
  insurance: ['insurance'],
  legal: ['legal'],
  lawyers: ['legal'],
  manufacturing: ['manufacturing'],
  industrial: ['manufacturing'],
  mining: ['mining'],
  ngo: ['non-profit'],
  'non profit organisation': ['non-profit'],
  retail: ['retail'],
  ecommerce: ['retail'],
  technology: ['technology'],
  'high tech': ['technology'],
  it: ['technology'],
  'semi conductors': ['technology'],
  telecoms: ['telecommunications'],
  'communication equipment': ['communications'],
  // As the text's own words for the press are read (sectors.ts): CISA files media with entertainment.
  'news media': ['entertainment'],
  transport: ['transportation'],
  railway: ['transportation'],
  shipping: ['transportation'],
  maritime: ['transportation'],
  logistic: ['transportation'],
  water: ['water'],
};

export function industrySectors(sectorName: string): readonly string[] {
  return SECTOR_OV[normalizeName(sectorName)] ?? [];
}
