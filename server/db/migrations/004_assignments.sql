-- Waves get a third mode, 'assignment': an observation survey fielded through mystery-guest
-- assignments. SQLite cannot change a CHECK constraint, and rebuilding the table would trip the
-- foreign keys of invitation batches, so the column is replaced: a new one with the wider check
-- (its default only serves the ADD COLUMN; every insert names the mode), the values copied, the old
-- one (whose check is its own) dropped.
ALTER TABLE waves ADD COLUMN mode_v2 TEXT NOT NULL DEFAULT 'invitation' CHECK (mode_v2 IN ('invitation', 'open', 'assignment'));

UPDATE waves SET mode_v2 = mode;

ALTER TABLE waves DROP COLUMN mode;

ALTER TABLE waves RENAME COLUMN mode_v2 TO mode;

-- A mystery guest's assignment: what to observe (a vacancy or procedure reference, a directorate,
-- a kind of assignment) and, for paired testing, the pair, the tester profile and the position of
-- this application in the pair's randomised order. Keyed by the hash of the link's token; nothing
-- says who holds the link. Unlike an invitation, the token is never used up: a guest logs one
-- observation per step, on several days.
CREATE TABLE assignments (
  token_hash TEXT PRIMARY KEY NOT NULL,
  id TEXT NOT NULL UNIQUE,
  wave_id TEXT NOT NULL REFERENCES waves (id),
  reference TEXT NOT NULL,
  directorate TEXT NOT NULL,
  kind TEXT NOT NULL,
  pair_id TEXT,
  profile TEXT CHECK (profile IN ('a', 'b')),
  position INTEGER CHECK (position IN (1, 2)),
  CHECK ((pair_id IS NULL) = (profile IS NULL) AND (profile IS NULL) = (position IS NULL)),
  UNIQUE (wave_id, pair_id, profile)
) WITHOUT ROWID;
