/**
 * Totals of what changed between two pipeline snapshots (pipeline-snapshot.ts --compare): entities gone,
 * new and changed by kind (sector identities apart from other identities), relations by type (inferred
 * ones apart), dates, indicators whose warning flags changed, by list, and the entities gone and new, by
 * name.
 * The per-fact lines say what; these say how much.
 */
interface Keyed {
  readonly key: string;
  readonly kind: string;
  readonly json: string;
  readonly warnings?: readonly string[];
  /** An entity's name and external id, to count the ones gone and new by name. */
  readonly label?: string;
}

function parse(fact: string): Keyed | undefined {
  const space = fact.indexOf(' ');
  const what = fact.slice(0, space);
  const json = fact.slice(space + 1);
  if (what === 'entity') {
    const e = JSON.parse(json) as { key: string; type: string; name: string; externalId?: string };
    const kind = e.key.startsWith('identity:sector') ? 'sector' : e.type;
    const label = `${e.name}${e.externalId && e.externalId !== e.name ? ` (${e.externalId})` : ''}`;
    return { key: e.key, kind, json, label };
  }
  if (what === 'relation') {
    const r = JSON.parse(json) as {
      type: string;
      source: string;
      target: string;
      inferred?: string;
    };
    const kind = `relation ${r.type}${r.inferred ? ` (inferred: ${r.inferred})` : ''}`;
    return { key: `${r.type} ${r.source} ${r.target}`, kind, json };
  }
  if (what === 'date') {
    // Keyed by where the date ends and its value: a date that gains a role ("since late April 2024") is
    // changed, not gone and new.
    const d = JSON.parse(json) as { value: string; mention: { end: number } };
    return { key: `date ${d.mention.end} ${d.value}`, kind: 'date', json };
  }
  if (what === 'indicator') {
    const i = JSON.parse(json) as { type: string; value: string; warnings?: { list: string }[] };
    const warnings = (i.warnings ?? []).map((w) => w.list);
    return { key: `${i.type} ${i.value}`, kind: 'indicator', json, warnings };
  }
  return undefined;
}

const byKey = (facts: Iterable<string>): Map<string, Keyed> => {
  const out = new Map<string, Keyed>();
  for (const f of facts) {
    const k = parse(f);
    if (k) out.set(k.key, k);
  }
  return out;
};

const bump = (counts: Map<string, number>, label: string): void => {
  counts.set(label, (counts.get(label) ?? 0) + 1);
};

export class SnapshotSummary {
  readonly #counts = new Map<string, number>();
  /** Reports each gone entity left, by kind and name: "attack-pattern Social Engineering (T1684)". */
  readonly #goneByName = new Map<string, number>();
  /** Reports each new entity joined, the same way. */
  readonly #newByName = new Map<string, number>();

  #count(label: string): void {
    bump(this.#counts, label);
  }

  /** One report's facts before and after. */
  add(before: Iterable<string>, after: Iterable<string>): void {
    const was = byKey(before);
    const now = byKey(after);
    for (const [key, old] of was) {
      const next = now.get(key);
      if (old.kind === 'indicator') {
        const lost = (old.warnings ?? []).filter((w) => !next?.warnings?.includes(w));
        const gained = (next?.warnings ?? []).filter((w) => !old.warnings?.includes(w));
        for (const w of lost) this.#count(`indicator: flag ${w} removed`);
        for (const w of gained) this.#count(`indicator: flag ${w} added`);
        if (old.warnings?.length && next && !next.warnings?.length) {
          this.#count('indicator: no flag left (now an indicator by default)');
        }
      } else if (!next) {
        this.#count(`${old.kind}: gone`);
        if (old.label) bump(this.#goneByName, `${old.kind} ${old.label}`);
      } else if (next.json !== old.json) this.#count(`${old.kind}: changed`);
    }
    for (const [key, added] of now) {
      if (was.has(key)) continue;
      this.#count(`${added.kind}: new`);
      if (added.label) bump(this.#newByName, `${added.kind} ${added.label}`);
    }
  }

  lines(): string[] {
    const totals = [...this.#counts].sort(([a], [b]) => a.localeCompare(b));
    // Most reports first: which names went or came, and in how many reports.
    const byName = (title: string, counts: ReadonlyMap<string, number>): string[] => {
      const sorted = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
      return sorted.length === 0 ? [] : [title, ...sorted.map(([l, n]) => `  ${l}: ${n}`)];
    };
    return [
      ...totals.map(([l, n]) => `  ${l}: ${n}`),
      ...byName('gone, by name (reports):', this.#goneByName),
      ...byName('new, by name (reports):', this.#newByName),
    ];
  }
}
