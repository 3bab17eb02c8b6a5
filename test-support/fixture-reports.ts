/** Reports written for Vigil's tests after real events (fixtures/reports): one reader for every test. */
import { readFileSync } from 'node:fs';

export const fixtureReport = (name: string): string =>
  readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');
