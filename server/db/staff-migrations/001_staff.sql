-- The staff database: researcher accounts, their sessions and the audit log. It is a database of
-- its own, apart from the answers (docs/decisions/010-files-without-order-or-time.md): these rows
-- carry times (a session's last request, an audit entry's moment), and a write with a time in the
-- same file or write-ahead log as answers would date the answers next to it.
-- The tables are those of migration 003 of the answers database, which 007 moves here.

-- Researcher accounts for the workspace. These are staff, not respondents: knowing who did what and
-- when is the point here (the audit log), so times are kept, but never anything a respondent sent.
-- surveys: a JSON array of survey ids a researcher may work on, or NULL for every survey.
CREATE TABLE accounts (
  id TEXT PRIMARY KEY NOT NULL,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'researcher')),
  surveys TEXT CHECK (surveys IS NULL OR json_valid(surveys)),
  created_on TEXT NOT NULL
);

-- Server-side sessions. Only a hash of the cookie's secret is kept, so a copy of the database
-- cannot be used to log in. Times are epoch seconds, for the idle and absolute timeouts.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY NOT NULL,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX sessions_by_account ON sessions (account_id);

-- Hashes of the one-time links that create the first admin; all are deleted once an account exists.
CREATE TABLE setup_tokens (
  token_hash TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

-- What researchers did: who, when, which action, and a detail that never holds answers or tokens.
-- The username is copied so an entry still names its author after the account is deleted.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  account_id TEXT,
  username TEXT,
  action TEXT NOT NULL,
  detail TEXT NOT NULL CHECK (json_valid(detail))
);
