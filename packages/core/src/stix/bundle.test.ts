import { describe, expect, it } from 'vitest';
import { parseBundle } from './bundle.ts';
import { indicator, intrusionSet, ipv4 } from './sample-objects.fixture.ts';

const bundle = (objects: unknown[]) => ({
  type: 'bundle',
  id: 'bundle--6b0f2a47-3a61-4b8e-9d3c-2f0e1a9b8c7d',
  objects,
});
const codes = (input: unknown): [string, string][] => {
  const result = parseBundle(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path]);
};

describe('parseBundle: input problems', () => {
  it('explains empty and malformed input', () => {
    expect(codes('')).toEqual([['empty_input', '']]);
    expect(codes('  \n')).toEqual([['empty_input', '']]);
    expect(codes('{"type": "bundle",')).toEqual([['malformed_json', '']]);
    expect(codes('[1, 2]')).toEqual([['not_object', '']]);
  });

  it('checks the bundle envelope (§8)', () => {
    expect(codes({ type: 'report', id: 'bundle--6b0f2a47-3a61-4b8e-9d3c-2f0e1a9b8c7d' })).toEqual([
      ['invalid_type', 'type'],
    ]);
    expect(codes({ type: 'bundle', id: 'bundle--x' })).toEqual([['invalid_id', 'id']]);
    expect(codes({ ...bundle([]), objects: {} })).toEqual([['invalid_type', 'objects']]);
    expect(
      parseBundle({ type: 'bundle', id: 'bundle--6b0f2a47-3a61-4b8e-9d3c-2f0e1a9b8c7d' }).ok,
    ).toBe(true);
  });

  it('reports each bad object by index and JSON path', () => {
    const broken = { ...indicator, created: '2026-01-15' };
    expect(codes(bundle([ipv4, intrusionSet, broken]))).toEqual([
      ['invalid_timestamp', 'objects[2].created'],
    ]);
  });
});

describe('parseBundle: duplicate ids', () => {
  it('drops identical copies with a warning', () => {
    const result = parseBundle(JSON.stringify(bundle([ipv4, intrusionSet, { ...ipv4 }])));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.objects).toHaveLength(2);
    expect(result.issues?.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_object', 'objects[2]'],
    ]);
  });

  it('treats key order as no difference', () => {
    const reordered = Object.fromEntries(Object.entries(intrusionSet).reverse());
    const result = parseBundle(bundle([intrusionSet, reordered]));
    expect(result.ok && result.value.objects).toHaveLength(1);
  });

  it('rejects the same version with different content', () => {
    expect(codes(bundle([intrusionSet, { ...intrusionSet, name: 'APT 31' }]))).toEqual([
      ['duplicate_id_conflict', 'objects[1].id'],
    ]);
  });

  it('keeps two versions of one object', () => {
    const later = { ...intrusionSet, modified: '2026-03-01T00:00:00.000Z', name: 'APT 31' };
    const result = parseBundle(bundle([intrusionSet, later]));
    expect(result.ok && result.value.objects).toHaveLength(2);
  });
});
