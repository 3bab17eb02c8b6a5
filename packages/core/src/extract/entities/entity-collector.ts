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
  /** Starts of mentions taken back: dropped once, when the entities are made. */
  withdrawn?: Set<number>;
}

export class EntityCollector {
  readonly #byKey = new Map<string, Builder>();

  add(finding: EntityFinding, mention: Mention): void {
    let builder = this.#byKey.get(finding.key);
    if (!builder) {
      builder = { finding, mentions: [], seen: new Set() };
      this.#byKey.set(finding.key, builder);
    } else if (finding.recognition > builder.finding.recognition) {
      builder.finding = {
        ...finding,
        via: builder.finding.via,
        ...withMissing(finding.properties, builder.finding.properties),
      };
    } else {
      const filled = withMissing(builder.finding.properties, finding.properties);
      if (filled.properties !== builder.finding.properties) {
        builder.finding = { ...builder.finding, ...filled };
      }
    }
    if (builder.seen.has(mention.start)) return;
    builder.seen.add(mention.start);
    builder.mentions.push(mention);
  }

  /** Takes back a mention added before; an entity left with none is no entity. */
  withdraw(key: string, mention: Mention): void {
    const builder = this.#byKey.get(key);
    if (builder?.seen.has(mention.start)) (builder.withdrawn ??= new Set()).add(mention.start);
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  entities(): ExtractedEntity[] {
    return [...this.#byKey.values()].flatMap(({ finding, mentions: all, withdrawn }) => {
      const mentions = withdrawn ? all.filter((m) => !withdrawn.has(m.start)) : all;
      if (mentions.length === 0) return [];
      const { recognition, ...rest } = finding;
      return [
        {
          ...rest,
          name: finding.externalId ? finding.name : writtenName(finding.name, mentions),
          recognition,
          mentions: [...mentions].sort((a, b) => a.start - b.start),
        },
      ];
    });
  }
}

/**
 * "Iran's crypto exchange Nobitex … Nobitex, Iran's largest exchange": what one mention's words tell of an
 * entity (its country, its sectors) holds for the others; the properties `kept` has win, those only `other`
 * has are added. The same object back when nothing is added. Not what is told of one mention only (the
 * other clusters an ambiguous alias names: "candidates").
 */
const SHARED_PROPERTIES = ['country', 'sectors'] as const;

function withMissing(
  kept: EntityFinding['properties'],
  other: EntityFinding['properties'],
): { properties?: Readonly<Record<string, unknown>> } {
  // Most mentions of an entity come with the very same properties: nothing to read.
  if (!other || other === kept) return kept ? { properties: kept } : {};
  const missing = SHARED_PROPERTIES.filter((k) => k in other && !(kept && k in kept));
  if (missing.length === 0) return kept ? { properties: kept } : {};
  return { properties: { ...kept, ...Object.fromEntries(missing.map((k) => [k, other[k]])) } };
}

/**
 * A knowledge name kept in lower case ("rhysida", as the MISP ransomware galaxy spells it) in the case the
 * text writes it most often ("Rhysida"); any other name as the knowledge or the finding gives it. Not an
 * ATT&CK name (one with an external id): "cmd" and "schtasks" are commands, spelled so on purpose.
 */
function writtenName(name: string, mentions: readonly Mention[]): string {
  if (name !== name.toLowerCase() || name === name.toUpperCase()) return name;
  const counts = new Map<string, number>();
  for (const { text } of mentions) {
    if (text !== name && text.toLowerCase() === name) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best = name;
  let most = mentions.filter((m) => m.text === name).length;
  for (const [text, count] of counts) if (count > most) [best, most] = [text, count];
  return best;
}
