import { describe, expect, it } from 'vitest';
import { isIpv4Value, isIpv6Value } from './ip-address.ts';

describe('isIpv4Value', () => {
  it.each(['198.51.100.7', '0.0.0.0', '10.0.0.0/8', '198.51.100.0/24', '255.255.255.255/32'])(
    'accepts %s',
    (v) => {
      expect(isIpv4Value(v)).toBe(true);
    },
  );
  it.each([
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    '1.2.3.4/33',
    '1.2.3.4/',
    '1.2.3.4/8/8',
    '1..3.4',
    ' 1.2.3.4',
    '1.2.3.4/08',
  ])('rejects %j', (v) => {
    expect(isIpv4Value(v)).toBe(false);
  });
});

describe('isIpv6Value', () => {
  it.each([
    '2001:db8::7',
    '::',
    '::1',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '::ffff:192.0.2.1',
    '64:ff9b::192.0.2.33',
    '2001:db8::/32',
    'fe80::1:2:3:4:5:6',
  ])('accepts %s', (v) => {
    expect(isIpv6Value(v)).toBe(true);
  });
  it.each([
    '2001:db8:::7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '12345::',
    'g::1',
    '::1/129',
    '1::2::3',
    '::192.0.2.1.5',
    '1.2.3.4',
  ])('rejects %j', (v) => {
    expect(isIpv6Value(v)).toBe(false);
  });
  it('stays linear on long hostile input', () => {
    expect(isIpv6Value(':'.repeat(100_000))).toBe(false);
    expect(isIpv4Value('1.'.repeat(100_000))).toBe(false);
  });
});
