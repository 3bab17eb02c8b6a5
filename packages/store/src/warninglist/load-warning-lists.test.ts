import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractIndicators } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { loadWarningLists } from './load-warning-lists.ts';

describeWithData('MISP warning lists', ['misp-warninglists'], (dir) => {
  const matcher = loadWarningLists(dir);

  it('loads every list of the snapshot', () => {
    expect(matcher.lists.length).toBeGreaterThanOrEqual(20);
  });

  it('flags reserved ranges, public resolvers, top domains and known hashes', () => {
    const keys = (type: Parameters<typeof matcher.match>[0], value: string) =>
      matcher.match(type, value).map((h) => h.list);
    expect(keys('ipv4-addr', '192.168.1.20')).toContain('rfc1918');
    expect(keys('ipv4-addr', '8.8.8.8')).toContain('public-dns-v4');
    expect(keys('ipv6-addr', '2001:db8::1')).toContain('rfc3849');
    expect(keys('domain-name', 'www.google.com')).toContain('tranco10k');
    expect(keys('url', 'https://bit.ly/abc')).toContain('url-shortener');
    expect(keys('md5', 'd41d8cd98f00b204e9800998ecf8427e')).toContain('empty-hashes');
    // A rare host and a public address outside every list stay unflagged.
    expect(keys('domain-name', 'qzx-unlisted-c2-host.info')).toEqual([]);
    expect(keys('ipv4-addr', '45.77.1.1').filter((k) => k.startsWith('rfc'))).toEqual([]);
  });

  it('flags extracted values without dropping them', () => {
    const found = extractIndicators('Beacon to 8.8.8.8 and evil-c2[.]info', {
      warningLists: matcher,
    });
    const dns = found.find((f) => f.value === '8.8.8.8')!;
    expect(dns.warnings?.map((w) => w.list)).toContain('public-dns-v4');
    expect(found.find((f) => f.value === 'evil-c2.info')?.warnings).toBeUndefined();
  });
});

describe('loadWarningLists on bad input', () => {
  it('reports a missing directory and invalid lists clearly', () => {
    expect(() => loadWarningLists('/nonexistent/warninglists')).toThrow(/not found/);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-wl-'));
    mkdirSync(join(dir, 'bad'));
    writeFileSync(
      join(dir, 'bad', 'list.json'),
      JSON.stringify({ name: 'x', type: 'nope', list: [] }),
    );
    expect(() => loadWarningLists(dir)).toThrow(/unknown "type"/);
  });
});
