/**
 * The NIST CSF 2.0 core (NIST CSWP 29): 6 Functions, 22 Categories, 106 Subcategories, built in so
 * briefings can map actions to outcomes offline. Ids are NIST's; the short titles are Vigil's own
 * paraphrases, not NIST's statements. Numbering gaps are deliberate: CSF 2.0 never reuses a withdrawn
 * CSF 1.1 id (there is no DE.AE-01).
 */

export type CsfFunctionId = 'GV' | 'ID' | 'PR' | 'DE' | 'RS' | 'RC';

export interface CsfFunction {
  readonly id: CsfFunctionId;
  readonly title: string;
}

export interface CsfCategory {
  readonly id: string;
  readonly function: CsfFunctionId;
  readonly title: string;
}

export interface CsfSubcategory {
  readonly id: string;
  readonly category: string;
  readonly function: CsfFunctionId;
  /** A short paraphrase of the outcome, in Vigil's words. */
  readonly title: string;
}

export const CSF_FUNCTIONS: readonly CsfFunction[] = [
  { id: 'GV', title: 'Govern' },
  { id: 'ID', title: 'Identify' },
  { id: 'PR', title: 'Protect' },
  { id: 'DE', title: 'Detect' },
  { id: 'RS', title: 'Respond' },
  { id: 'RC', title: 'Recover' },
];

/** Category id, its name, and its subcategories as [number, short title]. */
const CORE: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
  [
    'GV.OC',
    'Organizational Context',
    [
      ['01', 'Mission shapes cyber risk decisions'],
      ['02', 'Stakeholder expectations taken into account'],
      ['03', 'Legal, regulatory and contract duties handled'],
      ['04', 'Services others depend on are known and stated'],
      ['05', 'Own dependencies on outside services known'],
    ],
  ],
  [
    'GV.RM',
    'Risk Management Strategy',
    [
      ['01', 'Risk objectives agreed'],
      ['02', 'Risk appetite and tolerance stated and kept current'],
      ['03', 'Cyber risk part of enterprise risk management'],
      ['04', 'Risk response direction communicated'],
      ['05', 'Risk communication lines include suppliers'],
      ['06', 'One method to rate and rank risk'],
      ['07', 'Opportunities considered alongside threats'],
    ],
  ],
  [
    'GV.RR',
    'Roles, Responsibilities, and Authorities',
    [
      ['01', 'Leaders accountable for cyber risk'],
      ['02', 'Security roles and authority assigned'],
      ['03', 'Enough resources for the risk strategy'],
      ['04', 'Security part of HR practice'],
    ],
  ],
  [
    'GV.PO',
    'Policy',
    [
      ['01', 'Cyber risk policy set and enforced'],
      ['02', 'Policy revisited as threats change'],
    ],
  ],
  [
    'GV.OV',
    'Oversight',
    [
      ['01', 'Strategy results reviewed'],
      ['02', 'Strategy reviewed for coverage'],
      ['03', 'Risk program performance measured'],
    ],
  ],
  [
    'GV.SC',
    'Cybersecurity Supply Chain Risk Management',
    [
      ['01', 'Supply-chain risk program exists'],
      ['02', 'Supplier security roles coordinated'],
      ['03', 'Supply-chain risk inside enterprise risk'],
      ['04', 'Suppliers ranked by criticality'],
      ['05', 'Security terms in supplier contracts'],
      ['06', 'Suppliers vetted before onboarding'],
      ['07', 'Supplier risk watched over the relationship'],
      ['08', 'Suppliers part of response and recovery'],
      ['09', 'Supply-chain security followed over product life'],
      ['10', 'Offboarding covered in supplier plans'],
    ],
  ],
  [
    'ID.AM',
    'Asset Management',
    [
      ['01', 'Hardware inventory'],
      ['02', 'Software, service and system inventory'],
      ['03', 'Authorized network and data flows mapped'],
      ['04', 'Supplier services inventoried'],
      ['05', 'Assets ranked by criticality'],
      ['07', 'Designated data inventoried'],
      ['08', 'Assets managed from purchase to disposal'],
    ],
  ],
  [
    'ID.RA',
    'Risk Assessment',
    [
      ['01', 'Asset vulnerabilities found and recorded'],
      ['02', 'Threat intelligence received from sharing partners'],
      ['03', 'Internal and external threats recorded'],
      ['04', 'Likelihood and impact recorded'],
      ['05', 'Risk level sets response priority'],
      ['06', 'Risk responses chosen and tracked'],
      ['07', 'Changes and exceptions assessed for risk'],
      ['08', 'Process to receive and act on vulnerability disclosures'],
      ['09', 'Hardware and software authenticity checked'],
      ['10', 'Critical suppliers assessed before purchase'],
    ],
  ],
  [
    'ID.IM',
    'Improvement',
    [
      ['01', 'Improvements from evaluations'],
      ['02', 'Improvements from tests and exercises'],
      ['03', 'Improvements from daily operations'],
      ['04', 'Response and other plans kept current'],
    ],
  ],
  [
    'PR.AA',
    'Identity Management, Authentication, and Access Control',
    [
      ['01', 'Identities and credentials managed'],
      ['02', 'Identities proofed and bound to credentials'],
      ['03', 'Users, services and hardware authenticated'],
      ['04', 'Identity assertions protected'],
      ['05', 'Least privilege and separation of duties'],
      ['06', 'Physical access matched to risk'],
    ],
  ],
  [
    'PR.AT',
    'Awareness and Training',
    [
      ['01', 'Security awareness for everyone'],
      ['02', 'Role-specific security training'],
    ],
  ],
  [
    'PR.DS',
    'Data Security',
    [
      ['01', 'Stored data protected'],
      ['02', 'Data in transit protected'],
      ['10', 'Data in use protected'],
      ['11', 'Backups made, protected and tested'],
    ],
  ],
  [
    'PR.PS',
    'Platform Security',
    [
      ['01', 'Configuration management'],
      ['02', 'Software kept up to date or retired by risk'],
      ['03', 'Hardware kept up to date or retired by risk'],
      ['04', 'Logs produced for monitoring'],
      ['05', 'Unauthorized software prevented'],
      ['06', 'Secure development practice'],
    ],
  ],
  [
    'PR.IR',
    'Technology Infrastructure Resilience',
    [
      ['01', 'Networks guarded against unauthorized access'],
      ['02', 'Assets guarded against environmental threats'],
      ['03', 'Resilience for adverse conditions'],
      ['04', 'Capacity sufficient for availability'],
    ],
  ],
  [
    'DE.CM',
    'Continuous Monitoring',
    [
      ['01', 'Networks and network services watched'],
      ['02', 'Physical environment watched'],
      ['03', 'Staff activity and technology use watched'],
      ['06', 'Service provider activity watched'],
      ['09', 'Hardware, software, runtimes and data watched'],
    ],
  ],
  [
    'DE.AE',
    'Adverse Event Analysis',
    [
      ['02', 'Suspicious events analysed'],
      ['03', 'Events correlated across sources'],
      ['04', 'Impact and scope estimated'],
      ['06', 'Event information shared with the right people and tools'],
      ['07', 'Threat intelligence used in analysis'],
      ['08', 'Incidents declared against criteria'],
    ],
  ],
  [
    'RS.MA',
    'Incident Management',
    [
      ['01', 'Response plan run with third parties once declared'],
      ['02', 'Incident reports triaged and confirmed'],
      ['03', 'Incidents categorized and ranked'],
      ['04', 'Incidents escalated when needed'],
      ['05', 'Criteria for starting recovery applied'],
    ],
  ],
  [
    'RS.AN',
    'Incident Analysis',
    [
      ['03', 'Root cause and sequence established'],
      ['06', 'Investigation steps recorded, provenance kept'],
      ['07', 'Incident data collected with integrity'],
      ['08', 'Incident size estimated and confirmed'],
    ],
  ],
  [
    'RS.CO',
    'Incident Response Reporting and Communication',
    [
      ['02', 'Stakeholders notified'],
      ['03', 'Information shared with designated parties'],
    ],
  ],
  [
    'RS.MI',
    'Incident Mitigation',
    [
      ['01', 'Incidents contained'],
      ['02', 'Incidents eradicated'],
    ],
  ],
  [
    'RC.RP',
    'Incident Recovery Plan Execution',
    [
      ['01', 'Recovery part of the response plan started'],
      ['02', 'Recovery actions chosen, ordered and done'],
      ['03', 'Backups checked before restoring'],
      ['04', 'Post-incident normal operation defined'],
      ['05', 'Restored assets checked'],
      ['06', 'Recovery end declared and documented'],
    ],
  ],
  [
    'RC.CO',
    'Incident Recovery Communication',
    [
      ['03', 'Recovery progress reported to stakeholders'],
      ['04', 'Public recovery updates through approved channels'],
    ],
  ],
];

const functionOf = (categoryId: string): CsfFunctionId => categoryId.slice(0, 2) as CsfFunctionId;

export const CSF_CATEGORIES: readonly CsfCategory[] = CORE.map(([id, title]) => ({
  id,
  function: functionOf(id),
  title,
}));

export const CSF_SUBCATEGORIES: readonly CsfSubcategory[] = CORE.flatMap(([category, , subs]) =>
  subs.map(([number, title]) => ({
    id: `${category}-${number}`,
    category,
    function: functionOf(category),
    title,
  })),
);

const BY_ID = new Map(CSF_SUBCATEGORIES.map((s) => [s.id, s]));

/** The subcategory with this id (e.g. 'RS.MA-01'), or undefined when CSF 2.0 has none. */
export const csfSubcategory = (id: string): CsfSubcategory | undefined => BY_ID.get(id);

export const isCsfSubcategoryId = (id: string): boolean => BY_ID.has(id);
