/**
 * Declarative property specifications (the python-stix2 idea, STIX 2.1 §2): one table per object type
 * says what each property is; the TypeScript types (`object-types.ts`) and the validator
 * (`validate-property.ts`) are both derived from these tables, so they cannot drift apart.
 */
import type { StixId } from './ids.ts';

/** Reference target groups: any object, any SDO, any SCO, or any SRO (STIX 2.1 §2.7, §3.1). */
export type RefGroup = '*' | 'sdo' | 'sco' | 'sro';

export type PropertySpec =
  | { readonly kind: 'string'; readonly required?: boolean }
  | { readonly kind: 'boolean'; readonly required?: boolean }
  | {
      readonly kind: 'integer';
      readonly min?: number;
      readonly max?: number;
      readonly required?: boolean;
    }
  | {
      readonly kind: 'float';
      readonly min?: number;
      readonly max?: number;
      readonly required?: boolean;
    }
  | { readonly kind: 'timestamp'; readonly millis?: boolean; readonly required?: boolean }
  | {
      readonly kind: 'identifier';
      readonly targets: readonly string[];
      readonly required?: boolean;
    }
  | { readonly kind: 'open-vocab'; readonly vocab: readonly string[]; readonly required?: boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly required?: boolean }
  | { readonly kind: 'hashes'; readonly required?: boolean }
  | { readonly kind: 'hex'; readonly required?: boolean }
  | { readonly kind: 'binary'; readonly required?: boolean }
  | { readonly kind: 'kill-chain-phase'; readonly required?: boolean }
  | { readonly kind: 'external-reference'; readonly required?: boolean }
  | { readonly kind: 'granular-marking'; readonly required?: boolean }
  | { readonly kind: 'dictionary'; readonly required?: boolean }
  | { readonly kind: 'extensions'; readonly required?: boolean }
  | {
      readonly kind: 'list';
      readonly of: PropertySpec;
      readonly minItems?: number;
      readonly required?: boolean;
    };

export type PropertyTable = Readonly<Record<string, PropertySpec>>;

/** Marks a spec required, keeping its literal type so the derived TS type knows it. */
export const required = <P extends PropertySpec>(spec: P): P & { readonly required: true } => ({
  ...spec,
  required: true,
});

/** Small constructors keep the tables short and literal-typed. */
export const p = {
  string: () => ({ kind: 'string' }) as const,
  boolean: () => ({ kind: 'boolean' }) as const,
  integer: (min?: number, max?: number) => ({ kind: 'integer', min, max }) as const,
  float: (min?: number, max?: number) => ({ kind: 'float', min, max }) as const,
  timestamp: () => ({ kind: 'timestamp' }) as const,
  /** `created`/`modified`: STIX 2.1 §3.2 requires millisecond precision. */
  timestampMillis: () => ({ kind: 'timestamp', millis: true }) as const,
  ref: <const T extends readonly string[]>(...targets: T) =>
    ({ kind: 'identifier', targets }) as const,
  refs: <const T extends readonly string[]>(...targets: T) =>
    ({ kind: 'list', of: { kind: 'identifier', targets }, minItems: 1 }) as const,
  openVocab: <const V extends readonly string[]>(vocab: V) =>
    ({ kind: 'open-vocab', vocab }) as const,
  enumOf: <const V extends readonly string[]>(values: V) => ({ kind: 'enum', values }) as const,
  list: <const P extends PropertySpec>(of: P) => ({ kind: 'list', of, minItems: 1 }) as const,
  strings: () => ({ kind: 'list', of: { kind: 'string' }, minItems: 1 }) as const,
  vocabList: <const V extends readonly string[]>(vocab: V) =>
    ({ kind: 'list', of: { kind: 'open-vocab', vocab }, minItems: 1 }) as const,
  hashes: () => ({ kind: 'hashes' }) as const,
  hex: () => ({ kind: 'hex' }) as const,
  binary: () => ({ kind: 'binary' }) as const,
  killChainPhases: () => ({ kind: 'list', of: { kind: 'kill-chain-phase' }, minItems: 1 }) as const,
  dictionary: () => ({ kind: 'dictionary' }) as const,
  extensions: () => ({ kind: 'extensions' }) as const,
};

export interface KillChainPhase {
  readonly kill_chain_name: string;
  readonly phase_name: string;
}

export interface GranularMarking {
  readonly selectors: readonly string[];
  readonly marking_ref?: StixId<'marking-definition'>;
  readonly lang?: string;
}
