/**
 * Which ATT&CK release a bundle holds. STIX 2.1 bundles from attack-stix-data carry an
 * `x-mitre-collection` object whose `x_mitre_version` is the release ("18.1"); the 2.0 per-object
 * layout of mitre/cti has none, so the newest `modified` and the ATT&CK spec version are recorded too.
 */
import type { StixObject } from '@vigil/core';

export interface AttackRelease {
  /** The collection's `x_mitre_version` (e.g. "18.1"), when the bundle has an x-mitre-collection. */
  readonly version?: string;
  readonly collectionName?: string;
  /** Highest `x_mitre_attack_spec_version` seen (e.g. "3.3.0"). */
  readonly specVersion?: string;
  /** Newest `modified` of any object: identifies the content when there is no collection. */
  readonly latestModified?: string;
}

const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/** Accumulates the release facts object by object (bounded memory while streaming). */
export class AttackReleaseTracker {
  private release: { -readonly [K in keyof AttackRelease]: AttackRelease[K] } = {};

  observe(object: StixObject): void {
    const r = this.release;
    if (object.type === 'x-mitre-collection' && typeof object.x_mitre_version === 'string') {
      r.version = object.x_mitre_version;
      if (typeof object.name === 'string') r.collectionName = object.name;
    }
    const spec = object.x_mitre_attack_spec_version;
    if (typeof spec === 'string' && (!r.specVersion || compareVersions(spec, r.specVersion) > 0)) {
      r.specVersion = spec;
    }
    // STIX timestamps in one producer's data share a format, so string order is time order here.
    if (
      typeof object.modified === 'string' &&
      (!r.latestModified || object.modified > r.latestModified)
    ) {
      r.latestModified = object.modified;
    }
  }

  get result(): AttackRelease {
    return { ...this.release };
  }
}

/** Meta keys written after an ATT&CK import (MetaStore). */
export function attackMeta(release: AttackRelease): Record<string, string> {
  const meta: Record<string, string> = {};
  if (release.version) meta['attack.version'] = release.version;
  if (release.collectionName) meta['attack.collection'] = release.collectionName;
  if (release.specVersion) meta['attack.spec_version'] = release.specVersion;
  if (release.latestModified) meta['attack.latest_modified'] = release.latestModified;
  return meta;
}
