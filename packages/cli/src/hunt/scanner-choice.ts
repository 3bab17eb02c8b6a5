/**
 * Which token scanner a hunt runs: the native addon (@vigil/scan-native) unless VIGIL_HUNT_SCANNER=js
 * asks for the JavaScript one, or the addon cannot be loaded (then the hunt says so once and goes on).
 */
import type { NativeScanFactory } from '@vigil/core/match';
import { loadNativeScan } from '@vigil/scan-native';

export interface ScannerChoice {
  readonly name: 'native' | 'js';
  readonly native?: NativeScanFactory;
  /** Why the JavaScript scanner runs although nobody asked for it. */
  readonly fallback?: string;
}

let loaded: NativeScanFactory | Error | undefined;
const loadOnce = (): NativeScanFactory | Error => (loaded ??= loadNativeScan());

/** `load` stands in for the addon's loader in tests. */
export function chooseScanner(
  env: NodeJS.ProcessEnv = process.env,
  load: () => NativeScanFactory | Error = loadOnce,
): ScannerChoice {
  if (env.VIGIL_HUNT_SCANNER === 'js') return { name: 'js' };
  const native = load();
  if (native instanceof Error) {
    const reason = native.message.split('\n')[0]!;
    return {
      name: 'js',
      fallback: `native scanner not loaded (${reason}): using the JavaScript one`,
    };
  }
  return { name: 'native', native };
}

/** The FileSweeper option that picks the scanner chosen for this process. */
export function nativeOption(): { readonly native?: NativeScanFactory } {
  const { native } = chooseScanner();
  return native ? { native } : {};
}
