import { describe, expect, it } from 'vitest';
import { IndicatorIndex } from './indicator-index.ts';
import { RecordMatcher } from './record-matcher.ts';
import type { IndicatorSpec, RecordHit } from './types.ts';

const list = (...values: string[]): IndicatorSpec[] =>
  values.map((value) => ({ ref: value, value }));

function textHits(specs: IndicatorSpec[], line: string): string[] {
  const matcher = new RecordMatcher(new IndicatorIndex(specs));
  // The CLI hands the scanner the line's UTF-8 bytes; do the same here.
  const bytes = new TextEncoder().encode(line);
  const out: RecordHit[] = [];
  matcher.matchText(bytes, 0, bytes.length, out);
  return out.map((h) => `${specs[h.spec]!.ref}=${h.value}`);
}

function recordHits(specs: IndicatorSpec[], record: unknown): string[] {
  const out: RecordHit[] = [];
  new RecordMatcher(new IndicatorIndex(specs)).matchRecord(record, out);
  return out.map((h) => `${specs[h.spec]!.ref}@${h.field}`);
}

describe('token-aware text matching', () => {
  it('finds an IPv4 but never inside a longer address', () => {
    const specs = list('1.2.3.4');
    expect(textHits(specs, 'src=1.2.3.4 dst=11.2.3.45 via 1.2.3.44 and 21.2.3.4')).toEqual([
      '1.2.3.4=1.2.3.4',
    ]);
    expect(textHits(specs, 'conn to 1.2.3.4:443.')).toEqual(['1.2.3.4=1.2.3.4']);
  });

  it('applies CIDR ranges, including nested ones', () => {
    const specs = list('10.0.0.0/8', '10.1.2.0/24');
    expect(textHits(specs, 'a 10.1.2.3 b')).toEqual([
      '10.0.0.0/8=10.1.2.3',
      '10.1.2.0/24=10.1.2.3',
    ]);
    expect(textHits(specs, 'a 10.9.9.9 b 11.0.0.1')).toEqual(['10.0.0.0/8=10.9.9.9']);
  });

  it('fires a domain for its subdomains, never for a longer label or a prefix', () => {
    const specs = list('evil.com');
    // The hit names the host the log holds, as it is written there.
    expect(textHits(specs, 'GET a.b.evil.com/x')).toEqual(['evil.com=a.b.evil.com']);
    expect(textHits(specs, 'notevil.com evil.com.au evil.community')).toEqual([]);
    expect(textHits(specs, 'query EVIL.COM. type A')).toEqual(['evil.com=EVIL.COM']);
  });

  it('matches hashes case-insensitively, never inside a longer hex string', () => {
    const md5 = '44d88612fea8a8f36de82e1278abb02f';
    const specs = list(md5);
    expect(textHits(specs, `hash=${md5.toUpperCase()}`)).toEqual([`${md5}=${md5.toUpperCase()}`]);
    expect(textHits(specs, `blob=ab${md5}cd and 0${md5}`)).toEqual([]);
  });

  it('matches IPv6 in compressed and expanded spellings', () => {
    const specs = list('2001:db8::1');
    expect(textHits(specs, 'from 2001:0db8:0000:0000:0000:0000:0000:0001 port 22')).toHaveLength(1);
    expect(textHits(specs, 'from [2001:DB8::1]:443')).toHaveLength(1);
    expect(textHits(specs, 'from 2001:db8::10')).toEqual([]);
  });

  it('normalizes URLs: case of scheme/host, default port, percent-encoding', () => {
    const specs = list('hxxp://Evil[.]com/a%7eb/c?q=1');
    expect(textHits(specs, '"GET HTTP://EVIL.COM:80/a~b/c?q=1 HTTP/1.1"')).toEqual([
      'hxxp://Evil[.]com/a%7eb/c?q=1=HTTP://EVIL.COM:80/a~b/c?q=1',
    ]);
    expect(textHits(specs, 'http://evil.com/a%7Eb/c?q=1')).toHaveLength(1);
    expect(textHits(specs, 'http://evil.com/a~b/c?q=2')).toEqual([]);
  });

  it('matches internationalized domain names in Unicode and punycode', () => {
    expect(textHits(list('bücher.example'), 'visit xn--bcher-kva.example now')).toHaveLength(1);
    expect(textHits(list('xn--bcher-kva.example'), 'visit www.bücher.example now')).toEqual([
      'xn--bcher-kva.example=www.bücher.example',
    ]);
  });

  it('matches e-mail addresses and refangs defanged ones', () => {
    const specs = list('bad.guy[@]evil[.]org');
    expect(textHits(specs, 'from=<Bad.Guy@EVIL.org> to=<x@y.z>')).toEqual([
      'bad.guy[@]evil[.]org=Bad.Guy@EVIL.org',
    ]);
  });
});

describe('field-aware record matching', () => {
  it('reports the nested field path of a hit', () => {
    const specs = list('198.51.100.7', 'evil.com');
    const record = {
      event: { DestinationIp: '198.51.100.7' },
      dns: { answers: [{ name: 'x.evil.com' }] },
    };
    expect(recordHits(specs, record).sort()).toEqual([
      '198.51.100.7@event.DestinationIp',
      'evil.com@dns.answers[0].name',
    ]);
  });

  it('evaluates AND patterns over mapped fields (ECS, Sysmon, Zeek)', () => {
    const specs: IndicatorSpec[] = [
      {
        ref: 'indicator--a',
        pattern:
          "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:dst_port = 8443]",
      },
    ];
    expect(recordHits(specs, { destination: { ip: '203.0.113.9', port: 8443 } })).toEqual([
      'indicator--a@destination.ip',
    ]);
    expect(recordHits(specs, { destination: { ip: '203.0.113.9', port: 443 } })).toEqual([]);
    expect(recordHits(specs, { 'id.resp_h': '203.0.113.9', 'id.resp_p': 8443 })).toHaveLength(1);
  });

  it('prefilters raw lines for AND patterns anchored on an observable, never for field-only ones', () => {
    const mayHit = (pattern: string, line: string) => {
      const bytes = new TextEncoder().encode(line);
      return new RecordMatcher(new IndicatorIndex([{ ref: 'i', pattern }])).mayHit(
        bytes,
        0,
        bytes.length,
      );
    };
    const anchored =
      "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:dst_port = 8443]";
    expect(mayHit(anchored, '{"destination":{"ip":"203.0.113.9","port":8443}}')).toBe(true);
    expect(mayHit(anchored, '{"destination":{"ip":"203.0.113.8","port":8443}}')).toBe(false);
    // No token to look for: every structured line must be parsed.
    expect(mayHit("[file:name = 'evil.exe']", '{"file":{"name":"evil.exe"}}')).toBe(true);
    expect(mayHit("[url:value LIKE '%evil%']", '{"url":{"full":"x"}}')).toBe(true);
  });

  it('answers file:name comparisons and packed Sysmon hashes', () => {
    const sha = 'a'.repeat(64);
    const specs: IndicatorSpec[] = [
      { ref: 'indicator--n', pattern: "[file:name IN ('evil.exe', 'bad.dll')]" },
      {
        ref: 'indicator--h',
        pattern: `[file:hashes.'SHA-256' = '${sha}' AND file:name = 'evil.exe']`,
      },
    ];
    const record = {
      EventData: {
        TargetFilename: 'evil.exe',
        Hashes: `MD5=${'b'.repeat(32)},SHA256=${sha.toUpperCase()}`,
      },
    };
    expect(recordHits(specs, record).sort()).toEqual([
      'indicator--h@EventData.Hashes',
      'indicator--n@EventData.TargetFilename',
    ]);
  });

  it('reports unsupported patterns instead of ignoring them', () => {
    const index = new IndicatorIndex([
      { ref: 'indicator--l', pattern: "[url:value NOT LIKE '%evil%']" },
      {
        ref: 'indicator--f',
        pattern: "[ipv4-addr:value = '1.2.3.4'] FOLLOWEDBY [ipv4-addr:value = '5.6.7.8']",
      },
      { ref: 'indicator--x', pattern: "[x-custom:thing = 'a']" },
      { ref: 'indicator--ok', pattern: "[ipv4-addr:value = '1.2.3.4']" },
    ]);
    expect(index.unsupported.map((u) => u.ref)).toEqual([
      'indicator--l',
      'indicator--f',
      'indicator--x',
    ]);
  });
});
