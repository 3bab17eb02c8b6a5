/**
 * A gang named after its ransomware ("the ALPHV ransomware gang") has no set in the knowledge; its background
 * is the family's (insights.ts backgroundRef), and the briefing says so rather than pass malware off as an actor.
 */
import type { ActorKnowledge } from './types.ts';

const NAMED_AFTER_KINDS: ReadonlySet<string> = new Set(['malware', 'tool']);

export function namedAfterNote(actor: ActorKnowledge): string | undefined {
  return NAMED_AFTER_KINDS.has(actor.type)
    ? `The knowledge holds ${actor.name} as ${actor.type}; the gang is named after it.`
    : undefined;
}
