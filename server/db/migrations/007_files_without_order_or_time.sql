-- Nothing in the answers' files may keep the order of submission or a time
-- (docs/decisions/010-files-without-order-or-time.md).
--
-- 1. Answers are keyed by (survey, wave, random id) and have no secondary index. The index
--    responses_by_wave held one small entry per answer, many to a page; SQLite places each new cell
--    below the ones already on its page, so the entries' byte offsets were a clock with the answer's
--    id in it. Keyed like this, the table itself serves the look-ups by wave.
CREATE TABLE responses_v2 (
  id TEXT NOT NULL,
  survey_id TEXT NOT NULL,
  survey_version TEXT NOT NULL,
  wave TEXT NOT NULL,
  answers TEXT NOT NULL CHECK (json_valid(answers)),
  attributes TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (survey_id, wave, id)
) WITHOUT ROWID;

INSERT INTO responses_v2 (id, survey_id, survey_version, wave, answers, attributes)
  SELECT id, survey_id, survey_version, wave, answers, attributes FROM responses ORDER BY survey_id, wave, id;

DROP INDEX responses_by_wave;

DROP TABLE responses;

ALTER TABLE responses_v2 RENAME TO responses;

-- 2. Researcher accounts, sessions, setup tokens and the audit log carry times; they now live in the
--    staff database (server/db/staff-migrations), where the code before this migration copied them.
DROP TABLE sessions;

DROP TABLE setup_tokens;

DROP TABLE audit_log;

DROP TABLE accounts;
