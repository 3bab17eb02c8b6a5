import { describe, expect, it } from 'vitest';
import { extractIndicators } from './extract.ts';
import { refang } from './refang.ts';

const pairs = (text: string): [string, string][] =>
  extractIndicators(text).map((i) => [i.type, i.value]);

describe('extractIndicators', () => {
  it('refangs defanged URLs, hosts, IPs and e-mails and marks them defanged', () => {
    const text = 'C2: hxxps://evil[.]example(.)com/a.php, mail admin[at]bad{.}org from 10.0.0[.]1';
    const found = extractIndicators(text);
    const byValue = new Map(found.map((f) => [f.value, f]));
    expect(byValue.get('https://evil.example.com/a.php')?.type).toBe('url');
    expect(byValue.get('evil.example.com')?.defanged).toBe(true);
    expect(byValue.get('admin@bad.org')?.type).toBe('email-addr');
    expect(byValue.get('10.0.0.1')?.type).toBe('ipv4-addr');
    // Mentions point at the text as written.
    const url = byValue.get('https://evil.example.com/a.php')!;
    expect(url.mentions[0]!.text).toBe('hxxps://evil[.]example(.)com/a.php');
    expect(text.slice(url.mentions[0]!.start, url.mentions[0]!.end)).toBe(url.mentions[0]!.text);
  });

  it('refangs a hyphen in brackets inside a name, and only there', () => {
    expect(pairs('Hosts: vision[-]ex.de/a.jpg, value (-) here, a [-] b')).toEqual([
      ['domain-name', 'vision-ex.de'],
      ['url', 'vision-ex.de/a.jpg'],
    ]);
    expect(extractIndicators('jayc[-]productions.com')[0]).toMatchObject({ defanged: true });
  });

  it('does not mark plain values defanged', () => {
    expect(extractIndicators('see example.com')[0]).toMatchObject({
      value: 'example.com',
      defanged: false,
    });
  });

  it('dedupes values and keeps every mention with its sentence index', () => {
    const text = 'First evil.com. Then EVIL.com again. And evil[.]com.';
    const [only, ...rest] = extractIndicators(text);
    expect(rest).toEqual([]);
    expect(only!.value).toBe('evil.com');
    expect(only!.mentions.map((m) => m.sentence)).toEqual([0, 1, 2]);
    expect(only!.defanged).toBe(true);
  });

  it('tells file names from domains: .exe/.pdf never hosts, .zip only with evidence', () => {
    expect(pairs('payload.exe invoice.pdf archive.zip')).toEqual([
      ['file-name', 'payload.exe'],
      ['file-name', 'invoice.pdf'],
      ['file-name', 'archive.zip'],
    ]);
    expect(pairs('evil[.]zip')).toEqual([['domain-name', 'evil.zip']]);
    // A lure's double extension is a file however it is written; before a path, a host.
    expect(pairs('invite[.]pdf[.]zip')).toEqual([['file-name', 'invite.pdf.zip']]);
    expect(pairs('hxxps://invite[.]pdf[.]zip/a')).toContainEqual(['domain-name', 'invite.pdf.zip']);
    // Data files, public keys and Java sources end in TLDs too.
    expect(pairs('It writes part_1.data, reads id_rsa.pub and builds Main.java.')).toEqual([]);
  });

  it('finds hashes only as whole hex runs of the right length, lower-cased', () => {
    const md5 = '68B329DA9893E34099C7D8AD5CB9C940';
    expect(pairs(`md5 ${md5}`)).toEqual([['md5', md5.toLowerCase()]]);
    expect(pairs(`${md5}ab`)).toEqual([]); // 34 hex digits: no hash
    expect(pairs(`imphash: ${md5}`)).toEqual([]); // labelled as another kind of hash
  });

  it('canonicalizes IPv6 (RFC 5952) and keeps CIDR suffixes', () => {
    expect(pairs('2001:0db8:0000:0000:0000:ff00:0042:8329 and 10.1.0.0/16')).toEqual([
      ['ipv6-addr', '2001:db8::ff00:42:8329'],
      ['ipv4-addr', '10.1.0.0/16'],
    ]);
    expect(pairs('version 1.2.3.4.5 and 999.1.1.1')).toEqual([]);
    expect(pairs('std::byte and Namespace::defaultValue in code')).toEqual([]);
  });

  it('extracts CVE, ATT&CK ids and ASNs with their word boundaries', () => {
    expect(
      pairs('CVE-2021-44228, T1566.002 by G0128 (S0154), TA0001, M1017, AS15169, ASN 13335'),
    ).toEqual([
      ['cve', 'CVE-2021-44228'],
      ['attack-id', 'T1566.002'],
      ['attack-id', 'G0128'],
      ['attack-id', 'S0154'],
      ['attack-id', 'TA0001'],
      ['attack-id', 'M1017'],
      ['asn', 'AS15169'],
      ['asn', 'AS13335'],
    ]);
    expect(pairs('T1156.0012 FOOT1329 just as 2014 CVE-1800-0001')).toEqual([]);
    // Proofpoint's actor TA2552 is no tactic id (those are TA0001-TA0111).
    expect(pairs('the TA2552 report, TA0111')).toEqual([['attack-id', 'TA0111']]);
  });

  it('takes no ASN out of a base64 blob, but keeps a list of ids and ids in URL paths', () => {
    expect(pairs('payload: aGVsbG8gd29y+AS2/bGQgZm9vYmFyIGJheg== sent')).toEqual([]);
    expect(pairs('see attack.mitre.org/techniques/T1133/and/more/text')).toContainEqual([
      'attack-id',
      'T1133',
    ]);
    expect(pairs('origins AS13335/AS15169/AS16509 and T1059/T1105/T1566.001 seen')).toEqual([
      ['asn', 'AS13335'],
      ['asn', 'AS15169'],
      ['asn', 'AS16509'],
      ['attack-id', 'T1059'],
      ['attack-id', 'T1105'],
      ['attack-id', 'T1566.001'],
    ]);
  });

  it('extracts registry keys with spaces inside key names', () => {
    expect(
      pairs('Set HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon on the host.'),
    ).toEqual([
      ['windows-registry-key', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon'],
    ]);
    // A table aligned with no-break spaces: they end the name as spaces do.
    expect(
      pairs('HKCU\\Software\\Vexa\\Run\u00a0\u00a0\u00a0 dropper.exe\u00a0\u00a0 REG_SZ'),
    ).toEqual([
      ['windows-registry-key', 'HKCU\\Software\\Vexa\\Run'],
      ['file-name', 'dropper.exe'],
    ]);
  });

  it('validates bitcoin checksums', () => {
    expect(
      pairs('pay 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'),
    ).toEqual([
      ['bitcoin-address', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
      ['bitcoin-address', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ]);
    // One character changed: the checksum fails.
    expect(
      pairs('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr'),
    ).toEqual([]);
  });

  it('reads Ethereum addresses, verifying the EIP-55 checksum of mixed-case ones', () => {
    // Mixed-case examples from EIP-55, then one written all in lower case.
    const text =
      'sent to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, 0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb ' +
      'and 0x4966db520b0680fc19df5d7774ca96f42e6abd4f.';
    expect(pairs(text)).toEqual([
      ['ethereum-address', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'],
      ['ethereum-address', '0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb'],
      ['ethereum-address', '0x4966db520b0680fc19df5d7774ca96f42e6abd4f'],
    ]);
    const mention = extractIndicators(text)[0]!.mentions[0]!;
    expect(mention.text).toBe('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
    // One letter's case flipped (the checksum fails), 41 digits, and a longer word.
    expect(
      pairs(
        '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD 0x4966db520b0680fc19df5d7774ca96f42e6abd4f0 ' +
          'a0x4966db520b0680fc19df5d7774ca96f42e6abd4f',
      ),
    ).toEqual([]);
  });

  it('reads hosts named in URL paths and percent-encoded query parameters, spans as written', () => {
    const text = 'https://mail.example.org/r?url=http%3A%2F%2Fevil%2Ecom%2Fa.jpg&t=1 and more';
    const found = extractIndicators(text);
    const domain = found.find((f) => f.value === 'evil.com')!;
    expect(domain.type).toBe('domain-name');
    expect(domain.mentions[0]!.text).toBe('evil%2Ecom');
    const inner = found.find((f) => f.value === 'http://evil.com/a.jpg')!;
    expect(inner.mentions[0]!.text).toBe('http%3A%2F%2Fevil%2Ecom%2Fa.jpg');
    expect(pairs('https://example.com/test%20page/foo.com/bingo.php?q=bar.com')).toEqual([
      ['url', 'https://example.com/test%20page/foo.com/bingo.php?q=bar.com'],
      ['domain-name', 'example.com'],
      ['domain-name', 'foo.com'],
      ['domain-name', 'bar.com'],
    ]);
    // The last path segment is the resource, not a host: "/version/last.ph", "/exploits/X.java".
    expect(pairs('http://185.172.129[.]132/j.ad').map(([, v]) => v)).toEqual([
      'http://185.172.129.132/j.ad',
      '185.172.129.132',
    ]);
  });

  it('gives a URL the path a client requests: backslashes in its path are slashes, escapes at its end go', () => {
    // WHATWG URL: an http(s) path takes a backslash for a slash; the query and fragment keep theirs.
    expect(pairs('run mshta.exe "https://pastebin.com\\raw\\ZnhyvWAU" now')).toContainEqual([
      'url',
      'https://pastebin.com/raw/ZnhyvWAU',
    ]);
    expect(pairs('see http://example.com\\a\\b.php?q=c\\d#e\\f today')).toContainEqual([
      'url',
      'http://example.com/a/b.php?q=c\\d#e\\f',
    ]);
    // PowerShell escapes the quote after the URL: the backslashes are not part of it.
    const text = 'Create(\\\\\\"http://5.188.33.190/Robots.txt\\\\\\");';
    const url = extractIndicators(text).find((i) => i.type === 'url');
    expect(url?.value).toBe('http://5.188.33.190/Robots.txt');
    expect(url?.mentions[0]?.text).toBe('http://5.188.33.190/Robots.txt');
  });

  it('reports scheme-less URLs after an IP or a host with a port', () => {
    expect(pairs('get 185.141.195[.]5:8080/prt1.txt and 10.0.0.0/8')).toEqual([
      ['ipv4-addr', '185.141.195.5'],
      ['url', '185.141.195.5:8080/prt1.txt'],
      ['ipv4-addr', '10.0.0.0/8'],
    ]);
    expect(pairs('151.80.0.0/16151.80.0.0/17')).toEqual([['ipv4-addr', '151.80.0.0']]);
  });

  it('handles bracketed address literals in URLs and e-mail addresses', () => {
    expect(pairs('hxxp://[2001:db8::1]:80/x test@[192.168.0.1]')).toEqual([
      ['url', 'http://[2001:db8::1]:80/x'],
      ['ipv6-addr', '2001:db8::1'],
      ['email-addr', 'test@[192.168.0.1]'],
      ['ipv4-addr', '192.168.0.1'],
    ]);
    // Mail domains have no underscores (RFC 5321); the DNS name still counts as a domain.
    expect(pairs('user@xmpp_chat.example.com')).toEqual([['domain-name', 'xmpp_chat.example.com']]);
    // A host cut at a comma is no host: "http://example,com/".
    expect(pairs('http://example,com/')).toEqual([]);
  });

  it('refangs bracketed "at" anywhere and " . " before a top-level domain', () => {
    expect(refang('[at](at)[at]').text).toBe('@@@');
    expect(refang('Austria (AT), Belgium (BE)').text).toBe('Austria (AT), Belgium (BE)');
    expect(refang('example . com and 2.2 . 2').text).toBe('example.com and 2.2 . 2');
    expect(refang('http://[2001:db8::1]/').text).toBe('http://[2001:db8::1]/');
  });

  it('does not turn prose into indicators', () => {
    expect(refang('meet at noon (see [1] and [a])').text).toBe('meet at noon (see [1] and [a])');
    expect(pairs('see [.] below. Use e.g. Node.js and U.S. law.')).toEqual([]);
  });

  it('tells .NET libraries and namespaces from hosts by how the name is written', () => {
    expect(pairs('It loads Json.NET, Microsoft.NET, System.IO, Socket.IO and ASP.NET.')).toEqual(
      [],
    );
    expect(pairs('It calls evil-cdn.net, EVIL-CDN.NET, evil[.]Net and Json.NET/api.')).toEqual([
      ['domain-name', 'evil-cdn.net'],
      ['domain-name', 'evil.net'],
      ['domain-name', 'json.net'],
      ['url', 'json.net/api'],
    ]);
  });

  it('reads no host in a name whose last label is written as a capitalized word', () => {
    // Object members, permissions and detection names, and sentences glued where a space was lost.
    expect(
      pairs('It creates WScript.Shell, asks for Mail.Read and reads form.Name; Worm.Win was seen.'),
    ).toEqual([]);
    expect(pairs('The malware stops here.In the next stage the actor.It waits.')).toEqual([]);
    // Defanged, or in lower case or capitals, it is a host.
    expect(pairs('It calls evil-cdn[.]Info, evil-cdn.info and EVIL-CDN.INFO.')).toEqual([
      ['domain-name', 'evil-cdn.info'],
    ]);
  });

  it('ends a URL at a dash, a middle dot or a narrow no-break space that ends its sentence', () => {
    expect(
      pairs('Payload: http://evil-cdn.net/a/p3.exe\u202fand http://evil-cdn.net/culture– then'),
    ).toEqual([
      ['url', 'http://evil-cdn.net/a/p3.exe'],
      ['domain-name', 'evil-cdn.net'],
      ['url', 'http://evil-cdn.net/culture'],
    ]);
    expect(pairs('See http://evil-cdn.net/x7f· or http://evil-cdn.net/y8e—')).toEqual([
      ['url', 'http://evil-cdn.net/x7f'],
      ['domain-name', 'evil-cdn.net'],
      ['url', 'http://evil-cdn.net/y8e'],
    ]);
  });

  it('reads no host in a call, a detection name or an app package id', () => {
    expect(pairs('r = requests.post(url, data=d); c = ARC4.new(key)')).toEqual([]);
    expect(
      pairs('Detected as HackTool.Win32.NetScan.AG, Generic.MSIL.Zorvex.FM and Trojan.Agent.FM.'),
    ).toEqual([]);
    expect(pairs('The app com.gooders.pdfscanner.gp asks for SMS rights.')).toEqual([]);
    // A mail header names the host before a parenthesis holding it again, with its address.
    const header = 'Received: from mx1.evil-cdn.net(mx1.evil-cdn.net [203.0.113.9])';
    expect(extractIndicators(header).map((i) => [i.value, i.mentions.length])).toEqual([
      ['mx1.evil-cdn.net', 2],
      ['203.0.113.9', 1],
    ]);
    // Also written fully qualified, with the root's dot.
    const qualified = 'Received: from mx2.evil-cdn.net(mx2.evil-cdn.net.[203.0.113.8])';
    expect(extractIndicators(qualified)[0]).toMatchObject({ value: 'mx2.evil-cdn.net' });
    expect(extractIndicators(qualified)[0]?.mentions).toHaveLength(2);
  });

  it('reads no host in code: a query field, an assignment, a .NET type, a placeholder', () => {
    expect(pairs('Query process.name:"3cx.exe" or host.name:”pc1”.')).toEqual([
      ['file-name', '3cx.exe'],
    ]);
    expect(
      pairs('pagediv.id = \'splash\'; self.services = "Dropbox"; [native.win]::Show(h)'),
    ).toEqual([]);
    expect(pairs('The lure holds {FROM.NAME}; c = AES.new(self.key, AES.MODE_CBC, iv)')).toEqual(
      [],
    );
    expect(pairs('if self.services not in keys: this.name is read')).toEqual([]);
    expect(pairs('The C2 was self.evil-cdn.net and this-host.info.')).toEqual([
      ['domain-name', 'self.evil-cdn.net'],
      ['domain-name', 'this-host.info'],
    ]);
    // A host compared, given a value without quotes or listed in brackets is still a host.
    expect(pairs('if host == evil-cdn.net: c2 = evil-cdn.info; [evil-mail.net] was seen')).toEqual([
      ['domain-name', 'evil-cdn.net'],
      ['domain-name', 'evil-cdn.info'],
      ['domain-name', 'evil-mail.net'],
    ]);
  });

  it('reads no host in a macOS application bundle or a label in capitals glued to a word', () => {
    expect(
      pairs(
        'As Finder.app, it runs FileMonitor.app/Contents/MacOS/x in tools.app/Contents; results.ID',
      ),
    ).toEqual([]);
    expect(pairs('Hosts: evil-cdn.app, EVIL-CDN.APP and evil-cdn.app/gate.php')).toEqual([
      ['domain-name', 'evil-cdn.app'],
      ['url', 'evil-cdn.app/gate.php'],
    ]);
  });

  it('reads a file name, not an e-mail address, where the domain ends in a file extension', () => {
    expect(
      pairs('It drops readme_contact_alex.dali@iran.ir.htm; write to alex.dali@iran.ir'),
    ).toEqual([
      ['email-addr', 'alex.dali@iran.ir'],
      ['domain-name', 'iran.ir'],
    ]);
  });

  it('reads Markdown-escaped underscores as underscores, which defang nothing', () => {
    const found = extractIndicators(
      'It drops invoice10-11-14\\_pdf.exe from http://evil-cdn.net/tbl\\\\_add.php, writes ' +
        'HKEY\\_CURRENT\\_USER\\Software\\Vexa and mails consulate\\_ksa@evil-mail.net.',
    );
    expect(found.map((i) => [i.type, i.value, i.defanged])).toEqual([
      ['file-name', 'invoice10-11-14_pdf.exe', false],
      ['url', 'http://evil-cdn.net/tbl_add.php', false],
      ['domain-name', 'evil-cdn.net', false],
      ['windows-registry-key', 'HKEY_CURRENT_USER\\Software\\Vexa', false],
      ['email-addr', 'consulate_ksa@evil-mail.net', false],
      ['domain-name', 'evil-mail.net', false],
    ]);
    // The mention is the text as written.
    expect(found[0]?.mentions[0]?.text).toBe('invoice10-11-14\\_pdf.exe');
    // After any character of a URL, not only a letter.
    expect(pairs('Lure: hxxp://evil-cdn[.]net/?\\_sm_nck=1')).toEqual([
      ['url', 'http://evil-cdn.net/?_sm_nck=1'],
      ['domain-name', 'evil-cdn.net'],
    ]);
    // A file name so escaped stays a file name: the escape is no sign that a host was meant.
    expect(pairs('See Checklist\\_pdf.zip')).toEqual([['file-name', 'Checklist_pdf.zip']]);
  });

  it('restricts to requested types', () => {
    expect(pairs('evil.com 1.2.3.4').length).toBe(2);
    expect(
      extractIndicators('evil.com 1.2.3.4', { types: ['ipv4-addr'] }).map((i) => i.value),
    ).toEqual(['1.2.3.4']);
  });

  it('finishes on adversarial input (no super-linear paths)', () => {
    const extensionList =
      '.3ds.7z.accdb.ai.asp.aspx.avhd.back.bak.c.cfg.conf.cpp.cs.ctl.dbf.disk.djvu.doc'.repeat(
        5000,
      );
    const longHost = `${'a.'.repeat(200_000)}com`;
    const brackets = '[.'.repeat(100_000) + '(dot'.repeat(100_000) + 'HKLM\\<'.repeat(50_000);
    const nestedUrls = `http://a.com/${'http://a.com/%2F%3A.a.com/'.repeat(300)} `.repeat(100);
    const literals = 'http://[::1]@[1.1.1.1]//['.repeat(20_000);
    const inputs = [extensionList, longHost, brackets, nestedUrls, literals, 'x'.repeat(1_000_000)];
    for (const text of inputs) {
      expect(Array.isArray(extractIndicators(text))).toBe(true);
    }
  });
});
