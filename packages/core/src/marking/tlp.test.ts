import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath, describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { validateObject } from '../stix/validate.ts';
import {
  TLP1,
  TLP2,
  isAllowed,
  mostRestrictive,
  parseTlpLevel,
  tlpLevel,
  tlpLevelOf,
  tlpMarkingRef,
} from './tlp.ts';

// Ids as published: STIX 2.1 §7.2.1.4 (TLP 1.0) and the OASIS TLP 2.0 extension (DOMAIN.md §3).
const SPEC_TLP1 = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};
const SPEC_TLP2 = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

describe('TLP marking definitions', () => {
  it('carry the published ids', () => {
    expect(Object.fromEntries(Object.entries(TLP1).map(([k, v]) => [k, v.id]))).toEqual(SPEC_TLP1);
    expect(Object.fromEntries(Object.entries(TLP2).map(([k, v]) => [k, v.id]))).toEqual(SPEC_TLP2);
  });

  it('are valid STIX for Vigil', () => {
    for (const marking of [...Object.values(TLP1), ...Object.values(TLP2)]) {
      const result = validateObject(marking);
      expect(result.ok ? (result.issues ?? []) : result.issues).toEqual([]);
    }
  });

  it('TLP 2.0 objects name their level in the extension, with no definition_type', () => {
    const amberStrict = TLP2['amber+strict'];
    expect(amberStrict.name).toBe('TLP:AMBER+STRICT');
    expect(amberStrict.definition_type).toBeUndefined();
    expect(amberStrict.extensions).toEqual({
      'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': {
        extension_type: 'property-extension',
        tlp_2_0: 'amber+strict',
      },
    });
  });
});

describeWithData(
  'TLP 1.0 objects equal those in OASIS data',
  ['oasis-cti-documentation', 'example_json', 'using-marking-definitions.json'],
  (file) => {
    it('TLP:AMBER in using-marking-definitions.json', () => {
      const bundle = JSON.parse(readFileSync(file, 'utf8')) as { objects: { id: string }[] };
      expect(bundle.objects.find((o) => o.id === SPEC_TLP1.amber)).toEqual(TLP1.amber);
    });
    it('TLP:GREEN in the TAXII reference server data', () => {
      const taxii = dataPath('oasis-taxii-server-testdata', 'default_data.json');
      if (!taxii) return;
      const text = readFileSync(taxii, 'utf8');
      const found: unknown[] = [];
      JSON.parse(text, (_key, value: unknown) => {
        const o = value as { id?: unknown; type?: unknown } | null;
        if (o?.id === SPEC_TLP1.green && o.type === 'marking-definition') found.push(value);
        return value;
      });
      expect(found.length).toBeGreaterThan(0);
      for (const o of found) expect(o).toEqual(TLP1.green);
    });
  },
);

describeWithData(
  'TLP marking definitions against the OASIS schemas',
  ['oasis-stix2-json-schemas', 'schemas'],
  () => {
    it('all nine are schema-valid', () => {
      expectSchemaValid([...Object.values(TLP1), ...Object.values(TLP2)]);
    });
  },
);

describe('tlpLevel: TLP 1.0 and 2.0 on one scale', () => {
  it('maps TLP 1.0 ids to their 2.0 level (WHITE reads as CLEAR)', () => {
    expect(tlpLevelOf(SPEC_TLP1.white)).toBe('clear');
    expect(tlpLevelOf(SPEC_TLP1.green)).toBe('green');
    expect(tlpLevelOf(SPEC_TLP1.amber)).toBe('amber');
    expect(tlpLevelOf(SPEC_TLP1.red)).toBe('red');
  });

  it('maps each TLP 2.0 id to its own level', () => {
    for (const [level, id] of Object.entries(SPEC_TLP2)) expect(tlpLevelOf(id)).toBe(level);
  });

  it('takes the most restrictive TLP among the refs and ignores other markings', () => {
    const statement = 'marking-definition--ad2caa47-58fd-4491-8f67-255377927369';
    expect(tlpLevel([statement, SPEC_TLP1.green, SPEC_TLP2['amber+strict']])).toBe('amber+strict');
    expect(tlpLevel([SPEC_TLP2.red, SPEC_TLP1.white])).toBe('red');
    expect(tlpLevel([statement])).toBeUndefined();
    expect(tlpLevel(undefined)).toBeUndefined();
  });

  it('orders clear < green < amber < amber+strict < red', () => {
    expect(mostRestrictive('green', 'clear')).toBe('green');
    expect(mostRestrictive('amber', 'green')).toBe('amber');
    expect(mostRestrictive('amber', 'amber+strict')).toBe('amber+strict');
    expect(mostRestrictive('red', 'amber+strict', undefined)).toBe('red');
    expect(mostRestrictive()).toBeUndefined();
  });
});

describe('isAllowed: export under --max-tlp', () => {
  const marked = (...refs: string[]) => ({ object_marking_refs: refs });
  it('lets through objects at or below the ceiling', () => {
    expect(isAllowed(marked(SPEC_TLP1.amber), 'amber')).toBe(true);
    expect(isAllowed(marked(SPEC_TLP2.green), 'amber')).toBe(true);
    expect(isAllowed({}, 'clear')).toBe(true);
  });
  it('holds back objects above it, TLP 1.0 included', () => {
    expect(isAllowed(marked(SPEC_TLP2['amber+strict']), 'amber')).toBe(false);
    expect(isAllowed(marked(SPEC_TLP1.red), 'amber+strict')).toBe(false);
    expect(isAllowed(marked(SPEC_TLP1.white, SPEC_TLP2.amber), 'green')).toBe(false);
  });
});

describe('parseTlpLevel and tlpMarkingRef', () => {
  it('reads what users type', () => {
    expect(parseTlpLevel('TLP:AMBER+STRICT')).toBe('amber+strict');
    expect(parseTlpLevel(' white ')).toBe('clear');
    expect(parseTlpLevel('purple')).toBeUndefined();
  });
  it('marks with TLP 2.0', () => {
    expect(tlpMarkingRef('amber')).toBe(SPEC_TLP2.amber);
  });
});
