/**
 * The schema oracle itself (test-support/stix-schemas.ts): it must catch invalid objects, refuse the
 * `type` values that make the OASIS pattern backtrack, and show the IPv6 schema bug we document in
 * docs/ARCHITECTURE.md "STIX schema oracle".
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { stixSchemaOracle } from '../../../../test-support/stix-schemas.ts';
import { parseBundle } from './bundle.ts';
import { ipv4 } from './sample-objects.fixture.ts';
import { sco } from './sco.ts';
import { validateObject } from './validate.ts';

describeWithData('STIX schema oracle', ['oasis-stix2-json-schemas', 'schemas'], () => {
  it('catches an invalid object', () => {
    const oracle = stixSchemaOracle();
    expect(oracle?.errors({ ...ipv4, value: 42 }).length).toBeGreaterThan(0);
    expect(oracle?.errors(ipv4)).toEqual([]);
  });

  it('never runs the backtracking type pattern on an unsafe type', () => {
    const hostile = { type: `${'a'.repeat(40)}--`, id: 'x' };
    expect(stixSchemaOracle()?.errors(hostile)).toEqual([
      `/type: not a STIX type name: "${hostile.type}"`,
    ]);
  });

  it('documents the IPv6 schema bug: ::ffff:192.0.2.1 is valid STIX but fails the schema', () => {
    const mapped = sco('ipv6-addr', { value: '::ffff:192.0.2.1' });
    expect(validateObject(mapped).ok).toBe(true);
    expect(stixSchemaOracle()?.errors(mapped).join('\n')).toContain('/value: must match pattern');
  });
});

describeWithData(
  'real STIX 2.1 data: ATT&CK for ICS',
  ['mitre-attack', 'ics-attack.json'],
  (file) => {
    it('parses with no errors and no warnings, schema-valid where OASIS has a schema', () => {
      const result = parseBundle(readFileSync(file, 'utf8'));
      expect(result.ok ? (result.issues ?? []) : result.issues.slice(0, 5)).toEqual([]);
      if (!result.ok) return;
      expect(result.value.objects.length).toBeGreaterThan(1000);
      const oracle = stixSchemaOracle();
      const withSchema = result.value.objects.filter((o) => !o.type.startsWith('x-'));
      const problems = withSchema.flatMap((o) =>
        (oracle?.errors(o) ?? []).map((e) => `${o.id} ${e}`),
      );
      expect(problems.slice(0, 5)).toEqual([]);
    });
  },
);
