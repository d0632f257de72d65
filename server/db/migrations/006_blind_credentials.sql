-- Invitations are exchanged for blind-signed credentials (RFC 9474; docs/decisions/009): the link's
-- token is used up when the link is opened, and the answer comes later with a credential that no
-- one, the server included, can tie back to the token. So the token and the answer are never
-- written in the same transaction.

-- One RSA key pair per wave and set of batch attributes: a credential says only which attributes
-- its answer carries, which the answer row says anyway. id is the SHA-256 of the public key.
CREATE TABLE credential_keys (
  id TEXT PRIMARY KEY NOT NULL,
  wave_id TEXT NOT NULL REFERENCES waves (id),
  attributes TEXT NOT NULL CHECK (json_valid(attributes)),
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  UNIQUE (wave_id, attributes)
) WITHOUT ROWID;

-- The hash of the blinded message a used token was exchanged for, so that a retry of a lost
-- response (the same blinded message) gets its signature again and another browser does not.
-- A blinded message is uniformly random: it says nothing about the credential that comes of it.
ALTER TABLE invitations ADD COLUMN blinded_hash TEXT;

-- Credentials that were spent on an answer, as salted hashes, written in the answer's transaction.
-- They belong to a wave and are deleted when it is closed, like idempotency records.
CREATE TABLE spent_credentials (
  credential_hash TEXT PRIMARY KEY NOT NULL,
  wave_id TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX spent_credentials_by_wave ON spent_credentials (wave_id);
