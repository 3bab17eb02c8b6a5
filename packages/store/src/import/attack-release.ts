/**
 * Which ATT&CK release a bundle holds. STIX 2.1 bundles from attack-stix-data carry an
 * `x-mitre-collection` object whose `x_mitre_version` is the release ("18.1"); the 2.0 per-object
 * layout of mitre/cti has none, so the newest `modified` and the ATT&CK spec version are recorded too.
 *
 * Without a collection the release is taken only from a versioned file name, as attack-stix-data
 * names its releases ("enterprise-attack-18.1.json"), and the record says so. Nothing else in the
 * objects names the release: `x_mitre_attack_spec_version` is the data model's version (3.3.0 covers
 * releases 15 to 18) and an object's `x_mitre_version` is that object's own revision (ATT&CK's
 * "ATT&CK Versioning" page), so neither is passed off as one.
 */
import { basename } from 'node:path';
import type { StixObject } from '@vigil/core';

/** Where `AttackRelease.version` was read. */
export type AttackVersionSource = 'x-mitre-collection' | 'file name';

export interface AttackRelease {
  /** The release (e.g. "18.1"): the collection's `x_mitre_version`, else a versioned file name. */
  readonly version?: string;
  readonly versionSource?: AttackVersionSource;
  /** The file name or URL the bundle was read from, when known. */
  readonly sourceName?: string;
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

/** "18.1" from "enterprise-attack-18.1.json" or a URL ending so; undefined for an unversioned name. */
export function releaseFromName(name: string): string | undefined {
  const query = name.search(/[?#]/u);
  const file = basename(query === -1 ? name : name.slice(0, query));
  return /[-_ ]v?(\d{1,3}\.\d{1,3})\.json$/iu.exec(file)?.[1];
}

/** Accumulates the release facts object by object (bounded memory while streaming). */
export class AttackReleaseTracker {
  private release: { -readonly [K in keyof AttackRelease]: AttackRelease[K] } = {};

  /** `sourceName`: the file path or URL read, whose name may carry the release. */
  constructor(sourceName?: string) {
    if (sourceName === undefined) return;
    this.release.sourceName = sourceName;
    const named = releaseFromName(sourceName);
    if (named) {
      this.release.version = named;
      this.release.versionSource = 'file name';
    }
  }

  observe(object: StixObject): void {
    const r = this.release;
    if (object.type === 'x-mitre-collection' && typeof object.x_mitre_version === 'string') {
      // The collection is the data's own statement of its release: it wins over a file name.
      r.version = object.x_mitre_version;
      r.versionSource = 'x-mitre-collection';
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
  if (release.versionSource) meta['attack.version_source'] = release.versionSource;
  if (release.collectionName) meta['attack.collection'] = release.collectionName;
  if (release.specVersion) meta['attack.spec_version'] = release.specVersion;
  if (release.latestModified) meta['attack.latest_modified'] = release.latestModified;
  return meta;
}
