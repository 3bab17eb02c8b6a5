/**
 * One hand-written, valid object of every STIX type Vigil emits, for tests across packages (schema
 * checks, required-property checks). SCOs are built with `sco()` so their ids are the spec ids.
 */
import { TLP1, TLP2 } from '../marking/tlp.ts';
import type { StixObject } from './object.ts';
import { sco } from './sco.ts';

const created = '2026-01-15T08:30:00.000Z';
const modified = '2026-02-01T10:00:00.000Z';
const common = { spec_version: '2.1', created, modified } as const;
const vigil = 'identity--2e9f5b7a-3c4d-5e6f-8a9b-0c1d2e3f4a5b';
const amber = TLP2.amber.id;

export const ipv4 = sco('ipv4-addr', { value: '198.51.100.7' });
export const ipv6 = sco('ipv6-addr', { value: '2001:db8::7' });
export const domain = sco('domain-name', { value: 'evil.example.com' });
export const url = sco('url', { value: "http://evil.example.com/a?b='c'\\d" });
export const email = sco('email-addr', { value: 'phish@example.net', display_name: 'Help Desk' });
export const file = sco('file', {
  name: 'dropper.exe',
  hashes: {
    'SHA-256': 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c',
    MD5: '001dd76872d80801692ff942308c64e6',
  },
  size: 4096,
});
export const asn = sco('autonomous-system', { number: 64500, name: 'Example AS' });
export const registryKey = sco('windows-registry-key', {
  key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
  values: [{ name: 'updater', data: 'C:\\Users\\Public\\updater.exe', data_type: 'REG_SZ' }],
});
export const mutex = sco('mutex', { name: 'Global\\MsWinZonesCacheCounterMutexA' });
export const certificate = sco('x509-certificate', {
  serial_number: '36:f7:d4:32:f4:ab:70:ea:d3:ce:98:6e:ea:99:93:49:32:0a:b7:06',
  issuer: 'C=ZA, ST=Western Cape, L=Cape Town, O=Thawte Consulting cc',
  validity_not_before: '2016-03-12T12:00:00Z',
  validity_not_after: '2016-08-21T12:00:00Z',
});

export const identity = {
  type: 'identity',
  id: vigil,
  ...common,
  name: 'Vigil',
  identity_class: 'system',
} as const;

const sdo = (type: string, uuid: string, props: Record<string, unknown>): StixObject => ({
  type,
  id: `${type}--${uuid}`,
  ...common,
  created_by_ref: vigil,
  object_marking_refs: [amber],
  ...props,
});

export const intrusionSet = sdo('intrusion-set', '4e2b8a1c-9d3f-4c6e-8b7a-1f2e3d4c5b6a', {
  name: 'APT31',
  aliases: ['ZIRCONIUM', 'Violet Typhoon'],
  first_seen: '2016-01-01T00:00:00Z',
});
export const threatActor = sdo('threat-actor', '5f3c9b2d-0e4a-4d7f-9c8b-2a3f4e5d6c7b', {
  name: 'Example Bureau',
  threat_actor_types: ['nation-state'],
});
export const campaign = sdo('campaign', '6a4d0c3e-1f5b-4e8a-8d9c-3b4a5f6e7d8c', {
  name: 'Operation Example',
});
export const malware = sdo('malware', '7b5e1d4f-2a6c-4f9b-9e0d-4c5b6a7f8e9d', {
  name: 'PlugX',
  is_family: true,
  malware_types: ['remote-access-trojan'],
});
export const tool = sdo('tool', '8c6f2e5a-3b7d-4a0c-8f1e-5d6c7b8a9f0e', { name: 'Mimikatz' });
export const attackPattern = sdo('attack-pattern', '9d7a3f6b-4c8e-4b1d-9a2f-6e7d8c9b0a1f', {
  name: 'Spearphishing Attachment',
  external_references: [{ source_name: 'mitre-attack', external_id: 'T1566.001' }],
  kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: 'initial-access' }],
});
export const courseOfAction = sdo('course-of-action', 'ae8b4a7c-5d9f-4c2e-8b3a-7f8e9d0c1b2a', {
  name: 'Block macros',
});
export const vulnerability = sdo('vulnerability', 'bf9c5b8d-6e0a-4d3f-9c4b-8a9f0e1d2c3b', {
  name: 'CVE-2021-44228',
  external_references: [{ source_name: 'cve', external_id: 'CVE-2021-44228' }],
});
export const location = sdo('location', 'c0ad6c9e-7f1b-4e4a-8d5c-9b0a1f2e3d4c', {
  name: 'China',
  country: 'CN',
});
export const indicator = sdo('indicator', 'd1be7daf-8a2c-4f5b-9e6d-0c1b2a3f4e5d', {
  pattern: "[ipv4-addr:value = '198.51.100.7']",
  pattern_type: 'stix',
  valid_from: '2026-01-15T00:00:00Z',
  valid_until: '2026-07-15T00:00:00Z',
  indicator_types: ['malicious-activity'],
});
export const observedData = sdo('observed-data', 'e2cf8eb0-9b3d-4a6c-8f7e-1d2c3b4a5f6e', {
  first_observed: '2026-01-14T00:00:00Z',
  last_observed: '2026-01-14T01:00:00Z',
  number_observed: 3,
  object_refs: [ipv4.id],
});
export const report = sdo('report', 'f3d09fc1-0c4e-4b7d-9a8f-2e3d4c5b6a7f', {
  name: 'Example report',
  published: '2026-01-15T00:00:00Z',
  report_types: ['threat-report'],
  object_refs: [intrusionSet.id, indicator.id, ipv4.id],
});
export const grouping = sdo('grouping', '04e1a0d2-1d5f-4c8e-8b9a-3f4e5d6c7b8a', {
  context: 'suspicious-activity',
  object_refs: [indicator.id],
});
export const note = sdo('note', '15f2b1e3-2e6a-4d9f-9cab-4a5f6e7d8c9b', {
  content: 'Seen again in March.',
  object_refs: [intrusionSet.id],
});
export const opinion = sdo('opinion', '26a3c2f4-3f7b-4eab-8dbc-5b6a7f8e9dac', {
  opinion: 'agree',
  object_refs: [report.id],
});
export const incident = sdo('incident', '37b4d3a5-4a8c-4fbc-9ecd-6c7b8a9f0ebd', {
  name: 'Mail server intrusion',
});
export const relationship = sdo('relationship', '48c5e4b6-5b9d-4acd-8fde-7d8c9b0a1fce', {
  relationship_type: 'indicates',
  source_ref: indicator.id,
  target_ref: intrusionSet.id,
});
export const sighting = sdo('sighting', '59d6f5c7-6cae-4bde-9aef-8e9d0c1b2adf', {
  sighting_of_ref: indicator.id,
  where_sighted_refs: [vigil],
  count: 2,
  first_seen: '2026-01-14T00:00:00Z',
  last_seen: '2026-01-14T02:00:00Z',
});

/** Every type Vigil emits, one object each. */
export const SAMPLE_OBJECTS: readonly StixObject[] = [
  identity,
  intrusionSet,
  threatActor,
  campaign,
  malware,
  tool,
  attackPattern,
  courseOfAction,
  vulnerability,
  location,
  indicator,
  observedData,
  report,
  grouping,
  note,
  opinion,
  incident,
  relationship,
  sighting,
  TLP1.amber,
  TLP2.green,
  TLP2['amber+strict'],
  ipv4,
  ipv6,
  domain,
  url,
  email,
  file,
  asn,
  registryKey,
  mutex,
  certificate,
] as StixObject[];
