/**
 * `indicatorPattern(sco)`: the STIX pattern (§9) that matches one observable, as Vigil's indicators use
 * it (ARCHITECTURE.md "Indicator model"): `[ipv4-addr:value = '198.51.100.7']`. String constants are
 * escaped per §9.3 (`\` → `\\`, `'` → `\'`).
 */
import { CoreError } from '../errors.ts';

/** §9.3: a string constant, quoted, with backslash and quote escaped. */
export const patternString = (value: string): string =>
  `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A path component: bare when it is a plain identifier, quoted otherwise (`hashes.'SHA-256'`). */
export const pathComponent = (name: string): string =>
  /^[a-z_]\w*$/i.test(name) ? name : patternString(name);

/** Strongest first: an indicator should name the hash least likely to collide first. */
const HASH_ORDER = ['SHA-256', 'SHA-512', 'SHA3-256', 'SHA3-512', 'SHA-1', 'MD5'];

const rank = (algorithm: string): number => {
  const i = HASH_ORDER.indexOf(algorithm);
  return i === -1 ? HASH_ORDER.length : i;
};

function hashComparisons(type: string, hashes: unknown): string[] {
  if (typeof hashes !== 'object' || hashes === null) return [];
  return Object.entries(hashes as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([algorithm, digest]) =>
        `${type}:hashes.${pathComponent(algorithm)} = ${patternString(digest)}`,
    );
}

const stringComparison = (type: string, property: string, value: unknown): string[] =>
  typeof value === 'string' ? [`${type}:${property} = ${patternString(value)}`] : [];

/**
 * The comparisons that identify an SCO. A file or certificate with several hashes gets one comparison
 * per hash joined by OR: any one of them identifies the same object.
 */
function comparisons(sco: Readonly<Record<string, unknown>>): string[] {
  const type = String(sco.type);
  switch (type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'domain-name':
    case 'url':
    case 'email-addr':
      return stringComparison(type, 'value', sco.value);
    case 'mutex':
      return stringComparison(type, 'name', sco.name);
    case 'windows-registry-key':
      return stringComparison(type, 'key', sco.key);
    case 'autonomous-system':
      return Number.isInteger(sco.number) ? [`${type}:number = ${String(sco.number)}`] : [];
    case 'file': {
      const byHash = hashComparisons(type, sco.hashes);
      return byHash.length > 0 ? byHash : stringComparison(type, 'name', sco.name);
    }
    case 'x509-certificate': {
      const byHash = hashComparisons(type, sco.hashes);
      return byHash.length > 0
        ? byHash
        : stringComparison(type, 'serial_number', sco.serial_number);
    }
    default:
      return [];
  }
}

export function indicatorPattern(sco: Readonly<Record<string, unknown>>): string {
  const parts = comparisons(sco);
  if (parts.length === 0) {
    throw new CoreError(
      'invalid_input',
      `no indicator pattern for ${String(sco.type)} without its identifying property`,
      {
        type: sco.type,
      },
    );
  }
  return `[${parts.join(' OR ')}]`;
}
