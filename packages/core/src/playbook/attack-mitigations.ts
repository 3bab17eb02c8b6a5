/**
 * Enterprise ATT&CK mitigations (M10xx) Vigil can name without the store, and the CSF 2.0
 * subcategories each one serves (Vigil's own crosswalk; NIST publishes none). Names are ATT&CK's.
 */
import type { AttackMitigationRef } from './types.ts';

const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['M1013', 'Application Developer Guidance', ['PR.PS-06']],
  ['M1015', 'Active Directory Configuration', ['PR.AA-01', 'PR.PS-01']],
  ['M1016', 'Vulnerability Scanning', ['ID.RA-01']],
  ['M1017', 'User Training', ['PR.AT-01']],
  ['M1018', 'User Account Management', ['PR.AA-01', 'PR.AA-05']],
  ['M1019', 'Threat Intelligence Program', ['ID.RA-02', 'DE.AE-07']],
  ['M1020', 'SSL/TLS Inspection', ['DE.CM-01']],
  ['M1021', 'Restrict Web-Based Content', ['PR.IR-01', 'PR.PS-01']],
  ['M1022', 'Restrict File and Directory Permissions', ['PR.AA-05']],
  ['M1024', 'Restrict Registry Permissions', ['PR.AA-05']],
  ['M1025', 'Privileged Process Integrity', ['PR.PS-01']],
  ['M1026', 'Privileged Account Management', ['PR.AA-05']],
  ['M1027', 'Password Policies', ['PR.AA-01']],
  ['M1028', 'Operating System Configuration', ['PR.PS-01']],
  ['M1029', 'Remote Data Storage', ['PR.PS-04', 'PR.DS-11']],
  ['M1030', 'Network Segmentation', ['PR.IR-01']],
  ['M1031', 'Network Intrusion Prevention', ['DE.CM-01', 'PR.IR-01']],
  ['M1032', 'Multi-factor Authentication', ['PR.AA-03']],
  ['M1033', 'Limit Software Installation', ['PR.PS-05']],
  ['M1034', 'Limit Hardware Installation', ['PR.PS-01']],
  ['M1035', 'Limit Access to Resource Over Network', ['PR.IR-01']],
  ['M1036', 'Account Use Policies', ['PR.AA-01']],
  ['M1037', 'Filter Network Traffic', ['PR.IR-01']],
  ['M1038', 'Execution Prevention', ['PR.PS-05']],
  ['M1039', 'Environment Variable Permissions', ['PR.PS-01']],
  ['M1040', 'Behavior Prevention on Endpoint', ['DE.CM-09']],
  ['M1041', 'Encrypt Sensitive Information', ['PR.DS-01', 'PR.DS-02']],
  ['M1042', 'Disable or Remove Feature or Program', ['PR.PS-01']],
  ['M1043', 'Credential Access Protection', ['PR.AA-01']],
  ['M1044', 'Restrict Library Loading', ['PR.PS-01']],
  ['M1045', 'Code Signing', ['PR.PS-05']],
  ['M1046', 'Boot Integrity', ['ID.RA-09']],
  ['M1047', 'Audit', ['PR.PS-04', 'DE.CM-09']],
  ['M1048', 'Application Isolation and Sandboxing', ['PR.PS-01']],
  ['M1049', 'Antivirus/Antimalware', ['DE.CM-09']],
  ['M1050', 'Exploit Protection', ['PR.PS-01']],
  ['M1051', 'Update Software', ['PR.PS-02']],
  ['M1052', 'User Account Control', ['PR.AA-05']],
  ['M1053', 'Data Backup', ['PR.DS-11']],
  ['M1054', 'Software Configuration', ['PR.PS-01']],
  ['M1056', 'Pre-compromise', ['ID.RA-03']],
  ['M1057', 'Data Loss Prevention', ['PR.DS-01', 'PR.DS-02']],
  ['M1060', 'Out-of-Band Communications Channel', ['PR.IR-03', 'RS.MA-01']],
];

const BY_ID = new Map(TABLE.map(([id, name, csf]) => [id, { id, name, csf }]));

export const attackMitigation = (id: string): AttackMitigationRef | undefined => {
  const row = BY_ID.get(id);
  return row && { id: row.id, name: row.name };
};

/** CSF 2.0 subcategories an ATT&CK mitigation serves ([] when Vigil has no mapping). */
export const csfForAttackMitigation = (id: string): readonly string[] => BY_ID.get(id)?.csf ?? [];

export const KNOWN_ATTACK_MITIGATION_IDS: readonly string[] = TABLE.map(([id]) => id);

/**
 * Fallback when the store has no `mitigates` relationships: mitigations for common techniques
 * (by technique or parent technique id), a subset of what ATT&CK itself lists.
 */
const FALLBACK: Readonly<Record<string, readonly string[]>> = {
  T1566: ['M1017', 'M1021', 'M1054', 'M1031', 'M1049'],
  T1598: ['M1017', 'M1054'],
  T1204: ['M1017', 'M1021', 'M1038'],
  T1190: ['M1051', 'M1016', 'M1050', 'M1030', 'M1048'],
  T1133: ['M1032', 'M1035', 'M1030', 'M1042'],
  T1078: ['M1032', 'M1026', 'M1027', 'M1018'],
  T1068: ['M1051', 'M1050', 'M1048'],
  T1090: ['M1037', 'M1031'],
  T1102: ['M1021', 'M1031'],
  T1567: ['M1021', 'M1057'],
  T1486: ['M1053', 'M1040'],
  T1490: ['M1053', 'M1028', 'M1018'],
  T1003: ['M1043', 'M1026', 'M1027', 'M1041'],
  T1021: ['M1032', 'M1035', 'M1030', 'M1026'],
  T1059: ['M1038', 'M1042', 'M1026'],
  T1105: ['M1031'],
  T1041: ['M1031', 'M1057'],
  T1555: ['M1027'],
};

export function fallbackMitigations(techniqueId: string): readonly AttackMitigationRef[] {
  const ids = FALLBACK[techniqueId] ?? FALLBACK[techniqueId.split('.')[0] ?? ''] ?? [];
  return ids.flatMap((id) => attackMitigation(id) ?? []);
}
