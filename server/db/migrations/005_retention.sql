-- Retention (privacy guide): once a closed wave's retention period has passed, its raw answers are
-- deleted and only what analysis published about it is kept. purged_on is the Amsterdam date that
-- happened; NULL while the answers are still there.
ALTER TABLE waves ADD COLUMN purged_on TEXT;

-- The report analysis published for a purged wave: rows after disclosure control, targets, paired
-- testing, as JSON (analysis/indicators/analyse.ts SurveyReport). Nothing unsuppressed, so this is
-- anonymous. confidence is the level its intervals were computed at, which the change tests of the
-- next wave need to read a standard deviation back from a published interval.
CREATE TABLE wave_reports (
  wave_id TEXT PRIMARY KEY NOT NULL REFERENCES waves (id),
  confidence REAL NOT NULL CHECK (confidence > 0 AND confidence < 1),
  report TEXT NOT NULL CHECK (json_valid(report))
) WITHOUT ROWID;
