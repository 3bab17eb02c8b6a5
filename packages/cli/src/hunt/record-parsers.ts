/** Rows of delimited formats into records: CSV with a header (RFC 4180 quoting; rows spanning lines are joined first, csv-continuation.ts) and Zeek TSV. */

/** Splits one CSV row; quoted fields may hold the delimiter and doubled quotes. */
export function splitCsvRow(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      const next = line.indexOf(delimiter, i);
      i = next < 0 ? line.length + 1 : next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      const end = next < 0 ? line.length : next;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

export function rowRecord(
  names: readonly string[],
  values: readonly string[],
  unset?: ReadonlySet<string>,
): Record<string, string> {
  const record: Record<string, string> = {};
  const n = Math.min(names.length, values.length);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (unset?.has(value)) continue;
    record[names[i]!] = value;
  }
  return record;
}

/** Zeek's `#separator \x09` header line → the separator character. */
export function zeekSeparator(line: string): string {
  const spec = line.slice('#separator '.length).trim();
  return spec.startsWith('\\x') ? String.fromCharCode(parseInt(spec.slice(2), 16)) : spec || '\t';
}

export const ZEEK_UNSET: ReadonlySet<string> = new Set(['-', '(empty)']);
