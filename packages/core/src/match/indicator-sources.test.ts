/** Indicator sources on real third-party files: PyMISP's MISP event fixtures and OASIS STIX 2.1 examples. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import type { StixObject } from '../stix/object.ts';
import { IndicatorIndex } from './indicator-index.ts';
import { specsFromIocList, specsFromMisp, specsFromStix } from './indicator-sources.ts';
import { RecordMatcher } from './record-matcher.ts';
import type { IndicatorSpec, RecordHit } from './types.ts';

function hitRefs(specs: IndicatorSpec[], line: string): string[] {
  const out: RecordHit[] = [];
  const bytes = new TextEncoder().encode(line);
  new RecordMatcher(new IndicatorIndex(specs)).matchText(bytes, 0, bytes.length, out);
  return out.map((h) => specs[h.spec]!.ref);
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

it('reads a plain IOC list: comments, blank lines, duplicates, fragments kept', () => {
  const { specs } = specsFromIocList(
    '# header\n\n1.2.3.4  # C2\n1.2.3.4\nhttp://x.example/a#frag\n',
  );
  expect(specs.map((s) => s.value)).toEqual(['1.2.3.4', 'http://x.example/a#frag']);
});

it('names a defanged IOC by its refanged value, and counts a value and its defanged form once', () => {
  const { specs } = specsFromIocList(
    'evil-update[.]example\nevil-update.example\nhxxps://cdn.evil[.]example/x\n1.2.3[.]4\n',
  );
  expect(specs.map((s) => [s.ref, s.value])).toEqual([
    ['evil-update.example', 'evil-update.example'],
    ['https://cdn.evil.example/x', 'https://cdn.evil.example/x'],
    ['1.2.3.4', '1.2.3.4'],
  ]);
});

describeWithData(
  'MISP event (PyMISP fixture)',
  ['misp-pymisp-test-events', 'misp_event.json'],
  (path) => {
    it('hunts its url attribute and lists the non-network attribute as not hunted', () => {
      const { specs, unsupported } = specsFromMisp(json(path));
      expect(specs.map((s) => s.value)).toContain('http://fake.website.com/malware/is/here');
      expect(unsupported.map((u) => u.reason)).toContain('MISP attribute type text is not hunted');
      const line = '10.0.0.1 GET http://FAKE.website.com:80/malware/is/here 200';
      expect(hitRefs(specs, line)).toEqual(['http://fake.website.com/malware/is/here']);
    });
  },
);

describeWithData(
  'STIX bundle (OASIS example: malware indicator for a file hash)',
  ['oasis-cti-documentation', 'example_json', 'malware-indicator-for-file-hash.json'],
  (path) => {
    it('hunts the SHA-256 pattern, with the malware it indicates as context', () => {
      const bundle = json(path) as { objects: StixObject[] };
      const { specs } = specsFromStix(bundle.objects, '2026-11-28T00:00:00Z');
      expect(specs).toHaveLength(1);
      const malware = bundle.objects.find((o) => o.type === 'malware')!;
      expect(specs[0]!.context).toEqual([malware.name]);
      const sha = 'EF537F25C895BFA782526529A9B63D97AA631564D5D789C2B765448C8635FB6C';
      expect(hitRefs(specs, `sha256=${sha} path=C:\\x.exe`)).toEqual([specs[0]!.ref]);
      expect(hitRefs(specs, `sha256=${sha}00`)).toEqual([]);
    });

    it('drops expired and revoked indicators', () => {
      const bundle = json(path) as { objects: StixObject[] };
      const expired = bundle.objects.map((o) =>
        o.type === 'indicator' ? { ...o, valid_until: '2020-01-01T00:00:00Z' } : o,
      );
      expect(specsFromStix(expired, '2026-11-28T00:00:00Z').specs).toEqual([]);
      const revoked = bundle.objects.map((o) =>
        o.type === 'indicator' ? { ...o, revoked: true } : o,
      );
      expect(specsFromStix(revoked, '2026-11-28T00:00:00Z').specs).toEqual([]);
    });
  },
);

describeWithData(
  'STIX bundle with a MATCHES pattern (OASIS granular markings example)',
  ['oasis-cti-documentation', 'example_json', 'using-granular-markings.json'],
  (path) => {
    it('hunts the MATCHES indicator on every structured record (linear-time engine)', () => {
      const { specs } = specsFromStix(
        (json(path) as { objects: StixObject[] }).objects,
        '2026-11-28T00:00:00Z',
      );
      const index = new IndicatorIndex(specs);
      expect(index.unsupported).toEqual([]);
      expect(index.scanned).toHaveLength(specs.length);
    });
  },
);
