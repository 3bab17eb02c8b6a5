/**
 * Legitimate products intruders run (STIX tool: "legitimate software that can be used by threat actors"): remote
 * monitoring and management, network scanners, deployment software and tools that switch defences off, which
 * advisories list by name ("Medusa actors use … Advanced IP Scanner and SoftPerfect Network Scanner", "remote access software
 * such as AnyDesk, Atera, PDQ Deploy, SimpleHelp, and Splashtop"). Neither ATT&CK nor the MISP galaxies hold
 * them, so they are written here, from CISA's advisories and vendors' reports.
 */
import type { TextContext } from './text-context.ts';
import { TokenTrie } from './token-trie.ts';
import { tokenize } from './tokens.ts';

/**
 * Remote-access products in one word, each also a company's name: "TeamViewer said its network was breached"
 * tells of a victim, so the word is a tool only where the text calls it software or a tool, lists it beside one,
 * or has the actor use it for something (discover-names.ts announcedDualUseTool). Other one-word programs
 * (WinSCP, GMER) are tools where an actor uses them to do something (tools-used.ts), like any coined name.
 */
export const REMOTE_ACCESS_PRODUCTS: ReadonlySet<string> = new Set([
  'anydesk',
  'teamviewer',
  'splashtop',
  'rustdesk',
  'atera',
  'simplehelp',
  'meshcentral',
  'logmein',
  'radmin',
  'ehorus',
  'ninjaone',
  'syncro',
  'pulseway',
  'fleetdeck',
  'action1',
  'tightvnc',
  'ultravnc',
  'realvnc',
  'dameware',
  'bomgar',
]);

/**
 * Products named in several words, written with their capitals: no company, sentence heading or English phrase
 * is spelled so, and the text need not say they are software. Not the analysts' tools malware looks for and
 * stops ("monitors … Process Explorer, and Process Hacker"): named, those are no tool of the actor's.
 */
const NAMES_OF_WORDS = [
  'Advanced IP Scanner',
  'Advanced Port Scanner',
  'Angry IP Scanner',
  'SoftPerfect Network Scanner',
  'PDQ Deploy',
  'PDQ Inventory',
  'N-able',
  'Total Software Deployment',
  'Tactical RMM',
  'Zoho Assist',
  'Ammyy Admin',
  'Chrome Remote Desktop',
  'Quick Assist',
  'IOBit Unlocker',
  'Defender Control',
];

interface Product {
  readonly written: readonly string[];
}

const PRODUCTS = new TokenTrie<Product>();
for (const name of NAMES_OF_WORDS) {
  const tokens = tokenize(name);
  PRODUCTS.add(
    tokens.map((t) => t.norm),
    { written: tokens.map((t) => t.text) },
  );
}

/** Whether the tokens [from, to) are written as the product is: "Quick Assist", not "quick assist". */
function writtenAs(ctx: TextContext, from: number, to: number, product: Product): boolean {
  for (let k = from; k < to; k++)
    if (ctx.tokens[k]!.text !== product.written[k - from]) return false;
  return true;
}

/** "Syncro RMM": the product's own word for what it is, part of its name. */
const KIND_AFTER: ReadonlySet<string> = new Set(['rmm']);

/** The end token of the one-word product at token i: the word, and "RMM" after it. */
export function oneWordProductEnd(ctx: TextContext, i: number): number {
  const next = ctx.tokens[i + 1];
  const kindAfter =
    next !== undefined &&
    KIND_AFTER.has(next.norm) &&
    ctx.text.slice(ctx.tokens[i]!.end, next.start) === ' ';
  return kindAfter ? i + 2 : i + 1;
}

/** The end token of a product named in several words starting at token i, if one is. */
export function productNamedAt(ctx: TextContext, i: number): number | undefined {
  // Asked of every word: most start no product's name, answered by one map lookup.
  if (!PRODUCTS.startsWith(ctx.tokens[i]!.norm)) return undefined;
  const match = PRODUCTS.matchesAt(ctx.text, ctx.tokens, i, (values, to, from) =>
    values.filter((product) => writtenAs(ctx, from, to, product)),
  );
  return match?.to;
}
