/**
 * extractIndicators: every IOC in a text, refanged and normalized, each with all its mentions
 * (UTF-16 spans into the original text + sentence index). Values flagged by a warning-list matcher
 * keep their warnings; the caller decides what to do with them (docs/ARCHITECTURE.md, "Indicator
 * model": flagged values stay visible, no indicator by default).
 *
 * Pipeline, each stage linear: refang (offset map) -> token classifier + digit-led identifiers and
 * wallets + registry keys over the refanged text -> map spans back -> dedupe by (type, value).
 */
import type { ExtractedIndicator, IndicatorType, Mention, Span } from '../../analysis/types.ts';
import type { WarningMatcher } from '../../warninglist/matcher.ts';
import { SentenceCursor } from '../sentence-at.ts';
import { splitSentences } from '../sentences.ts';
import type { Emit } from './emit.ts';
import { findDigitLedIndicators } from './digit-led.ts';
import { refang } from './refang.ts';
import { findRegistryKeys } from './registry.ts';
import { imageAddressSpans, onlyInImages, REPORT_IMAGE } from './report-images.ts';
import { isSystemFileName, SYSTEM_FILE } from './system-files.ts';
import { findTokenIndicators } from './tokens.ts';

export interface ExtractIndicatorsOptions {
  /** Sentence spans of `text` (Analysis.sentences); computed with splitSentences when absent. */
  readonly sentences?: readonly Span[];
  /** Only these types are returned (default: all). */
  readonly types?: Iterable<IndicatorType>;
  /** MISP warning lists to flag likely false positives. */
  readonly warningLists?: WarningMatcher;
}

interface Found {
  readonly type: IndicatorType;
  readonly value: string;
  readonly mentions: Mention[];
  /** Starts of the mentions, built only once a value has many (most have one or two). */
  starts: Set<number> | undefined;
  /** Whether mentions arrived out of text order (then they are sorted once at the end). */
  unordered: boolean;
  defanged: boolean;
}

/** Up to this many mentions, a repeated start is found by looking at them all; then by a set. */
const LINEAR_MENTIONS = 8;

/** Whether `entry` has a mention starting at `start` already. */
function hasMentionAt(entry: Found, start: number): boolean {
  const mentions = entry.mentions;
  if (mentions.length <= LINEAR_MENTIONS) {
    for (let k = 0; k < mentions.length; k++) if (mentions[k]!.start === start) return true;
    return false;
  }
  entry.starts ??= new Set(mentions.map((m) => m.start));
  return entry.starts.has(start);
}

export function extractIndicators(
  text: string,
  options: ExtractIndicatorsOptions = {},
): ExtractedIndicator[] {
  const sentences = options.sentences ?? splitSentences(text);
  const wanted = options.types ? new Set(options.types) : undefined;
  const { text: plain, map } = refang(text);
  // By type, then value: no key string built per mention (values can be long URLs).
  const found = new Map<IndicatorType, Map<string, Found>>();
  const all: Found[] = [];
  const cursor = new SentenceCursor(sentences);

  const emit: Emit = (type, value, outStart, outEnd) => {
    if (wanted && !wanted.has(type)) return;
    const start = map.rewrites ? map.toSourceStart(outStart) : outStart;
    const end = map.rewrites ? map.toSourceEnd(outEnd) : outEnd;
    const defanged = map.rewrites > 0 && map.rewritten(outStart, outEnd);
    let ofType = found.get(type);
    if (!ofType) {
      ofType = new Map();
      found.set(type, ofType);
    }
    let entry = ofType.get(value);
    if (!entry) {
      entry = { type, value, mentions: [], starts: undefined, unordered: false, defanged: false };
      ofType.set(value, entry);
      all.push(entry);
    } else if (hasMentionAt(entry, start)) {
      entry.defanged ||= defanged;
      return;
    }
    entry.defanged ||= defanged;
    entry.starts?.add(start);
    const last = entry.mentions[entry.mentions.length - 1];
    if (last && last.start > start) entry.unordered = true;
    entry.mentions.push({
      start,
      end,
      text: text.slice(start, end),
      sentence: cursor.at(start),
    });
  };

  const isDefanged = (s: number, e: number): boolean => map.rewrites > 0 && map.rewritten(s, e);
  findTokenIndicators(plain, emit, isDefanged);
  findDigitLedIndicators(plain, emit);
  findRegistryKeys(plain, emit);

  const results: ExtractedIndicator[] = [];
  const images = text.includes('](') ? imageAddressSpans(text) : [];
  for (const entry of all) {
    if (entry.unordered) entry.mentions.sort((a, b) => a.start - b.start);
    const listed = options.warningLists?.match(entry.type, entry.value) ?? [];
    const system = entry.type === 'file-name' && isSystemFileName(entry.value);
    const image = onlyInImages(entry.mentions, images);
    const warnings = [
      ...listed,
      ...(system ? [SYSTEM_FILE] : []),
      ...(image ? [REPORT_IMAGE] : []),
    ];
    const result: ExtractedIndicator = {
      type: entry.type,
      value: entry.value,
      mentions: entry.mentions,
      defanged: entry.defanged,
    };
    results.push(warnings.length > 0 ? { ...result, warnings } : result);
  }
  results.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return results;
}
