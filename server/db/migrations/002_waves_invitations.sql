-- A wave: one survey version fielded in one period. The definition is kept as it was fielded, so
-- answers are always validated against the version the respondent saw, and a later edit of the
-- survey file cannot change what an open wave accepts.
CREATE TABLE waves (
  id TEXT PRIMARY KEY NOT NULL,
  survey_id TEXT NOT NULL,
  survey_version TEXT NOT NULL,
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  period TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('invitation', 'open')),
  k_min INTEGER NOT NULL CHECK (k_min >= 1),
  k_special INTEGER NOT NULL CHECK (k_special >= k_min),
  retention_days INTEGER NOT NULL CHECK (retention_days >= 1),
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  UNIQUE (survey_id, period)
);

-- A batch of invitation links, with the group attributes copied onto each answer instead of asked.
CREATE TABLE invitation_batches (
  id TEXT PRIMARY KEY NOT NULL,
  wave_id TEXT NOT NULL REFERENCES waves (id),
  size INTEGER NOT NULL CHECK (size >= 1),
  attributes TEXT NOT NULL CHECK (json_valid(attributes))
);

-- One row per link: only the token's hash, and whether it was used (never when). Keyed by the hash,
-- without rowid, so neither storage order nor any column lines a token up with an answer.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY NOT NULL,
  batch_id TEXT NOT NULL REFERENCES invitation_batches (id),
  used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;

CREATE INDEX invitations_by_batch ON invitations (batch_id, used);

-- Answers carry the group attributes of their invitation batch ('{}' for open links).
ALTER TABLE responses ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}';

-- Idempotency records belong to a wave and are deleted when it closes.
ALTER TABLE idempotency_keys ADD COLUMN wave_id TEXT NOT NULL DEFAULT '';
