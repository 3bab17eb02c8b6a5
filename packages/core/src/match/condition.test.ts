/** Pattern evaluation on structured records, end to end through the index and the record matcher. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../../../test-support/data.ts';
import { itWhen } from '../../../../test-support/absent.ts';
import type { StixObject } from '../stix/object.ts';
import { IndicatorIndex } from './indicator-index.ts';
import { specsFromStix } from './indicator-sources.ts';
import { RecordMatcher } from './record-matcher.ts';
import type { IndicatorSpec, RecordHit } from './types.ts';

/** `ref@field=value` for every hit of the patterns on the record. */
function hits(patterns: Record<string, string>, record: unknown): string[] {
  const specs: IndicatorSpec[] = Object.entries(patterns).map(([ref, pattern]) => ({
    ref,
    pattern,
  }));
  const index = new IndicatorIndex(specs);
  expect(index.unsupported).toEqual([]);
  const out: RecordHit[] = [];
  new RecordMatcher(index).matchRecord(record, out);
  return out.map((h) => `${specs[h.spec]!.ref}@${h.field}=${h.value}`).sort();
}

const sysmonProcess = {
  EventID: 1,
  winlog: {
    event_data: {
      Image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
      CommandLine: 'powershell.exe -NoP -W Hidden -Enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoA',
      User: 'CORP\\jdoe',
    },
  },
};

describe('=, IN, != over mapped fields', () => {
  const zeekConn = {
    ts: 1764345600.1,
    'id.orig_h': '10.0.0.5',
    'id.resp_h': '203.0.113.9',
    'id.resp_p': 8443,
  };

  it('joins comparisons with AND and OR, any nesting depth of the log field', () => {
    const patterns = {
      and: "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:dst_port IN (443, 8443)]",
      or: "[network-traffic:dst_port = 22 OR network-traffic:dst_ref.value ISSUBSET '203.0.113.0/24']",
      miss: "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:dst_port = 22]",
    };
    expect(hits(patterns, zeekConn)).toEqual([
      'and@id.resp_h=203.0.113.9',
      'or@id.resp_h=203.0.113.9',
    ]);
    expect(hits(patterns, { destination: { ip: '203.0.113.9', port: 443 } })).toEqual([
      'and@destination.ip=203.0.113.9',
      'or@destination.ip=203.0.113.9',
    ]);
  });

  it('evaluates != and NOT, which need the field to be present', () => {
    const patterns = {
      ne: "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:src_ref.value != '10.0.0.0/8']",
      not: "[network-traffic:dst_ref.value = '203.0.113.9' AND network-traffic:dst_port NOT IN (80, 443)]",
    };
    expect(hits(patterns, zeekConn)).toEqual(['not@id.resp_h=203.0.113.9']);
    expect(hits(patterns, { ...zeekConn, 'id.orig_h': '192.0.2.1', 'id.resp_p': 443 })).toEqual([
      'ne@id.resp_h=203.0.113.9',
    ]);
    // No source address, no port: neither != nor NOT can hold.
    expect(hits(patterns, { 'id.resp_h': '203.0.113.9' })).toEqual([]);
  });
});

describe('LIKE and MATCHES', () => {
  it('fire on their own, naming the log field (Sysmon event data nested under winlog)', () => {
    expect(
      hits(
        {
          like: "[process:command_line LIKE '%-Enc %']",
          matches:
            "[process:command_line MATCHES '(?i)-enc(odedcommand)?\\\\s+[A-Za-z0-9+/=]{20,}']",
          image: "[file:name MATCHES '(?i)\\\\\\\\powershell\\\\.exe$']",
          quiet: "[process:command_line LIKE '%mimikatz%']",
        },
        sysmonProcess,
      ),
    ).toEqual([
      `image@winlog.event_data.Image=${sysmonProcess.winlog.event_data.Image}`,
      `like@winlog.event_data.CommandLine=${sysmonProcess.winlog.event_data.CommandLine}`,
      `matches@winlog.event_data.CommandLine=${sysmonProcess.winlog.event_data.CommandLine}`,
    ]);
  });

  it('see hosts, URLs and hashes in their canonical spelling, which the hit reports', () => {
    const patterns = {
      host: "[domain-name:value LIKE '%.evil.com']",
      url: "[url:value MATCHES '^https?://[^/]+/gate\\\\.php\\\\?id=']",
      hash: "[file:hashes.'SHA-256' LIKE 'deadbeef%']",
    };
    const record = {
      dns: { question: { name: 'CDN.Evil.COM.' } },
      url: { full: 'HTTP://Cdn.Evil.com:80/gate.php?id=7' },
      file: { hash: { sha256: `DEADBEEF${'0'.repeat(56)}` } },
    };
    expect(hits(patterns, record)).toEqual([
      `hash@file.hash.sha256=deadbeef${'0'.repeat(56)}`,
      'host@dns.question.name=cdn.evil.com',
      'url@url.full=http://cdn.evil.com/gate.php?id=7',
    ]);
    expect(hits(patterns, { dns: { question: { name: 'evil.com' } } })).toEqual([]);
  });

  it('combine with an anchor, with each other and with NOT', () => {
    const patterns = {
      anchored:
        "[file:hashes.'MD5' = '44d88612fea8a8f36de82e1278abb02f' AND file:name LIKE '%.exe']",
      both: "[process:command_line LIKE '%powershell%' AND process:command_line NOT MATCHES '(?i)-enc']",
      either: "[process:command_line LIKE '%cmd.exe%' OR process:command_line MATCHES 'W Hidden']",
    };
    const record = {
      file: { name: 'eicar.exe', hash: { md5: '44D88612FEA8A8F36DE82E1278ABB02F' } },
    };
    expect(hits(patterns, record)).toEqual([
      'anchored@file.hash.md5=44D88612FEA8A8F36DE82E1278ABB02F',
    ]);
    expect(hits(patterns, { ...record, file: { ...record.file, name: 'eicar.com' } })).toEqual([]);
    expect(hits(patterns, sysmonProcess)).toEqual([
      `either@winlog.event_data.CommandLine=${sysmonProcess.winlog.event_data.CommandLine}`,
    ]);
    const plain = { process: { command_line: 'powershell.exe -File update.ps1' } };
    expect(hits(patterns, plain)).toEqual([
      'both@process.command_line=powershell.exe -File update.ps1',
    ]);
  });

  it('hold on the observables a plain text line shows, of the kind they compare', () => {
    const index = new IndicatorIndex([
      { ref: 'l', pattern: "[domain-name:value LIKE '%evil%']" },
      { ref: 'm', pattern: "[url:value MATCHES '/gate\\\\.php']" },
      {
        ref: 'and',
        pattern: "[domain-name:value LIKE '%evil%' AND network-traffic:dst_port = 53]",
      },
    ]);
    const hitsOf = (line: string) => {
      const out: RecordHit[] = [];
      new RecordMatcher(index).matchText(line, 0, line.length, out);
      return out.map((h) => `${h.spec}:${h.value}`);
    };
    expect(hitsOf('query EVIL.com. A')).toEqual(['0:evil.com']);
    expect(hitsOf('GET http://cdn.example/gate.php?id=2 200')).toEqual([
      '1:http://cdn.example/gate.php?id=2',
    ]);
    // "evil" in a word, a path or a URL's path is no domain; the AND needs a field text lacks.
    expect(hitsOf('the devil is in /var/evil/log and http://ok.example/evil')).toEqual([]);
  });
});

describe('reported, never ignored', () => {
  it('lists each refused indicator with its reason', () => {
    const index = new IndicatorIndex([
      { ref: 'ne-only', pattern: "[process:command_line != 'x']" },
      { ref: 'not-like', pattern: "[process:command_line NOT LIKE '%x%']" },
      { ref: 'unmapped', pattern: "[email-message:subject LIKE '%invoice%']" },
      { ref: 'backref', pattern: "[url:value MATCHES '(a)\\\\1']" },
      { ref: 'repeats', pattern: "[url:value LIKE '%x%'] REPEATS 3 TIMES" },
    ]);
    expect(index.unsupported.map((u) => `${u.ref}: ${u.reason}`)).toEqual([
      'ne-only: needs an =, IN, LIKE or MATCHES comparison (a != alone matches almost everything)',
      'not-like: needs an =, IN, LIKE or MATCHES comparison (a != alone matches almost everything)',
      'unmapped: no log field maps to email-message:subject',
      expect.stringMatching(
        /^backref: unsupported pattern: MATCHES '\(a\)\\1': backreference needs a backtracking engine/,
      ),
      expect.stringMatching(/^repeats: unsupported pattern: qualifier REPEATS is not evaluated/),
    ]);
  });
});

describe('OASIS examples with MATCHES', () => {
  const objects = (...parts: string[]): StixObject[] | undefined => {
    const path = dataPath(...parts);
    return path
      ? (JSON.parse(readFileSync(path, 'utf8')) as { objects: StixObject[] }).objects
      : undefined;
  };
  const granular = objects(
    'oasis-cti-documentation',
    'example_json',
    'using-granular-markings.json',
  );
  const email = objects(
    'oasis-stix2-json-schemas',
    'examples',
    'malicious-email-indicator-with-attachment.json',
  );

  itWhen(
    granular,
    'evaluates the sender regex of the granular-markings example',
    'needs the OASIS granular-markings example under VIGIL_DATA_DIR (absent)',
    () => {
      const { specs } = specsFromStix(granular!, '2026-11-28T00:00:00Z');
      const index = new IndicatorIndex(specs);
      expect(index.unsupported).toEqual([]);
      // The example's '\\b' reaches the regex as \b, a word boundary in PCRE and RE2 alike.
      const sent = (from: string): number => {
        const out: RecordHit[] = [];
        new RecordMatcher(index).matchRecord({ email: { from: { address: from } } }, out);
        return out.length;
      };
      expect(sent('payments.anking@g0thamnatl.com')).toBe(1);
      expect(sent('online-banking@g0thamnatl.com')).toBe(0);
      expect(sent('x.anking@g0thamnatl.com.evil.net')).toBe(0);
    },
  );

  itWhen(
    email,
    'reports the e-mail subject and attachment regexes: no log field maps to them',
    'needs the OASIS malicious-email example under VIGIL_DATA_DIR (absent)',
    () => {
      const { specs } = specsFromStix(email!, '2026-11-28T00:00:00Z');
      const reasons = new IndicatorIndex(specs).unsupported.map((u) => u.reason);
      expect(reasons).toEqual([
        'no log field maps to email-message:subject',
        'no log field maps to email-message:body_multipart[*].body_raw_ref.name',
      ]);
    },
  );
});
