/**
 * Versions of one indicator that differ only in `modified` and markings, for the TLP floor tests (store
 * import and `vigil import`), and a bundle to carry them.
 */
export const INDICATOR_ID = 'indicator--4ec0cc2c-2a44-50bb-b3f8-8ddfc9950841';

export const indicatorVersion = (modified: string, ...refs: string[]) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: INDICATOR_ID,
  created: '2024-01-01T00:00:00.000Z',
  modified,
  pattern: "[domain-name:value = 'evil.example']",
  pattern_type: 'stix',
  valid_from: '2024-01-01T00:00:00.000Z',
  ...(refs.length > 0 ? { object_marking_refs: refs } : {}),
});

export const bundleOf = (...objects: unknown[]) => ({
  type: 'bundle',
  id: 'bundle--00000000-0000-4000-8000-000000000001',
  objects,
});
