/**
 * Which facts call for which steps. Rules key on ATT&CK technique ids (parent technique matches its
 * sub-techniques), on the kind of activity, and on targeted sectors.
 */
import type { ActivityKind } from './types.ts';

/** The response to an intrusion into a national institution (DOMAIN.md §7), the public's part aside. */
const INTRUSION_STEPS = [
  'ir-activation',
  'vulnerability-assessment',
  'patch-management',
  'network-segmentation',
  'user-training',
  'enhanced-monitoring',
  'agency-collaboration',
];

export const STEPS_FOR_ACTIVITY: Readonly<Record<ActivityKind, readonly string[]>> = {
  // A state intrusion: the full national-response set, the public told.
  'state-espionage': [...INTRUSION_STEPS, 'public-awareness'],
  // Espionage the report ties to no state: the intrusion response without the public's part.
  espionage: INTRUSION_STEPS,
  ransomware: [
    'ir-activation',
    'backup-recovery',
    'credential-hygiene',
    'network-segmentation',
    'enhanced-monitoring',
    'agency-collaboration',
  ],
  cybercrime: ['ir-activation', 'credential-hygiene', 'enhanced-monitoring'],
  // A state raising money (theft, fraudulent hiring): the crime's steps, and the authorities told, as sanctions
  // law may oblige.
  'state-revenue': [
    'ir-activation',
    'credential-hygiene',
    'enhanced-monitoring',
    'agency-collaboration',
  ],
  // Tampered software told of with no motive: the steps of finding it, and of the secrets it read.
  'supply-chain': [
    'ir-activation',
    'supply-chain-response',
    'credential-hygiene',
    'enhanced-monitoring',
  ],
  unknown: ['enhanced-monitoring'],
};

/** Technique (or parent technique) id -> steps it calls for. */
export const STEPS_FOR_TECHNIQUE: Readonly<Record<string, readonly string[]>> = {
  T1566: ['user-training'],
  T1598: ['user-training'],
  T1204: ['user-training'],
  // Posing as staff, journalists or colleagues: a lure like a phishing message.
  T1656: ['user-training'],
  T1190: ['vulnerability-assessment', 'patch-management'],
  T1068: ['patch-management'],
  T1203: ['patch-management'],
  T1210: ['patch-management'],
  T1211: ['patch-management'],
  T1212: ['patch-management'],
  // A tampered dependency or update: find it everywhere it runs, and the secrets it could read.
  T1195: ['supply-chain-response', 'credential-hygiene'],
  // Code on the network devices themselves: a changed image, a boot monitor, a patched login, a magic packet.
  T1601: ['network-device-integrity'],
  'T1542.004': ['network-device-integrity'],
  'T1542.005': ['network-device-integrity'],
  'T1556.004': ['network-device-integrity'],
  T1599: ['network-device-integrity'],
  T1205: ['network-device-integrity'],
  T1133: ['credential-hygiene'],
  T1078: ['credential-hygiene'],
  T1021: ['credential-hygiene', 'network-segmentation'],
  T1110: ['credential-hygiene'],
  T1003: ['credential-hygiene'],
  T1555: ['credential-hygiene'],
  T1558: ['credential-hygiene'],
  T1486: ['backup-recovery'],
  T1490: ['backup-recovery'],
  T1485: ['backup-recovery'],
  T1561: ['backup-recovery'],
  T1090: ['network-segmentation', 'enhanced-monitoring'],
  T1584: ['network-segmentation', 'enhanced-monitoring'],
  T1665: ['enhanced-monitoring'],
  T1572: ['network-segmentation', 'enhanced-monitoring'],
  T1567: ['enhanced-monitoring'],
  T1041: ['enhanced-monitoring'],
  T1048: ['enhanced-monitoring'],
  T1102: ['enhanced-monitoring'],
};

/**
 * Sectors whose compromise brings national reporting duties (government and critical
 * infrastructure in industry-sector-ov terms).
 */
export const SECTORS_WITH_REPORTING_DUTIES: ReadonlySet<string> = new Set([
  'government',
  'government-national',
  'government-regional',
  'government-local',
  'government-public-services',
  'emergency-services',
  'defense',
  'energy',
  'utilities',
  'water',
  'dams',
  'nuclear',
  'healthcare',
  'telecommunications',
  'communications',
  'transportation',
  'financial-services',
  'infrastructure',
]);

export const parentTechnique = (id: string): string => id.split('.')[0] ?? id;

export const stepsForTechnique = (id: string): readonly string[] =>
  STEPS_FOR_TECHNIQUE[id] ?? STEPS_FOR_TECHNIQUE[parentTechnique(id)] ?? [];
