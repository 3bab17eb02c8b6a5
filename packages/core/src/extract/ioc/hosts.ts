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
]);

const MAX_HOST_LENGTH = 253;

export function isTopLevelDomain(word: string): boolean {
  if (word.length === 0 || word.length > 63) return false;
  const parsed = parse(`x.${word}`, { allowPrivateDomains: false });
  return parsed.isIcann === true && parsed.publicSuffix === word.toLowerCase();
}

/** Whether `host` (lower-case, refanged) is a registrable host name under an ICANN suffix. */
export function isValidDomain(host: string): boolean {
  if (host.length > MAX_HOST_LENGTH || host.length < 3) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    if (/^[-_]|[-_]$/.test(label)) return false;
  }
  const parsed = parse(host, { allowPrivateDomains: false, extractHostname: false });
  return parsed.isIcann === true && parsed.domain !== null && parsed.domainWithoutSuffix !== '';
}

/**
 * Whether a dotted run (lower-case) names a host. A name ending in a file extension that is also a
 * TLD (invoice.zip, clip.mov, tool.py) is a file unless the writer marked it as a host (`evidence`:
 * defanged, or followed by a path).
 */
export function isHostName(host: string, evidence: boolean): boolean {
  if (!evidence && FILE_EXTENSIONS.has(lastLabel(host))) return false;
  return isValidDomain(host);
}

/** The last label of a dotted name, lower-case ("payload.EXE" -> "exe"). */
export function lastLabel(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/** Parses a dotted-quad IPv4 address; undefined unless exactly four decimal octets 0-255. */
export function parseIpv4(text: string): string | undefined {
  const first = text.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39) || text.length > 15) return undefined; // cheap rejection
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return undefined;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return undefined;
    }
    const value = Number(part);
    if (value > 255) return undefined;
    octets.push(value);
  }
  return octets.join('.');
}
