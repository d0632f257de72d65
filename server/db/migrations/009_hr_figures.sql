-- HR figures (server/hr/): aggregates per directorate and half-year from the HR system, never about
-- a person: headcount, absence percentage, inflow, throughflow, outflow, meldingen and sanctions.
-- No time is kept; who imported what, and when, is in the audit log. An import replaces every row
-- of each period it holds (a corrected file for a period is imported whole).
CREATE TABLE hr_figures (
  period TEXT NOT NULL,
  directorate TEXT NOT NULL,
  headcount INTEGER NOT NULL CHECK (headcount >= 0),
  absence REAL NOT NULL CHECK (absence >= 0 AND absence <= 100),
  inflow INTEGER NOT NULL CHECK (inflow >= 0),
  throughflow INTEGER NOT NULL CHECK (throughflow >= 0),
  outflow INTEGER NOT NULL CHECK (outflow >= 0),
  reports INTEGER NOT NULL CHECK (reports >= 0),
  sanctions INTEGER NOT NULL CHECK (sanctions >= 0),
  PRIMARY KEY (period, directorate)
) WITHOUT ROWID;
