/**
 * Regions as STIX 2.1 region-ov values (§10.25, the UN M49 regions) with the words reports use for them.
 * "European Union" is not here: the EU is an organization (see extract/entities/organizations.ts).
 */
export interface Region {
  /** region-ov value. */
  readonly region: string;
  readonly names: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { region: 'africa', names: ['Africa', 'African'] },
  { region: 'eastern-africa', names: ['East Africa', 'Eastern Africa', 'East African'] },
  { region: 'middle-africa', names: ['Central Africa', 'Middle Africa'] },
  { region: 'northern-africa', names: ['North Africa', 'Northern Africa', 'North African'] },
  { region: 'southern-africa', names: ['Southern Africa'] },
  { region: 'western-africa', names: ['West Africa', 'Western Africa', 'West African'] },
  { region: 'americas', names: ['Americas', 'the Americas'] },
  { region: 'caribbean', names: ['Caribbean'] },
  { region: 'central-america', names: ['Central America', 'Central American'] },
  {
    region: 'latin-america-caribbean',
    names: ['Latin America', 'Latin American', 'Latin America and the Caribbean', 'LATAM'],
  },
  { region: 'northern-america', names: ['North America', 'North American', 'Northern America'] },
  { region: 'south-america', names: ['South America', 'South American'] },
  { region: 'asia', names: ['Asia', 'Asian', 'Asia Pacific', 'Asia-Pacific', 'APAC'] },
  { region: 'central-asia', names: ['Central Asia', 'Central Asian'] },
  { region: 'eastern-asia', names: ['East Asia', 'Eastern Asia', 'East Asian'] },
  { region: 'southern-asia', names: ['South Asia', 'Southern Asia', 'South Asian'] },
  {
    region: 'south-eastern-asia',
    names: ['Southeast Asia', 'South-East Asia', 'South-eastern Asia', 'Southeast Asian'],
  },
  {
    region: 'western-asia',
    names: ['Middle East', 'Middle Eastern', 'Western Asia', 'Gulf states'],
  },
  { region: 'europe', names: ['Europe', 'European', 'EMEA'] },
  { region: 'eastern-europe', names: ['Eastern Europe', 'Eastern European', 'East European'] },
  { region: 'northern-europe', names: ['Northern Europe', 'Nordic', 'Nordics', 'Scandinavia'] },
  { region: 'southern-europe', names: ['Southern Europe', 'Balkans'] },
  { region: 'western-europe', names: ['Western Europe', 'Western European'] },
  { region: 'oceania', names: ['Oceania'] },
  { region: 'antarctica', names: ['Antarctica'] },
];
