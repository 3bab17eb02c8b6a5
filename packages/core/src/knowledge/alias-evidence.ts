/**
 * Candidate links from names: pairs of objects (same family, different source collections) that
 * share distinctive aliases, found through the alias index (pairs only inside small buckets, so the
 * work is near-linear). Two shared aliases link; one shared alias links only when something
 * independent corroborates it (a cited document both sources share, the source's own `similar`/`same-as`
 * link, or, for one name, both sources calling it ransomware or both a group's own). One shared alias alone
 * never links (docs/ARCHITECTURE.md).
 */
import type { EntityFacts } from './entity-facts.ts';
import { isDistinctiveAlias, MAX_ALIAS_BUCKET } from './generic-aliases.ts';

export interface AliasCandidate {
  readonly i: number;
  readonly j: number;
  /** Shared normalized aliases. */
  readonly keys: readonly string[];
  /** Independent evidence beside the names: "cites example.com/report", "MISP similar". */
  readonly corroboration: readonly string[];
  /** Both objects' own names (not just aliases) are the same: ranks the pair first. */
  readonly sameName: boolean;
}

const pairKey = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);

/** Pairs a source itself declared related (MISP `similar`, `same-as`), by index pair key. */
export function relatedPairs(
  links: readonly (readonly [number | undefined, number | undefined])[],
): Set<string> {
  const pairs = new Set<string>();
  for (const [i, j] of links)
    if (i !== undefined && j !== undefined && i !== j) pairs.add(pairKey(i, j));
  return pairs;
}

/**
 * A document is counted among objects of one family: a vendor report cited by twenty technique objects may
 * still be about just a few malware families, and it is those that a shared citation would link. Counts
 * per family, then per URL: no key string is made for each of the knowledge's 60,000 citations.
 */
function citationFrequency(facts: readonly EntityFacts[]): Map<string, Map<string, number>> {
  const byFamily = new Map<string, Map<string, number>>();
  for (const f of facts) {
    let counts = byFamily.get(f.family);
    if (!counts) byFamily.set(f.family, (counts = new Map<string, number>()));
    for (const url of f.citedUrls) counts.set(url, (counts.get(url) ?? 0) + 1);
  }
  return byFamily;
}

/** The active ATT&CK object whose own name the bucket's `key` is, if any ("pony": S0453 Pony). */
function attackOwnerOf(
  facts: readonly EntityFacts[],
  bucket: readonly number[],
  key: string,
): number | undefined {
  return bucket.find((i) => {
    const f = facts[i];
    return f !== undefined && f.isAttack && !f.inactive && f.ownKeys.includes(key);
  });
}

/**
 * The active ATT&CK object each other object is named after (its own name is that object's name or
 * alias): MISP's tool galaxy's Hancitor is ATT&CK's Hancitor.
 */
function attackNamesakes(
  facts: readonly EntityFacts[],
  index: ReadonlyMap<string, readonly number[]>,
): Map<number, number> {
  const namesakes = new Map<number, number>();
  facts.forEach((f, i) => {
    const own = f.ownKeys[0];
    if (f.isAttack || own === undefined) return;
    const owner = (index.get(own) ?? []).find((k) => facts[k]?.isAttack && !facts[k]?.inactive);
    if (owner !== undefined && facts[owner]?.family === f.family) namesakes.set(i, owner);
  });
  return namesakes;
}

const namedAfterOther = (
  namesakes: ReadonlyMap<number, number>,
  i: number,
  owner: number,
): boolean => {
  const namesake = namesakes.get(i);
  return namesake !== undefined && namesake !== owner;
};

export function aliasCandidates(
  facts: readonly EntityFacts[],
  index: ReadonlyMap<string, readonly number[]>,
  related: ReadonlySet<string>,
): AliasCandidate[] {
  const shared = new Map<string, { i: number; j: number; keys: string[] }>();
  const namesakes = attackNamesakes(facts, index);
  for (const [key, bucket] of index) {
    if (bucket.length < 2 || bucket.length > MAX_ALIAS_BUCKET || !isDistinctiveAlias(key)) continue;
    // ATT&CK's own name of one object says nothing of an object named after another ATT&CK object: MISP's
    // tool galaxy lists "Pony" among Hancitor's synonyms (with its own "similar"), which once joined
    // malpedia's Pony, and Fareit with it, to Hancitor.
    const owner = attackOwnerOf(facts, bucket, key);
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [i, j] = [bucket[x] ?? 0, bucket[y] ?? 0];
        const [a, b] = [facts[i], facts[j]];
        if (!a || !b || a.family !== b.family || a.collection === b.collection) continue;
        if (
          owner !== undefined &&
          (namedAfterOther(namesakes, i, owner) || namedAfterOther(namesakes, j, owner))
        ) {
          continue;
        }
        const entry = shared.get(pairKey(i, j)) ?? { i, j, keys: [] };
        entry.keys.push(key);
        shared.set(pairKey(i, j), entry);
      }
    }
  }
  const frequency = citationFrequency(facts);
  const candidates: AliasCandidate[] = [];
  for (const { i, j, keys } of shared.values()) {
    const [a, b] = [facts[i], facts[j]];
    if (!a || !b) continue;
    const corroboration: string[] = [];
    if (related.has(pairKey(i, j))) corroboration.push('the source links them as similar');
    const sameName = a.ownKeys.some((key) => b.ownKeys.includes(key));
    // A family's own name in both sources is stronger than a shared alias: a report cited by up to twice
    // as many objects still tells (the Molerats report behind SharpStage names 11 families). Not for
    // techniques: ATT&CK's mobile and enterprise domains name different techniques alike.
    const ownName = sameName && a.family === 'software';
    const citers = ownName ? 2 * MAX_ALIAS_BUCKET : MAX_ALIAS_BUCKET;
    const theirs = new Set(b.citedUrls);
    const counts = frequency.get(a.family);
    const cited = a.citedUrls.find((url) => theirs.has(url) && (counts?.get(url) ?? 0) <= citers);
    if (cited) corroboration.push(`both cite ${cited}`);
    // Two sources naming a ransomware alike name one family: a namesake of another kind stays apart
    // (the rootkit MEDUSA and the Medusa ransomware, the botnet Chaos and the Chaos ransomware).
    if (ownName && a.ransomware && b.ransomware) {
      corroboration.push('both name a ransomware');
    }
    // A product's own site, named as the family is ("cobaltstrike.com"): namesakes of another kind
    // do not cite it.
    if (ownName && a.citesOwnSite && b.citesOwnSite) {
      corroboration.push("both cite the family's own site");
    }
    // Two sources giving a group one name as its own ("APT42", "Void Manticore"): a vendor's naming scheme
    // names one group so, where an alias only mentions another source's name ("IRIDIUM" of Sandworm Team).
    if (sameName && a.type === 'intrusion-set' && b.type === 'intrusion-set') {
      corroboration.push('both name the group so');
    }
    if (keys.length + Math.min(1, corroboration.length) < 2) continue;
    candidates.push({ i, j, keys: keys.sort(), corroboration, sameName });
  }
  return candidates.sort(
    (p, q) =>
      Number(q.sameName) - Number(p.sameName) ||
      q.keys.length - p.keys.length ||
      p.i - q.i ||
      p.j - q.j,
  );
}
