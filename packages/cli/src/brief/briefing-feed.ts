/**
 * The briefing feed: every briefing made with --feed is kept as JSON under $VIGIL_HOME/briefings, and
 * the Atom file is rewritten from all of them, newest first.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  BRIEFING_JSON_FORMAT,
  renderAtomFeed,
  renderJson,
  vigilId,
  type Briefing,
} from '@vigil/core';
import { vigilHome } from '../store-context.ts';

export const briefingsDir = (): string => join(vigilHome(), 'briefings');

const MAX_ENTRIES = 200;

function isBriefing(value: unknown): value is Briefing & { format: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === BRIEFING_JSON_FORMAT &&
    typeof v.id === 'string' &&
    typeof v.generatedAt === 'string'
  );
}

export function saveAndRenderFeed(briefing: Briefing, feedPath: string, now: string): number {
  const dir = briefingsDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${briefing.id}.json`), renderJson(briefing));
  const saved: Briefing[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (isBriefing(parsed)) saved.push(parsed);
    } catch {
      // A damaged or foreign file is not a briefing: leave it out of the feed.
    }
  }
  const entries = saved
    .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt))
    .slice(0, MAX_ENTRIES);
  // Named by the feed file, not by where the briefings are kept: the same feed has the same id on every machine.
  const feedId = vigilId('note', 'briefing-feed', basename(feedPath));
  writeFileSync(
    feedPath,
    renderAtomFeed(entries, {
      id: `urn:uuid:${feedId.slice(6)}`,
      title: 'Vigil briefings',
      updated: now,
    }),
  );
  return entries.length;
}
