/** A line without the Markdown heading, quote and emphasis marks around it ("## *18 March 2021*"). */
export function withoutMarks(line: string): string {
  let from = 0;
  let to = line.length;
  for (;;) {
    while (from < to && '*_> \t'.includes(line[from]!)) from++;
    // A heading's hashes stand apart from its words; "#StopRansomware" is a hashtag, part of the title.
    let hashes = from;
    while (hashes < to && line[hashes] === '#') hashes++;
    if (hashes === from || (hashes < to && !' \t'.includes(line[hashes]!))) break;
    from = hashes;
  }
  while (to > from && '*_ \t'.includes(line[to - 1]!)) to--;
  return line.slice(from, to);
}

/**
 * The first non-blank lines of a text, trimmed, each cut to `prefix` characters: where a report states
 * its title and date. Only line starts are copied, so a 50 MB line costs no more than a short one.
 */
export function* topLines(text: string, count: number, prefix: number): Generator<string> {
  let seen = 0;
  for (let start = 0; seen < count && start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, Math.min(end, start + prefix)).trim();
    start = end + 1;
    if (line === '') continue;
    seen++;
    yield line;
  }
}
