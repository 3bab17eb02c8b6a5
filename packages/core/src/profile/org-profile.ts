/**
 * The organization profile the risk section scores against: sectors (industry-sector-ov), countries
 * (ISO 3166-1 alpha-2), products we run (CPE-like "vendor:product") and crown-jewel assets. Comes from
 * a user's file, so it is validated here, at the edge, with messages that name the bad field.
 */
import { fail, issue, ok, type Issue, type Result } from '../result.ts';

export interface OrgProfile {
  readonly name?: string;
  readonly sectors: readonly string[];
  readonly countries: readonly string[];
  /** "vendor:product", lower-case, as in CPE 2.3 (e.g. "microsoft:exchange_server"). */
  readonly products: readonly string[];
  readonly crownJewels: readonly string[];
}

/** STIX 2.1 industry-sector-ov (Errata 01, with `legal`). */
export const INDUSTRY_SECTORS: readonly string[] = [
  'agriculture',
  'aerospace',
  'automotive',
  'chemical',
  'commercial',
  'communications',
  'construction',
  'defense',
  'education',
  'energy',
  'entertainment',
  'financial-services',
  'government',
  'emergency-services',
  'government-local',
  'government-national',
  'government-public-services',
  'government-regional',
  'healthcare',
  'hospitality-leisure',
  'infrastructure',
  'dams',
  'nuclear',
  'water',
  'insurance',
  'legal',
  'manufacturing',
  'mining',
  'non-profit',
  'pharmaceuticals',
  'retail',
  'technology',
  'telecommunications',
  'transportation',
  'utilities',
];
const SECTOR_SET = new Set(INDUSTRY_SECTORS);

const COUNTRY_RE = /^[A-Z]{2}$/;
/** ISO "exceptionally reserved" codes that are not countries. */
const NOT_COUNTRIES = new Set(['UK', 'EU', 'UN', 'EZ']);
const PRODUCT_RE = /^[a-z0-9][\w.~-]*:[a-z0-9][\w.~-]*$/;
const MAX_ITEMS = 500;

export const emptyProfile = (): OrgProfile => ({
  sectors: [],
  countries: [],
  products: [],
  crownJewels: [],
});

/** Normalizes a product name to the CPE-like key used for matching: "Microsoft:Exchange Server" -> "microsoft:exchange_server". */
export const normalizeProduct = (value: string): string =>
  value.trim().toLowerCase().replace(/\s+/g, '_');

function stringList(
  value: unknown,
  field: string,
  check: (item: string) => string | undefined,
  issues: Issue[],
): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(issue('invalid_type', field, `${field} must be a list of strings`));
    return [];
  }
  if (value.length > MAX_ITEMS) {
    issues.push(issue('too_many', field, `${field} has more than ${MAX_ITEMS} entries`));
    return [];
  }
  const out: string[] = [];
  value.forEach((item, index) => {
    const path = `${field}[${index}]`;
    if (typeof item !== 'string' || item.trim() === '') {
      issues.push(issue('invalid_type', path, `${path} must be a non-empty string`));
      return;
    }
    const problem = check(item);
    if (problem) issues.push(issue('invalid_value', path, `${path}: ${problem}`));
    else out.push(item);
  });
  return out;
}

/** Reads a profile from parsed JSON; unknown fields are errors so typos do not pass silently. */
export function parseOrgProfile(input: unknown): Result<OrgProfile> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(issue('invalid_type', '', 'the profile must be a JSON object'));
  }
  const record = input as Record<string, unknown>;
  const issues: Issue[] = [];
  const known = new Set(['name', 'sectors', 'countries', 'products', 'crownJewels']);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      issues.push(
        issue(
          'unknown_field',
          key,
          `unknown field "${key}" (expected one of: ${[...known].join(', ')})`,
        ),
      );
    }
  }
  if (record.name !== undefined && typeof record.name !== 'string') {
    issues.push(issue('invalid_type', 'name', 'name must be a string'));
  }
  const sectors = stringList(
    record.sectors,
    'sectors',
    (s) =>
      SECTOR_SET.has(s)
        ? undefined
        : `"${s}" is not an industry-sector-ov value (e.g. government-national, retail)`,
    issues,
  );
  const countries = stringList(
    record.countries,
    'countries',
    (c) =>
      COUNTRY_RE.test(c) && !NOT_COUNTRIES.has(c)
        ? undefined
        : `"${c}" is not an ISO 3166-1 alpha-2 country code (upper case, e.g. CZ; GB not UK)`,
    issues,
  );
  const products = stringList(
    record.products,
    'products',
    (p) =>
      PRODUCT_RE.test(normalizeProduct(p))
        ? undefined
        : `"${p}" is not a vendor:product name (e.g. microsoft:exchange_server)`,
    issues,
  );
  const crownJewels = stringList(record.crownJewels, 'crownJewels', () => undefined, issues);
  if (issues.length > 0) return fail(...issues);
  return ok({
    ...(typeof record.name === 'string' ? { name: record.name } : {}),
    sectors: [...new Set(sectors)],
    countries: [...new Set(countries)],
    products: [...new Set(products.map(normalizeProduct))],
    crownJewels: [...new Set(crownJewels)],
  });
}
