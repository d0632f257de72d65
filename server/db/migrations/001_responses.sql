-- Answers. The primary key is a random UUID and the table has no rowid, so rows are stored in
-- key order: the storage order says nothing about the order of submission. There is no
-- timestamp finer than the wave, and nothing about the respondent's request.
CREATE TABLE responses (
  id TEXT PRIMARY KEY NOT NULL,
  survey_id TEXT NOT NULL,
  survey_version TEXT NOT NULL,
  wave TEXT NOT NULL,
  answers TEXT NOT NULL CHECK (json_valid(answers))
) WITHOUT ROWID;

CREATE INDEX responses_by_wave ON responses (survey_id, wave);

-- Outcomes of submissions by idempotency key, so a retried submission replays its first result.
-- The key is stored only as a hash, and the body hash is salted with the key itself: without the
-- key (which only the respondent's browser had) nobody can test which answer a record belongs to.
CREATE TABLE idempotency_keys (
  key_hash TEXT PRIMARY KEY NOT NULL,
  body_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  wave TEXT NOT NULL
) WITHOUT ROWID;
