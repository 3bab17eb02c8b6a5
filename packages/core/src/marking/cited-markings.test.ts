import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { citedTlpDefinitions, predefinedMarking } from './cited-markings.ts';
import { TLP1, TLP2 } from './tlp.ts';

const object = (id: string, extra: Record<string, unknown>) => ({ id, ...extra });

describe('citedTlpDefinitions', () => {
  it('returns each TLP definition cited by object or granular markings once, in id order', () => {
    const cited = citedTlpDefinitions([
      object('malware--1', { object_marking_refs: [TLP2.amber.id, TLP2.amber.id] }),
      object('tool--2', {
        object_marking_refs: [TLP2.green.id, 'marking-definition--custom'],
        granular_markings: [{ marking_ref: TLP1.red.id, selectors: ['name'] }],
      }),
    ]);
    expect(cited.map((d) => d.id)).toEqual([TLP2.amber.id, TLP2.green.id, TLP1.red.id].sort());
  });

  it('leaves out definitions already among the objects, and cites nothing for unmarked ones', () => {
    const marked = object('tool--2', { object_marking_refs: [TLP2.green.id] });
    expect(citedTlpDefinitions([TLP2.green, marked])).toEqual([]);
    expect(citedTlpDefinitions([object('tool--3', {})])).toEqual([]);
  });

  it('knows exactly the nine predefined definitions', () => {
    expect(predefinedMarking(TLP2['amber+strict'].id)).toBe(TLP2['amber+strict']);
    expect(predefinedMarking(TLP1.white.id)).toBe(TLP1.white);
    expect(predefinedMarking('marking-definition--custom')).toBeUndefined();
  });

  describeWithData('against the official OASIS schemas', ['oasis-stix2-json-schemas'], () => {
    it('cites only schema-valid definitions', () =>
      expectSchemaValid([...Object.values(TLP1), ...Object.values(TLP2)]));
  });
});
