import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.ts';
import { parsePatternSubset } from './pattern-subset.ts';

/** The refusal reason, or 'parsed'. */
function reason(pattern: string): string {
  try {
    parsePatternSubset(pattern);
    return 'parsed';
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
    return error.message;
  }
}

describe('pattern adapter over the STIX pattern parser', () => {
  it('gives comparisons with flat paths, AND/OR junctions and typed values', () => {
    const expr = parsePatternSubset(
      "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:dst_port IN (443, 8443)] OR [file:hashes.'SHA-256' != 'ab']",
    );
    expect(expr).toEqual({
      kind: 'or',
      items: [
        {
          kind: 'and',
          items: [
            {
              kind: 'cmp',
              path: 'network-traffic:dst_ref.value',
              op: '=',
              negated: false,
              values: ['203.0.113.9'],
            },
            {
              kind: 'cmp',
              path: 'network-traffic:dst_port',
              op: 'IN',
              negated: false,
              values: [443, 8443],
            },
          ],
        },
        { kind: 'cmp', path: 'file:hashes.SHA-256', op: '!=', negated: false, values: ['ab'] },
      ],
    });
    expect(parsePatternSubset("[email-message:to_refs[0].value NOT = 'a@b.c']")).toMatchObject({
      path: 'email-message:to_refs[*].value',
      negated: true,
    });
  });

  it('keeps LIKE and MATCHES as plain data that survives a structured clone', () => {
    const expr = parsePatternSubset(
      "[process:command_line LIKE '%-enc %' OR process:command_line MATCHES '(?i)-enc\\\\s+[A-Za-z0-9+/=]{20,}']",
    );
    expect(structuredClone(expr)).toEqual(expr);
    expect(expr).toEqual({
      kind: 'or',
      items: [
        {
          kind: 'cmp',
          path: 'process:command_line',
          op: 'LIKE',
          negated: false,
          values: ['%-enc %'],
        },
        {
          kind: 'cmp',
          path: 'process:command_line',
          op: 'MATCHES',
          negated: false,
          values: ['(?i)-enc\\s+[A-Za-z0-9+/=]{20,}'],
        },
      ],
    });
  });

  it('reads ISSUBSET on an address as CIDR containment', () => {
    expect(parsePatternSubset("[ipv4-addr:value ISSUBSET '198.51.100.0/24']")).toMatchObject({
      op: '=',
      values: ['198.51.100.0/24'],
    });
    expect(reason("[file:name ISSUBSET 'x']")).toMatch(
      /ISSUBSET is evaluated on IP address paths only/,
    );
  });

  it('refuses what one record cannot answer, with the reason', () => {
    expect(
      reason("[ipv4-addr:value = '1.2.3.4'] FOLLOWEDBY [ipv4-addr:value = '5.6.7.8']"),
    ).toMatch(/observation FOLLOWEDBY is not evaluated: it joins several events/);
    expect(reason("[ipv4-addr:value = '1.2.3.4'] AND [domain-name:value = 'x.com']")).toMatch(
      /observation AND is not evaluated/,
    );
    expect(reason("[ipv4-addr:value = '1.2.3.4'] WITHIN 300 SECONDS")).toMatch(/qualifier WITHIN/);
    expect(reason("[ipv4-addr:value = '1.2.3.4'] REPEATS 5 TIMES")).toMatch(/qualifier REPEATS/);
    expect(
      reason(
        "[ipv4-addr:value = '1.2.3.4'] START t'2026-01-01T00:00:00Z' STOP t'2026-02-01T00:00:00Z'",
      ),
    ).toMatch(/qualifier START-STOP/);
    expect(reason('[network-traffic:dst_port > 1024]')).toMatch(/operator > is not evaluated/);
    expect(reason('[EXISTS windows-registry-key:values]')).toMatch(/operator EXISTS/);
    expect(reason("[file:hashes.'MD5' = h'ab']")).toMatch(/typed constant \(hex\)/);
    expect(reason("[url:value MATCHES '(?<=x)y']")).toMatch(/lookaround/);
  });

  it('passes the parser issue through for invalid patterns', () => {
    expect(reason("[ipv4-addr:value = '1.2.3.4'")).toMatch(/column \d+: expected '\]'/);
    expect(reason("[ipv4-addr:value = '1.2.3.4' AND domain-name:value = 'x.com']")).toMatch(
      /must share one object type/,
    );
  });
});
