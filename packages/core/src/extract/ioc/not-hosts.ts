/**
 * Dotted names that end in a real top-level domain yet name something other than a host, told apart by
 * how they are written. Asked only of bare names: a defanged name, or one a path follows, is a host.
 */

const FRAMEWORKS: ReadonlySet<string> = new Set(['asp.net', 'ado.net', 'vb.net']);
const LONGEST_FRAMEWORK = 7;
const CAPITAL_NET_OR_IO = /\.(?:NET|Net|IO|Io)$/u;
/** A last label written as a capitalized word: a capital, then a lower-case letter. */
const CAPITALIZED_LAST_LABEL = /\.[A-Z][a-z][A-Za-z]*$/u;

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
 * - an object's member or a permission ("WScript.Shell", "form.Name", "Mail.Read");
 * - the next sentence's first word glued on where a space was lost ("the actor.In", "code.How");
 * - a detection name or an app's package id.
 */
export function namesNoHost(run: string): boolean {
  if (CAPITAL_NET_OR_IO.test(run) && run !== run.toUpperCase()) return true;
  if (CAPITALIZED_LAST_LABEL.test(run)) return true;
  if (run.length <= LONGEST_FRAMEWORK && FRAMEWORKS.has(run.toLowerCase())) return true;
  // Asked of every bare dotted run: the first label is cut out, nothing is split.
  const firstDot = run.indexOf('.');
  const first = run.slice(0, firstDot).toLowerCase();
  if (DETECTION_KINDS.has(first) || DETECTION_PLATFORM.test(run)) return true;
  // A package id has three labels or more.
  return REVERSED_FIRST.has(first) && run.indexOf('.', firstDot + 1) > 0;
}
