/**
 * Finds the parts of a report that are its author's own summary or advice ("Key takeaways",
 * "Mitigation Steps", "Fix & Mitigation", "Recommendations", "Essential Insights"...), so the
 * summarizer and the planner never repeat the source's conclusions as if they were facts.
 * A heading is a short line without final punctuation. An excluded section runs until the next
 * heading that names body content ("The Issue", "Technical Details"...).
 */
import type { Span } from '../analysis/types.ts';

export type SectionRole = 'summary' | 'advice' | 'body' | 'unknown';

export interface Heading extends Span {
  readonly text: string;
  readonly role: SectionRole;
}

const SUMMARY =
  /\b(?:essential insights?|key (?:takeaways?|findings|points|judge?ments)|executive summary|summary|tl;?dr|at a glance|highlights|potential risks?|disclaimer|stay ahead|about (?:the author|us)|references)\b/i;
const ADVICE =
  /\b(?:mitigations?|fix|remediation|recommend(?:ations|ed actions)?|actions? to take|guidance|best practices|defen[cs]e tips|how to protect|protect yourself|what (?:you|to) (?:should )?do|detection and response|patch(?:es)? and updates)\b/i;
const BODY =
  /\b(?:the issue|technical details|overview|introduction|background|details|analysis|description|findings|timeline|attack chain|infection chain|what happened)\b/i;

const MAX_HEADING_WORDS = 8;
const MAX_HEADING_CHARS = 80;

export function classifyHeading(text: string): SectionRole {
  if (ADVICE.test(text)) return 'advice';
  if (SUMMARY.test(text)) return 'summary';
  if (BODY.test(text)) return 'body';
  return 'unknown';
}

const LETTER_OR_HASH_START = /^[\p{L}#]/u;

/** A line that reads like a heading: short, no sentence-final punctuation, starts with a letter. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > MAX_HEADING_CHARS) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  if (!LETTER_OR_HASH_START.test(t)) return false;
  return t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (isHeadingLine(line)) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      headings.push({
        start: start + lead,
        end: start + lead + trimmed.length,
        text: trimmed,
        role: classifyHeading(trimmed.replace(/^#+\s*/, '')),
      });
    }
    start = end + 1;
  }
  return headings;
}

const SOURCE_OWN: ReadonlySet<SectionRole> = new Set(['summary', 'advice']);

/** Text ranges under summary or advice headings (the heading included), or under those of `roles`. */
export function excludedRanges(text: string, roles: ReadonlySet<SectionRole> = SOURCE_OWN): Span[] {
  const ranges: Span[] = [];
  let open: number | undefined;
  for (const heading of findHeadings(text)) {
    if (roles.has(heading.role)) {
      open ??= heading.start;
    } else if (heading.role === 'body' && open !== undefined) {
      ranges.push({ start: open, end: heading.start });
      open = undefined;
    }
  }
  if (open !== undefined) ranges.push({ start: open, end: text.length });
  return ranges;
}

/** Whether a span lies inside one of the (sorted, disjoint) ranges. */
export function insideAny(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((r) => span.start >= r.start && span.end <= r.end);
}
