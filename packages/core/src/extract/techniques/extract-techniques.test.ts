import { describe, expect, it } from 'vitest';
import {
  predictedParents,
  readTechniqueGold,
} from '../../../../../test-support/annoctr-techniques.ts';
import { dataPath, describeWithData } from '../../../../../test-support/data.ts';
import { scoreReports } from '../../../../../test-support/report-score.ts';
import { evaluateTram, readTram, splitOf } from '../../../../../test-support/tram.ts';
import { prepareKnowledge } from '../../analyze/knowledge.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { vigilId } from '../../stix/ids.ts';
import { splitSentences } from '../sentences.ts';
import { extractTechniques } from './extract-techniques.ts';

/** A technique entry with a test id numbered `n`. */
const technique = (
  n: number,
  externalId: string,
  name: string,
  tactic?: string,
): KnowledgeEntry => ({
  id: `attack-pattern--0b3c9d1e-4a5f-4e6b-8c7d-1e2f3a4b5c${String(n).padStart(2, '0')}`,
  type: 'attack-pattern',
  name,
  aliases: [name],
  externalId,
  ...(tactic ? { tactics: [tactic] } : {}),
});

const ids = (text: string) =>
  extractTechniques(text, splitSentences(text)).map((e) => e.externalId);

describe('extractTechniques', () => {
  it('reads hiding in NTFS alternate data streams, N-day exploits and browser credential theft', () => {
    expect(ids('The chain used alternate data streams (ADS) in a RAR archive.')).toEqual([
      'T1564.004',
    ]);
    expect(ids('It got in by exploiting N-day vulnerabilities in unpatched servers.')).toEqual([
      'T1190',
    ]);
    expect(ids('It ran browser credential extractors.')).toEqual(['T1555.003']);
  });

  it('reads device code phishing, lures sent over messaging services and internal spearphishing', () => {
    expect(ids('Storm-2372 runs a device code phishing campaign.')).toEqual(['T1528', 'T1566']);
    expect(ids('It sends lures through third-party messaging services.')).toEqual(['T1566.003']);
    expect(
      ids('It sends more phishing messages to other users in the organization from the account.'),
    ).toEqual(['T1534']);
    expect(ids('The actor was falsely posing as a prominent person.')).toEqual(['T1656']);
  });

  it("reads screen capture from the act of taking screenshots, not from the report's own figures", () => {
    expect(ids('The RAT takes screenshots every minute.')).toEqual(['T1113']);
    expect(ids('It can also capture a screenshot on demand.')).toEqual(['T1113']);
    expect(ids('Its modules: a screenshot grabber and a shell.')).toEqual(['T1113']);
    expect(
      ids('Below is a screenshot of the panel. The screenshot below shows the login.'),
    ).toEqual([]);
    expect(ids('Figure 3 – Screenshot of the leak site.')).toEqual([]);
  });

  it('reads remote access tools from the products used, not from one a vulnerability is in', () => {
    expect(ids('The affiliates installed AnyDesk on each host.')).toEqual(['T1219']);
    expect(ids('They exploited CVE-2024-1709 in ConnectWise ScreenConnect.')).not.toContain(
      'T1219',
    );
    expect(ids('They exploited a flaw in the AnyDesk client.')).not.toContain('T1219');
  });

  it('finds techniques described in prose, with the words that show them', () => {
    const text = 'The group sent spear-phishing emails with malicious links to diplomats.';
    const [found] = extractTechniques(text, splitSentences(text)).filter(
      (e) => e.externalId === 'T1566.002',
    );
    expect(found?.mentions.map((m) => m.text)).toEqual(['malicious links']);
    expect(ids('Persistence was set through a scheduled task created with schtasks.')).toContain(
      'T1053.005',
    );
    expect(ids('It dumps LSASS memory with procdump.')).toContain('T1003.001');
    expect(ids('The loader has anti-VM and anti-debugging checks.')).toEqual(['T1497', 'T1622']);
    expect(ids('It quits when it finds VMware or VirtualBox drivers.')).toEqual(['T1497']);
    expect(ids('The spyware turns on the microphone and the webcam.')).toEqual(['T1123', 'T1125']);
    expect(ids('They dropped XMRig and cleared event logs with wevtutil cl.')).toEqual([
      'T1070.001',
      'T1496',
    ]);
    expect(ids('Email campaigns delivered Excel attachments.')).toContain('T1566');
    expect(ids('The script ran netsh advfirewall set allprofiles state off.')).toEqual([
      'T1562.004',
    ]);
    expect(ids('Victims were lured by callback phishing.')).toEqual(['T1566.004']);
    expect(ids('They ran ntdsutil to copy NTDS.dit from the controller.')).toEqual(['T1003.003']);
    expect(ids('The actors called staff, impersonating IT support.')).toEqual(['T1656']);
    expect(ids("They gained access by calling the company's IT help desk.")).toEqual(['T1656']);
    expect(ids('The group is known for MFA fatigue attacks.')).toEqual(['T1621']);
    expect(ids('It relies on multi-factor authentication fatigue attacks.')).toEqual(['T1621']);
    expect(ids('The group set up an Evilginx proxy for its phishing pages.')).toEqual(['T1557']);
    expect(ids('Encryption prevents man-in-the-middle attacks.')).toEqual([]);
    expect(ids('The group created fake email accounts for its lures.')).toEqual(['T1585.002']);
    expect(ids('The stealer collects browser credentials from the host.')).toEqual(['T1555.003']);
    expect(ids('The loader is signed with a valid certificate of a vendor.')).toEqual([
      'T1553.002',
    ]);
    expect(ids('The group used stolen certificates for its loader.')).toEqual(['T1553.002']);
    expect(ids('The group reached targets through fake LinkedIn profiles.')).toEqual(['T1585.001']);
    expect(ids('The operators impersonated journalists to reach policy experts.')).toEqual([
      'T1656',
    ]);
    expect(ids('The attackers posed as a recruiter and sent a message on LinkedIn.')).toEqual([
      'T1566.003',
    ]);
    expect(ids('The group researched staff on LinkedIn.')).toEqual([]);
    expect(ids('The attackers sent emails with a link to a fake login page.')).toEqual([
      'T1566.002',
    ]);
    expect(ids('A flood of MFA push notifications wore the user down.')).toEqual(['T1621']);
    expect(ids('The worm published trojanized versions of the packages it could reach.')).toEqual([
      'T1195.002',
    ]);
    expect(ids('The group hid stealers in malicious npm packages.')).toEqual(['T1195.001']);
    expect(ids('The package ran a postinstall script and spread on npm.')).toEqual(['T1195.001']);
    expect(ids('Stolen secrets were sent to a webhook.')).toEqual(['T1567.004']);
    expect(ids('The actor stole OAuth tokens from the integration.')).toEqual(['T1528']);
    expect(ids('The actors used spearphishing against the staff.')).toEqual(['T1566']);
    expect(ids('Access came through the exploitation of a vulnerability.')).toEqual(['T1190']);
    expect(ids('The implant works by injecting malicious code into a process.')).toEqual(['T1055']);
    expect(ids('The backdoor disabled logging on the router.')).toEqual(['T1562']);
    expect(ids('The ClickFix lure shows an error message.')).toEqual(['T1204.004']);
    expect(ids('A fake CAPTCHA page told users to open the Run dialog.')).toEqual(['T1204.004']);
    expect(ids('A fake CAPTCHA page asked users to prove they are human.')).toEqual([]);
    expect(ids('The loader spread through malvertising on search engines.')).toEqual(['T1583.008']);
    // Windows access tokens are another technique's.
    expect(ids('The implant steals access tokens of other users.')).not.toContain('T1528');
    expect(ids('The worm runs TruffleHog to search for credentials on the host.')).toEqual([
      'T1552',
    ]);
    expect(ids('The attacker wiped logs to cover its tracks.')).toEqual(['T1070']);
    expect(ids('The flaw lets an attacker steal NTLM hashes with a calendar invite.')).toEqual([
      'T1187',
    ]);
    // Passwords a harvester captures at login were not found in files.
    expect(ids('The harvester captures plaintext passwords submitted at login.')).toEqual([]);
    expect(ids('They enumerated Microsoft Entra ID with AzureHound.')).toEqual(['T1087.004']);
    expect(ids('The emails contain a link to a RAR archive hosted on Bitbucket.')).toContain(
      'T1566.002',
    );
    expect(ids('The group sent emails with malicious TAR file attachments.')).toEqual([
      'T1566.001',
    ]);
    expect(ids('They searched SharePoint sites for VPN documentation.')).toEqual(['T1213.002']);
    expect(ids('The firm moved its intranet to SharePoint last year.')).toEqual([]);
    expect(ids('GhostDrop checks for virtual machines and encrypts its strings with RC4.')).toEqual(
      ['T1027', 'T1497'],
    );
    expect(ids('Actors sent spearphishing emails with malicious attachments.')).toContain(
      'T1566.001',
    );
    expect(
      ids('The network was accessed through a vulnerable internet-facing web application.'),
    ).toEqual(['T1190']);
    expect(ids('They exploit internet-facing devices within hours.')).toEqual(['T1190']);
    expect(ids('They use zero-day vulnerabilities in public-facing appliances.')).toEqual([
      'T1190',
    ]);
    expect(ids('Agrius exploits known vulnerabilities in firewalls.')).toEqual(['T1190']);
    expect(ids('It steals OAuth 2.0 tokens from Outlook accounts.')).toEqual(['T1528']);
    // What the text denies is no evidence; "not only" denies nothing.
    expect(ids('No OAuth tokens were exposed. The script is not obfuscated.')).toEqual([]);
    expect(ids('The script is not only obfuscated but packed with UPX.')).toContain('T1027');
    // A denial rules its own clause: "If it does not, UAC bypass is executed".
    expect(ids('If it does not, UAC bypass is executed.')).toEqual(['T1548.002']);
    expect(ids('It looks for the service; if not it creates a service named RAND.')).toEqual([
      'T1543.003',
    ]);
    expect(
      ids(
        'The malware displays a login prompt that mimics the legitimate Microsoft sign-in window.',
      ),
    ).toEqual(['T1056.002']);
    expect(ids('The actors created inbox forwarding rules.')).toEqual(['T1114.003']);
    expect(ids('UNC5221 has previously exploited zero-days in Ivanti edge devices.')).toEqual([
      'T1190',
    ]);
    expect(
      ids('Mandiant identified evidence of active exploitation in the wild against ICS.'),
    ).toEqual(['T1190']);
    for (const exploiting of [
      'exploited two chained vulnerabilities in',
      'exploited chained vulnerabilities in',
      'exploited two vulnerabilities in',
      'exploited critical vulnerabilities in',
      'have been exploiting newly disclosed vulnerabilities in',
      'exploited known flaws in',
      'exploited zero-day vulnerabilities in',
      'exploited a zero-day vulnerability in',
      'exploited a critical vulnerability in',
      'exploited two zero-day vulnerabilities in',
    ]) {
      expect(ids(`The actors ${exploiting} SharePoint servers.`)).toEqual(['T1190']);
    }
    // A flaw exploited where the victim opens something is no public-facing application's.
    expect(ids('Web pages include code that exploits flaws in popular browsers.')).toEqual([]);
    expect(ids('They collected the global address list from Exchange.')).toEqual(['T1087.003']);
    expect(
      ids('The emails carried a link to download a double archive that holds an HTA file.'),
    ).toEqual(['T1218.005', 'T1566.002']);
    expect(ids('The group sets up GRE tunnels on routers.')).toEqual(['T1572']);
    // "anti-virus" as "antivirus"; log files removed.
    expect(ids('They use GMER to disable anti-virus software and remove log files.')).toEqual([
      'T1070',
      'T1562.001',
    ]);
    expect(
      ids('They disabled Microsoft Defender protections through registry modifications.'),
    ).toEqual(['T1112', 'T1562.001']);
    expect(ids('They disable Microsoft Defender protections through registry changes.')).toEqual([
      'T1112',
      'T1562.001',
    ]);
    expect(ids('The actors collected network traffic on the routers.')).toEqual(['T1040']);
    expect(ids('The implant survives reboots by modifying the ROM Monitor.')).toEqual([
      'T1542.004',
    ]);
    expect(ids('They used the compromised devices as proxies to hide.')).toEqual(['T1090']);
    // Servers the actor rents, not the victim's servers.
    expect(ids('They hid behind rented virtual private servers.')).toEqual(['T1583.003']);
    expect(ids('They breached virtual private servers of the host.')).toEqual([]);
    expect(ids('Militias acting as proxies of the state.')).toEqual([]);
    expect(
      ids(
        'They sent spear-phishing emails impersonating the ministry with links to fake login pages.',
      ),
    ).toEqual(['T1566', 'T1566.002']);
    expect(ids('They compromised edge devices such as routers and used them as relays.')).toEqual([
      'T1090',
    ]);
    expect(ids('Once inside, they reset administrator accounts.')).toEqual(['T1098']);
    expect(ids('It targets IT providers to reach their downstream customers.')).toEqual(['T1199']);
    // What victims pay for is no decoding by the malware.
    expect(ids('Victims must pay a ransom to decrypt their files.')).toEqual([]);
    expect(ids('They use Advanced IP Scanner to enumerate users.')).toEqual(['T1046', 'T1087']);
    expect(ids('They exploit unpatched software vulnerabilities such as CVE-2024-1709.')).toEqual([
      'T1190',
    ]);
    // The analyst's own capture is no sniffing by the actor.
    expect(ids('Figure 8 shows a packet capture of the exfiltration.')).toEqual([]);
    expect(ids('Grixba scans for anti-virus software.')).toEqual(['T1518.001']);
    expect(ids('The actors deleted log files.')).toEqual(['T1070']);
    expect(ids('Persistence is achieved through the Run registry key.')).toEqual(['T1547.001']);
    expect(ids('Useful vulnerabilities in internet-facing systems are scarce.')).toEqual([]);
    expect(ids('The actors got in through unpatched internet-facing servers.')).toEqual(['T1190']);
    expect(
      ids('They were seen exploiting these vulnerabilities targeting internet-facing servers.'),
    ).toEqual(['T1190']);
    expect(ids('They logged in with stolen VPN credentials.')).toEqual(['T1078']);
    expect(ids('They rely on external-facing remote services such as VPNs.')).toEqual(['T1133']);
    // Impacket's WMI runner, by its name.
    expect(ids("They used Impacket's wmiexec to run commands remotely.")).toEqual(['T1047']);
    expect(ids('The group used stolen cookies in pass-the-cookie attacks.')).toEqual([
      'T1539',
      'T1550.004',
    ]);
    expect(ids('The group forged authentication tokens to read mail.')).toEqual(['T1606']);
    expect(ids('The backdoor uses GitHub for command and control.')).toEqual(['T1102']);
    expect(ids('APT41 used Google Calendar events for C2.')).toEqual(['T1102']);
    expect(ids('The implant talks to its C2 over Dropbox.')).toEqual(['T1102']);
    expect(ids('The group is known for credential phishing against NGOs.')).toEqual(['T1598']);
    expect(ids('The group relied on Telegram and Telegraph for command and control.')).toEqual([
      'T1102',
    ]);
    expect(ids('It uses the Telegram API as its C2 channel.')).toEqual(['T1102']);
    expect(ids('The operators shared Google Calendar invites with staff.')).toEqual([]);
    // Keys and decryptors that police seize or victims get are no decoding by the malware.
    expect(ids('Police seized the decryption keys and released a free decryptor.')).toEqual([]);
    expect(ids('The loader decrypts its payload with a decryption key.')).toEqual(['T1140']);
    // Code injected into a web page runs in the visitor's browser: no process injection, though still JavaScript.
    expect(ids('They injected malicious JavaScript into the web interface.')).toEqual([
      'T1059.007',
    ]);
    expect(ids('An iframe was injected into the compromised site.')).toEqual([]);
    expect(ids('The loader injects code into memory pages of svchost.exe.')).toEqual(['T1055']);
    expect(ids('The loader injects its payload into explorer.exe.')).toEqual(['T1055']);
    // The cipher files are locked with is no encrypted channel.
    expect(ids('The encryptor encrypts files with AES-256.')).toEqual(['T1486']);
    expect(ids('The backdoor encrypts its C2 traffic with AES-256.')).toEqual(['T1573.001']);
    expect(ids('The archive holds a file with a double extension, photo.jpg.exe.')).toEqual([
      'T1036.007',
    ]);
    // Edge devices face the internet; Linux logs and shell history are cleared by their own means.
    expect(ids('It conducted zero-day exploitation of edge devices.')).toEqual(['T1190']);
    expect(ids('They exploited Acme VPN appliances in May.')).toEqual(['T1190']);
    expect(ids('The actor cleared the kernel message log with dmesg.')).toEqual(['T1070.002']);
    expect(ids('The actor ran history -c to clear the bash history.')).toEqual(['T1070.003']);
    expect(ids('The actor read the kernel message log.')).toEqual([]);
    expect(ids('It kept a history C:\\Users\\x\\notes.txt of the share.')).toEqual([]);
    // Vulnerabilities the public knows of are exploited where the public reaches; captured logins are sniffed.
    expect(ids('They exploited publicly known vulnerabilities in routers.')).toEqual(['T1190']);
    expect(
      ids('They collected packet captures of RADIUS and TACACS+ authentication traffic.'),
    ).toEqual(['T1040']);
    expect(ids('Figure 8: Packet capture showing the beacon.')).toEqual([]);
    // A victim's notice: the way in through a supplier's VPN account, the data out to cloud storage.
    expect(
      ids(
        'They got in through a compromised VPN account of a supplier and took data to a cloud storage service.',
      ),
    ).toEqual(['T1078', 'T1133', 'T1199', 'T1567.002']);
    // Traffic routed through routers others own; the victim's network learnt before the intrusion.
    expect(
      ids('The actors route traffic through compromised small office/home office (SOHO) routers.'),
    ).toEqual(['T1090.003']);
    expect(
      ids(
        'They conduct reconnaissance to learn about the target organization’s network architecture.',
      ),
    ).toEqual(['T1590']);
    // A Linux backdoor: a shell's configuration runs it; its traffic ciphered; a user's shell is no lure opened.
    expect(
      ids(
        'It modifies the .bashrc file so that the launcher runs whenever the user opens a shell.',
      ),
    ).toEqual(['T1546.004']);
    expect(ids('The backdoor encrypts its traffic with AES.')).toEqual(['T1573.001']);
    expect(ids('It can upload and download files.')).toEqual(['T1105']);
    expect(ids('They exploited an unknown vulnerability in a web application.')).toEqual(['T1190']);
    expect(ids('The macro runs when the user opens the document.')).toEqual(['T1204.002']);
    // A payload fetched, hidden in icons.
    expect(ids('The DLL downloads an encrypted payload hidden in icon files.')).toEqual([
      'T1027.003',
      'T1105',
    ]);
    // A stealer's harvest: browser stores, cookies, the user's files, compressed and sent to its server.
    expect(
      ids('It collects saved passwords, cookies and autofill data from Chromium-based browsers.'),
    ).toEqual(['T1539', 'T1555.003']);
    expect(ids('It takes files from the user’s Desktop folder.')).toEqual(['T1005']);
    expect(
      ids('The stolen data is compressed and sent to the command-and-control server.'),
    ).toEqual(['T1041', 'T1560']);
    expect(ids('The script downloads a ZIP archive and extracts it.')).toEqual(['T1105']);
    // Data sent to the server that commands the malware leaves over its channel.
    expect(ids('The stealer sends the collected data to its C&C server.')).toEqual(['T1041']);
    expect(ids('Operators used exfiltration of data to the command-and-control server.')).toEqual([
      'T1041',
    ]);
    expect(ids('The stealer sends data to a Telegram chat.')).toEqual([]);
    expect(ids('It sends the notes to a private GitHub repository.')).toEqual(['T1567.001']);
    expect(ids('A stealer harvests passwords saved in Chrome and Edge.')).toEqual(['T1555.003']);
    expect(ids('The script downloads a second-stage payload.')).toEqual(['T1105']);
    expect(ids('A Golden SAML attack gave them access.')).toEqual(['T1606.002']);
    expect(ids('A wave of distributed denial-of-service (DDoS) attacks hit the sites.')).toEqual([
      'T1498',
    ]);
    // Lateral movement is a tactic: moving is no transfer of a tool.
    expect(ids('The actors moved laterally to the domain controller.')).toEqual([]);
    // Advice is no act: a mitigation adding firewall rules disables nothing.
    expect(ids('Organizations should patch internet-facing web applications.')).toEqual([]);
    expect(ids('Organizations should add firewall rules to block the servers.')).toEqual([]);
    // A name, not the technique: "ReflectiveGnome" is no reflective loading.
    expect(ids('The ReflectiveGnome loader runs next.')).toEqual([]);
  });

  it('reads one-word ATT&CK names the lexicon holds', () => {
    expect(ids('The actors ran Kerberoasting attacks with Rubeus, then a DCSync attack.')).toEqual([
      'T1003.006',
      'T1558.003',
    ]);
  });

  it('reads phishing told as the way in, and valid VPN credentials', () => {
    expect(
      ids('The group gains initial access through phishing and valid VPN credentials.'),
    ).toEqual(['T1078', 'T1566']);
    expect(ids('Staff sat through phishing training.')).toEqual([]);
  });

  it('needs two different weak cues, not one repeated', () => {
    expect(ids('The proxy was down. The proxy came back.')).not.toContain('T1090');
    expect(ids('Traffic went through a proxy, and the proxies rotated daily.')).toContain('T1090');
  });

  it('takes a phrase inside a longer phrase of the same technique as one mention', () => {
    const text = 'The loader relies on DLL side-loading.';
    const [found] = extractTechniques(text, splitSentences(text));
    expect(found?.externalId).toBe('T1574.002');
    expect(found?.mentions.map((m) => m.text)).toEqual(['DLL side-loading']);
  });

  it("takes a phrase inside another technique's longer phrase as that technique only", () => {
    const knowledge = prepareKnowledge([
      technique(1, 'T1539', 'Steal Web Session Cookie'),
      technique(2, 'T1550.004', 'Web Session Cookie'),
    ]);
    const found = (text: string) =>
      extractTechniques(text, splitSentences(text), knowledge).map((e) => e.externalId);
    expect(found('| T1539 | Steal Web Session Cookie | It can steal cookies |')).toEqual(['T1539']);
    expect(found('It then replays the web session cookie it took.')).toEqual(['T1550.004']);
  });

  it("uses ATT&CK's own names that name one technique, singular or plural alike", () => {
    const knowledge = prepareKnowledge([
      technique(1, 'T1087.003', 'Email Account'),
      technique(2, 'T1585.002', 'Email Accounts'),
      technique(3, 'T1555', 'Credentials from Password Stores'),
      // A mobile technique mirrored from a MISP galaxy: an id Vigil derives, no ATT&CK object.
      {
        ...technique(4, 'T1634', 'Credentials from Password Store'),
        id: vigilId('attack-pattern', 'misp-galaxy', 'mobile-t1634'),
      },
      {
        ...technique(5, 'T1423', 'Network Service Scanning'),
        id: vigilId('attack-pattern', 'misp-galaxy', 'mobile-t1423'),
      },
    ]);
    const found = (text: string) =>
      extractTechniques(text, splitSentences(text), knowledge).map((e) => e.externalId);
    expect(found('Email account compromise costs firms millions.')).toEqual([]);
    expect(found('It steals credentials from password stores of browsers.')).toEqual(['T1555']);
    // A mobile technique known only from MISP's mirror is no cue in a report.
    expect(found('The bot starts network service scanning of the subnet.')).not.toContain('T1423');
  });

  it('takes names of things gathered or acquired in preparation as weak cues', () => {
    const knowledge = prepareKnowledge([
      technique(1, 'T1590.005', 'IP Addresses', 'reconnaissance'),
      technique(2, 'T1590', 'Gather Victim Network Information', 'reconnaissance'),
      technique(3, 'T1588.007', 'Artificial Intelligence', 'resource-development'),
      technique(4, 'T1134.004', 'Parent PID Spoofing', 'defense-evasion'),
    ]);
    const found = (text: string) =>
      extractTechniques(text, splitSentences(text), knowledge).map((e) => e.externalId);
    expect(found('The domains resolved to the following IP addresses.')).toEqual([]);
    expect(found('Firms adopt artificial intelligence.')).toEqual([]);
    // The action is in the parent's name, and other tactics' sub-technique names stay strong.
    expect(found('The actor set out to gather victim network information.')).toEqual(['T1590']);
    expect(found('The loader uses parent PID spoofing.')).toEqual(['T1134.004']);
  });

  it('keeps the weight the lexicon gives an ATT&CK name', () => {
    const knowledge = prepareKnowledge([
      {
        id: 'attack-pattern--4ff5d6a8-c062-4c68-a778-36fc5edd564f',
        type: 'attack-pattern',
        name: 'Control Panel',
        aliases: ['Control Panel'],
        externalId: 'T1218.002',
        tactics: ['defense-evasion'],
      },
    ]);
    const found = (text: string) =>
      extractTechniques(text, splitSentences(text), knowledge).map((e) => e.externalId);
    expect(found('Affiliates log in to the control panel of the botnet.')).toEqual([]);
    expect(found('It drops a CPL file and opens it with control.exe.')).toEqual(['T1218.002']);
  });

  it('reads no technique in the label of a listed indicator', () => {
    const knowledge = prepareKnowledge([technique(1, 'T1204.002', 'Malicious File', 'execution')]);
    const found = (text: string) =>
      extractTechniques(text, splitSentences(text), knowledge).map((e) => e.externalId);
    expect(
      found(
        'Malicious file: w.exe — d2fd0654710c27dcf37b6c1437880020824e161dd0bb28e5e24b0ec6d0c7e0a8',
      ),
    ).toEqual([]);
    expect(found('Malicious file: 0f6b4c1e2a7d9c3b5e8f1a2d4c6b8e0f')).toEqual([]);
    expect(found('The victim opened the malicious file: the loader ran.')).toEqual(['T1204.002']);
    // Nor in a file's name.
    expect(ids('The loader drops Proton-decrypter.exe and decrypter_x64.dll.')).toEqual([]);
    // A program's own file name says it ran.
    expect(ids('It starts rundll32.exe with the DLL.')).toEqual(['T1218.011']);
    expect(ids('The loader decrypts its payload.')).toEqual(['T1140']);
  });

  it('reads exfiltration to cloud storage the actor controls', () => {
    expect(
      ids('Each tool copies file trees to attacker-controlled Dropbox and OneDrive accounts.'),
    ).toEqual(['T1567.002']);
    expect(ids('The archive was uploaded to OneDrive.')).toEqual(['T1567.002']);
    expect(ids('Staff share files through Dropbox and OneDrive accounts.')).toEqual([]);
  });

  it('reads a spearphishing attachment from emails with malware attached', () => {
    expect(ids('The group sent emails with malware attached to think tanks.')).toEqual([
      'T1566.001',
    ]);
    expect(ids('The group sent emails to think tanks.')).toEqual([]);
  });

  it('reads process injection with the injected thing between verb and target', () => {
    expect(ids('PixyLoader injects Lumma Stealer into explorer.exe.')).toEqual(['T1055']);
    // The word a gap takes still cues its own technique; a page is no process.
    expect(ids('The skimmer injects JavaScript into checkout pages.')).toEqual(['T1059.007']);
    expect(ids('The loader checks for sandboxes first.')).toEqual(['T1497']);
  });

  it('reads local and domain accounts created', () => {
    expect(ids('The actor created local administrator accounts on the routers.')).toEqual([
      'T1136.001',
    ]);
    expect(ids('They created a new domain admin account.')).toEqual(['T1136.002']);
    // An account used, not created, is another technique.
    expect(ids('They logged in with a local administrator account.')).not.toContain('T1136.001');
  });

  it('reads the steps of an info-stealer: pasted command, archive, exfiltration, supplier', () => {
    expect(
      ids('Fake CAPTCHA pages tell visitors to press Win+R and paste a PowerShell command.'),
    ).toEqual(['T1059.001', 'T1204.004']);
    expect(ids('Visitors press Win+R to open it.')).toEqual([]);
    expect(
      ids('It collects cookies, compresses them into a ZIP archive and exfiltrates the archive.'),
    ).toEqual(['T1041', 'T1560']);
    expect(ids('They got in through compromised software suppliers.')).toEqual(['T1195.002']);
  });

  it('reads a multi-hop proxy from routers that relay, not from routers struck', () => {
    expect(ids('The actors build anonymous infrastructure using compromised routers.')).toEqual([
      'T1090.003',
    ]);
    expect(ids('They created accounts on compromised routers of telecom providers.')).not.toContain(
      'T1090.003',
    );
  });

  it('reads a virtual instance and a code editor tunnel used to hide activity', () => {
    expect(
      ids(
        'The attackers used Windows Sandbox and Visual Studio Code tunnels to hide their activity.',
      ),
    ).toEqual(['T1564.006', 'T1572']);
    expect(ids('The attackers edited files in Visual Studio Code.')).toEqual([]);
  });

  it('reads recovery inhibited on hypervisors and domain administrator credentials', () => {
    expect(ids('It stops virtual machines and deletes snapshots to prevent recovery.')).toEqual([
      'T1490',
    ]);
    expect(ids('They moved laterally with stolen domain administrator credentials.')).toEqual([
      'T1078.002',
    ]);
  });

  it("reads defacement, of a website's or of any screen", () => {
    expect(ids('Hacktivists defaced the websites of universities.')).toEqual(['T1491.002']);
    expect(ids('They defaced its touch screen with a message.')).toEqual(['T1491']);
    expect(ids('They face the screen.')).toEqual([]);
  });

  it('reads brute force from credential guessing', () => {
    expect(ids('Initial access came from credential guessing.')).toEqual(['T1110']);
  });

  it('reads indicator removal from forensic evidence removed', () => {
    expect(ids('The wiper ran in an attempt to remove forensic evidence.')).toContain('T1070');
    expect(ids('Investigators collected forensic evidence from the host.')).toEqual([]);
  });

  it('reads external remote services from exposed remote access services', () => {
    expect(ids('Affiliates get in by exploiting exposed remote access services.')).toEqual([
      'T1133',
    ]);
  });

  it('reads email collection from mailboxes accessed and email exfiltrated', () => {
    expect(ids('The actor accessed mailboxes and exfiltrated email through the API.')).toEqual([
      'T1114',
    ]);
    expect(ids('Users should check their mailbox settings.')).toEqual([]);
  });

  it("reads a CERT's account of an LLM-driven stealer sent from a compromised account", () => {
    expect(ids('The emails were sent from a compromised account.')).toEqual(['T1586.002']);
    expect(ids('They left a defacement image on the HMI.')).toEqual(['T1491']);
    expect(ids('LAMEHUG queries a large language model through an API.')).toEqual(['T1588.007']);
    expect(ids('The malware collects information about the computer.')).toEqual(['T1082']);
    expect(ids('It searches for Microsoft Office documents in the Downloads folder.')).toEqual([
      'T1083',
    ]);
    expect(ids('It sends the results to a compromised server over SFTP.')).toEqual(['T1048']);
    expect(ids('The account was compromised. Researchers use a large language model.')).toEqual([]);
  });

  it('reads the steps of a credential-phishing actor posing as people its targets trust', () => {
    expect(
      ids('The actor creates fake profiles to impersonate respected experts and known contacts.'),
    ).toEqual(['T1656']);
    expect(ids('The campaign impersonates a major European Ministry of Foreign Affairs.')).toEqual([
      'T1656',
    ]);
    expect(
      ids('They fooled a third party into resetting a password, posing as one of its staff.'),
    ).toEqual(['T1656']);
    expect(ids('They targeted a European ministry.')).toEqual([]);
    expect(ids('It uses spoofed email accounts to approach its targets.')).toEqual(['T1585.002']);
    expect(ids('The spoofed sender is a traffic authority.')).toEqual(['T1672']);
    expect(
      ids('After establishing trust, the actor sends a link to a document on a drive.'),
    ).toEqual(['T1566.002']);
    expect(ids('A link to the document is in the appendix.')).toEqual([]);
  });

  it('reads exfiltration to Azure or S3 storage as exfiltration to cloud storage', () => {
    expect(ids('The actor exfiltrated it to Azure Blob Storage.')).toEqual(['T1567.002']);
    expect(ids('Data was exfiltrated to an S3 bucket.')).toEqual(['T1567.002']);
    expect(ids('Backups were kept in an S3 bucket.')).toEqual([]);
  });

  it('ignores the words of a link path', () => {
    expect(ids('Read [it](https://example.com/blog/supply-chain-attack-on-vendors).')).toEqual([]);
    expect(ids('It was a supply chain attack on the vendor.')).toEqual(['T1195']);
  });

  it('reads access through a party the victim trusts as T1199', () => {
    expect(ids('Hackers gained access to its systems through a third-party contractor.')).toEqual([
      'T1199',
    ]);
    expect(ids('They got in via their managed service provider.')).toEqual(['T1199']);
    expect(ids('A third-party contractor said the systems were down.')).toEqual([]);
  });

  it('reads valid accounts from administrator credentials the actor holds', () => {
    expect(ids('Once inside, the actors use valid administrator credentials.')).toEqual(['T1078']);
    expect(ids('They signed in with stolen admin credentials.')).toEqual(['T1078']);
  });

  it('reports nothing for prose without techniques', () => {
    expect(
      ids('The minister met his counterpart and discussed trade, tourism and the weather.'),
    ).toEqual([]);
  });
});

describeWithData(
  'technique extraction on TRAM (test split)',
  ['mitre-tram', 'tram2_annotated_reports.jsonl'],
  (file) => {
    it('keeps report-level precision >= 0.68 at recall >= 0.55 with ids masked (QUALITY.md)', () => {
      const test = readTram(file).filter((r) => splitOf(r) === 'test');
      const score = evaluateTram(
        test,
        (text, sentences) => extractTechniques(text, sentences),
        splitSentences,
        { mask: true },
      );
      expect(score.reports).toBe(78);
      expect(score.precision).toBeGreaterThanOrEqual(0.68);
      expect(score.recall).toBeGreaterThanOrEqual(0.55);
    });
  },
);

describeWithData(
  'technique extraction on AnnoCTR technique links (test split)',
  ['annoctr', 'linking_mitre_only', 'test.jsonl'],
  () => {
    it('keeps report-level precision >= 0.70 at recall >= 0.44 over all of ATT&CK (QUALITY.md)', () => {
      const reports = readTechniqueGold(dataPath('annoctr')!, 'test');
      const score = scoreReports(
        reports.map((r) => ({
          gold: new Set(r.gold.keys()),
          predicted: new Set(
            predictedParents(extractTechniques(r.text, splitSentences(r.text))).keys(),
          ),
        })),
      );
      expect(score.reports).toBe(33);
      expect(score.precision).toBeGreaterThanOrEqual(0.7);
      expect(score.recall).toBeGreaterThanOrEqual(0.44);
    });
  },
);
