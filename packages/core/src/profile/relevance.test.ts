import { describe, expect, it } from 'vitest';
import { parseOrgProfile, type OrgProfile } from './org-profile.ts';
import { scoreRelevance, type ThreatExposure } from './relevance.ts';

const profile = (json: unknown): OrgProfile => {
  const result = parseOrgProfile(json);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
};

/** A KEV entry written for this test (shape of CISA's catalog; the CVE is a real KEV entry). */
const exchangeKev = {
  cveID: 'CVE-2021-34473',
  vendorProject: 'Microsoft',
  product: 'Exchange Server',
  vulnerabilityName: 'Microsoft Exchange Server Remote Code Execution Vulnerability',
  dateAdded: '2021-11-03',
  dueDate: '2021-11-17',
  knownRansomwareCampaignUse: 'Known',
};

const threat: ThreatExposure = {
  sectors: ['government-national', 'defense'],
  countries: ['CZ', 'US'],
  vulnerabilities: [{ cve: 'CVE-2021-34473', kev: exchangeKev }],
};

describe('org profile validation', () => {
  it('accepts a well-formed profile and normalizes products', () => {
    const p = profile({
      sectors: ['retail'],
      countries: ['BR'],
      products: ['Microsoft:Exchange Server'],
      crownJewels: ['payments'],
    });
    expect(p.products).toEqual(['microsoft:exchange_server']);
  });

  it('rejects bad values with messages that name the field', () => {
    const result = parseOrgProfile({
      sectors: ['banks'],
      countries: ['UK', 'cz'],
      products: ['exchange'],
      colour: 'x',
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sectors[0]',
        'countries[0]',
        'countries[1]',
        'products[0]',
        'colour',
      ]),
    );
    expect(parseOrgProfile([]).ok).toBe(false);
    expect(parseOrgProfile({ sectors: 'retail' }).ok).toBe(false);
  });
});

describe('relevance score', () => {
  it('is high with reasons when sector and country match, low when nothing does', () => {
    const high = scoreRelevance(
      profile({ sectors: ['government-national'], countries: ['CZ'] }),
      threat,
    );
    expect(high.level).toBe('high');
    expect(high.reasons.map((r) => r.text)).toEqual([
      'targets government-national, our sector',
      'operates against CZ, where we are',
    ]);
    const low = scoreRelevance(profile({ sectors: ['retail'], countries: ['BR'] }), threat);
    expect(low.level).toBe('low');
    expect(low.score).toBe(0);
  });

  it('names a known-exploited CVE in a product we run', () => {
    const r = scoreRelevance(
      profile({ sectors: ['retail'], products: ['microsoft:exchange_server'] }),
      threat,
    );
    const reason = r.reasons.find((x) => x.kind === 'product');
    expect(reason?.text).toBe(
      'exploits CVE-2021-34473 in Microsoft Exchange Server, which we run; CISA lists it as known-exploited',
    );
    expect(r.score).toBeGreaterThan(scoreRelevance(profile({ sectors: ['retail'] }), threat).score);
  });

  it('matches our product inside a KEV product that names several', () => {
    const citrix = {
      cve: 'CVE-2023-4966',
      kev: {
        cveID: 'CVE-2023-4966',
        vendorProject: 'Citrix',
        product: 'NetScaler ADC and NetScaler Gateway',
      },
    };
    const r = scoreRelevance(profile({ products: ['citrix:netscaler_adc'] }), {
      ...threat,
      vulnerabilities: [citrix],
    });
    expect(r.reasons.map((x) => x.kind)).toEqual(['product']);
    const other = scoreRelevance(profile({ products: ['citrix:netscaler_gateway_pro'] }), {
      ...threat,
      vulnerabilities: [citrix],
    });
    expect(other.reasons).toEqual([]);
  });

  it('is monotone: adding a matching sector, country or product never lowers the score', () => {
    const additions: Partial<
      Record<'sectors' | 'countries' | 'products' | 'crownJewels', string[]>
    >[] = [
      { sectors: ['government-national'] },
      { sectors: ['defense'] },
      { sectors: ['government'] },
      { countries: ['CZ'] },
      { countries: ['US'] },
      { products: ['microsoft:exchange_server'] },
      { crownJewels: ['diplomatic cables'] },
      { sectors: ['retail'] },
    ];
    const bases: Record<string, string[]>[] = [
      {},
      { sectors: ['retail'] },
      { sectors: ['government-national'], countries: ['CZ'] },
      { countries: ['US'], products: ['microsoft:exchange_server'], crownJewels: ['x'] },
    ];
    for (const stateSponsored of [false, true]) {
      const t = { ...threat, stateSponsored };
      for (const base of bases) {
        const before = scoreRelevance(profile(base), t).score;
        for (const add of additions) {
          const merged: Record<string, string[]> = { ...base };
          for (const [k, v] of Object.entries(add)) merged[k] = [...(merged[k] ?? []), ...v];
          expect(
            scoreRelevance(profile(merged), t).score,
            JSON.stringify(merged),
          ).toBeGreaterThanOrEqual(before);
        }
      }
    }
  });
});
