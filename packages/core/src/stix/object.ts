/**
 * The loose shape every STIX 2.1 object shares (STIX 2.1 §3). Typed per-type interfaces and the
 * validator live beside this file; the store and importers move objects in this shape.
 */
import type { StixId } from './ids.ts';

export interface StixObject {
  readonly type: string;
  readonly id: StixId;
  readonly spec_version?: string;
  readonly created?: string;
  readonly modified?: string;
  readonly created_by_ref?: StixId;
  readonly revoked?: boolean;
  readonly labels?: readonly string[];
  readonly confidence?: number;
  readonly object_marking_refs?: readonly StixId[];
  readonly external_references?: readonly ExternalReference[];
  readonly [property: string]: unknown;
}

export interface ExternalReference {
  readonly source_name: string;
  readonly description?: string;
  readonly url?: string;
  readonly hashes?: Readonly<Record<string, string>>;
  readonly external_id?: string;
}

export interface Bundle {
  readonly type: 'bundle';
  readonly id: StixId<'bundle'>;
  readonly objects: readonly StixObject[];
}
