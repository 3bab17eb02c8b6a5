/**
 * How reports describe ATT&CK techniques in prose, written from ATT&CK's own technique descriptions and
 * common analyst phrasing (not learned from any corpus). `strong` phrases name the behaviour on their
 * own; `weak` ones count once each, so a technique needs two different weak cues (or one strong).
 * A token ending in `*` matches any word it starts (obfuscat* = obfuscated, obfuscation...).
 */
export interface TechniqueCues {
  readonly id: string;
  readonly strong: readonly string[];
  readonly weak?: readonly string[];
}

/**
 * Phrases that name no technique, though a cue stands inside them: "decryption keys" and a "decryptor" are what
 * police seize and victims are given (ransomware news), and victims pay "to decrypt their files": not the malware
 * decoding its payload (T1140).
 * technique's cue within such a phrase's words is no evidence.
 */
export const NO_TECHNIQUE = 'none';

/** Public web services that malware is told to use for command and control (T1102). */
const WEB_SERVICES =
  `github|gitlab|google calendar|google drive|google sheets|google docs|google apps script|dropbox|
onedrive|microsoft graph|graph api|sharepoint|telegram|pastebin|notion|slack|discord|twitter|trello|yandex disk|pcloud|
firebase|cloudflare workers`
    .split('|')
    .map((service) => service.trim());
const CHANNEL_AFTER = [
  'for command and control',
  'as command and control',
  'as a command and control',
  'for c2',
  'as c2',
  'as a c2',
  'as its c2',
];
const CHANNEL_BEFORE = [
  'c2 over',
  'c2 via',
  'c2 through',
  'command and control over',
  'command and control via',
];

/** "<service> for command and control", "<service> API as its C2", "C2 over <service>". */
function webServiceChannels(): string[] {
  const phrases: string[] = [];
  for (const service of WEB_SERVICES) {
    // "Telegram and Telegraph for command and control": another service may stand beside it.
    for (const named of [service, `${service} api`, `${service} events`, `${service} and *`])
      for (const after of CHANNEL_AFTER) phrases.push(`${named} ${after}`);
    for (const before of CHANNEL_BEFORE) phrases.push(`${before} ${service}`);
  }
  return phrases;
}

/**
 * "injected malicious JavaScript into the web interface", "an iframe injected into the compromised site": what is
 * injected into a web page runs in the visitor's browser, no process of the victim's host (T1055). Gapped, so the
 * words taken ("JavaScript") still cue their own technique; no phrase of a technique then ends inside them.
 */
function webInjections(): string[] {
  const phrases: string[] = [];
  for (const injected of ['', '* ', '* * '])
    for (const before of ['', '* ', '* * '])
      // Not "page" alone: "injects code into memory pages" is process injection.
      for (const page of [
        'web*',
        'site*',
        'html',
        'landing page*',
        'login page*',
        'checkout page*',
      ])
        phrases.push(`inject* ${injected}into ${before}${page}`);
  return phrases;
}

/**
 * "encrypts files with AES-256": the cipher ransomware locks files with, no channel to its server (T1573.001).
 * The encryption itself stays T1486's cue.
 */
function fileCiphers(): string[] {
  const phrases: string[] = [];
  for (const what of ['files', 'the files', 'data', 'victim data'])
    for (const by of ['with', 'using'])
      for (const cipher of ['aes', 'aes 256', 'aes 128', 'rc4', 'chacha20', 'salsa20'])
        phrases.push(`${what} ${by} ${cipher}`);
  return phrases;
}

/**
 * "sends the stolen data to the C2 server", "exfiltration of data to the command-and-control server",
 * "exfiltrates information to its C&C": data sent over the channel it is commanded through (T1041).
 */
function exfiltrationToC2(): string[] {
  const phrases: string[] = [];
  for (const verb of ['exfiltrat*', 'send*', 'sent', 'upload*', 'transmit*'])
    for (const between of ['', 'the ', '* ', 'the * ', 'of ', 'of the '])
      for (const what of ['data', 'information', 'files'])
        for (const server of ['c2', 'c c', 'command and control'])
          phrases.push(`${verb} ${between}${what} to * ${server}`);
  return phrases;
}

export const TECHNIQUE_CUES: readonly TechniqueCues[] = [
  {
    id: NO_TECHNIQUE,
    strong: [
      'decryption key*',
      'decryptor*',
      'decryption tool*',
      'free decryption',
      'decrypt their files',
      'decrypt their data',
      'decrypt the files',
      'decrypt files',
      'decrypt all files',
      // "runs whenever the user opens a shell": a shell the user starts, no file the actor sent (T1204.002).
      'user opens a shell',
      'user opens a terminal',
      'user opens a new shell',
      ...webInjections(),
      ...fileCiphers(),
    ],
  },
  {
    id: 'T1027',
    strong: [
      'obfuscat*',
      'encrypted strings',
      'string encryption',
      'encrypts its strings',
      'encoded strings',
      'junk code',
      'control flow flattening',
    ],
    weak: ['xor*', 'base64 encoded', 'encrypted payload', 'encrypted configuration'],
  },
  {
    id: 'T1027.001',
    strong: [
      'binary padding',
      'padded with junk',
      'inflate the file size',
      'inflated file size',
      'large file size to evade',
    ],
  },
  {
    id: 'T1027.002',
    strong: [
      'upx',
      'packed with',
      'packer',
      'software packing',
      'themida',
      'vmprotect',
      'custom packer',
    ],
    weak: ['packed'],
  },
  {
    id: 'T1027.003',
    strong: [
      'steganograph*',
      'hidden in an image',
      'hidden inside an image',
      'embedded in an image',
      // "an encrypted payload hidden in icon files hosted on GitHub"
      'hidden in icon files',
      'hidden in image files',
      'appended to icon files',
    ],
  },
  {
    id: 'T1027.004',
    strong: ['compile after delivery', 'csc exe', 'compiles the source', 'compiled on the victim'],
  },
  {
    id: 'T1027.005',
    strong: ['indicator removal from tools', 'removed indicators', 'modified to evade detection'],
  },
  { id: 'T1027.006', strong: ['html smuggling'] },
  {
    id: 'T1027.007',
    strong: [
      'api hashing',
      'hashed api',
      'resolves apis dynamically',
      'resolve api functions',
      'dynamically resolves',
      'dynamic api resolution',
      'api names are hashed',
    ],
    weak: ['getprocaddress', 'loadlibrary'],
  },
  { id: 'T1027.008', strong: ['stripped payload*', 'stripped of symbols', 'symbols stripped'] },
  {
    id: 'T1027.009',
    strong: [
      'embedded payload*',
      'embedded executable',
      'embedded pe',
      'embedded dll',
      'payload embedded',
      'embedded in the resource',
      'resource section contains',
    ],
    weak: ['embedded'],
  },
  { id: 'T1140', strong: ['decrypt*', 'decod*', 'deobfuscat*', 'decompress*', 'unpack*'] },
  {
    id: 'T1105',
    strong: [
      'download* additional',
      'download* the payload',
      'download* a payload',
      'download* and execut*',
      'downloads and runs',
      'ingress tool transfer',
      'retrieve* additional',
      'fetch* additional',
      'download* further',
      'download* second stage',
      'download* a zip archive',
      'download* an encrypted payload',
      // A backdoor's commands: "upload and download files".
      'upload and download files',
      'download and upload files',
      'download* the next stage',
      'download* a second stage',
      'certutil',
    ],
    weak: ['download*'],
  },
  { id: 'T1059.001', strong: ['powershell'] },
  {
    id: 'T1059.003',
    strong: [
      'cmd exe',
      'command prompt',
      'cmd c',
      'windows command shell',
      'batch file',
      'batch script',
      'bat file',
    ],
  },
  { id: 'T1059.005', strong: ['vbscript', 'visual basic script', 'vbs script'] },
  { id: 'T1059.006', strong: ['python script', 'python based', 'written in python'] },
  { id: 'T1059.007', strong: ['javascript', 'jscript'] },
  {
    id: 'T1082',
    strong: [
      'system information',
      'systeminfo',
      'operating system version',
      'os version',
      'computer name',
      'system details',
      'system info',
      // "The malware collects information about the computer"
      'collects information about the computer',
    ],
    weak: ['os information', 'architecture', 'hostname', 'host name'],
  },
  {
    id: 'T1106',
    strong: [
      'native api',
      'windows api',
      'createprocess*',
      'virtualalloc*',
      'winexec',
      'shellexecute*',
      'ntcreate*',
      'createremotethread',
      'writeprocessmemory',
      'api call*',
      'api function*',
    ],
  },
  {
    id: 'T1071.001',
    strong: [
      'over http',
      'over https',
      'http post',
      'http get',
      'http requests',
      'https requests',
      'http protocol',
      'web protocol*',
      'http communication',
      'via http',
      'using http',
      'user agent',
    ],
  },
  {
    id: 'T1071.004',
    strong: ['dns tunnel*', 'over dns', 'dns queries to communicate', 'dns txt records'],
  },
  {
    id: 'T1070.004',
    strong: [
      'deletes itself',
      'delete itself',
      'self delet*',
      'file deletion',
      'deletes the file',
      'deleted the file',
      'delete the file',
      'removes itself',
      'deletes the original',
      'deleted files',
      'deletes files',
      'sdelete',
      'cleanup script',
    ],
  },
  {
    id: 'T1112',
    strong: [
      'modify registry',
      'modifies the registry',
      'registry modification*',
      'modifies registry',
      'sets the registry',
      'registry value',
      'creates a registry',
      'adds a registry',
      'writes to the registry',
      'registry key is set',
      'reg add',
      'registry change*',
    ],
  },
  {
    id: 'T1566.001',
    strong: [
      'spearphishing attachment',
      'malicious attachment*',
      'phishing email with an attachment',
      'email attachment',
      'attached document',
      'attached to the email',
      'attachment containing',
      'malicious document attached',
      // "emails with malicious TAR file attachments", "a ZIP file attachment".
      'file attachment*',
      'email* with attachment*',
      // "sent emails with malware attached to think tanks".
      'email* with malware attached',
      'email* with malicious files attached',
    ],
  },
  {
    id: 'T1566.002',
    strong: [
      'spearphishing link',
      'malicious link*',
      'phishing link*',
      'link in the email',
      'links in emails',
      'emails with links',
      'emails containing links',
      'email* with a link',
      'email* containing a link',
      // "The emails contain a link to a RAR archive".
      'email* contain a link',
      'email* contained a link',
      'email* contain links',
      'email* contained links',
      'malicious url in',
      'links to fake login page*',
      'link to a fake login page',
      'links to spoofed login page*',
      'link to a spoofed login page',
      // "emails … with the subject "Court summons" and a link to download a double archive".
      'a link to download a * archive',
      // "the actor sends a link to a document hosted on a cloud drive".
      'send* a link to a document',
      'sent a link to a document',
      'a link to download an archive',
    ],
  },
  {
    id: 'T1055',
    strong: [
      'process injection',
      'inject* into',
      // "injects Lumma Stealer into explorer.exe", "injected the payload into".
      'inject* * into',
      'inject* * * into',
      'injects code',
      'injected code',
      'code injection',
      'injects shellcode',
      'injects the payload',
      'inject* malicious code',
      'into the memory of legitimate processes',
    ],
  },
  {
    id: 'T1055.001',
    strong: [
      'dll injection',
      'inject* a dll',
      'injects the dll',
      'reflective dll',
      'reflectively load*',
    ],
  },
  {
    id: 'T1055.002',
    strong: ['pe injection', 'portable executable injection', 'injects a pe', 'inject a pe'],
  },
  { id: 'T1055.003', strong: ['thread execution hijacking', 'setthreadcontext', 'suspendthread'] },
  { id: 'T1055.004', strong: ['queueuserapc', 'asynchronous procedure call', 'apc injection'] },
  {
    id: 'T1055.012',
    strong: ['process hollowing', 'hollow*', 'ntunmapviewofsection', 'zwunmapviewofsection'],
  },
  {
    id: 'T1204.002',
    strong: [
      'enable macros',
      'enable content',
      'opens the attachment',
      'open the attachment',
      'user opens',
      'victim opens',
      'double click*',
      'user execution',
      'lure document',
      'tricked into opening',
      'execute the file',
      'opening the document',
    ],
  },
  {
    id: 'T1204.001',
    strong: [
      'clicks the link',
      'click the link',
      'clicking the link',
      'clicked the link',
      'clicking on the link',
      'malicious link',
    ],
  },
  {
    // ATT&CK: users made to copy and paste code into an interpreter, "ClickFix" among its lures.
    id: 'T1204.004',
    strong: [
      'clickfix',
      'malicious copy and paste',
      'copy and paste a command',
      'paste a command',
      'pasting a command',
      'paste the command',
      'pasting the command',
    ],
    // "fake CAPTCHA pages … press Win+R and paste a PowerShell command": the words of the command are its own.
    weak: ['fake captcha*', 'run dialog', 'win r'],
  },
  {
    id: 'T1083',
    strong: [
      'file and directory discovery',
      'enumerates files',
      'enumerate files',
      'list of files',
      'lists files',
      'searches for files',
      'search for files',
      'directory listing',
      'enumerates directories',
      'enumerates the file system',
      'files with the following extensions',
      // "searches for Microsoft Office documents in the Documents, Downloads and Desktop folders"
      'searches for microsoft office documents',
      'searches for office documents',
      'search for microsoft office documents',
      'search for office documents',
    ],
    weak: ['file extensions'],
  },
  {
    id: 'T1005',
    strong: [
      'data from local system',
      'collects files',
      'collect files',
      'steals files',
      'steal files',
      'collects documents',
      'exfiltrate files',
      'collects data from',
      'sensitive files',
      'local files',
      // "files from the user's Desktop and Documents folders"
      'files from the user s',
      'files from the victim s',
    ],
  },
  { id: 'T1053.005', strong: ['scheduled task*', 'schtasks'] },
  {
    id: 'T1041',
    strong: [
      'exfiltration over c2',
      'exfiltrated over the c2',
      'sent to the c2',
      'sent to * command and control server',
      'sends the data to the c2',
      'sent to the c&c',
      'uploaded to the c2',
      'exfiltrates the data to',
      'sends it to the c2',
      'send the collected',
      'sends the collected',
      // "exfiltrates the archive over HTTPS to its command-and-control server"
      'exfiltrat* the archive',
      ...exfiltrationToC2(),
    ],
    weak: ['exfiltrat*'],
  },
  {
    id: 'T1057',
    strong: [
      'process discovery',
      'running processes',
      'list of processes',
      'process list',
      'tasklist',
      'enumerates processes',
      'enumerate processes',
      'createtoolhelp32snapshot',
      'process32first',
      'process32next',
    ],
  },
  {
    id: 'T1078',
    strong: [
      'valid accounts',
      'legitimate credentials',
      'stolen credentials',
      'compromised credentials',
      'valid credentials',
      'compromised accounts',
      'legitimate accounts',
      'stolen vpn credentials',
      'compromised vpn account*',
      'stolen vpn account*',
      'compromised vpn credentials',
      'valid vpn credentials',
      'valid administrator credentials',
      'valid admin credentials',
      'stolen administrator credentials',
      'stolen admin credentials',
      'compromised administrator credentials',
      'compromised admin credentials',
    ],
  },
  { id: 'T1078.001', strong: ['default account*', 'default credentials', 'default password*'] },
  {
    id: 'T1078.002',
    strong: [
      'domain account*',
      'domain credentials',
      'domain administrator credentials',
      'domain admin credentials',
    ],
    weak: ['domain admin*', 'domain administrator*'],
  },
  {
    id: 'T1078.003',
    strong: ['local administrator account', 'local admin account'],
    weak: ['local account*'],
  },
  {
    id: 'T1078.004',
    strong: [
      'cloud account*',
      'azure ad account*',
      'office 365 account*',
      'microsoft 365 account*',
    ],
  },
  { id: 'T1021.001', strong: ['remote desktop', 'rdp'] },
  {
    id: 'T1021.002',
    strong: ['smb windows admin shares', 'admin shares', 'administrative shares'],
  },
  { id: 'T1003.001', strong: ['lsass', 'sekurlsa', 'procdump', 'minidump', 'comsvcs dll'] },
  // One-word ATT&CK names, which the names read from the knowledge leave out as too plain in general.
  { id: 'T1003.006', strong: ['dcsync'] },
  { id: 'T1558.003', strong: ['kerberoast*'] },
  {
    id: 'T1003',
    strong: [
      'credential dumping',
      'dump credentials',
      'dumps credentials',
      'os credential dumping',
      'mimikatz',
    ],
  },
  {
    // The domain's credential store, copied with ntdsutil or from a volume shadow copy.
    id: 'T1003.003',
    strong: ['ntds dit', 'ntdsutil', 'active directory database', 'ntds database'],
  },
  {
    id: 'T1562.001',
    strong: [
      'disable* antivirus',
      'disable* anti virus',
      'disable* security',
      'disable* windows defender',
      'disabl* defender',
      'disabl* microsoft defender',
      'disable* av',
      'turn off windows defender',
      'disable or modify tools',
      'kills security',
      'terminate* security',
      'disable* endpoint',
      'tamper* with security',
      'set mppreference',
      'disablerealtimemonitoring',
      'exclusion',
    ],
  },
  {
    id: 'T1547.001',
    strong: [
      'run key*',
      'run registry key*',
      'currentversion run',
      'startup folder',
      'registry run',
      'runonce',
      'autorun key',
      'start menu programs startup',
    ],
  },
  {
    id: 'T1033',
    strong: ['whoami', 'system owner', 'logged on user', 'logged in user', 'getusername'],
    weak: ['username', 'user name', 'current user'],
  },
  {
    id: 'T1036.007',
    strong: ['double extension*', 'double file extension*', 'two file extensions'],
  },
  {
    id: 'T1036.005',
    strong: [
      'mimic* legitimate',
      'pose* as a legitimate',
      'named after legitimate',
      'same name as legitimate',
    ],
    weak: ['masquerad*', 'disguised as', 'legitimate name', 'disguises itself as'],
  },
  {
    id: 'T1016',
    strong: [
      'ipconfig',
      'ip configuration',
      'network adapter*',
      'network interface*',
      'ip address of the',
      'local ip address',
      'arp a',
      'route print',
      'nbtstat',
    ],
    weak: ['network configuration', 'mac address'],
  },
  {
    id: 'T1573.001',
    strong: [
      'symmetric cryptography',
      'aes encrypted',
      'aes encryption',
      'encrypted with aes',
      'rc4 encrypted',
      'rc4 encryption',
      'encrypted with rc4',
      'xor encrypted communication',
      'encrypted c2',
      'encrypts the c2',
      'encrypted using aes',
      'encrypted using rc4',
      // "encrypts its traffic with AES"
      'traffic with aes',
      'traffic with rc4',
      'aes 256',
      'aes 128',
      'aes key',
    ],
    weak: ['aes', 'rc4'],
  },
  {
    id: 'T1056.001',
    strong: ['keylog*', 'keystroke*', 'key logging', 'getasynckeystate', 'setwindowshookex'],
  },
  {
    id: 'T1570',
    strong: [
      'lateral tool transfer',
      'copied to remote',
      'copied the payload to',
      'transferred to other hosts',
      'copy files to remote',
      'psexec to copy',
      'copied to other systems',
      'spread to other machines',
    ],
    // Malware copies itself to %APPDATA% far more often than to another host.
    weak: ['copies itself to'],
  },
  {
    id: 'T1047',
    strong: [
      'wmi',
      'wmic',
      'wmiexec*',
      'windows management instrumentation',
      'win32 process',
      'wmiprvse',
    ],
  },
  {
    id: 'T1113',
    // "screenshot" alone is as often the report's own figure ("Below is a screenshot of the panel",
    // "Figure 1 – Screenshot of …"): only the act of taking one, or a feature named for it, counts.
    strong: [
      'screen captur*',
      'captur* the screen',
      'screen grab*',
      'screenshotting',
      'tak* screenshot*',
      'tak* a screenshot',
      'captur* screenshot*',
      'captur* a screenshot',
      'get* screenshot*',
      'get* a screenshot',
      'grab* screenshot*',
      'grab* a screenshot',
      'steal* screenshot*',
      'send* screenshot*',
      'upload* screenshot*',
      'exfiltrat* screenshot*',
      'screenshot grab*',
      'screenshot captur*',
      'screenshot capabilit*',
      'screenshot function*',
      'screenshot module',
      'screenshot plugin',
      'screenshots of the victim*',
    ],
  },
  { id: 'T1218.011', strong: ['rundll32'] },
  // An HTML Application runs in mshta.exe: "the archive contains an HTA file".
  { id: 'T1218.005', strong: ['mshta', 'hta file*'] },
  { id: 'T1218.007', strong: ['msiexec'] },
  { id: 'T1218.010', strong: ['regsvr32'] },
  // "Control Panel" is mostly a C2 web panel or Windows settings; the item files and control.exe say it.
  { id: 'T1218.002', strong: ['cpl file*', 'control.exe'], weak: ['control panel'] },
  {
    id: 'T1219',
    strong: [
      'anydesk',
      'teamviewer',
      'screenconnect',
      'connectwise',
      'remote access software',
      'atera',
      'splashtop',
      'remote utilities',
      'netsupport',
      'rustdesk',
      'remote monitoring and management',
      'rmm tool*',
    ],
  },
  {
    // Floods that take a service offline: network (T1498) is the mapping reports of DDoS campaigns use.
    id: 'T1498',
    strong: ['ddos', 'distributed denial of service', 'denial of service attack*'],
  },
  {
    // Hacktivists' defacements: a website's (external), or any screen's ("defaced its touch screen").
    id: 'T1491.002',
    strong: ['defac* website*', 'defac* the website*', 'defac* web site*', 'website defacement*'],
  },
  // The noun alone mostly lists what attacks do in general ("from data theft to site defacement").
  {
    id: 'T1491',
    // "left a defacement image on the human machine interface"
    strong: ['defaced', 'defacement image', 'defacement message', 'left a defacement'],
    weak: ['defacement*'],
  },
  {
    id: 'T1190',
    strong: [
      'exploit public facing application',
      'public facing application',
      'exploited a vulnerability in',
      'exploiting a vulnerability in',
      'exploit* vulnerabilit* in',
      // "by exploiting N-day vulnerabilities in unpatched web and application servers"
      'exploit* n day vulnerabilit*',
      'exploit* chained vulnerabilit*',
      'exploit* two vulnerabilit* in',
      'exploit* two chained vulnerabilit*',
      'exploit* critical vulnerabilit* in',
      'exploited the vulnerability',
      'remote code execution vulnerability',
      'web shell',
      'webshell',
      'proxyshell',
      'proxylogon',
      'log4shell',
      'exploited cve',
      'exploiting cve',
      'exploit cve',
      'vulnerable internet facing',
      // "exploiting these vulnerabilities targeting internet-facing SharePoint servers".
      'targeting internet facing',
      'unpatched internet facing',
      'exploit* internet facing',
      'exploit* public facing',
      'vulnerabilit* in public facing',
      'exploit* known vulnerabilit* in',
      'exploitation of vulnerabilit*',
      'exploitation of a vulnerability',
      'exploitation of known vulnerabilit*',
      'exploit* known flaws in',
      'exploit* zero day* in',
      'exploit* zero day vulnerabilit* in',
      'exploitation in the wild',
      'exploit* newly disclosed vulnerabilit*',
      // Edge devices face the internet: "zero-day exploitation of edge devices", "exploiting VPN appliances".
      'exploitation of edge device*',
      'exploit* edge device*',
      'exploit* vpn appliance*',
      'exploit* * vpn appliance*',
      'exploit* unpatched software vulnerabilit*',
      'exploit* unpatched vulnerabilit*',
      'exploit* a zero day vulnerability in',
      'exploit* a zero day flaw in',
      'exploit* zero day flaws in',
      'exploit* two zero day vulnerabilities in',
      'exploit* a critical vulnerability in',
      'exploit* recently disclosed vulnerabilit*',
      'exploit* publicly known vulnerabilit*',
      'vulnerability in a web application',
      'vulnerabilities in web applications',
      'exploit* publicly disclosed vulnerabilit*',
    ],
    weak: ['internet facing web application*', 'newly public vulnerabilit*'],
  },
  {
    id: 'T1040',
    strong: [
      'packet sniff*',
      'captur* network traffic',
      'collect* network traffic',
      'sniff* network traffic',
      'sniff* traffic',
      // Captures an actor collects, not the ones an analyst shows ("Figure 8: Packet capture showing …").
      'collect* packet captures',
      'captur* authentication traffic',
      'captur* * authentication traffic',
    ],
  },
  {
    id: 'T1574.002',
    strong: [
      'side load*',
      'sideload*',
      'dll side loading',
      'dll sideloading',
      'legitimate executable to load',
      'search order hijacking',
      'dll hijacking',
    ],
  },
  {
    id: 'T1543.003',
    strong: [
      'windows service',
      'creates a service',
      'create a service',
      'installs a service',
      'install a service',
      'new service',
      'service is created',
      'sc create',
      'sc exe create',
      'createservice*',
      'registered as a service',
    ],
  },
  {
    id: 'T1518.001',
    strong: [
      'security software discovery',
      'installed av',
      'av products',
      'checks for antivirus',
      'scan* for antivirus',
      'scan* for anti virus',
      'edr products',
      'checks for the presence of security',
    ],
    weak: [
      'security solutions',
      'security products',
      'antivirus software',
      'antivirus products',
      'anti virus software',
      'anti virus products',
    ],
  },
  {
    id: 'T1012',
    strong: [
      'query registry',
      'queries the registry',
      'reg query',
      'reads the registry',
      'registry query',
      'regqueryvalue*',
      'checks the registry',
      'queries registry',
    ],
  },
  // ATT&CK's parent name "System Services" is also the plain noun ("system services such as DNS").
  { id: 'T1569', strong: [], weak: ['system services'] },
  // An action, though its ATT&CK tactic (resource development) makes ATT&CK's name a weak cue.
  { id: 'T1608.006', strong: ['seo poisoning'] },
  {
    id: 'T1569.002',
    strong: [
      'service execution',
      'sc start',
      'start the service',
      'starts the service',
      'executed as a service',
      'run as a service',
      'remcom',
      'paexec',
    ],
    weak: ['psexec'],
  },
  {
    id: 'T1090',
    // "compromised edge devices such as routers and used them as relays"; not "groups acting as proxies" of a
    // state, people.
    strong: [
      'them as relays',
      'them as proxies',
      'devices as proxies',
      'devices as relays',
      'routers as proxies',
      'routers as relays',
    ],
    weak: ['proxy', 'proxies', 'proxied'],
  },
  { id: 'T1090.001', strong: ['internal proxy', 'proxy inside the network', 'internal relay'] },
  { id: 'T1090.002', strong: ['external proxy', 'external proxies'] },
  {
    id: 'T1090.003',
    strong: [
      'multi hop proxy',
      'tor network',
      'onion routing',
      'tor hidden service',
      'chain of proxies',
      'proxy chain*',
      'operational relay box*',
      'orb network*',
      // Routers relay traffic only where the words say so: "created accounts on compromised routers" of victims.
      'through compromised routers',
      'via compromised routers',
      'using compromised routers',
      // "route traffic through compromised small office/home office (SOHO) routers"
      'through compromised soho',
      'through compromised small office',
      'route* traffic through compromised',
      'network of compromised routers',
      'botnet of compromised',
      'relay nodes',
      'over tor',
      'via tor',
    ],
    weak: ['compromised routers', 'soho routers'],
  },
  { id: 'T1090.004', strong: ['domain fronting'] },
  // "modifying the .bashrc file so that the launcher runs whenever the user opens a shell"
  { id: 'T1546.004', strong: ['bashrc', 'bash profile', 'zshrc', 'unix shell configuration'] },
  {
    id: 'T1590',
    // "pre-compromise reconnaissance to learn about the target organization's network architecture"
    strong: [
      'gather victim network information',
      'target organization s network architecture',
      'victim s network architecture',
      'victim network architecture',
    ],
  },
  {
    id: 'T1095',
    strong: [
      'non application layer protocol',
      'raw tcp',
      'raw socket*',
      'custom tcp',
      'custom binary protocol',
      'icmp tunnel*',
      'over tcp',
      'tcp connection',
      'custom protocol',
      'over udp',
      'udp packets',
    ],
  },
  {
    id: 'T1110',
    strong: [
      'brute force*',
      'brute forc*',
      'bruteforce',
      'password guessing',
      'credential guessing',
    ],
  },
  {
    id: 'T1110.002',
    strong: ['password cracking', 'crack* password*', 'hashcat', 'john the ripper'],
  },
  { id: 'T1110.003', strong: ['password spray*'] },
  { id: 'T1110.004', strong: ['credential stuffing'] },
  {
    id: 'T1074.001',
    strong: [
      'local data staging',
      'staged in',
      'staging directory',
      'staging folder',
      'stages the data',
      'staged the data',
      'collected data is stored',
      'compressed into an archive',
      'archive before exfiltration',
    ],
  },
  // "used alternate data streams (ADS) in a RAR archive to deliver a shortcut file"
  { id: 'T1564.004', strong: ['alternate data stream*', 'ntfs file attribute*', 'ntfs ads'] },
  {
    id: 'T1564.001',
    strong: [
      'hidden files',
      'hidden attribute',
      'hidden directory',
      'hidden folder',
      'attrib h',
      'file attribute hidden',
      'sets the hidden',
    ],
  },
  { id: 'T1484.001', strong: ['group policy', 'gpo'] },
  {
    id: 'T1548.002',
    strong: [
      'uac bypass',
      'bypass uac',
      'bypasses uac',
      'bypass user account control',
      'user account control bypass',
      'bypassing uac',
      'fodhelper',
      'eventvwr',
    ],
  },
  {
    id: 'T1552.001',
    strong: [
      'credentials in files',
      'passwords stored in',
      'credentials stored in',
      'password files',
      'unattend xml',
      'credentials from configuration files',
    ],
  },
  {
    id: 'T1210',
    strong: [
      'exploitation of remote services',
      'eternalblue',
      'ms17 010',
      'smb vulnerability',
      'zerologon',
      'bluekeep',
      'exploit remote services',
    ],
  },
  {
    id: 'T1068',
    strong: [
      'privilege escalation exploit',
      'exploit* for privilege escalation',
      'local privilege escalation',
      'elevation of privilege vulnerability',
      'exploitation for privilege escalation',
      'kernel exploit',
      'escalate privileges by exploiting',
    ],
  },
  {
    id: 'T1072',
    strong: ['software deployment tool*', 'sccm', 'pdq deploy', 'deployment software'],
  },
  { id: 'T1055.008', strong: ['ptrace'] },
  { id: 'T1055.009', strong: ['proc mem', 'proc pid mem'] },
  {
    // "The emails were sent from a compromised account": the actor's mail, another's mailbox.
    id: 'T1586.002',
    strong: [
      'sent from a compromised account',
      'sent from compromised accounts',
      'sent from a compromised email account',
      'sent from compromised email accounts',
      'from compromised email accounts',
      'from a compromised email account',
    ],
  },
  {
    // "uses the Qwen 2.5-Coder-32B-Instruct large language model … to generate commands"
    id: 'T1588.007',
    strong: [
      'large language model to generate',
      'queries a large language model',
      'query a large language model',
      'llm to generate commands',
      'large language model through',
    ],
  },
  { id: 'T1557.001', strong: ['llmnr', 'nbt ns', 'responder tool', 'smb relay'] },
  {
    // A proxy between the victim and the real login page, which relays the second factor too. Not "man in the
    // middle": reports name it mostly as what a weakness would allow or a protocol prevents.
    id: 'T1557',
    strong: ['adversary in the middle', 'aitm', 'evilginx'],
  },
  {
    id: 'T1585.002',
    strong: [
      'fake email accounts',
      'fake e mail accounts',
      'fraudulent email accounts',
      // "uses spoofed email accounts to approach its targets": accounts made to pass for someone's.
      'spoofed email accounts',
    ],
  },
  {
    id: 'T1585.001',
    strong: ['fake social media accounts', 'fake social media profiles', 'fake linkedin profiles'],
  },
  {
    // "known for credential phishing against high-profile targets": phishing for the passwords themselves.
    id: 'T1598',
    strong: ['credential phishing', 'phishing for credentials'],
  },
  {
    id: 'T1598.003',
    strong: [
      'spearphishing for information',
      'phishing for information',
      'tracking link*',
      'tracking pixel*',
      'web beacon*',
    ],
  },
  {
    id: 'T1583.001',
    strong: ['registered domains', 'registered a domain', 'acquired domains', 'registers domains'],
  },
  {
    // Servers an actor rents for its operations, not the victims' servers it breaks into.
    id: 'T1583.003',
    strong: [
      'rented virtual private servers',
      'rented a virtual private server',
      'rented vps*',
      'rents vps*',
      'leased vps*',
      'purchased vps*',
      'bought vps*',
      'acquired vps*',
    ],
  },
  {
    // ATT&CK: advertisements bought to spread malware, placed in search results.
    id: 'T1583.008',
    strong: [
      'malvertising',
      'malicious advertisements',
      'malicious ads',
      'malicious search ads',
      'sponsored search results',
    ],
  },
  {
    id: 'T1486',
    strong: [
      'encrypts files',
      'ransom note',
      'ransomware encrypt*',
      'ransomware',
      'data encrypted for impact',
    ],
    // Malware ships its own payloads as encrypted files; a victim's files are what ransomware encrypts.
    weak: ['encrypted files', 'file encryption'],
  },
  {
    id: 'T1490',
    strong: [
      'shadow copies',
      'vssadmin',
      'shadow copy',
      'inhibit system recovery',
      'bcdedit',
      // "deletes snapshots to prevent recovery" (of virtual machines, on ESXi)
      'delet* snapshots',
      'prevent recovery',
    ],
  },
  {
    // Tokens or cookies made by the intruder, not stolen: "forged authentication tokens".
    id: 'T1606',
    strong: [
      'forge web credentials',
      'forged authentication token*',
      'forge authentication token*',
      'forging authentication token*',
      'forged access token*',
      'forged web credentials',
    ],
  },
  {
    id: 'T1606.002',
    strong: ['golden saml', 'forged saml', 'forge saml', 'forging saml'],
  },
  {
    // ATT&CK's parent: defenses impaired, logging among them, on any device ("disabled logging on the router").
    id: 'T1562',
    strong: ['disable* logging', 'disabling logging', 'turn* off logging'],
  },
  {
    // The act on the victim's firewall only: advice to "add firewall rules" is a mitigation.
    id: 'T1562.004',
    strong: [
      'netsh advfirewall',
      'disable* the firewall',
      'disable* windows firewall',
      'disable* the windows firewall',
      'turn* off the firewall',
      'modify system firewall',
    ],
  },
  {
    // Lures sent through a social network or a messaging service, as fake recruiters do.
    id: 'T1566.003',
    strong: [
      'spearphishing via service',
      'spear phishing via service',
      'via linkedin',
      'linkedin messages',
      'messages on linkedin',
      'fake job offer*',
      'fake recruiter*',
      'posing as a recruiter',
      'posing as recruiters',
      // "sends them through third-party messaging services such as WhatsApp, Signal and Microsoft Teams"
      'through third party messaging services',
      'via third party messaging services',
      'over third party messaging services',
      'via whatsapp',
      'via signal messenger',
      'through whatsapp',
      'over whatsapp',
    ],
    weak: ['linkedin', 'recruiter*', 'job offer*'],
  },
  {
    id: 'T1566.004',
    strong: [
      'vishing',
      'voice phishing',
      'callback phishing',
      'call back phishing',
      'spearphishing voice',
    ],
  },
  {
    // Posing as the victim's own support staff, as help-desk social engineering does.
    id: 'T1656',
    strong: [
      'impersonat* it staff',
      'impersonat* it support',
      'impersonat* the help desk',
      'impersonat* help desk',
      'posing as it support',
      'posing as help desk',
      'posing as the help desk',
      'impersonat* an employee',
      'impersonat* employees',
      'calling the it help desk',
      'called the it help desk',
      'calling the help desk',
      'called the help desk',
      'calling the company s it help desk',
      'called the company s it help desk',
      'impersonat* journalists',
      'impersonat* a journalist',
      'posing as journalists',
      'posing as a journalist',
      'posed as journalists',
      'posed as a journalist',
      // "falsely posing as a prominent person relevant to the target"
      'posing as a prominent person',
      'posing as prominent persons',
      'posing as a prominent figure',
      // "creates fake social media profiles to impersonate respected experts"
      'impersonat* respected experts',
      'impersonat* known contacts',
      'impersonat* trusted contacts',
      'impersonat* a trusted colleague',
      'impersonat* trusted colleagues',
      // "posing as one of its 50,000 staff, and fooled a third party into resetting a password"
      'posing as an employee',
      'posing as employees',
      'posing as staff',
      'posing as one of its',
      'posed as an employee',
      'posed as employees',
      'impersonation of an employee',
      'impersonation of employees',
      'impersonation of a third party',
      'impersonation of a supplier',
      'impersonat* a supplier',
      'impersonat* a third party',
      'into resetting a password',
      'into resetting passwords',
      'into resetting the password',
      'into resetting their password*',
      // "impersonates a major European Ministry of Foreign Affairs and sends invitations"
      'impersonat* a ministry',
      'impersonat* a * ministry',
      'impersonat* a * * ministry',
      'impersonat* an embassy',
      'impersonat* embassies',
      'impersonat* diplomats',
      'impersonat* government officials',
    ],
  },
  {
    // A forged sender: "The spoofed sender is …", "spoofed email header from fields".
    id: 'T1672',
    strong: [
      'email spoofing',
      'spoofed sender*',
      'spoofed email header*',
      'spoofed email address*',
      'spoofed e mail address*',
    ],
  },
  {
    // Push notifications sent until a tired user accepts one.
    id: 'T1621',
    strong: [
      'mfa fatigue',
      'mfa bombing',
      'mfa push bombing',
      'push bombing',
      'prompt bombing',
      'mfa spamming',
      'mfa push spam',
      'multi factor authentication request generation',
      'repeated mfa requests',
      'repeated mfa prompts',
      'flood of mfa',
      'multi factor authentication fatigue',
      'push notification fatigue',
      'push notification spam',
    ],
  },
  {
    id: 'T1567.002',
    strong: [
      'exfiltration to cloud storage',
      'rclone',
      'mega nz',
      'uploaded to dropbox',
      'exfiltrated to dropbox',
      'to cloud storage',
      'to a cloud storage',
      'uploaded to onedrive',
      'uploaded to google drive',
      'attacker controlled dropbox',
      'attacker controlled onedrive',
      'attacker controlled google drive',
      'attacker controlled cloud storage',
      // "exfiltrated it to Azure Blob Storage using AzCopy"
      'to azure blob storage',
      'azcopy',
      'exfiltrat* to an s3 bucket',
      'exfiltrat* to amazon s3',
    ],
  },
  {
    id: 'T1567.001',
    strong: [
      'exfiltration to code repositor*',
      'to a private github repositor*',
      'exfiltrat* to github',
      'uploaded to github',
    ],
  },
  {
    id: 'T1102',
    strong: [
      'legitimate web services',
      'dead drop resolver',
      // "uses GitHub for command and control", "Google Calendar events for C2", "C2 over Dropbox"
      ...webServiceChannels(),
    ],
    // "a web service" is any web service; reports say the C2 use in other words too.
    weak: ['web service'],
  },
  // ATT&CK names that are the plain nouns reports use for other things: advice to enable MFA, the cloud
  // services a victim runs.
  { id: 'T1556.006', strong: [], weak: ['multi factor authentication'] },
  { id: 'T1021.007', strong: [], weak: ['cloud services'] },
  {
    // "reset administrator accounts" to take them over.
    id: 'T1098',
    strong: ['reset* administrator account*', 'reset* admin account*'],
  },
  { id: 'T1195', strong: ['supply chain attack*', 'supply chain compromise*'] },
  {
    // Access through a party the victim trusts: "gained access to M&S systems through a third-party
    // contractor", "via its managed service provider".
    id: 'T1199',
    strong: [
      'trusted relationship*',
      'through a third party',
      'via a third party',
      'through a third party contractor',
      'through its managed service provider',
      'via its managed service provider',
      'through their managed service provider',
      'via their managed service provider',
      'downstream customers',
      // "through a compromised VPN account of a supplier"
      'through a supplier',
      'via a supplier',
      'account of a supplier',
      'account of a third party supplier',
    ],
  },
  {
    id: 'T1195.001',
    strong: [
      'malicious npm package*',
      'malicious pypi package*',
      'malicious python package*',
      'trojanized package*',
      'typosquatted package*',
      'dependency confusion',
      'on the npm registry',
      'on the pypi registry',
    ],
    weak: ['npm', 'pypi', 'package maintainer*', 'post install script*', 'postinstall script*'],
  },
  {
    id: 'T1195.002',
    strong: [
      'trojanized version*',
      'trojanized update*',
      'trojanized installer*',
      'trojanized software',
      'software supply chain attack*',
      'software supply chain compromise*',
      // "gained access … through compromised software suppliers"
      'compromised software supplier*',
      'compromised software vendor*',
    ],
  },
  {
    id: 'T1567.004',
    strong: [
      'to a webhook',
      'via a webhook',
      'through a webhook',
      'discord webhook*',
      'slack webhook*',
    ],
  },
  {
    // Not bare "access tokens": Windows access tokens are T1134's.
    id: 'T1528',
    strong: [
      'oauth token*',
      'oauth 2 0 token*',
      'oauth2 token*',
      'github token*',
      'npm token*',
      'api token*',
      'refresh token*',
      // Device code phishing: the user signs in on the actor's code, which hands the actor the session's tokens.
      'device code phishing',
      'device code authentication phishing',
      'device code flow',
    ],
  },
  // "sends additional phishing messages to other users in the organization from the compromised account"
  {
    id: 'T1534',
    strong: [
      'internal spearphishing',
      'internal spear phishing',
      'internal phishing',
      'phishing messages to other users in the organization',
      'phishing emails to other users in the organization',
      'phishing emails to colleagues',
      'phishing messages to colleagues',
    ],
  },
  {
    id: 'T1056.002',
    strong: [
      'login prompt that mimic*',
      'fake login prompt*',
      'fake login window*',
      'fake sign in window*',
      'fake credential prompt*',
      'fake authentication prompt*',
    ],
  },
  {
    id: 'T1114.003',
    strong: ['email forwarding rule*', 'mail forwarding rule*', 'inbox forwarding rule*'],
  },
  { id: 'T1552', strong: ['search* for credentials', 'scan* for secrets', 'secret scanning'] },
  {
    id: 'T1566',
    strong: [
      'phishing email*',
      'phishing campaign*',
      'phishing attack*',
      'phishing lure*',
      'spear phishing',
      'spearphishing',
      'spearphishing email*',
      'malspam',
      'spam campaign*',
      'malicious email*',
      'email campaign*',
      'email lure*',
      // "gains initial access through phishing": the way in, told as such.
      'access through phishing',
      'access via phishing',
    ],
    weak: ['phishing'],
  },
  { id: 'T1014', strong: ['rootkit*'] },
  { id: 'T1134', strong: ['token manipulation', 'token impersonation', 'duplicatetokenex'] },
  { id: 'T1568', strong: ['dynamic dns', 'ddns'] },
  { id: 'T1568.002', strong: ['domain generation algorithm*', 'dga'] },
  {
    id: 'T1189',
    strong: ['watering hole*', 'drive by download*', 'drive by compromise*', 'exploit kit*'],
  },
  {
    id: 'T1497',
    strong: [
      'anti vm',
      'anti sandbox',
      'anti virtualization',
      'sandbox evasion',
      'evade sandbox*',
      'check* for sandbox*',
      'evades sandbox*',
      'evading sandbox*',
      'virtual machine detection',
      'detect* virtual machine*',
      'checks for virtual machine*',
      'detect* virtualized',
      'detect* sandbox*',
    ],
    weak: ['vmware', 'virtualbox', 'qemu', 'sandboxie', 'virtualized environment*'],
  },
  {
    id: 'T1622',
    strong: [
      'anti debug*',
      'isdebuggerpresent',
      'checkremotedebuggerpresent',
      'debugger detection',
      'detect* debugger*',
    ],
    weak: ['ntqueryinformationprocess', 'outputdebugstring*'],
  },
  // Common in malware and intrusion reports, missing before; from ATT&CK's descriptions and procedures.
  {
    id: 'T1115',
    strong: ['clipboard data', 'clipboard content*', 'monitor* the clipboard', 'getclipboarddata'],
    weak: ['clipboard'],
  },
  { id: 'T1125', strong: ['webcam*', 'web camera', 'video capture'] },
  { id: 'T1123', strong: ['microphone', 'record* audio', 'audio recording*', 'audio capture'] },
  {
    id: 'T1555.003',
    strong: [
      'browser credentials',
      // "uses Mimikatz, LaZagne and browser credential extractors" (not "web browser credential disclosure").
      'browser credential extractor*',
      'browser credential steal*',
      'browser credential theft',
      'browser credential harvest*',
      'credentials from web browsers',
      'credentials stored in browsers',
      'passwords stored in browsers',
      'browser passwords',
      'saved browser passwords',
      // "harvests passwords saved in Chrome and Edge"
      'passwords saved in chrome',
      'passwords saved in browsers',
      'passwords saved in web browsers',
      // "collects saved passwords, cookies and autofill data from Chromium-based browsers"
      'from chromium based browsers',
      'autofill data',
    ],
  },
  {
    id: 'T1553.002',
    strong: [
      'signed with a valid certificate',
      'signed with a stolen certificate',
      'stolen certificate',
      'stolen certificates',
      'stolen code signing',
    ],
  },
  {
    // "external-facing remote services such as VPNs": ATT&CK's name for them is "External Remote Services".
    id: 'T1133',
    strong: [
      'external facing remote services',
      'internet facing remote services',
      'exposed remote access services',
      'exposed remote services',
      // An intruder's way in through a VPN: "gained access through a compromised VPN account".
      'compromised vpn account*',
      'stolen vpn account*',
    ],
  },
  {
    id: 'T1550.004',
    strong: ['pass the cookie', 'replay* stolen cookies', 'replay* session cookies'],
  },
  {
    id: 'T1539',
    // A stealer's list: "collects saved passwords, cookies and autofill data".
    strong: [
      'session cookie*',
      'steal* cookies',
      'cookie theft',
      'stolen cookies',
      'passwords cookies',
      'credentials cookies',
    ],
    weak: ['cookies'],
  },
  {
    id: 'T1070',
    strong: [
      'indicator removal',
      'wip* logs',
      'wip* the logs',
      'clear* logs',
      'delet* logs',
      'delet* log files',
      'remov* log files',
      'log wiping',
      'remov* forensic evidence',
      'destroy* forensic evidence',
      'delet* forensic evidence',
      'cover* its tracks',
      'cover* their tracks',
    ],
  },
  // An NTLM hash leaked by a crafted message, link or file (CVE-2023-23397's calendar invitation).
  {
    id: 'T1187',
    strong: ['forced authentication', 'steal* ntlm hash*', 'leak* ntlm hash*', 'ntlm hash* leak*'],
  },
  // Linux and appliance logs: "cleared the kernel message log with dmesg".
  {
    id: 'T1070.002',
    strong: [
      'clear* the kernel message log*',
      'clear* kernel log*',
      'clear* the kernel log*',
      'clear* syslog',
      'clear* the syslog',
      'dmesg c',
    ],
  },
  {
    id: 'T1070.003',
    // Not "history -c" by its words: "a history C:\Users\…" splits into the same two.
    strong: ['clear* bash history', 'clear* the bash history', 'unset histfile'],
  },
  {
    id: 'T1070.001',
    strong: ['clear* event log*', 'clear* the event log*', 'delet* event log*', 'wevtutil cl'],
    weak: ['wevtutil'],
  },
  {
    id: 'T1572',
    strong: [
      'protocol tunneling',
      'ngrok',
      'plink',
      'ssh tunnel*',
      'gre tunnel*',
      'tunnel* traffic',
      'tunneling tool*',
      // "Visual Studio Code tunnels", "VS Code tunnels": Microsoft's own relay as the channel.
      'visual studio code tunnel*',
      'vs code tunnel*',
      'vscode tunnel*',
    ],
    weak: ['tunnel*'],
  },
  {
    // "used Windows Sandbox … to hide their activity": a virtual instance the defenders do not see into.
    id: 'T1564.006',
    strong: [
      'run virtual instance',
      'windows sandbox',
      'inside a virtual machine',
      'within a virtual machine',
    ],
  },
  {
    id: 'T1571',
    strong: ['non standard port*', 'nonstandard port*', 'uncommon port*', 'unusual port*'],
  },
  {
    id: 'T1485',
    strong: ['wiper', 'wipers', 'wiper malware', 'data destruction', 'destroy* data', 'wipes data'],
  },
  {
    id: 'T1561',
    strong: [
      'disk wip*',
      'wipe* the disk',
      'overwrit* the mbr',
      'overwrit* the master boot record',
    ],
  },
  {
    id: 'T1496',
    strong: [
      'resource hijacking',
      'cryptomining',
      'crypto mining',
      'cryptojacking',
      'coinminer*',
      'coin miner*',
      'cryptominer*',
      'cryptocurrency miner*',
      'mining malware',
      'xmrig',
      'mine* cryptocurrency',
      'mining cryptocurrency',
    ],
  },
  {
    id: 'T1489',
    strong: [
      'service stop',
      'stop* services',
      'terminat* services',
      'net stop',
      'sc stop',
      'kill* services',
    ],
  },
  {
    id: 'T1046',
    strong: [
      'network service discovery',
      'port scan*',
      'nmap',
      'masscan',
      'advanced port scanner',
      'advanced ip scanner',
      'angry ip scanner',
      'softperfect network scanner',
      'scan* for open ports',
    ],
  },
  {
    id: 'T1135',
    strong: ['network share discovery', 'net view', 'enumerat* shares', 'enumerat* network shares'],
    weak: ['network shares'],
  },
  {
    id: 'T1614',
    strong: [
      'keyboard layout*',
      'system language',
      'getkeyboardlayout*',
      'getuserdefaultuilanguage',
    ],
    weak: ['locale', 'language settings'],
  },
  {
    id: 'T1560',
    strong: [
      'archive collected data',
      'archive* the stolen',
      'archive* the collected',
      'compress* the stolen',
      'compress* the collected',
      // "collects saved credentials, cookies …, compresses them into a ZIP archive"
      'compress* them into',
      'compress* the data into',
      'compress* the files into',
      'stolen data is compressed',
      'collected data is compressed',
    ],
  },
  {
    id: 'T1176',
    strong: ['malicious browser extension*', 'malicious chrome extension*', 'malicious extension*'],
    weak: ['browser extension*', 'chrome extension*'],
  },
  {
    id: 'T1136',
    strong: ['create account', 'creat* a new user account', 'creat* a new account', 'net user add'],
  },
  // "created local administrator accounts on compromised routers".
  {
    id: 'T1136.001',
    strong: [
      'creat* local account*',
      'creat* a local account',
      'creat* new local account*',
      'creat* a new local account',
      'creat* local admin* account*',
      'creat* a local admin* account',
      'creat* new local admin* account*',
      'creat* a new local admin* account',
      'creat* local user*',
      'creat* a local user*',
      'creat* a new local user*',
    ],
  },
  {
    id: 'T1136.002',
    strong: [
      'creat* domain account*',
      'creat* a domain account',
      'creat* new domain account*',
      'creat* a new domain account',
      'creat* domain admin* account*',
      'creat* a new domain admin* account',
    ],
  },
  { id: 'T1542.003', strong: ['bootkit*'] },
  { id: 'T1542.001', strong: ['uefi implant*', 'uefi rootkit*', 'firmware implant*'] },
  { id: 'T1542.004', strong: ['rom monitor', 'rommon*'] },
  // Not "reflective* load*": "the ReflectiveGnome loader" is a name.
  {
    id: 'T1620',
    strong: [
      'reflective code loading',
      'reflectively load*',
      'reflective loading',
      'reflective dll loading',
    ],
  },
  { id: 'T1505.003', strong: ['web shell*', 'webshell*'] },
  {
    id: 'T1087',
    strong: ['enumerat* user accounts', 'enumerat* users', 'list* user accounts', 'net user'],
    weak: ['adfind'],
  },
  {
    // The mail server's directory of every user: "collected the global address list".
    id: 'T1087.003',
    strong: ['global address list*', 'offline address book*', 'email account discovery'],
  },
  {
    // Accounts of a cloud tenant, listed with tools made for it.
    id: 'T1087.004',
    strong: [
      'cloud account discovery',
      'azurehound',
      'roadtools',
      'enumerat* entra id',
      'enumerat* microsoft entra id',
      'enumerat* azure ad',
      'enumerat* azure active directory',
    ],
  },
  {
    // Documents searched where an organization keeps them.
    id: 'T1213.002',
    strong: [
      'sharepoint site*',
      'sharepoint document*',
      'sharepoint librar*',
      'searched sharepoint',
      'sharepoint repositor*',
    ],
  },
  {
    id: 'T1069',
    strong: ['net group', 'net localgroup', 'permission groups discovery'],
    weak: ['adfind'],
  },
  { id: 'T1018', strong: ['remote system discovery', 'net view', 'ping sweep*'], weak: ['adfind'] },
  { id: 'T1482', strong: ['domain trust discovery', 'nltest', 'domain trusts'], weak: ['adfind'] },
  {
    id: 'T1048',
    strong: [
      'exfiltrat* over ftp',
      'exfiltrat* via ftp',
      'exfiltrat* over dns',
      'exfiltrat* via dns',
      'exfiltrat* over smtp',
      'exfiltrat* via smtp',
      'exfiltrat* via email',
      'over sftp',
      'via sftp',
    ],
  },
  {
    id: 'T1010',
    strong: ['getforegroundwindow', 'application window discovery', 'enumwindows'],
    weak: ['window title*', 'active window*', 'foreground window'],
  },
  { id: 'T1217', strong: ['browser history', 'browsing history'], weak: ['bookmarks'] },
  {
    id: 'T1114',
    strong: [
      'email collection',
      'pst file*',
      'export* mailbox*',
      'mailbox export*',
      'exfiltrat* email*',
      'access* mailbox*',
    ],
    weak: ['steal* email*', 'mailbox*'],
  },
];
