/**
 * The How line's techniques: those a sentence of the report says the actor used ("specializes in voice
 * phishing (vishing) campaigns", "by having its operators impersonate IT support personnel"), in the order the
 * report first names them. Inferred uses (a report's ATT&CK table read as its one actor's) stay in the
 * briefing's technique list; the line tells only what the report states.
 */
import type { ExtractedEntity, ExtractedRelation } from '../analysis/types.ts';

/** Techniques named on the line; the rest are counted. */
const MOST_SHOWN = 4;

export function statedTechniques(
  uses: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): { readonly text: string; readonly techniques: readonly ExtractedEntity[] } | undefined {
  const techniques = [
    ...new Set(
      uses
        .filter((r) => r.type === 'uses' && !r.inferred)
        .map((r) => byKey.get(r.target))
        .filter((e): e is ExtractedEntity => e?.type === 'attack-pattern'),
    ),
  ].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  if (techniques.length === 0) return undefined;
  const shown = techniques.slice(0, MOST_SHOWN);
  const names = shown.map((t) =>
    t.externalId && t.externalId !== t.name ? `${t.name} (${t.externalId})` : t.name,
  );
  const more = techniques.length - shown.length;
  return {
    text: `Techniques: ${names.join('; ')}${more > 0 ? `; ${more} more` : ''}`,
    techniques: shown,
  };
}
