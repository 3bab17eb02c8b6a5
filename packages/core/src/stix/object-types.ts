/**
 * TypeScript types of the STIX objects Vigil uses, derived from the property tables so that the types
 * and the validator say the same thing. Unknown properties (`x_…`, extensions) stay reachable through
 * the index signature.
 */
import type { MARKING_COMMON, SCO_COMMON, SDO_COMMON } from './common-properties.ts';
import type { StixId } from './ids.ts';
import type { ExternalReference } from './object.ts';
import type { GranularMarking, KillChainPhase } from './property-spec.ts';
import type { SCO_TABLES } from './sco-tables.ts';
import type { SDO_TABLES } from './sdo-tables.ts';
import type { META_TABLES, SRO_TABLES } from './sro-tables.ts';

type TargetId<T> = T extends '*' | 'sdo' | 'sco' | 'sro'
  ? StixId
  : T extends string
    ? StixId<T>
    : never;

/** The TypeScript value type of one property spec. */
export type ValueOf<P> = P extends { kind: 'string' | 'hex' | 'binary' }
  ? string
  : P extends { kind: 'boolean' }
    ? boolean
    : P extends { kind: 'integer' | 'float' }
      ? number
      : P extends { kind: 'timestamp' }
        ? string
        : P extends { kind: 'identifier'; targets: readonly (infer T)[] }
          ? TargetId<T>
          : P extends { kind: 'open-vocab'; vocab: readonly (infer V)[] }
            ? V | (string & {})
            : P extends { kind: 'enum'; values: readonly (infer V)[] }
              ? V
              : P extends { kind: 'hashes' }
                ? Readonly<Record<string, string>>
                : P extends { kind: 'kill-chain-phase' }
                  ? KillChainPhase
                  : P extends { kind: 'external-reference' }
                    ? ExternalReference
                    : P extends { kind: 'granular-marking' }
                      ? GranularMarking
                      : P extends { kind: 'list'; of: infer Q }
                        ? readonly ValueOf<Q>[]
                        : P extends { kind: 'dictionary' | 'extensions' }
                          ? Readonly<Record<string, unknown>>
                          : never;

type RequiredKeys<T> = { [K in keyof T]: T[K] extends { required: true } ? K : never }[keyof T];

/** A typed STIX object from its `type` literal and property table. */
export type StixObjectOf<Type extends string, T extends object> = {
  readonly type: Type;
  readonly id: StixId<Type>;
} & { readonly [K in Exclude<RequiredKeys<T>, 'id' | 'type'>]: ValueOf<T[K]> } & {
  readonly [K in Exclude<keyof T, RequiredKeys<T> | 'id' | 'type'>]?: ValueOf<T[K]>;
} & { readonly [property: string]: unknown };

type Sdo<T extends keyof typeof SDO_TABLES> = StixObjectOf<
  T,
  typeof SDO_COMMON & (typeof SDO_TABLES)[T]
>;
type Sro<T extends keyof typeof SRO_TABLES> = StixObjectOf<
  T,
  typeof SDO_COMMON & (typeof SRO_TABLES)[T]
>;
type Sco<T extends keyof typeof SCO_TABLES> = StixObjectOf<
  T,
  typeof SCO_COMMON & (typeof SCO_TABLES)[T]
>;

export type AttackPattern = Sdo<'attack-pattern'>;
export type Campaign = Sdo<'campaign'>;
export type CourseOfAction = Sdo<'course-of-action'>;
export type Grouping = Sdo<'grouping'>;
export type Identity = Sdo<'identity'>;
export type Incident = Sdo<'incident'>;
export type Indicator = Sdo<'indicator'>;
export type Infrastructure = Sdo<'infrastructure'>;
export type IntrusionSet = Sdo<'intrusion-set'>;
export type Location = Sdo<'location'>;
export type Malware = Sdo<'malware'>;
export type Note = Sdo<'note'>;
export type ObservedData = Sdo<'observed-data'>;
export type Opinion = Sdo<'opinion'>;
export type Report = Sdo<'report'>;
export type ThreatActor = Sdo<'threat-actor'>;
export type Tool = Sdo<'tool'>;
export type Vulnerability = Sdo<'vulnerability'>;

export type Relationship = Sro<'relationship'>;
export type Sighting = Sro<'sighting'>;

export type AutonomousSystem = Sco<'autonomous-system'>;
export type DomainName = Sco<'domain-name'>;
export type EmailAddr = Sco<'email-addr'>;
export type File = Sco<'file'>;
export type Ipv4Addr = Sco<'ipv4-addr'>;
export type Ipv6Addr = Sco<'ipv6-addr'>;
export type Mutex = Sco<'mutex'>;
export type Url = Sco<'url'>;
export type WindowsRegistryKey = Sco<'windows-registry-key'>;
export type X509Certificate = Sco<'x509-certificate'>;

export type MarkingDefinition = StixObjectOf<
  'marking-definition',
  typeof MARKING_COMMON & (typeof META_TABLES)['marking-definition']
>;
export type ExtensionDefinition = StixObjectOf<
  'extension-definition',
  typeof MARKING_COMMON &
    Omit<typeof MARKING_COMMON, keyof (typeof META_TABLES)['extension-definition']> &
    (typeof META_TABLES)['extension-definition']
>;

/** The SCO types Vigil builds with `sco()`. */
export type ScoType = keyof typeof SCO_TABLES;
export type ScoOf<T extends ScoType> = Sco<T>;
export type ScoProperties<T extends ScoType> = Omit<Sco<T>, 'type' | 'id'>;

/** Every STIX type Vigil models, by its `type` value. */
export interface StixTypeMap {
  'attack-pattern': AttackPattern;
  campaign: Campaign;
  'course-of-action': CourseOfAction;
  grouping: Grouping;
  identity: Identity;
  incident: Incident;
  indicator: Indicator;
  infrastructure: Infrastructure;
  'intrusion-set': IntrusionSet;
  location: Location;
  malware: Malware;
  note: Note;
  'observed-data': ObservedData;
  opinion: Opinion;
  report: Report;
  'threat-actor': ThreatActor;
  tool: Tool;
  vulnerability: Vulnerability;
  relationship: Relationship;
  sighting: Sighting;
  'autonomous-system': AutonomousSystem;
  'domain-name': DomainName;
  'email-addr': EmailAddr;
  file: File;
  'ipv4-addr': Ipv4Addr;
  'ipv6-addr': Ipv6Addr;
  mutex: Mutex;
  url: Url;
  'windows-registry-key': WindowsRegistryKey;
  'x509-certificate': X509Certificate;
  'marking-definition': MarkingDefinition;
  'extension-definition': ExtensionDefinition;
}

export type KnownStixType = keyof StixTypeMap;
export type KnownStixObject = StixTypeMap[KnownStixType];
