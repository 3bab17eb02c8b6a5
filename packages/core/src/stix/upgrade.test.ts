import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { isStix20, upgradeToStix21 } from './upgrade.ts';

type Json = Record<string, unknown>;
const load = (path: string): Json[] =>
  (JSON.parse(readFileSync(path, 'utf8')) as { objects: Json[] }).objects;

describe('upgradeToStix21 (STIX 2.1 "Changes from 2.0")', () => {
  it('leaves a 2.1 object untouched (same reference)', () => {
    const object = { type: 'malware', spec_version: '2.1', id: 'malware--x', is_family: false };
    expect(upgradeToStix21(object)).toBe(object);
  });

  it('treats an SCO without spec_version as 2.1 (optional there; no top-level SCOs in 2.0)', () => {
    const sco = {
      type: 'ipv4-addr',
      id: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd',
      value: '198.51.100.3',
    };
    expect(isStix20(sco)).toBe(false);
    expect(upgradeToStix21(sco)).toBe(sco);
  });

  it('moves 2.0 indicator labels to indicator_types and adds pattern_type stix', () => {
    const v20 = {
      type: 'indicator',
      id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
      labels: ['malicious-activity', 'phishing-campaign-7'],
      pattern: "[url:value = 'http://x.example/']",
    };
    const v21 = upgradeToStix21(v20) as Json;
    expect(v21.spec_version).toBe('2.1');
    expect(v21.indicator_types).toEqual(['malicious-activity']);
    expect(v21.labels).toEqual(['phishing-campaign-7']);
    expect(v21.pattern_type).toBe('stix');
    expect(v20).not.toHaveProperty('spec_version'); // input not mutated
  });

  it('maps threat-actor and report labels to their 2.1 vocabularies, keeps identity_class', () => {
    const actor = upgradeToStix21({ type: 'threat-actor', id: 'threat-actor--a', labels: ['spy'] });
    expect(actor).toMatchObject({ threat_actor_types: ['spy'] });
    expect(actor).not.toHaveProperty('labels');
    const report = upgradeToStix21({ type: 'report', id: 'report--a', labels: ['threat-report'] });
    expect(report).toMatchObject({ report_types: ['threat-report'] });
    const identity = upgradeToStix21({
      type: 'identity',
      id: 'identity--a',
      identity_class: 'group',
    });
    expect(identity).toMatchObject({ identity_class: 'group', spec_version: '2.1' });
  });

  it('never overwrites an existing 2.1 property and keeps an explicit is_family', () => {
    const mixed = upgradeToStix21({
      type: 'malware',
      id: 'malware--a',
      labels: ['worm'],
      malware_types: ['bot'],
      is_family: false,
    });
    expect(mixed).toMatchObject({ malware_types: ['bot'], labels: ['worm'], is_family: false });
  });
});

describeWithData(
  'upgrade of ATT&CK enterprise (2.0) matches the shape of MITRE 2.1 data (ICS)',
  ['mitre-attack', 'enterprise-attack.json'],
  (enterprisePath) => {
    const enterprise = load(enterprisePath);
    const icsPath = enterprisePath.replace('enterprise-attack.json', 'ics-attack.json');
    const ics = load(icsPath);

    it('ICS (2.1) objects are recognised as 2.1 and pass through unchanged', () => {
      expect(ics.filter(isStix20)).toEqual([]);
      for (const object of ics) expect(upgradeToStix21(object)).toBe(object);
    });

    it('every enterprise object becomes 2.1 with the property set MITRE 2.1 uses for its type', () => {
      expect(enterprise.every(isStix20)).toBe(true);
      // Which of the properties the upgrade touches appear in MITRE's own 2.1 objects, per type.
      const touched = ['spec_version', 'labels', 'is_family', 'malware_types', 'tool_types'];
      const shape = (o: Json) => touched.filter((p) => p in o).join(',');
      const icsShapes = new Map<string, Set<string>>();
      for (const o of ics) {
        const set = icsShapes.get(o.type as string) ?? new Set<string>();
        set.add(shape(o));
        icsShapes.set(o.type as string, set);
      }
      let compared = 0;
      for (const o of enterprise) {
        const expected = icsShapes.get(o.type as string);
        if (!expected) continue; // types ICS lacks (tool, x-mitre-matrix only in enterprise)
        expect(expected).toContain(shape(upgradeToStix21(o) as Json));
        compared++;
      }
      expect(compared).toBeGreaterThan(20_000);
      const tools = enterprise.filter((o) => o.type === 'tool').map((o) => upgradeToStix21(o));
      expect(tools.length).toBeGreaterThan(0);
      for (const tool of tools) {
        expect(tool).not.toHaveProperty('labels');
        expect(tool).toHaveProperty('spec_version', '2.1');
      }
    });
  },
);
