/**
 * Software an actor is said to run for a purpose: "They use GMER, IOBit and PowerTool to disable anti-virus
 * software", "The actors use WinSCP to exfiltrate data", "use AnyDesk for remote access". Legitimate programs
 * put to an attacker's use are STIX tools; the knowledge holds few of them, and the sentence names them only
 * so. Only coined spellings count (inner capitals, or a short all-capital name that is no protocol: "use RDP
 * to move" names a protocol), and remote-access products by name (discover-names.ts).
 */
import { listItemAfter, listItemBefore } from './context-names.ts';
import type { DiscoveredName } from './name-words.ts';
import { ALL_CAPS, IDENTIFIER, INNER_CAPITALS, nameLike, shapeAt } from './name-words.ts';
import type { FoundKind } from './named-as.ts';
import type { TextContext } from './text-context.ts';
import { isAcronymPlural } from './tokens.ts';
import { isSystemFileName } from '../ioc/system-files.ts';

/** Verbs of running a program; not "leveraged", said as often of a service ("leveraged SendGrid to send"). */
const USING = new Set(['use', 'uses', 'used', 'using']);
/** Who uses them: the actors, or a group the text names. */
const USERS = new Set(
  'actors actor attackers attacker hackers they operators affiliates group gang intruders adversaries adversary'.split(
    ' ',
  ),
);
const ADVERBS = new Set([
  'also',
  'then',
  'later',
  'often',
  'frequently',
  'reportedly',
  'previously',
]);
/**
 * Protocols, services and techniques written in capitals, which an actor uses without running a program of
 * that name ("PTH": pass the hash).
 */
const PROTOCOLS = new Set(
  `rdp smb wmi winrm ssh dns http https ftp sftp vpn tls ssl api ldap icmp smtp imap rpc dcom bits tor vnc
ntlm sql vbs bat cmd exe dll ps ip tcp udp pth ptt`.split(/\s+/u),
);
/** Most items a list of such programs holds. */
const MOST_ITEMS = 6;
/** Longest all-capital name taken: "GMER"; a longer one is as often an acronym of anything. */
const CAPITALS_MOST = 6;

export function toolUsedTo(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
): DiscoveredName | undefined {
  // The list's verb first: most name words follow none, and the spelling test is the dearer one.
  return (usedForPurpose(ctx, i, foundKind) || usedForDeed(ctx, i)) && coinedProgram(ctx, i)
    ? { from: i, to: i + 1, type: 'tool' }
    : undefined;
}

/**
 * Verbs of an intruder's deed a program is then said to do it with: "exfiltrated it to Azure Blob Storage
 * using AzCopy", "copied the archives using WinSCP".
 */
const DEEDS = new Set(
  `exfiltrated exfiltrating copied copying transferred transferring uploaded uploading dumped dumping
staged staging enumerated enumerating scanned scanning archived archiving tunneled tunnelled tunneling`.split(
    /\s+/u,
  ),
);
/** The report's authors, whose own work a program named so is: "we", "our", "I". */
export const AUTHORS: ReadonlySet<string> = new Set(['we', 'our', 'i']);
/** How many words before "using" the deed's verb may stand. */
const DEED_REACH = 10;
/** What may follow the program's name, its clause ended. */
const CLAUSE_ENDS = new Set(['and', 'to', 'before', 'after', 'then']);

/**
 * "the actor … exfiltrated it to Azure Blob Storage using AzCopy": a program named right after "using" in a
 * clause telling of an intruder's deed, ending the clause.
 */
function usedForDeed(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[i];
  if (tokens[i - 1]?.norm !== 'using' || ctx.sentenceOf[i - 1] !== sentence) return false;
  // "tunneling … using NULL and TXT records": capitals alone name a record type or a protocol as often.
  if ((shapeAt(ctx, i) & INNER_CAPITALS) === 0 || (shapeAt(ctx, i) & ALL_CAPS) !== 0) return false;
  const next = tokens[i + 1];
  if (next && ctx.sentenceOf[i + 1] === sentence) {
    const gap = ctx.text.slice(tokens[i]!.end, next.start);
    if (gap === ' ' && !CLAUSE_ENDS.has(next.norm)) return false;
  }
  for (let k = i - 2; k >= Math.max(0, i - 1 - DEED_REACH); k--) {
    if (ctx.sentenceOf[k] !== sentence) return false;
    if (!DEEDS.has(tokens[k]!.norm)) continue;
    // "We dumped the memory using WinPmem": the authors' own work.
    const before = tokens[k - 1]?.norm ?? '';
    const doer = ADVERBS.has(before) ? (tokens[k - 2]?.norm ?? '') : before;
    return !AUTHORS.has(doer);
  }
  return false;
}

/**
 * Whether the list holding token i is what actors use for a purpose: "The actors use X, Y and Z to
 * exfiltrate data"; with `orFor`, "use AnyDesk and Radmin for remote access" too (a remote-access
 * product's name says what it is; a coined word's "for transfers" may be a service's).
 */
export function usedForPurpose(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
  orFor = false,
): boolean {
  let first = i;
  for (let n = 0; n < MOST_ITEMS; n++) {
    const before = listItemBefore(ctx, first);
    if (before === undefined) break;
    first = before;
  }
  let last = i;
  for (let n = 0; n < MOST_ITEMS; n++) {
    const after = listItemAfter(ctx, last);
    if (after === undefined) break;
    last = after;
  }
  const verb = first - 1;
  const sentence = ctx.sentenceOf[i];
  if (ctx.sentenceOf[verb - 1] !== sentence || !USING.has(ctx.tokens[verb]?.norm ?? '')) {
    return false;
  }
  // "The attackers also used TeamViewer": an adverb may stand between the actor and the verb.
  const user = ADVERBS.has(ctx.tokens[verb - 1]!.norm) ? verb - 2 : verb - 1;
  if (ctx.sentenceOf[user] !== sentence) return false;
  if (!USERS.has(ctx.tokens[user]!.norm) && foundKind?.(user) !== 'intrusion-set') return false;
  const to = ctx.tokens[last + 1]?.norm;
  const purpose = ctx.tokens[last + 2];
  if (
    (to !== 'to' && (!orFor || to !== 'for')) ||
    !purpose ||
    ctx.sentenceOf[last + 2] !== sentence
  ) {
    return false;
  }
  return purpose.text === purpose.norm;
}

/** A one-word program name of a coined spelling: "WinSCP", "PowerTool", "GMER"; no protocol, no word. */
function coinedProgram(ctx: TextContext, i: number): boolean {
  const shape = shapeAt(ctx, i);
  const token = ctx.tokens[i]!;
  if (shape & IDENTIFIER || PROTOCOLS.has(token.norm) || !nameLike(ctx, i)) return false;
  // "VPNs", "APIs": an acronym's plural is a kind of thing; "ATTRIB" is a command Windows ships.
  if (isAcronymPlural(token.text) || isSystemFileName(`${token.norm}.exe`)) return false;
  if (shape & ALL_CAPS) return token.text.length <= CAPITALS_MOST;
  return (shape & INNER_CAPITALS) !== 0;
}
