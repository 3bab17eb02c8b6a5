/**
 * Flaws as a reader knows them: "ToolShell (CVE-2025-53770, CVE-2025-53771)", "Citrix Bleed (CVE-2023-4966)",
 * under the name the report gives them (extract/entities/named-vulnerabilities.ts), the rest by their ids.
 */
import type { ExtractedEntity } from '../analysis/types.ts';

const nameOf = (flaw: ExtractedEntity): string | undefined => {
  const names = flaw.properties?.['names'];
  return Array.isArray(names) && typeof names[0] === 'string' ? names[0] : undefined;
};

/** The labels of `flaws` in order, those of one name together under it. */
export function flawLabels(flaws: readonly ExtractedEntity[]): string[] {
  const ids = new Map<string, string[]>();
  const labels: string[] = [];
  for (const flaw of flaws) {
    const name = nameOf(flaw);
    if (!name) {
      if (!labels.includes(flaw.name)) labels.push(flaw.name);
      continue;
    }
    const named = ids.get(name);
    if (named) {
      if (!named.includes(flaw.name)) named.push(flaw.name);
      continue;
    }
    ids.set(name, [flaw.name]);
    labels.push(name);
  }
  return labels.map((label) => {
    const named = ids.get(label);
    return named ? `${label} (${named.join(', ')})` : label;
  });
}
