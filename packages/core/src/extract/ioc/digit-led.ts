/**
 * Indicators anchored on a run of digits: CVE, ATT&CK and AS numbers (identifiers.ts), bitcoin
 * addresses (wallets.ts) and Ethereum addresses (ethereum.ts, `0x…`). Each used to cost a
 * regular-expression scan of the whole text stopping at every word boundary; digit runs are far fewer,
 * so one native scan for digits finds the places where any can be, and each is tried there only.
 */
import type { Emit } from './emit.ts';
import { isWordChar } from './chars.ts';
import { findEthereumAt } from './ethereum.ts';
import { findIdentifierAt } from './identifiers.ts';
import { findWalletAt } from './wallets.ts';

const DIGIT = /\d/g;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function findDigitLedIndicators(text: string, emit: Emit): void {
  DIGIT.lastIndex = 0;
  // test() rather than exec(): no match object per digit run.
  while (DIGIT.test(text)) {
    const runStart = DIGIT.lastIndex - 1;
    let runEnd = runStart + 1;
    while (isDigit(text.charCodeAt(runEnd))) runEnd++;
    findWalletAt(text, runStart, emit);
    findEthereumAt(text, runStart, emit);
    // The scan resumes after an identifier, as a scan with its regular expression would.
    let resume = Math.max(runEnd, findIdentifierAt(text, runStart, emit));
    // All kinds start at a word boundary at most three letters before their first digit run, so a
    // later digit run of the same word (the rest of a hash, "x86_64") can start none: skip it.
    while (isWordChar(text.charCodeAt(resume))) resume++;
    DIGIT.lastIndex = resume;
  }
}
