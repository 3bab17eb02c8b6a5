import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import type { Comparison, Pattern } from './ast.ts';
import { parsePattern } from './parser.ts';

const parsed = (text: string): Pattern => {
  const result = parsePattern(text);
  if (!result.ok) throw new Error(`${text}: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
};

const errorOf = (text: string): string => {
  const result = parsePattern(text);
  if (result.ok) throw new Error(`${text} parsed but should not`);
  return result.issues[0]?.message ?? '';
};

/** The single comparison of `[…]`. */
const comparisonOf = (text: string): Comparison => {
  const e = parsed(text).expression;
  if (e.kind !== 'observation' || e.expression.kind !== 'comparison')
    throw new Error('not one comparison');
  return e.expression;
};

describe('parsePattern: comparisons (STIX 2.1 §9.5)', () => {
  it('reads object type, path and a string constant', () => {
    const c = comparisonOf("[ipv4-addr:value = '198.51.100.1/32']");
    expect(c).toMatchObject({
      path: { objectType: 'ipv4-addr', steps: [{ kind: 'property', name: 'value' }] },
      operator: '=',
      negated: false,
      value: { kind: 'string', value: '198.51.100.1/32' },
      column: 2,
    });
  });

  it('reads quoted path components, list indexes and reference traversal', () => {
    expect(comparisonOf("[file:hashes.'SHA-256' = 'aa']").path.steps).toEqual([
      { kind: 'property', name: 'hashes' },
      { kind: 'property', name: 'SHA-256' },
    ]);
    expect(
      comparisonOf("[email-message:body_multipart[*].body_raw_ref.name = 'x']").path.steps,
    ).toEqual([
      { kind: 'property', name: 'body_multipart' },
      { kind: 'index', index: '*' },
      { kind: 'property', name: 'body_raw_ref' },
      { kind: 'property', name: 'name' },
    ]);
    expect(
      comparisonOf(
        "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']",
      ).path.steps,
    ).toHaveLength(4);
    expect(
      comparisonOf('[x509-certificate:x509_v3_extensions.policies[0] = 1]').path.steps[2],
    ).toEqual({
      kind: 'index',
      index: 0,
    });
  });

  it("decodes \\\\ and \\' escapes in string constants", () => {
    expect(comparisonOf("[file:name = 'it\\'s a \\\\ path']").value).toEqual({
      kind: 'string',
      value: "it's a \\ path",
    });
  });

  it('reads every constant kind', () => {
    const value = (text: string) => comparisonOf(`[x-thing:p = ${text}]`).value;
    expect(value('-12')).toEqual({ kind: 'int', value: -12 });
    expect(value('3.25')).toEqual({ kind: 'float', value: 3.25 });
    expect(value('true')).toEqual({ kind: 'bool', value: true });
    expect(value("t'2014-01-13T07:03:17Z'")).toEqual({
      kind: 'timestamp',
      value: '2014-01-13T07:03:17Z',
    });
    expect(value("h'FFC3'")).toEqual({ kind: 'hex', value: 'ffc3' });
    expect(value("b'ABI='")).toEqual({ kind: 'binary', value: 'ABI=' });
  });

  it('reads every operator, with NOT', () => {
    const ops: [string, string][] = [
      ['!= 1', '!='],
      ['> 1', '>'],
      ['< 1', '<'],
      ['>= 1', '>='],
      ['<= 1', '<='],
      ["LIKE 'a%'", 'LIKE'],
      ["MATCHES '^a'", 'MATCHES'],
      ["ISSUBSET '198.51.100.0/24'", 'ISSUBSET'],
      ["ISSUPERSET '198.51.100.0/24'", 'ISSUPERSET'],
    ];
    for (const [text, operator] of ops) {
      expect(comparisonOf(`[ipv4-addr:value ${text}]`).operator).toBe(operator);
      expect(comparisonOf(`[ipv4-addr:value NOT ${text}]`)).toMatchObject({
        operator,
        negated: true,
      });
    }
    expect(comparisonOf("[ipv4-addr:value IN ('1.2.3.4', '5.6.7.8')]").value).toEqual([
      { kind: 'string', value: '1.2.3.4' },
      { kind: 'string', value: '5.6.7.8' },
    ]);
    expect(comparisonOf('[EXISTS windows-registry-key:values]')).toMatchObject({
      operator: 'EXISTS',
      negated: false,
    });
    expect(comparisonOf('[NOT EXISTS windows-registry-key:values]')).toMatchObject({
      operator: 'EXISTS',
      negated: true,
    });
  });
});

describe('parsePattern: observation expressions and precedence (§9.4, §9.6)', () => {
  it('binds AND tighter than OR inside brackets and flattens chains', () => {
    const e = parsed(
      "[file:name = 'a' OR file:name = 'b' AND file:size = 1 AND file:size = 2]",
    ).expression;
    expect(e.kind === 'observation' && e.expression).toMatchObject({
      kind: 'comparison-group',
      operator: 'OR',
      operands: [
        { kind: 'comparison' },
        { kind: 'comparison-group', operator: 'AND', operands: [{}, {}, {}] },
      ],
    });
  });

  it('orders FOLLOWEDBY < OR < AND between brackets', () => {
    const e = parsed('[a:x = 1] AND [a:x = 2] OR [a:x = 3] FOLLOWEDBY [a:x = 4]').expression;
    expect(e).toMatchObject({
      kind: 'observation-group',
      operator: 'FOLLOWEDBY',
      operands: [
        {
          kind: 'observation-group',
          operator: 'OR',
          operands: [{ operator: 'AND' }, { kind: 'observation' }],
        },
        { kind: 'observation' },
      ],
    });
  });

  it('reads qualifiers, stacked on one observation', () => {
    const e = parsed(
      "([file:name = 'a'] AND [file:name = 'b']) WITHIN 300 SECONDS REPEATS 2 TIMES",
    ).expression;
    expect(e).toMatchObject({
      kind: 'qualified',
      qualifier: { kind: 'REPEATS', times: 2 },
      expression: { kind: 'qualified', qualifier: { kind: 'WITHIN', seconds: 300 } },
    });
    expect(
      parsed(
        "[ipv4-addr:value = '1.2.3.4'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
      ).expression,
    ).toMatchObject({
      qualifier: {
        kind: 'START-STOP',
        start: '2016-06-01T00:00:00Z',
        stop: '2016-07-01T00:00:00Z',
      },
    });
  });

  it('accepts the spec-style examples of §9.7', () => {
    for (const text of [
      "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
      "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
      "[file:hashes.'SHA-256' = 'aec0' OR file:hashes.MD5 = 'cead'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar'] WITHIN 300 SECONDS",
      "[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1008']",
      "[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\\\xd4\\\\xc3\\\\xb2\\\\xa1\\\\x02\\\\x00\\\\x04\\\\x00']",
      "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']",
      "[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
      '[file:size > 1024 AND file:size <= 4096] REPEATS 5 TIMES WITHIN 1800.5 SECONDS',
    ]) {
      expect(parsePattern(text).ok, text).toBe(true);
    }
  });
});

describe('parsePattern: errors carry the column', () => {
  it.each([
    ['', 'empty'],
    ["[ipv4-addr:value = '1.2.3.4'", "column 29: expected ']'"],
    ["ipv4-addr:value = '1.2.3.4'", "column 1: expected '[' or '('"],
    ["[ipv4-addr:value = 'unterminated]", 'column 20: unterminated string'],
    ["[file:name = 'bad \\n escape']", 'column 19: invalid escape'],
    ['[file:name LIKE 5]', 'column 12: LIKE needs a string'],
    ["[file:name = 'a'] WITHIN -5 SECONDS", 'column 26: WITHIN needs a positive'],
    [
      "[file:name = 'a'] START '2016' STOP t'2017-01-01T00:00:00Z'",
      'column 25: START needs a timestamp',
    ],
    ["[file:created = t'2016-13-01T00:00:00Z']", 'column 17: '],
    ["[file:x = h'abc']", 'column 11: '],
    [
      "[file:name = 'a' AND ipv4-addr:value = 'b']",
      'column 22: comparisons joined by AND must share one object type',
    ],
    ["[file:name = 'a'] [file:name = 'b']", "column 19: unexpected '['"],
    ["[file:name = 'a'] AND", 'column 22: expected'],
    ['[file:size = 007]', 'leading zero'],
    ["[file:name ~ 'a']", 'column 12: unexpected character'],
  ])('%j → %s', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('reports under the path it is given', () => {
    const result = parsePattern('[', { path: 'objects[2].pattern' });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_pattern', 'objects[2].pattern'],
    ]);
  });
});

describe('parsePattern: hostile input', () => {
  it('rejects nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = `${'('.repeat(100_000)}[file:name = 'a']${')'.repeat(100_000)}`;
    expect(errorOf(deep)).toContain('nesting deeper than 64');
    const fine = `${'('.repeat(60)}[file:name = 'a']${')'.repeat(60)}`;
    expect(parsePattern(fine).ok).toBe(true);
  });

  it('parses a very long flat chain as one node', () => {
    const n = 200_000;
    const text = Array.from(
      { length: n },
      (_, i) => `[ipv4-addr:value = '10.0.${i >> 8}.${i & 255}']`,
    ).join(' OR ');
    const e = parsed(text).expression;
    expect(e.kind === 'observation-group' && e.operands.length).toBe(n);
  });
});

describeWithData(
  'parsePattern on every OASIS example pattern',
  ['oasis-cti-documentation'],
  (root) => {
    const dirs = [
      join(root, 'example_json'),
      join(root, '..', 'oasis-stix2-json-schemas', 'examples'),
      join(root, '..', 'oasis-stix2-json-schemas', 'examples', 'threat-reports'),
    ];
    const patterns = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => {
          const bundle = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
            objects?: { pattern?: string; pattern_type?: string }[];
          };
          return (bundle.objects ?? [])
            .filter((o) => o.pattern_type === 'stix')
            .map((o) => o.pattern ?? '');
        }),
    );
    it('finds the example patterns', () => {
      expect(patterns.length).toBeGreaterThan(40);
    });
    it('parses all of them', () => {
      const failures = patterns.filter((p) => !parsePattern(p).ok);
      expect(failures).toEqual([]);
    });
  },
);
