/** A quote cut at the last word boundary within `max` characters, marked with an ellipsis when cut. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 0 ? cut : max)}…`;
}
