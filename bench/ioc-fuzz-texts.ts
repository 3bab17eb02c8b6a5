/**
 * Generated texts for the IOC snapshot (ioc-snapshot.ts): seeded, so every run builds the same ones.
 * Fragments of indicator, defang and sentence syntax glued at random reach the corners that the 551
 * real reports leave out (brackets in every position, runs of punctuation, CRLF, CJK full stops,
 * fullwidth dots, half-written URLs), where a faster scan could change what is found.
 */

const FRAGMENTS = [
  ...['evil', 'Example', 'co', 'com', 'org', 'ru', 'exe', 'dll', 'js', 'zip', 'php', 'www', 'mail'],
  ...['192', '168', '0', '1', '10', '255', '256', '2001', 'db8', '::', '::1', 'fe80', '%2F', '%3A'],
  ...['.', '.', '.', ':', '/', '//', '://', '\\', '@', '-', '_', '?', '=', '&', '#', ',', ';'],
  ...['[.]', '(.)', '{.}', '[dot]', '(dot)', ' dot ', ' . ', '[at]', '(at)', '[@]', '[:]', '[://]'],
  ...['hxxp', 'hXXps', 'http', 'https', 'fxp', 'h**p', 'tcp', 'ftp', ':__', '[/]', '\\.', '.]'],
  ...['\uff0e', '\u3002', '\uff61', '\uff20', '\u2026', '\uff01', '\uff1f', '\u201d', '\u2019'],
  ...[' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '- ', '1. ', '"', "'", ')', ']', '('],
  ...['CVE-2021-', '44228', 'T1059', '.001', 'TA0001', 'AS', 'ASN 13335', 'bc1q', '1A1zP1eP'],
  ...['d41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ...['HKLM', '\\Software\\Microsoft\\Windows\\CurrentVersion\\Run', 'e.g.', 'U.S.', 'Inc.', 'Dr.'],
];

/** A small linear congruential generator: the same texts on every run and machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** `count` texts of 1-80 fragments each. */
export function fuzzTexts(count: number, seed = 42): string[] {
  const random = seeded(seed);
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = 1 + Math.floor(random() * 80);
    let text = '';
    for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
    texts.push(text);
  }
  return texts;
}
