-- The desk's review beside the status: per-brief verdicts, schedule, layout check, withdrawal (JSON, checked by the
-- application), a revision counter of its own so that review steps and document saves never block each other, and
-- the history of review steps, one row per step, numbered by the revision it produced.

ALTER TABLE roundups ADD COLUMN workflow TEXT NOT NULL DEFAULT '{}';
ALTER TABLE roundups ADD COLUMN workflow_revision INTEGER NOT NULL DEFAULT 0;

CREATE TABLE roundup_events (
  roundup_id TEXT NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  event TEXT NOT NULL,
  PRIMARY KEY (roundup_id, revision)
) STRICT;
