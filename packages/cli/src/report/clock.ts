/** The CLI's one clock. VIGIL_NOW (RFC 3339) pins it, so examples and tests are byte-for-byte repeatable. */
export function now(): string {
  const pinned = process.env.VIGIL_NOW;
  if (pinned) {
    const time = Date.parse(pinned);
    if (Number.isNaN(time)) throw new Error(`VIGIL_NOW is not a timestamp: ${pinned}`);
    return new Date(time).toISOString();
  }
  return new Date().toISOString();
}
