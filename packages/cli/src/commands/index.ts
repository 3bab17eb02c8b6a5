/** Every CLI command registers itself here: one module per command, one line each. */
import type { Command } from 'commander';
import { registerHunt } from './hunt.ts';
import { registerStore } from './store.ts';
import { registerImport } from './import.ts';
import { registerSync } from './sync.ts';
import { registerExport } from './export.ts';

export type Register = (program: Command) => void;

export const commands: readonly Register[] = [
  registerHunt,
  registerStore,
  registerImport,
  registerSync,
  registerExport,
];
