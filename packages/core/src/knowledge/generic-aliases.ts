/**
 * Which aliases may count as evidence that two objects are one entity. Generic words ("unknown",
 * "ransomware") and names shared by many objects say nothing about identity.
 */

/** An alias naming more objects than this is treated as generic (no pairwise evidence from it). */
export const MAX_ALIAS_BUCKET = 8;

const GENERIC = new Set([
  'unknown',
  'other',
  'none',
  'n a',
  'test',
  'group',
  'team',
  'gang',
  'apt',
  'hackers',
  'hacker',
  'actor',
  'threat actor',
  'ransomware',
  'ransom',
  'malware',
  'trojan',
  'backdoor',
  'rat',
  'loader',
  'stealer',
  'dropper',
  'downloader',
  'botnet',
  'bot',
  'worm',
  'virus',
  'exploit',
  'rootkit',
  'agent',
  'client',
  'server',
  'update',
  'updater',
  'windows',
  'linux',
  'android',
  'admin',
  'crypt',
  'locker',
  'crypto',
  'miner',
  'tool',
  'implant',
  'shell',
  'webshell',
  'keylogger',
  'spyware',
  'adware',
]);

export function isDistinctiveAlias(key: string): boolean {
  if (key.length < 3 || GENERIC.has(key)) return false;
  return !/^[\d ]+$/.test(key);
}
