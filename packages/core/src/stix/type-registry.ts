/**
 * Every STIX type Vigil knows, with its category and full property table (common + specific). Types not
 * listed here (custom `x-…` objects, SDOs Vigil does not model) are validated on common properties only.
 */
import { MARKING_COMMON, SCO_COMMON, SDO_COMMON } from './common-properties.ts';
import type { PropertyTable } from './property-spec.ts';
import { SCO_TABLES } from './sco-tables.ts';
import { SDO_TABLES } from './sdo-tables.ts';
import { META_TABLES, SRO_TABLES } from './sro-tables.ts';

export type StixCategory = 'sdo' | 'sro' | 'sco' | 'meta';

export interface TypeDefinition {
  readonly category: StixCategory;
  readonly properties: PropertyTable;
}

const withCommon = (
  category: StixCategory,
  common: PropertyTable,
  tables: Readonly<Record<string, PropertyTable>>,
): [string, TypeDefinition][] =>
  Object.entries(tables).map(([type, own]) => [
    type,
    { category, properties: { ...common, ...own } },
  ]);

export const TYPE_DEFINITIONS: ReadonlyMap<string, TypeDefinition> = new Map([
  ...withCommon('sdo', SDO_COMMON, SDO_TABLES),
  ...withCommon('sro', SDO_COMMON, SRO_TABLES),
  ...withCommon('sco', SCO_COMMON, SCO_TABLES),
  [
    'marking-definition',
    { category: 'meta', properties: { ...MARKING_COMMON, ...META_TABLES['marking-definition'] } },
  ],
  [
    'extension-definition',
    { category: 'meta', properties: { ...MARKING_COMMON, ...META_TABLES['extension-definition'] } },
  ],
]);

/**
 * STIX types defined by the spec but not modelled property by property here; their category still
 * matters for reference checks (a relationship may point at an `artifact`).
 */
const OTHER_SPEC_TYPES: Readonly<Record<string, StixCategory>> = {
  'malware-analysis': 'sdo',
  artifact: 'sco',
  directory: 'sco',
  'email-message': 'sco',
  'mac-addr': 'sco',
  'network-traffic': 'sco',
  process: 'sco',
  software: 'sco',
  'user-account': 'sco',
  'language-content': 'meta',
};

/** Category of a type, or undefined for custom/unknown types. */
export function categoryOf(type: string): StixCategory | undefined {
  return TYPE_DEFINITIONS.get(type)?.category ?? OTHER_SPEC_TYPES[type];
}
