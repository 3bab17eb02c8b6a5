/**
 * Real data: every object of ATT&CK Enterprise v18.1 (STIX 2.0, upgraded by `upgradeToStix21` as the
 * importer does) validates with no errors and no warnings.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { upgradeToStix21 } from './upgrade.ts';
import { validateObject } from './validate.ts';

describeWithData(
  'ATT&CK Enterprise through validateObject',
  ['mitre-attack', 'enterprise-attack.json'],
  (file) => {
    it('has no issues in any of its objects', () => {
      const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
        objects: Record<string, unknown>[];
      };
      expect(bundle.objects.length).toBeGreaterThan(20_000);
      const issues = bundle.objects.flatMap((o, i) => {
        const result = validateObject(upgradeToStix21(o), { path: `objects[${i}]` });
        return [...(result.issues ?? [])];
      });
      expect(issues.slice(0, 5)).toEqual([]);
    });
  },
);
