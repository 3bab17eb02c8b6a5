/**
 * Host-name and address validation for extracted candidates: domains must end in an ICANN public
 * suffix (tldts, Public Suffix List); file names that happen to end in a TLD are told apart here.
 */
import { parse } from 'tldts';

/**
 * Extensions that make a file-name indicator on their own (the "common executable/document"
 * set); the wider FILE_EXTENSIONS only stops such names from being read as domains.
 */
export const PAYLOAD_EXTENSIONS: ReadonlySet<string> = new Set([
  'exe',
  'dll',
  'sys',
  'scr',
  'cpl',
  'ocx',
  'bat',
  'cmd',
  'ps1',
  'psm1',
  'vbs',
  'vbe',
  'js',
  'jse',
  'wsf',
  'hta',
  'lnk',
  'msi',
  'jar',
  'py',
  'sh',
  'elf',
  'so',
  'dylib',
  'apk',
  'dmg',
  'iso',
  'img',
  'vhd',
  'doc',
  'docx',
  'docm',
  'dotm',
  'xls',
  'xlsx',
  'xlsm',
  'xlsb',
  'xll',
  'ppt',
  'pptx',
  'pptm',
  'pdf',
  'rtf',
  'one',
  'chm',
  'zip',
  'rar',
  '7z',
  'gz',
  'tgz',
  'cab',
  'tmp',
  'dat',
  'pif',
  'bin',
  // Server pages: the names advisories give web shells (human2.aspx, spinstall0.aspx). Not php, whose
  // names in reports are mostly a CMS's own files (header.php, wp-login.php) and C2 paths.
  'aspx',
  'ashx',
  'asp',
  'jsp',
  'jspx',
]);

/** Extensions of executables, scripts, documents and archives seen as payloads in reports. */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  ...PAYLOAD_EXTENSIONS,
  'drv',
  'wsh',
  'msp',
  'class',
  'pyc',
  'ipa',
  'pkg',
  'deb',
  'rpm',
  'vhdx',
  'dot',
  'xlam',
  'odt',
  'tar',
  'ace',
  'arj',
  'lzh',
  'xz',
  'bz2',
  'log',
  'ini',
  'cfg',
  'inf',
  'reg',
  'gadget',
  'msc',
  'mov',
  'mp4',
  'mp3',
  'avi',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'bmp',
  'txt',
  'csv',
  'md',
  'rs',
  'go',
  'php',
  'asp',
  'aspx',
  'jsp',
  'html',
  'htm',
  'svg',
  'xml',
  'json',
  'eml',
  'msg',
  'pst',
  'db',
  'data',
  'pub',
  'java',
]);

const MAX_HOST_LENGTH = 253;

export function isTopLevelDomain(word: string): boolean {
  if (word.length === 0 || word.length > 63) return false;
  const parsed = parse(`x.${word}`, { allowPrivateDomains: false });
  return parsed.isIcann === true && parsed.publicSuffix === word.toLowerCase();
}

/**
 * Verdicts of the public-suffix lookup, by host: reports repeat the same names (and the same
 * "e.g"-like non-names) many times. Cleared when full, so memory stays bounded.
 */
const icannVerdicts = new Map<string, boolean>();
const MAX_CACHED_VERDICTS = 50_000;

const isEdgeChar = (c: number): boolean => c === 0x2d || c === 0x5f;

/** At least two labels, each 1-63 characters, none starting or ending with `-` or `_`. */
function hasValidLabels(host: string): boolean {
  let labelStart = 0;
  let labels = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i < host.length && host.charCodeAt(i) !== 0x2e) continue;
    const length = i - labelStart;
    if (length === 0 || length > 63) return false;
    if (isEdgeChar(host.charCodeAt(labelStart)) || isEdgeChar(host.charCodeAt(i - 1))) return false;
    labels++;
    labelStart = i + 1;
  }
  return labels >= 2;
}

/**
 * Whether the label starting at `start` (the last one) can be a top-level domain: every TLD is two or
 * more letters, or an IDN in punycode (`xn--p1ai`). Rules out "e.g", "U.S", "v2.0", "A9.9" without
 * the public-suffix lookup, which would say no to them too.
 */
function mayBeTopLevelDomain(host: string, start: number): boolean {
  if (host.length - start < 2) return false;
  if (host.startsWith('xn--', start)) return true;
  for (let i = start; i < host.length; i++) {
    const letter = host.charCodeAt(i) | 0x20;
    if (letter < 0x61 || letter > 0x7a) return false;
  }
  return true;
}

/** Whether `host` (lower-case, refanged) is a registrable host name under an ICANN suffix. */
export function isValidDomain(host: string): boolean {
  if (host.length > MAX_HOST_LENGTH || host.length < 3) return false;
  if (!mayBeTopLevelDomain(host, host.lastIndexOf('.') + 1)) return false;
  if (!hasValidLabels(host)) return false;
  const known = icannVerdicts.get(host);
  if (known !== undefined) return known;
  const parsed = parse(host, { allowPrivateDomains: false, extractHostname: false });
  const verdict =
    parsed.isIcann === true && parsed.domain !== null && parsed.domainWithoutSuffix !== '';
  if (icannVerdicts.size >= MAX_CACHED_VERDICTS) icannVerdicts.clear();
  icannVerdicts.set(host, verdict);
  return verdict;
}

/**
 * Whether a dotted run (lower-case) names a host. A name ending in a file extension that is also a
 * TLD (invoice.zip, clip.mov, tool.py) is a file unless the writer marked it as a host (`evidence`:
 * defanged, or followed by a path).
 */
export function isHostName(host: string, evidence: boolean): boolean {
  if (!evidence && endsInFileExtension(host)) return false;
  return isValidDomain(host);
}

const LONGEST_FILE_EXTENSION = Math.max(...[...FILE_EXTENSIONS].map((e) => e.length));

/** Whether the last label of a lower-case dotted name is a file extension ("invoice.pdf"). */
export function endsInFileExtension(host: string): boolean {
  const dot = host.lastIndexOf('.');
  if (host.length - dot - 1 > LONGEST_FILE_EXTENSION) return false;
  return FILE_EXTENSIONS.has(host.slice(dot + 1));
}

/**
 * Whether a lower-case dotted name ends in two file extensions ("invite.pdf.zip", "scan.doc.exe"): a lure's
 * double extension, a file however the writer marked it; no one names a host so.
 */
export function endsInDoubleExtension(host: string): boolean {
  const dot = host.lastIndexOf('.');
  const before = host.lastIndexOf('.', dot - 1);
  return (
    before > 0 && endsInFileExtension(host) && FILE_EXTENSIONS.has(host.slice(before + 1, dot))
  );
}

/** The last label of a dotted name, lower-case ("payload.EXE" -> "exe"). */
export function lastLabel(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/**
 * Parses a dotted-quad IPv4 address; undefined unless exactly four decimal octets 0-255. Returns the
 * canonical text (leading zeros dropped); a run that is canonical already is returned as is. No
 * allocation for the many dotted runs that are no address.
 */
export function parseIpv4(text: string): string | undefined {
  const n = text.length;
  if (n < 7 || n > 15) return undefined;
  let octets = 0;
  let digits = 0;
  let value = 0;
  let leadingZero = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      if (digits === 0 || value > 255) return undefined;
      if (digits > 1 && text.charCodeAt(i - digits) === 0x30) leadingZero = true;
      octets++;
      digits = 0;
      value = 0;
    } else if (c >= 0x30 && c <= 0x39 && digits < 3) {
      value = value * 10 + (c - 0x30);
      digits++;
    } else {
      return undefined;
    }
  }
  if (octets !== 4) return undefined;
  return leadingZero ? text.split('.').map(Number).join('.') : text;
}
