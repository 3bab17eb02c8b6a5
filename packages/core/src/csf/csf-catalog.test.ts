import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import {
  CSF_CATEGORIES,
  CSF_FUNCTIONS,
  CSF_SUBCATEGORIES,
  csfSubcategory,
  isCsfSubcategoryId,
} from './csf-catalog.ts';

interface OfficialCore {
  functions: { id: string }[];
  categories: { id: string; withdrawn: boolean }[];
  subcategories: { id: string; category: string; withdrawn: boolean }[];
}

it('has the CSF 2.0 shape: 6 functions, 22 categories, 106 subcategories', () => {
  expect(CSF_FUNCTIONS).toHaveLength(6);
  expect(CSF_CATEGORIES).toHaveLength(22);
  expect(CSF_SUBCATEGORIES).toHaveLength(106);
});

it('looks subcategories up by id and rejects withdrawn CSF 1.1 ids', () => {
  expect(csfSubcategory('RS.MA-01')?.category).toBe('RS.MA');
  expect(isCsfSubcategoryId('DE.AE-01')).toBe(false);
  expect(isCsfSubcategoryId('ID.AM-06')).toBe(false);
});

describeWithData(
  'CSF catalog against the official NIST OSCAL catalog',
  ['nist-csf-2.0', 'csf-2.0-core.json'],
  (path) => {
    const official = JSON.parse(readFileSync(path, 'utf8')) as OfficialCore;
    const active = official.subcategories.filter((s) => !s.withdrawn);

    it('lists exactly the official active subcategories', () => {
      expect(CSF_SUBCATEGORIES.map((s) => s.id).sort()).toEqual(active.map((s) => s.id).sort());
    });

    it('lists exactly the official functions and active categories', () => {
      expect(CSF_FUNCTIONS.map((f) => f.id).sort()).toEqual(
        official.functions.map((f) => f.id).sort(),
      );
      expect(CSF_CATEGORIES.map((c) => c.id).sort()).toEqual(
        official.categories
          .filter((c) => !c.withdrawn)
          .map((c) => c.id)
          .sort(),
      );
    });

    it('puts every subcategory in its official category', () => {
      for (const s of active) expect(csfSubcategory(s.id)?.category).toBe(s.category);
    });
  },
);
