import type { Language } from '../../survey-format/command-line/language.ts';

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

/**
 * A database as a message names it ({@link databaseName}, which keeps tokens and passwords out), in
 * `language`: "embedded database file:…" or "libSQL server ws://host:port".
 */
export function databaseNameIn(url: string, language: Language): string {
  const name = databaseName(url);
  if (language === 'en') return name;
  return name.replace(/^embedded database /, 'ingebouwde database ').replace(/^libSQL server /, 'libSQL-server ').replace('(address not shown)', '(adres niet getoond)');
}
