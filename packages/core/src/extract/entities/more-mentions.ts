/** Mentions a later reading finds of an entity already read, joined with its own in text order. */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';

export function withMoreMentions(
  entity: ExtractedEntity,
  more: readonly Mention[] | undefined,
): ExtractedEntity {
  if (!more || more.length === 0) return entity;
  return { ...entity, mentions: [...entity.mentions, ...more].sort((a, b) => a.start - b.start) };
}
