-- Register records (survey-format/register/): one row per vacancy procedure (or, for a directorate
-- register, per directorate) and period, never about a person. Keyed by a random id; `record_key`
-- is the procedure reference (or the directorate) and unique per register and period, so an import
-- of the same file again changes nothing and a correction replaces the record. No time is kept
-- here: who entered, imported or corrected what, and when, is in the audit log.
CREATE TABLE procedure_records (
  id TEXT PRIMARY KEY NOT NULL,
  register_id TEXT NOT NULL,
  register_version TEXT NOT NULL,
  period TEXT NOT NULL,
  record_key TEXT NOT NULL,
  reference TEXT NOT NULL,
  directorate TEXT NOT NULL,
  answers TEXT NOT NULL,
  UNIQUE (register_id, period, record_key)
) WITHOUT ROWID;
