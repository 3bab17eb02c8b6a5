/** `vigil sync kev`: the CISA KEV catalog into the store, atomically, with its version in meta. */
import { CoreError } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { importObjects } from './import-objects.ts';
import type { ImportOptions, ImportSummary } from './import-objects.ts';
import { kevToStix, parseKevCatalog } from './kev.ts';
import { reviseAgainstStore } from './revise.ts';

export interface KevImportSummary extends ImportSummary {
  readonly catalogVersion: string;
  readonly dateReleased: string;
}

/** Parses KEV JSON text (the catalog is ~1.3 MB: whole-text parsing is fine) and imports it. */
export async function importKev(
  repo: Repository,
  text: string,
  options: Pick<ImportOptions, 'onProgress' | 'validate'> = {},
): Promise<KevImportSummary> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CoreError('invalid_input', `KEV catalog is not valid JSON: ${String(error)}`);
  }
  const catalog = parseKevCatalog(json);
  const dateReleased = new Date(catalog.dateReleased).toISOString();
  return repo.transaction(async (tx) => {
    const objects = await reviseAgainstStore(
      tx,
      catalog.vulnerabilities.map(kevToStix),
      dateReleased,
    );
    const entries = objects.map((object, index) => ({ index, object }));
    const summary = await importObjects(tx, entries, {
      ...options,
      strict: true,
      beforeCommit: async (inner) => {
        await inner.meta.set('kev.catalog_version', catalog.catalogVersion);
        await inner.meta.set('kev.date_released', dateReleased);
        await inner.meta.set('kev.count', String(catalog.vulnerabilities.length));
      },
    });
    return { ...summary, catalogVersion: catalog.catalogVersion, dateReleased };
  });
}
