import { describe, expect, it } from 'vitest';
import { textView } from './text-view.ts';

const asObject = (line: string) => Object.fromEntries(textView(line));

describe('textView', () => {
  it('names each observable of a text line by its SCO path', () => {
    expect(
      asObject(
        '10.1.2.3 - - [20/Nov/2026:08:05:00] "GET https://Files.Evil.example:8443/a.php?x=1 HTTP/1.1" 200 ' +
          'admin@evil.example 203.0.113.50:9443 2001:db8::1 cdn.evil.example. 44d88612fea8a8f36de82e1278abb02f',
      ),
    ).toEqual({
      'ipv4-addr:value': ['10.1.2.3', '203.0.113.50'],
      'url:value': ['https://Files.Evil.example:8443/a.php?x=1'],
      'domain-name:value': ['files.evil.example', 'cdn.evil.example.'],
      'email-addr:value': ['admin@evil.example'],
      'ipv6-addr:value': ['2001:db8::1'],
      'file:hashes.MD5': ['44d88612fea8a8f36de82e1278abb02f'],
    });
  });

  it('takes no version numbers, times, words or paths for hosts', () => {
    expect(asObject('v1.2.3 at 08:05:00 took 1.5s from /var/log/syslog.1 done.')).toEqual({});
  });
});
