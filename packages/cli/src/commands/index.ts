/** Every CLI command registers itself here: one module per command, one line each. */
import type { Command } from 'commander';
import { registerHunt } from './hunt.ts';
import { registerStore } from './store.ts';
import { registerImport } from './import.ts';
import { registerSync } from './sync.ts';
import { registerExport } from './export.ts';
import { registerGalaxy } from './galaxy.ts';
import { registerEntity } from './entity.ts';
import { registerAnalyze } from './analyze.ts';
import { registerDraft } from './draft.ts';
import { registerFeed } from './feed.ts';
import { registerQuickstart } from './quickstart.ts';
import { registerIngest } from './ingest.ts';
import { registerBrief } from './brief.ts';
import { registerProfile } from './profile.ts';
import { registerSyncWarninglists } from './sync-warninglists.ts';

export type Register = (program: Command) => void;

export const commands: readonly Register[] = [
  registerQuickstart,
  registerAnalyze,
  registerIngest,
  registerDraft,
  registerFeed,
  registerHunt,
  registerStore,
  registerImport,
  registerSync,
  registerExport,
  registerGalaxy,
  registerEntity,
  registerBrief,
  registerProfile,
  registerSyncWarninglists,
];
