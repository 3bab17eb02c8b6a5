/**
 * Identifiers written in the text — ATT&CK ids (T1566.002, G0128, S0154) and CVE ids — become entities
 * resolved against the knowledge, so "T1566.002" links to MITRE's attack-pattern and "CVE-2021-44228"
 * to the KEV vulnerability when the store has it.
 */
import type { EntityType, ExtractedEntity, ExtractedIndicator } from '../analysis/types.ts';
import type { PreparedKnowledge } from './knowledge.ts';

const ATTACK_TYPES: Readonly<Record<string, EntityType>> = {
  T: 'attack-pattern',
  G: 'intrusion-set',
  S: 'malware',
  C: 'campaign',
};

export function identifierEntities(
  indicators: readonly ExtractedIndicator[],
  knowledge: PreparedKnowledge,
): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (const ioc of indicators) {
    if (ioc.type !== 'cve' && ioc.type !== 'attack-id') continue;
    const id = ioc.value.toUpperCase();
    const entry = knowledge.byExternalId.get(id);
    if (ioc.type === 'cve') {
      out.push({
        key: `vulnerability:${id}`,
        type: 'vulnerability',
        name: id,
        externalId: id,
        ...(entry ? { ref: entry.id } : {}),
        mentions: ioc.mentions,
        via: 'identifier',
      });
      continue;
    }
    // ATT&CK ids of kinds Vigil does not model as entities (tactics TA*, mitigations M*) stay indicators.
    const type = entry
      ? (entry.type as EntityType)
      : id.startsWith('TA')
        ? undefined
        : ATTACK_TYPES[id[0]!];
    if (!type || (!entry && type !== 'attack-pattern')) continue;
    if (
      entry &&
      !['attack-pattern', 'intrusion-set', 'malware', 'tool', 'campaign'].includes(entry.type)
    )
      continue;
    out.push({
      key: `${type}:${entry?.externalId ?? id}`,
      type,
      name: entry?.name ?? id,
      externalId: id,
      ...(entry ? { ref: entry.id } : {}),
      mentions: ioc.mentions,
      via: 'identifier',
    });
  }
  return out;
}
