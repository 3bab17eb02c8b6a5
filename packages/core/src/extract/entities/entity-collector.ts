/**
 * Collects mentions into entities: one entity per key, mentions in text order, the first recognition
 * path kept as `via` and the highest recognition score kept.
 */
import type { EntityType, ExtractedEntity, Mention } from '../../analysis/types.ts';
import type { StixId } from '../../stix/ids.ts';

export interface EntityFinding {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly ref?: StixId;
  readonly externalId?: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly recognition: number;
  readonly via: string;
}

interface Builder {
  finding: EntityFinding;
  mentions: Mention[];
  seen: Set<number>;
}

export class EntityCollector {
  readonly #byKey = new Map<string, Builder>();

  add(finding: EntityFinding, mention: Mention): void {
    let builder = this.#byKey.get(finding.key);
    if (!builder) {
      builder = { finding, mentions: [], seen: new Set() };
      this.#byKey.set(finding.key, builder);
    } else if (finding.recognition > builder.finding.recognition) {
      builder.finding = { ...finding, via: builder.finding.via };
    }
    if (builder.seen.has(mention.start)) return;
    builder.seen.add(mention.start);
    builder.mentions.push(mention);
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  entities(): ExtractedEntity[] {
    return [...this.#byKey.values()].map(({ finding, mentions }) => {
      const { recognition, ...rest } = finding;
      return {
        ...rest,
        recognition,
        mentions: [...mentions].sort((a, b) => a.start - b.start),
      };
    });
  }
}
