/**
 * A trie over normalized token sequences with longest-match lookup: the dictionary matcher for aliases,
 * place names and organizations. Lookup from one position costs at most the depth of the longest name,
 * so a whole text is matched in O(tokens x longest name), independent of the dictionary size.
 */
import { joined, type Token } from './tokens.ts';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  values: T[];
}

/** The names that start with one key: opaque outside the trie. */
export interface NameStart<T> {
  readonly values: readonly T[];
}

export interface TrieMatch<T> {
  /** Token index of the first and one past the last matched token. */
  readonly from: number;
  readonly to: number;
  readonly values: readonly T[];
}

/** What a trie matches tokens by: normalized by default, or as written (find-hits.ts propagate). */
export type TokenKey = (token: Token) => string;

const byNorm: TokenKey = (token) => token.norm;

export class TokenTrie<T> {
  readonly #root: Node<T> = { next: new Map(), values: [] };
  #size = 0;

  constructor(readonly keyOf: TokenKey = byNorm) {}

  get size(): number {
    return this.#size;
  }

  add(tokens: readonly string[], value: T): void {
    if (tokens.length === 0) return;
    let node = this.#root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(token, child);
      }
      node = child;
    }
    if (node.values.length === 0) this.#size++;
    node.values.push(value);
  }

  /** Whether some name starts with this key (a normalized token by default): one map lookup. */
  startsWith(key: string): boolean {
    return this.#root.next.has(key);
  }

  /** The values of the name made of exactly these keys (none when no name is). */
  valuesOf(keys: readonly string[]): readonly T[] {
    let node: Node<T> | undefined = this.#root;
    for (const key of keys) node = node?.next.get(key);
    return node?.values ?? [];
  }

  /** The keys names start with. */
  firstKeys(): Iterable<string> {
    return this.#root.next.keys();
  }

  /** The keys names start with, each with where those names begin (for matchesFrom). */
  starts(): Iterable<readonly [string, NameStart<T>]> {
    return this.#root.next.entries();
  }

  /**
   * Every match that starts at token `from` and passes `accept`, longest first. Tokens of one match must be
   * `joined` (no comma, line break or sentence end inside a name).
   */
  matchesAt(
    text: string,
    tokens: readonly Token[],
    from: number,
    accept: (values: readonly T[], to: number, from: number) => readonly T[],
  ): TrieMatch<T> | undefined {
    // Most tokens start no name: answer those with one map lookup and no allocation.
    const first = tokens[from];
    const start = first && this.#root.next.get(this.keyOf(first));
    return start && this.matchesFrom(start, text, tokens, from, accept);
  }

  /**
   * matchesAt for a token whose start (from starts()) is known: a caller matching at every occurrence of
   * a word looks the start up once per distinct word.
   */
  matchesFrom(
    start: NameStart<T>,
    text: string,
    tokens: readonly Token[],
    from: number,
    accept: (values: readonly T[], to: number, from: number) => readonly T[],
  ): TrieMatch<T> | undefined {
    return this.#longestThrough(start as Node<T>, text, tokens, from, from + 1, accept);
  }

  /**
   * The longest accepted match through `node`, which tokens [from, to) reached: the names that go on
   * first, then the one ending here. Recursion rather than a list of the names ending on the way, made
   * at every token that starts one (a name is a few tokens deep at most).
   */
  #longestThrough(
    node: Node<T>,
    text: string,
    tokens: readonly Token[],
    from: number,
    to: number,
    accept: (values: readonly T[], to: number, from: number) => readonly T[],
  ): TrieMatch<T> | undefined {
    const token = tokens[to];
    const previous = tokens[to - 1];
    const next =
      token && previous && joined(text, previous, token)
        ? node.next.get(this.keyOf(token))
        : undefined;
    const longer = next && this.#longestThrough(next, text, tokens, from, to + 1, accept);
    if (longer) return longer;
    if (node.values.length === 0) return undefined;
    const accepted = accept(node.values, to, from);
    return accepted.length > 0 ? { from, to, values: accepted } : undefined;
  }
}
