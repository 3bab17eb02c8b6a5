/**
 * Loads MISP warning lists from a directory laid out like MISP/misp-warninglists (`lists/<key>/list.json`)
 * or a flat copy (`<key>/list.json`), e.g. `$VIGIL_DATA_DIR/misp-warninglists` or a synced copy.
 * Reading files is I/O, so it lives here; matching is pure (core/src/warninglist).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createWarningMatcher, parseWarningList, type WarningListDefinition } from '@vigil/core';
import { StoreError } from '../errors.ts';

/** Directory that holds one folder per list: `<dir>/lists` when present, else `<dir>`. */
function listsRoot(dir: string): string {
  const nested = join(dir, 'lists');
  return existsSync(nested) && statSync(nested).isDirectory() ? nested : dir;
}

export function readWarningLists(dir: string): WarningListDefinition[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new StoreError('not_found', `warning-list directory not found: ${dir}`);
  }
  const root = listsRoot(dir);
  const definitions: WarningListDefinition[] = [];
  for (const key of readdirSync(root).sort()) {
    const file = join(root, key, 'list.json');
    if (!existsSync(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new StoreError('invalid_input', `warning list ${key}: not valid JSON`, {
        cause: error,
      });
    }
    definitions.push(parseWarningList(key, json));
  }
  if (definitions.length === 0) {
    throw new StoreError('not_found', `no warning lists (<key>/list.json) under ${dir}`);
  }
  return definitions;
}

/** Reads every list under `dir` and builds the matcher extractIndicators takes as `warningLists`. */
export function loadWarningLists(dir: string): ReturnType<typeof createWarningMatcher> {
  return createWarningMatcher(readWarningLists(dir));
}
