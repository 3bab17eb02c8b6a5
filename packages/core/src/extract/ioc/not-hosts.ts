/**
 * Dotted names that end in a real top-level domain yet name something other than a host, told apart by
 * how they are written. Asked only of bare names: a defanged name, or one a path follows, is a host.
 */
import { isHostChar } from './chars.ts';
import { isValidDomain } from './hosts.ts';

const FRAMEWORKS: ReadonlySet<string> = new Set(['asp.net', 'ado.net', 'vb.net']);
const LONGEST_FRAMEWORK = 7;
const CAPITAL_NET_OR_IO = /\.(?:NET|Net|IO|Io)$/u;
/** A last label written as a capitalized word: a capital, then a lower-case letter. */
const CAPITALIZED_LAST_LABEL = /\.[A-Z][a-z][A-Za-z]*$/u;
/** A last label in capitals after a label with a lower-case letter ("results.ID", "form.URL"). */
const ALL_CAPS_LABEL = /^[A-Z]{2,}$/u;
const LOWER = /[a-z]/u;

function capitalsAfterLower(run: string, lastDot: number): boolean {
  return ALL_CAPS_LABEL.test(run.slice(lastDot + 1)) && LOWER.test(run.slice(0, lastDot));
}

/** A macOS application bundle as its user sees it ("Finder.app", "Google Chrome.app"). */
const CAPITAL = /[A-Z]/u;
const isCapitalizedBundle = (run: string, lastDot: number): boolean =>
  run.endsWith('.app') && CAPITAL.test(run.slice(0, lastDot));

/**
 * Antivirus detection names ("HackTool.Win32.NetScan.AG", "Trojan.CobaltStrike.FM"): a platform label,
 * or a kind of detection first.
 */
const DETECTION_PLATFORM = /(?:^|\.)(?:win32|win64|w32|w64|msil)(?:\.|$)/iu;
const DETECTION_KINDS: ReadonlySet<string> = new Set(
  `trojan trojandownloader trojandropper trojanspy backdoor hacktool pua riskware adware behaveslike
heur ransom worm virus exploit`.split(/\s+/u),
);
/** An app's package id is its publisher's domain reversed ("com.gooders.pdfscanner.gp"). */
const REVERSED_FIRST: ReadonlySet<string> = new Set(['com', 'org', 'net']);

/**
 * Writers give a host's top-level domain in lower case, or the whole name in capitals. Written otherwise,
 * or as code, a dotted name is:
 * - a library, framework or namespace ("Json.NET", "System.IO", "ASP.NET");
 * - an object's member or a permission ("WScript.Shell", "form.Name", "Mail.Read", "self.services");
 * - the next sentence's first word glued on where a space was lost ("the actor.In", "code.How",
 *   "results.ID");
 * - a macOS application bundle ("Finder.app");
 * - a detection name or an app's package id.
 */
export function namesNoHost(run: string): boolean {
  if (CAPITAL_NET_OR_IO.test(run) && run !== run.toUpperCase()) return true;
  const lastDot = run.lastIndexOf('.');
  if (CAPITALIZED_LAST_LABEL.test(run) || capitalsAfterLower(run, lastDot)) return true;
  if (isCapitalizedBundle(run, lastDot)) return true;
  if (run.length <= LONGEST_FRAMEWORK && FRAMEWORKS.has(run.toLowerCase())) return true;
  // Asked of every bare dotted run: the first label is cut out, nothing is split.
  const firstDot = run.indexOf('.');
  const first = run.slice(0, firstDot).toLowerCase();
  if (DETECTION_KINDS.has(first) || DETECTION_PLATFORM.test(run)) return true;
  // "self.services", "this.name": an object's own member in Python or JavaScript, written bare.
  if ((first === 'self' || first === 'this') && firstDot === lastDot) return true;
  // A package id has three labels or more.
  return REVERSED_FIRST.has(first) && run.indexOf('.', firstDot + 1) > 0;
}

const isHostOrDot = (c: number): boolean => isHostChar(c) || c === 0x2e;

const QUOTES: ReadonlySet<number> = new Set(Array.from('"\'`“”‘’', (c) => c.charCodeAt(0)));
const SPACE = 0x20;
const COLON = 0x3a;
const EQUALS = 0x3d;

/**
 * Whether the name at text[from, to) is written as code rather than as a host:
 * - called as a function ("requests.post(url)", "AES.new(self.key, …)"), unless the parenthesis holds a
 *   host again, as a mail header's "from host(host [ip])" does;
 * - a field or property given a quoted value ("process.name:"a.exe"" in a query, "pagediv.id = 'x'");
 * - a .NET type in PowerShell ("[native.win]::ShowWindow") or a template placeholder ("{FROM.NAME}").
 */
export function writtenAsCode(text: string, from: number, to: number): boolean {
  const next = text.charCodeAt(to);
  if (next === 0x28) return !holdsHost(text, to + 1);
  if (next === COLON) return QUOTES.has(text.charCodeAt(to + 1));
  const before = text.charCodeAt(from - 1);
  if (before === 0x5b) return text.startsWith(']::', to);
  if (before === 0x7b) return next === 0x7d;
  let i = to;
  while (text.charCodeAt(i) === SPACE && i - to < 2) i++;
  if (text.charCodeAt(i) !== EQUALS || text.charCodeAt(i + 1) === EQUALS) return false;
  i++;
  while (text.charCodeAt(i) === SPACE && i - to < 5) i++;
  return QUOTES.has(text.charCodeAt(i));
}

/** Whether the argument opening at `i` begins with a host name ("mx1.evil-cdn.net [203.0.113.9]"). */
function holdsHost(text: string, i: number): boolean {
  let end = i;
  while (end < text.length && end - i < 254 && isHostOrDot(text.charCodeAt(end))) end++;
  // A fully qualified name may end in its root's dot ("mail.ne1.yahoo.com.[66.163.185.32]").
  while (end > i && text.charCodeAt(end - 1) === 0x2e) end--;
  const name = text.slice(i, end);
  return name.includes('.') && isValidDomain(name.toLowerCase());
}
