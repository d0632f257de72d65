-- Roles for everyone who steers (server/auth/permissions.ts), and accounts that sign in through the
-- organisation's identity provider. SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt. Sessions are ended first: the rebuilt table must not leave a session pointing at nothing,
-- and everyone simply signs in again after the upgrade.
--   password_hash: NULL for an account that signs in through the identity provider (OpenID Connect).
--   directorate:   the directorate a directorate manager sees; NULL for every other role.
--   subject:       the identity provider's issuer and subject ("<iss> <sub>"), for its accounts only.
DELETE FROM sessions;

CREATE TABLE accounts_next (
  id TEXT PRIMARY KEY NOT NULL,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT,
  role TEXT NOT NULL CHECK (role IN ('admin', 'researcher', 'manager', 'po', 'reader')),
  surveys TEXT CHECK (surveys IS NULL OR json_valid(surveys)),
  directorate TEXT CHECK ((role = 'manager') = (directorate IS NOT NULL)),
  subject TEXT UNIQUE CHECK ((subject IS NULL) <> (password_hash IS NULL)),
  created_on TEXT NOT NULL
);

INSERT INTO accounts_next (id, username, password_hash, role, surveys, directorate, subject, created_on)
  SELECT id, username, password_hash, role, surveys, NULL, NULL, created_on FROM accounts;

DROP TABLE accounts;

ALTER TABLE accounts_next RENAME TO accounts;
