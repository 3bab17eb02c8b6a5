#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx (docs/ARCHITECTURE.md, "No build step").
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
