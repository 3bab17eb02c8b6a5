/**
 * How relevant a threat is to us: a 0-100 score with its reasons. Each matching fact adds points and
 * the total is capped, so adding a matching sector, country or product never lowers the score
 * (monotone by construction: a sum of non-decreasing terms, then min(100, ·)).
 */
import type { KevEntry } from '../playbook/types.ts';
import { normalizeProduct, type OrgProfile } from './org-profile.ts';

export interface ThreatExposure {
  readonly sectors: readonly string[];
  readonly countries: readonly string[];
  /** Vulnerabilities exploited, with the product when known (from CISA KEV or the report). */
  readonly vulnerabilities: readonly {
    readonly cve: string;
    readonly kev?: KevEntry;
    /** vendor:product when known outside KEV. */
    readonly product?: string;
  }[];
  /** Whether the actor is a state or state-sponsored (raises the stakes for crown jewels). */
  readonly stateSponsored?: boolean;
}

export interface RelevanceReason {
  readonly kind: 'sector' | 'sector-family' | 'country' | 'product' | 'crown-jewel';
  readonly text: string;
  readonly points: number;
}

export interface Relevance {
  readonly score: number;
  readonly level: 'high' | 'medium' | 'low';
  readonly reasons: readonly RelevanceReason[];
}

const POINTS = {
  sector: 35,
  sectorFamily: 15,
  country: 30,
  product: 30,
  kevBonus: 10,
  crownJewel: 5,
};

const family = (sector: string): string => sector.split('-')[0] ?? sector;

export const kevProduct = (kev: KevEntry): string =>
  normalizeProduct(`${kev.vendorProject}:${kev.product}`);

/**
 * Whether we run `product` (vendor:product): the same key, or the same vendor and our product name as
 * a whole word run inside theirs (KEV writes "NetScaler ADC and NetScaler Gateway" as one product).
 */
export function runsProduct(ours: ReadonlySet<string>, product: string): boolean {
  if (ours.has(product)) return true;
  const [vendor, name = ''] = product.split(':');
  for (const mine of ours) {
    const [myVendor, myName = ''] = mine.split(':');
    if (myVendor === vendor && myName !== '' && `_${name}_`.includes(`_${myName}_`)) return true;
  }
  return false;
}

export function scoreRelevance(profile: OrgProfile, threat: ThreatExposure): Relevance {
  const reasons: RelevanceReason[] = [];
  const ourSectors = new Set(profile.sectors);
  const exactSectors = threat.sectors.filter((s) => ourSectors.has(s));
  for (const sector of [...new Set(exactSectors)].sort()) {
    reasons.push({ kind: 'sector', text: `targets ${sector}, our sector`, points: POINTS.sector });
  }
  if (exactSectors.length === 0) {
    // "government" and "government-national" are the same family: partly relevant.
    const ourFamilies = new Set(profile.sectors.map(family));
    const near = threat.sectors.find((s) => ourFamilies.has(family(s)));
    if (near) {
      reasons.push({
        kind: 'sector-family',
        text: `targets ${near}, close to our sector`,
        points: POINTS.sectorFamily,
      });
    }
  }
  const ourCountries = new Set(profile.countries);
  for (const country of [...new Set(threat.countries)].filter((c) => ourCountries.has(c)).sort()) {
    reasons.push({
      kind: 'country',
      text: `operates against ${country}, where we are`,
      points: POINTS.country,
    });
  }
  const ourProducts: ReadonlySet<string> = new Set(profile.products);
  for (const v of threat.vulnerabilities) {
    const product = v.kev ? kevProduct(v.kev) : v.product && normalizeProduct(v.product);
    if (!product || !runsProduct(ourProducts, product)) continue;
    const name = v.kev ? `${v.kev.vendorProject} ${v.kev.product}` : product;
    reasons.push({
      kind: 'product',
      text: v.kev
        ? `exploits ${v.cve} in ${name}, which we run; CISA lists it as known-exploited`
        : `exploits ${v.cve} in ${name}, which we run`,
      points: POINTS.product + (v.kev ? POINTS.kevBonus : 0),
    });
  }
  if (reasons.length > 0 && threat.stateSponsored && profile.crownJewels.length > 0) {
    reasons.push({
      kind: 'crown-jewel',
      text: `a state-backed actor with reason to seek our crown jewels (${profile.crownJewels.join(', ')})`,
      points: POINTS.crownJewel,
    });
  }
  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
  return { score, level: score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low', reasons };
}
