/**
 * MITRE ATT&CK into the store: a bundle import that also records which release was loaded
 * (`attack.*` meta keys, attack-release.ts). ATT&CK's `x-mitre-*` objects, `revoked` and
 * `x_mitre_deprecated` are stored exactly as given (after the 2.0→2.1 upgrade).
 */
import type { ImportSummary } from './import-objects.ts';
import { importBundleFile, importBundleStream } from './import-file.ts';
import type { BundleImportOptions } from './import-file.ts';
import { AttackReleaseTracker, attackMeta } from './attack-release.ts';
import type { AttackRelease } from './attack-release.ts';

export type { AttackRelease, AttackVersionSource } from './attack-release.ts';
import type { Repository } from '../repository.ts';

export interface AttackImportSummary extends ImportSummary {
  readonly release: AttackRelease;
}

export interface AttackImportOptions extends BundleImportOptions {
  /** Where a byte stream comes from (its URL), whose name may carry the release. */
  readonly sourceName?: string;
}

/** ATT&CK from a file path or a byte stream (download). */
export async function importAttack(
  repo: Repository,
  source: string | AsyncIterable<Uint8Array>,
  options: AttackImportOptions = {},
): Promise<AttackImportSummary> {
  const tracker = new AttackReleaseTracker(
    typeof source === 'string' ? source : options.sourceName,
  );
  const withRelease: BundleImportOptions = {
    ...options,
    onObject: (object) => {
      tracker.observe(object);
      options.onObject?.(object);
    },
    beforeCommit: async (tx, summary) => {
      for (const [key, value] of Object.entries(attackMeta(tracker.result))) {
        await tx.meta.set(key, value);
      }
      await options.beforeCommit?.(tx, summary);
    },
  };
  const summary =
    typeof source === 'string'
      ? await importBundleFile(repo, source, withRelease)
      : await importBundleStream(repo, source, withRelease);
  return { ...summary, release: tracker.result };
}
