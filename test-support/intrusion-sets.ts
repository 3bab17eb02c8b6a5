/**
 * Intrusion sets for hand-made knowledge in tests: the id is the digit `n` repeated into a valid UUIDv4
 * shape, so each test's sets stay apart without a table of ids.
 */
import type { KnowledgeEntry } from '@vigil/core';

export function intrusionSet(
  n: number,
  name: string,
  externalId: string,
  aliases: string[] = [],
): KnowledgeEntry {
  const d = String(n);
  return {
    id: `intrusion-set--${d.repeat(8)}-${d.repeat(4)}-4${d.repeat(3)}-8${d.repeat(3)}-${d.repeat(12)}`,
    type: 'intrusion-set',
    name,
    aliases,
    externalId,
  };
}
