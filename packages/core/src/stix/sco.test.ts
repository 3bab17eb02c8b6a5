import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { CoreError } from '../errors.ts';
import { parsePattern } from '../pattern/parser.ts';
import { indicatorPattern, patternString } from './indicator-pattern.ts';
import { chooseOneHash, sco, scoIdFor } from './sco.ts';
import { SCO_ID_CONTRIBUTING } from './sco-tables.ts';

/** UUIDv5 ids have version digit 5; other SCO ids in the examples are random (v4). */
const isV5 = (id: string): boolean => id.charAt(id.indexOf('--') + 2 + 14) === '5';

describeWithData(
  'SCO ids against the OASIS examples',
  ['oasis-cti-documentation', 'example_json'],
  (dir) => {
    const dirs = [dir, join(dir, '..', '..', 'oasis-stix2-json-schemas', 'examples')];
    const scos = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.json'))
        .flatMap(
          (f) =>
            (
              JSON.parse(readFileSync(join(d, f), 'utf8')) as {
                objects?: { type: string; id: string }[];
              }
            ).objects ?? [],
        )
        .filter((o) => o.type in SCO_ID_CONTRIBUTING),
    );
    const deterministic = scos.filter((o) => isV5(o.id));

    it('finds deterministic (UUIDv5) SCOs among the examples', () => {
      // sighting-of-observed-data.json: a file with MD5+SHA-1+name and a windows-registry-key.
      expect(deterministic.length).toBeGreaterThanOrEqual(2);
    });

    it('reproduces every deterministic example id', () => {
      for (const o of deterministic) {
        expect(scoIdFor(o.type as keyof typeof SCO_ID_CONTRIBUTING, o), JSON.stringify(o)).toBe(
          o.id,
        );
      }
    });
  },
);

describe('sco()', () => {
  it('gives equal values equal ids and different values different ids', () => {
    expect(sco('ipv4-addr', { value: '198.51.100.7' }).id).toBe(
      sco('ipv4-addr', { value: '198.51.100.7' }).id,
    );
    expect(sco('ipv4-addr', { value: '198.51.100.7' }).id).not.toBe(
      sco('ipv4-addr', { value: '198.51.100.8' }).id,
    );
    // §2.9: the UUIDv5 name is only the serialized contributing properties, so the UUID part repeats
    // across types with the same value; the type prefix keeps the ids apart.
    const domain = sco('domain-name', { value: 'a.example' }).id;
    const url = sco('url', { value: 'a.example' }).id;
    expect(domain.slice('domain-name--'.length)).toBe(url.slice('url--'.length));
    expect(domain).not.toBe(url);
  });

  it('ignores non-contributing properties', () => {
    const plain = sco('email-addr', { value: 'a@example.com' });
    const named = sco('email-addr', { value: 'a@example.com', display_name: 'A' });
    expect(named.id).toBe(plain.id);
    expect(named).toMatchObject({ type: 'email-addr', spec_version: '2.1', display_name: 'A' });
  });

  it('uses one hash for a file id, preferring MD5, then SHA-1, SHA-256, SHA-512', () => {
    expect(chooseOneHash({ 'SHA-256': 'b', 'SHA-1': 'c', MD5: 'a' })).toEqual({ MD5: 'a' });
    expect(chooseOneHash({ 'SHA-512': 'd', 'SHA-256': 'b' })).toEqual({ 'SHA-256': 'b' });
    expect(chooseOneHash({ TLSH: 't' })).toEqual({ TLSH: 't' });
    const md5 = '001dd76872d80801692ff942308c64e6';
    const sha256 = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c';
    const both = sco('file', { hashes: { 'SHA-256': sha256, MD5: md5 } });
    expect(both.id).toBe(sco('file', { hashes: { MD5: md5 } }).id);
    expect(both.id).not.toBe(sco('file', { hashes: { 'SHA-256': sha256 } }).id);
  });

  it('rejects an SCO with no contributing property or an invalid value', () => {
    expect(() => sco('file', { size: 10 })).toThrow(CoreError);
    expect(() => sco('file', { hashes: { MD5: 'not-hex' } })).toThrow(/MD5 must be 32 hex digits/);
    expect(() => sco('autonomous-system', { number: -1 })).toThrow(/outside/);
  });
});

describe('indicatorPattern', () => {
  it('escapes quotes and backslashes per §9.3', () => {
    expect(patternString("it's C:\\x")).toBe("'it\\'s C:\\\\x'");
  });

  const cases = [
    sco('ipv4-addr', { value: '198.51.100.7' }),
    sco('ipv6-addr', { value: '2001:db8::7' }),
    sco('domain-name', { value: 'evil.example.com' }),
    sco('url', { value: "http://x.example/?q='\\'" }),
    sco('email-addr', { value: "o'brien@example.com" }),
    sco('mutex', { name: 'Global\\Mtx' }),
    sco('windows-registry-key', { key: 'HKEY_LOCAL_MACHINE\\Software\\Run' }),
    sco('autonomous-system', { number: 64500 }),
    sco('file', {
      name: 'a.exe',
      hashes: {
        MD5: '001dd76872d80801692ff942308c64e6',
        'SHA-256': 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c',
      },
    }),
    sco('file', { name: "it's.exe" }),
    sco('x509-certificate', { serial_number: '36:f7:d4' }),
  ];

  it.each(cases.map((o) => [o.type, o] as const))(
    '%s: parses back to the SCO values',
    (_type, object) => {
      const pattern = indicatorPattern(object);
      const parsed = parsePattern(pattern);
      expect(parsed.ok, pattern).toBe(true);
      if (!parsed.ok) return;
      const e = parsed.value.expression;
      expect(e.kind).toBe('observation');
      if (e.kind !== 'observation') return;
      const comparisons =
        e.expression.kind === 'comparison' ? [e.expression] : e.expression.operands;
      for (const c of comparisons) {
        if (c.kind !== 'comparison' || Array.isArray(c.value) || !c.value || Array.isArray(c.value))
          throw new Error('shape');
        expect(c.path.objectType).toBe(object.type);
        // Walk the path through the SCO: the constant must be the value found there.
        let here: unknown = object;
        for (const step of c.path.steps)
          here = (here as Record<string, unknown>)[
            String(step.kind === 'property' ? step.name : step.index)
          ];
        expect((c.value as { value: unknown }).value).toBe(here);
      }
    },
  );

  it('puts the strongest hash first and joins hashes with OR', () => {
    expect(indicatorPattern(cases[8] as Record<string, unknown>)).toBe(
      "[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c' OR file:hashes.MD5 = '001dd76872d80801692ff942308c64e6']",
    );
  });

  it('refuses objects it cannot describe', () => {
    expect(() => indicatorPattern({ type: 'process', id: 'process--0' })).toThrow(CoreError);
  });
});
