/**
 * The response steps Vigil knows, each mapped to NIST CSF 2.0 subcategories, ATT&CK mitigations and
 * SP 800-61r3 guidance (the 800-61r3 Community Profile is keyed by the same CSF ids). The first eight
 * are the generic steps of a national-level intrusion response (docs: DOMAIN.md §7); the rest answer
 * specific techniques or kinds of activity. Wording is Vigil's own.
 */

export interface StepTemplate {
  readonly id: string;
  readonly title: string;
  readonly action: string;
  /** Lower runs earlier; ties keep catalog order. */
  readonly urgency: number;
  readonly csf: readonly string[];
  readonly attackMitigations: readonly string[];
  readonly sp80061r3: readonly string[];
}

export const STEP_CATALOG: readonly StepTemplate[] = [
  {
    id: 'ir-activation',
    title: 'Activate the incident response team',
    action:
      'Declare an incident if the activity is found here, convene the response team with legal, ' +
      'communications and asset owners, and move their coordination to a channel the intruder cannot read.',
    urgency: 1,
    csf: ['RS.MA-01', 'RS.MA-02', 'RS.MA-04', 'DE.AE-08', 'GV.RR-02'],
    attackMitigations: ['M1060'],
    sp80061r3: [
      'DE.AE-08: declare incidents against criteria agreed in advance',
      'RS.MA: triage by asset criticality, impact, actor characterization and recoverability, not first come first served',
    ],
  },
  {
    id: 'hunt-indicators',
    title: 'Hunt for the reported indicators',
    action:
      'Search logs and endpoints for the indicators in this briefing, preserve what is found with its ' +
      'provenance, and contain affected hosts.',
    urgency: 2,
    csf: ['DE.AE-02', 'DE.AE-07', 'RS.AN-07', 'RS.MI-01'],
    attackMitigations: [],
    sp80061r3: ['RS.AN-06/07: record actions and collect evidence with integrity and provenance'],
  },
  {
    id: 'backup-recovery',
    title: 'Protect and test backups',
    action:
      'Keep offline, immutable copies of critical data, verify them before any restore, and rehearse ' +
      'recovery of the systems the business needs first.',
    urgency: 2,
    csf: ['PR.DS-11', 'RC.RP-03', 'RC.RP-05'],
    attackMitigations: ['M1053'],
    sp80061r3: ['PR.DS-11: backups created, protected and tested (high priority in the profile)'],
  },
  {
    id: 'credential-hygiene',
    title: 'Reset exposed credentials and require MFA',
    action:
      'Require phishing-resistant multi-factor authentication for remote and privileged access, ' +
      'reset credentials the actor may hold, and cut standing administrative rights.',
    urgency: 3,
    csf: ['PR.AA-01', 'PR.AA-03', 'PR.AA-05', 'RS.MI-02'],
    attackMitigations: ['M1032', 'M1026', 'M1027'],
    sp80061r3: ['RS.MI-02: eradicate the intruder’s footholds, including stolen credentials'],
  },
  {
    id: 'supply-chain-response',
    title: 'Find and replace compromised software',
    action:
      'Inventory where the tampered packages, updates or vendor software run, build servers and ' +
      'developer machines included; remove those versions, pin known-good releases, and rotate every ' +
      'secret the affected systems held.',
    urgency: 3,
    csf: ['ID.AM-02', 'ID.RA-09', 'GV.SC-07', 'GV.SC-08', 'RS.MI-01'],
    attackMitigations: ['M1033', 'M1016', 'M1051', 'M1013'],
    sp80061r3: [
      'GV.SC-08: bring the supplier into the response; RS.MI-01: contain by removing the tampered software',
    ],
  },
  {
    id: 'control-system-security',
    title: 'Take control systems off the internet',
    action:
      'Find PLCs, HMIs and other control devices reachable from the internet and disconnect them, change their ' +
      'default passwords, put remote access to the OT network behind a VPN with multi-factor authentication, ' +
      'and keep offline copies of their logic and configuration to restore from.',
    urgency: 3,
    csf: ['ID.AM-01', 'PR.AA-01', 'PR.IR-01', 'PR.PS-01', 'PR.DS-11'],
    attackMitigations: ['M1030', 'M1035', 'M1027', 'M1032'],
    sp80061r3: [
      'PR.IR-01: protect networks from unauthorized access; RS.MI-01: contain by cutting exposure',
    ],
  },
  {
    id: 'remote-hire-verification',
    title: 'Verify remote hires and contractors',
    action:
      'Check the identity of remote employees and contractors on camera against their documents, ship ' +
      'equipment only to verified addresses, and look for remote-access tools on company laptops and logins ' +
      'from anonymizing or foreign infrastructure; cut the access of anyone who fails the check.',
    urgency: 3,
    csf: ['GV.RR-04', 'GV.SC-06', 'PR.AA-02', 'DE.CM-03', 'RS.MI-01'],
    attackMitigations: ['M1018', 'M1017'],
    sp80061r3: [
      'PR.AA-02: proof identities before binding them to credentials; RS.MI-01: contain by cutting access',
    ],
  },
  {
    id: 'help-desk-verification',
    title: 'Verify callers before resetting credentials',
    action:
      'Have the help desk and IT support confirm a caller’s identity out of band (a call back to the number on ' +
      'file, a manager’s confirmation) before resetting a password or enrolling a new MFA device, and alert on ' +
      'such resets for privileged accounts.',
    urgency: 3,
    csf: ['PR.AA-01', 'PR.AA-02', 'PR.AT-02', 'DE.CM-03'],
    attackMitigations: ['M1017', 'M1032'],
    sp80061r3: ['PR.AA-02: proof identities before binding them to new credentials'],
  },
  {
    id: 'network-device-integrity',
    title: 'Check network devices for implants',
    action:
      'Verify routers, firewalls, VPN gateways and other edge devices against the vendor’s published images ' +
      'and integrity tools, rebuild those that fail from known-good media on a fixed release, and restrict ' +
      'their management interfaces to an administration network, forwarding their logs off the device.',
    urgency: 3,
    csf: ['ID.AM-01', 'ID.RA-09', 'PR.PS-02', 'PR.PS-04', 'DE.CM-09', 'RS.MI-02'],
    attackMitigations: ['M1046', 'M1045', 'M1051', 'M1026'],
    sp80061r3: [
      'ID.RA-09: check the integrity of device software; RS.MI-02: eradicate by rebuilding from known-good images',
    ],
  },
  {
    id: 'vulnerability-assessment',
    title: 'Assess exposure to the vulnerabilities involved',
    action:
      'Scan internet-facing and internal systems for the weaknesses this actor exploits and rank the ' +
      'findings by what the affected assets are worth.',
    urgency: 4,
    csf: ['ID.RA-01', 'ID.RA-05', 'ID.RA-08'],
    attackMitigations: ['M1016'],
    sp80061r3: ['ID.RA: use threat information to rank vulnerabilities (Preparation)'],
  },
  {
    id: 'patch-management',
    title: 'Patch what the actor exploits',
    action:
      'Apply vendor fixes to the affected products first (known-exploited ones by their CISA due ' +
      'date), and where a fix cannot go in yet, add exploit protection and restrict exposure.',
    urgency: 4,
    csf: ['PR.PS-02', 'ID.RA-06'],
    attackMitigations: ['M1051', 'M1050'],
    sp80061r3: ['ID.RA-06: choose, track and communicate risk responses'],
  },
  {
    id: 'network-segmentation',
    title: 'Segment and filter the network',
    action:
      'Separate critical systems from user networks, allow only documented flows between zones, and ' +
      'filter traffic to and from proxy or relay infrastructure.',
    urgency: 5,
    csf: ['PR.IR-01', 'ID.AM-03'],
    attackMitigations: ['M1030', 'M1037', 'M1035'],
    sp80061r3: ['RS.MI-01: contain by isolating affected segments'],
  },
  {
    id: 'enhanced-monitoring',
    title: 'Strengthen monitoring for this activity',
    action:
      'Collect and centralize network, endpoint and identity logs, load this threat’s techniques and ' +
      'indicators into detection, and review alerts against them.',
    urgency: 5,
    csf: ['DE.CM-01', 'DE.CM-03', 'DE.CM-09', 'DE.AE-02', 'DE.AE-03', 'DE.AE-07', 'PR.PS-04'],
    attackMitigations: ['M1047', 'M1031'],
    sp80061r3: [
      'DE.CM and DE.AE are high priority throughout; integrate CTI into analysis (DE.AE-07)',
    ],
  },
  {
    id: 'agency-collaboration',
    title: 'Work with national agencies and sharing partners',
    action:
      'Report to the national CSIRT and the competent authorities as law and contracts require, and ' +
      'exchange indicators and findings with them and with sector partners.',
    urgency: 6,
    csf: ['RS.CO-03', 'ID.RA-02', 'RS.MA-01', 'GV.SC-08'],
    attackMitigations: ['M1019'],
    sp80061r3: [
      'RS.CO-02/03: notify regulators and law enforcement as required; share information with designated parties',
    ],
  },
  {
    id: 'user-training',
    title: 'Train staff against the lures in use',
    action:
      'Brief staff, and especially people in the targeted roles, on the lures this actor uses, and ' +
      'make reporting a suspicious message one click.',
    urgency: 7,
    csf: ['PR.AT-01', 'PR.AT-02'],
    attackMitigations: ['M1017'],
    sp80061r3: ['PR.AT: awareness supports detection by staff (Preparation)'],
  },
  {
    id: 'public-awareness',
    title: 'Inform stakeholders and the public',
    action:
      'Tell affected stakeholders, and where the case is public the wider public, what happened and ' +
      'what to do, through approved spokespeople and channels.',
    urgency: 9,
    csf: ['RS.CO-02', 'RC.CO-03', 'RC.CO-04'],
    attackMitigations: [],
    sp80061r3: [
      'RS.CO: keep coordination, notification, public communication and information sharing as separate tracks',
    ],
  },
];

const BY_ID = new Map(STEP_CATALOG.map((s) => [s.id, s]));

export const stepTemplate = (id: string): StepTemplate | undefined => BY_ID.get(id);

/**
 * Which step an ATT&CK mitigation strengthens when a technique calls for it; mitigations not listed
 * here become steps of their own.
 */
export const STEP_OF_MITIGATION: Readonly<Record<string, string>> = {
  M1016: 'vulnerability-assessment',
  M1051: 'patch-management',
  M1050: 'patch-management',
  M1030: 'network-segmentation',
  M1035: 'network-segmentation',
  M1037: 'network-segmentation',
  M1031: 'enhanced-monitoring',
  M1047: 'enhanced-monitoring',
  M1040: 'enhanced-monitoring',
  M1049: 'enhanced-monitoring',
  M1017: 'user-training',
  M1019: 'agency-collaboration',
  M1053: 'backup-recovery',
  M1032: 'credential-hygiene',
  M1026: 'credential-hygiene',
  M1027: 'credential-hygiene',
  M1060: 'ir-activation',
};
