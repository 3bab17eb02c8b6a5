/**
 * "ESET APT Activity Report Q4 2024–Q1 2025": a roundup of many actors, each told of in its own sentences, its
 * title naming none. No one of them is who the report is about; the Who lists them, most active first.
 */
import { isPerson } from '../analysis/person.ts';
import type { Analysis, ExtractedEntity } from '../analysis/types.ts';
import { firstWritten } from './co-actors.ts';

/** Fewer actors at work make a report about one of them and the others it compares it with. */
const FEWEST_ACTORS = 4;
/** An actor holding this share of the actors' mentions is the one the report is about. */
const MAIN_SHARE = 0.5;

export function roundupActors(analysis: Analysis): ExtractedEntity[] | undefined {
  const sets = analysis.entities.filter((e) => e.type === 'intrusion-set' && !isPerson(e));
  if (sets.some((e) => e.mentions.some((m) => m.sentence === 0))) return undefined;
  const acting = new Set(
    analysis.relations
      .filter((r) => r.type === 'targets' || r.type === 'uses')
      .filter((r) => r.inferred === undefined)
      .map((r) => r.source),
  );
  const active = sets.filter((e) => acting.has(e.key));
  if (active.length < FEWEST_ACTORS) return undefined;
  const mentions = (e: ExtractedEntity): number => e.mentions.length;
  const total = sets.reduce((n, e) => n + mentions(e), 0);
  if (active.some((e) => mentions(e) >= total * MAIN_SHARE)) return undefined;
  return active.sort((a, b) => mentions(b) - mentions(a) || firstWritten(a) - firstWritten(b));
}
