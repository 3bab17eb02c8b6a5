/**
 * Words that, near a name, say what kind of thing the name is. They are the "supporting context" an
 * ordinary-word alias needs (issue 3 §3) and the anchor for naming new malware and groups.
 */
export type CueKind = 'group' | 'malware' | 'tool';

const GROUP = `group groups actor actors apt gang gangs operators operator hackers hacker crew adversary
adversaries cluster unit syndicate collective affiliate affiliates espionage intrusion`;
const MALWARE = `malware ransomware backdoor backdoors trojan trojans rat rats loader loaders stealer stealers
infostealer botnet botnets worm worms wiper wipers dropper droppers downloader downloaders implant implants family
families variant variants spyware keylogger keyloggers rootkit rootkits bootkit bootkits banker miner cryptominer strain strains payload
payloads sample samples bot ek webshell webshells encryptor encryptors`;
const TOOL = 'tool tools utility utilities framework frameworks toolkit kit';

const table = new Map<string, CueKind>();
for (const [kind, words] of [
  ['group', GROUP],
  ['malware', MALWARE],
  ['tool', TOOL],
] as const) {
  for (const w of words.split(/\s+/u)) if (w) table.set(w, kind);
}

export const cueKind = (norm: string): CueKind | undefined => table.get(norm);

const KITS: ReadonlySet<string> = new Set(['kit', 'kits']);

/** "exploit kit": two words that name malware (exploit-kit), though "exploit" alone names none. */
export const isExploitKit = (first: string, second: string): boolean =>
  first === 'exploit' && KITS.has(second);

const SHELLS: ReadonlySet<string> = new Set(['shell', 'shells']);

/** "web shell": two words that name malware, though "shell" alone is the command line. */
export const isWebShell = (first: string, second: string): boolean =>
  first === 'web' && SHELLS.has(second);

/** Words after a name that make it malware when the name is new ("Foo ransomware", "Bar backdoor"). */
export const MALWARE_HEADS: ReadonlySet<string> = new Set(
  `malware ransomware backdoor trojan rat loader stealer infostealer botnet worm wiper dropper downloader
implant spyware keylogger rootkit bootkit banker miner cryptominer ek webshell encryptor`.split(
    /\s+/u,
  ),
);

/** Words after a name that make it a threat group when the name is new ("Foo group", "Bar gang"). */
export const GROUP_HEADS: ReadonlySet<string> = new Set(['group', 'gang', 'apt', 'crew', 'actor']);
