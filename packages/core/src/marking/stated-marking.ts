/**
 * The TLP level a document states for itself: advisories and CERT alerts print a banner line ("TLP:AMBER",
 * "TLP: AMBER+STRICT", "TLP:WHITE" of TLP 1.0) at the top or on every page. Only a line that opens on the
 * label counts, never the label inside prose ("information marked TLP:RED may not be shared"); of several
 * labels the most restrictive, so a document is never read as less restricted than any part says.
 */
import { mostRestrictive, parseTlpLevel, type TlpLevel } from './tlp.ts';

/** Marks of decoration a banner may open on ("// TLP:AMBER", "**TLP:RED**"), then the label's words. */
const OPENING = String.raw`^[ \t*#/|>[(-]{0,6}TLP ?: ?`;
const LEVELS = String.raw`RED|AMBER\+STRICT|AMBER|GREEN|CLEAR|WHITE`;
/** A line opening on a TLP label. */
const BANNER = new RegExp(String.raw`${OPENING}(${LEVELS})\b`, 'gimu');

export function statedTlpLevel(text: string): TlpLevel | undefined {
  let stated: TlpLevel | undefined;
  for (const match of text.matchAll(BANNER))
    stated = mostRestrictive(stated, parseTlpLevel(match[1]!));
  return stated;
}

/** A line that is a TLP label and nothing else: a banner, no title ("TLP:AMBER", "**TLP:CLEAR**"). */
const BANNER_ONLY = new RegExp(String.raw`${OPENING}(?:${LEVELS})[ \t*/|)\]-]{0,6}$`, 'iu');

export const isTlpBanner = (line: string): boolean => BANNER_ONLY.test(line.trim());
