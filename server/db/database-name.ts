/**
 * How a database is named in a message or log line: an embedded file by its `file:` URL; a libSQL
 * server by its scheme, host and port only, since its URL may carry an auth token
 * (`libsql://host?authToken=…`) or a user and password, which never go into a log.
 */
export function databaseName(url: string): string {
  if (url.startsWith('file:')) return `embedded database ${url}`;
  try {
    const u = new URL(url);
    return `libSQL server ${u.protocol}//${u.host}`;
  } catch {
    return 'libSQL server (address not shown)';
  }
}
