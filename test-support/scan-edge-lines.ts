/**
 * Lines built to sit on the token scanner's edges: hex runs at every offset, URL host forms, IPv6
 * spellings, e-mail look-alikes and colon runs. Shared by the JavaScript scanner's tests and the native
 * scanner's, which must find the same hits on them.
 */
export const EDGE_MD5 = '44d88612fea8a8f36de82e1278abb02f';

export function edgeLines(): string {
  const lines: string[] = [];
  for (let pad = 0; pad < 70; pad++) {
    const fill = 'ab12'.repeat(20).slice(0, pad);
    lines.push(
      `${fill} ${EDGE_MD5}`,
      `${fill}${EDGE_MD5}`,
      `${fill}-${EDGE_MD5}.`,
      `${EDGE_MD5.slice(0, pad % 33)} x`,
    );
  }
  lines.push(
    '12:34:56.789 GET HTTPS://user:pw@CDN.Evil-Update.Example.:443/a%2fb%7Ex.js?q=1 200',
    'GET http://0x7f.1/x http://2130706433/ http://127.0.0.1./p http://[2001:db8::bad:1]/x',
    'conn 2001:DB8:0:0:0:0:BAD:1 and 2001:db8::bad:1.; 2001:db8::bad:10 fe80::1%eth0 a::b::c',
    '"url":"https://cdn.evil-update.example/a%2Fb~x.js?q=1#frag","ip":"198.51.100.7:8080"',
    'mail attacker@EVIL-UPDATE.example. from x@y a@b.c @evil-update.example user@198.51.100.7',
    'ftp://evil-update.example tcp://Evil-Update.Example:9/ smb://h%41st.example/ hxxp://evil-update.example/',
    'a:b:c:d a.b/c:d/e.f "::" ":" "a:" ::: ://x http:// x:// 1.2.3.4:: @@ ..evil-update.example..',
  );
  return lines.join('\n');
}
