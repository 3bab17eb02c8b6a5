/**
 * Whether a position lies inside a URL: the run of non-space characters before it holds "://" or
 * starts with "www.". Words of a link's path ("…/supply-chain-attack-on-…") are a slug, not prose.
 * The look back is bounded, so a text of one endless word costs a constant per question.
 */
const LOOK_BACK = 512;

export function insideUrl(text: string, position: number): boolean {
  const floor = Math.max(0, position - LOOK_BACK);
  let i = position - 1;
  while (i >= floor && !isSpace(text.charCodeAt(i))) i--;
  // No space within reach: one endless word, no prose either way.
  if (i < floor && floor > 0) return true;
  const run = text.slice(i + 1, position);
  return run.includes('://') || /(?:^|[([<"'])www\./iu.test(run);
}

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
