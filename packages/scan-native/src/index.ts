/**
 * @vigil/scan-native: the hunt's candidate token scan as a Node-API addon (binding.gyp, built by
 * node-gyp when npm installs the workspace). Loading may fail (not built, other platform): the caller
 * then hunts with the JavaScript scanner.
 */
import { createRequire } from 'node:module';
import type { NativeScanFactory, NativeScanTables } from '@vigil/core/match';

interface Addon {
  create(tables: NativeScanTables): object;
  scan(handle: object, bytes: Uint8Array, start: number, end: number, out: Int32Array): number;
}

const ADDON_PATH = '../build/Release/vigil_scan.node';

/** The native scanner factory, or the reason it could not be loaded. */
export function loadNativeScan(): NativeScanFactory | Error {
  let addon: Addon;
  try {
    addon = createRequire(import.meta.url)(ADDON_PATH) as Addon;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  return (tables) => {
    const handle = addon.create(tables);
    return { scan: (bytes, start, end, out) => addon.scan(handle, bytes, start, end, out) };
  };
}
