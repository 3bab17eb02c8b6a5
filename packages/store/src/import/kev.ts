/**
 * CISA Known Exploited Vulnerabilities catalog → STIX 2.1 `vulnerability` objects Vigil creates.
 * Id: vigilId('vulnerability', CVE) (ARCHITECTURE.md "Ids"), so a CVE is one object whatever source
 * names it. The KEV facts ride in `x_cisa_kev` (STIX 2.1 §11.3 custom properties) and
 * `x_vigil_known_exploited: true`; the CVE id is an `external_references` entry with source_name "cve"
 * (§4.17: vulnerabilities name CVEs that way).
 */
import { CoreError, vigilId } from '@vigil/core';
import type { StixObject } from '@vigil/core';

export interface KevEntry {
  readonly cveID: string;
  readonly vendorProject: string;
  readonly product: string;
  readonly vulnerabilityName: string;
  readonly dateAdded: string;
  readonly shortDescription: string;
  readonly requiredAction: string;
  readonly dueDate: string;
  readonly knownRansomwareCampaignUse: string;
  readonly notes?: string;
  readonly cwes?: readonly string[];
}

export interface KevCatalog {
  readonly title?: string;
  readonly catalogVersion: string;
  readonly dateReleased: string;
  readonly count?: number;
  readonly vulnerabilities: readonly KevEntry[];
}

export const KEV_CATALOG_URL = 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog';
const CVE_ID = /^CVE-\d{4}-\d{4,9}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REQUIRED_STRINGS = [
  'vendorProject',
  'product',
  'vulnerabilityName',
  'shortDescription',
  'requiredAction',
  'knownRansomwareCampaignUse',
] as const;

function bad(message: string, path: string): CoreError {
  return new CoreError('invalid_input', `KEV catalog: ${path}: ${message}`, { path });
}

/** Validates the parsed KEV JSON (CISA's schema: known_exploited_vulnerabilities_schema.json). */
export function parseKevCatalog(input: unknown): KevCatalog {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw bad('expected a JSON object with "vulnerabilities"', '$');
  }
  const c = input as Record<string, unknown>;
  if (typeof c.catalogVersion !== 'string') throw bad('missing string', 'catalogVersion');
  if (typeof c.dateReleased !== 'string' || Number.isNaN(Date.parse(c.dateReleased))) {
    throw bad('missing or invalid date-time', 'dateReleased');
  }
  if (!Array.isArray(c.vulnerabilities)) throw bad('must be an array', 'vulnerabilities');
  c.vulnerabilities.forEach((entry: unknown, i) => {
    const path = `vulnerabilities[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw bad('not an object', path);
    const e = entry as Record<string, unknown>;
    if (typeof e.cveID !== 'string' || !CVE_ID.test(e.cveID)) {
      throw bad(`cveID ${JSON.stringify(e.cveID)} is not a CVE id`, path);
    }
    for (const date of ['dateAdded', 'dueDate'] as const) {
      if (typeof e[date] !== 'string' || !DATE.test(e[date]))
        throw bad(`${date} is not YYYY-MM-DD`, `${path}.${date}`);
    }
    for (const name of REQUIRED_STRINGS) {
      if (typeof e[name] !== 'string') throw bad('must be a string', `${path}.${name}`);
    }
    if (
      e.cwes !== undefined &&
      !(Array.isArray(e.cwes) && e.cwes.every((w) => typeof w === 'string'))
    ) {
      throw bad('must be an array of strings', `${path}.cwes`);
    }
  });
  return c as unknown as KevCatalog;
}

/**
 * One vulnerability per entry. `created`/`modified` are the date the entry was added to KEV, so the same
 * catalog always yields the same objects (idempotent re-import); `reviseChanged` gives a changed entry a
 * newer `modified`.
 */
export function kevToStix(entry: KevEntry): StixObject {
  const added = `${entry.dateAdded}T00:00:00.000Z`;
  const kev: Record<string, unknown> = {
    vendorProject: entry.vendorProject,
    product: entry.product,
    vulnerabilityName: entry.vulnerabilityName,
    dateAdded: entry.dateAdded,
    requiredAction: entry.requiredAction,
    dueDate: entry.dueDate,
    knownRansomwareCampaignUse: entry.knownRansomwareCampaignUse,
  };
  if (entry.notes) kev.notes = entry.notes;
  if (entry.cwes && entry.cwes.length > 0) kev.cwes = entry.cwes;
  return {
    type: 'vulnerability',
    spec_version: '2.1',
    id: vigilId('vulnerability', entry.cveID),
    created: added,
    modified: added,
    name: entry.cveID,
    description: entry.shortDescription,
    external_references: [
      { source_name: 'cve', external_id: entry.cveID },
      // No external_id here: the OASIS schema reserves a CVE-like external_id for source_name "cve".
      {
        source_name: 'cisa-kev',
        url: KEV_CATALOG_URL,
        description: entry.vulnerabilityName,
      },
    ],
    x_vigil_known_exploited: true,
    x_cisa_kev: kev,
  };
}
