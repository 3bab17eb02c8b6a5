/** Never print a password from a connection URL (`postgres://user:secret@host` → `postgres://user:***@host`). */
export function redactStoreUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
