-- Baselines of targets (docs/survey-format.md, "Targets"): the figure a researcher entered for a
-- target whose baseline is a period before Peil, in the followed indicator's unit, with where it
-- comes from. One per survey and target; entering it again replaces it. No time is kept here:
-- who entered what, and when, is in the audit log.
CREATE TABLE target_baselines (
  survey_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  value REAL NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (survey_id, target_id)
) WITHOUT ROWID;
