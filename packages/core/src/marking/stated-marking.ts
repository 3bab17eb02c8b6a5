/**
 * The TLP level a document states for itself: advisories and CERT alerts print a banner line ("TLP:AMBER",
 * "TLP: AMBER+STRICT", "TLP:WHITE" of TLP 1.0) at the top or on every page. Only a line that opens on the
 * label counts, never the label inside prose ("information marked TLP:RED may not be shared"); of several
 * labels the most restrictive, so a document is never read as less restricted than any part says.
 */
import { mostRestrictive, parseTlpLevel, type TlpLevel } from './tlp.ts';

/** A line opening on a TLP label, after at most a few marks of decoration ("// TLP:AMBER", "**TLP:RED**"). */
const BANNER = /^[ \t*#/|>[(-]{0,6}TLP ?: ?(RED|AMBER\+STRICT|AMBER|GREEN|CLEAR|WHITE)\b/gimu;

export function statedTlpLevel(text: string): TlpLevel | undefined {
  let stated: TlpLevel | undefined;
  for (const match of text.matchAll(BANNER))
    stated = mostRestrictive(stated, parseTlpLevel(match[1]!));
  return stated;
}

/** A line that is a TLP label and nothing else: a banner, no title ("TLP:AMBER", "**TLP:CLEAR**"). */
const BANNER_ONLY =
  /^[ \t*#/|>[(-]{0,6}TLP ?: ?(?:RED|AMBER\+STRICT|AMBER|GREEN|CLEAR|WHITE)[ \t*/|)\]-]{0,6}$/iu;

export const isTlpBanner = (line: string): boolean => BANNER_ONLY.test(line.trim());
