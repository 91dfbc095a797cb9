-- The dashboard filters, counts and pages in SQL, and the history pages by version: columns the application derives
-- on every write (`roundup-list-columns.ts`) so that filters compare plain columns, and an index for each filter that
-- keeps the list order, so a page reads only its rows. Allowed deletions are logged in `roundup_deletions`.

-- The region trimmed as JavaScript's String.prototype.trim does (every Unicode White_Space character and BOM).
ALTER TABLE roundups ADD COLUMN region_key TEXT NOT NULL DEFAULT '';
-- The desk who started the review (`reviewerIdOf`), or NULL.
ALTER TABLE roundups ADD COLUMN reviewer_id TEXT;
-- When the roundup is embargoed until (`scheduledForOf`), or NULL: finds the scheduled roundups that are due.
ALTER TABLE roundups ADD COLUMN scheduled_for TEXT;

UPDATE roundups SET
  region_key = CASE WHEN json_type(meta, '$.region') = 'text'
    THEN trim(json_extract(meta, '$.region'),
      char(9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232,
           8233, 8239, 8287, 12288, 65279))
    ELSE '' END,
  reviewer_id = CASE WHEN json_type(workflow, '$.reviewer.by') = 'text' THEN json_extract(workflow, '$.reviewer.by') END,
  scheduled_for = CASE WHEN json_type(workflow, '$.scheduledFor') = 'text'
    AND unixepoch(json_extract(workflow, '$.scheduledFor'), 'subsec') IS NOT NULL
    THEN json_extract(workflow, '$.scheduledFor') END;

-- Queries must repeat unixepoch(updated_at, 'subsec') to use these (see roundups_list_order in 0001).
CREATE INDEX roundups_by_status ON roundups (status, unixepoch(updated_at, 'subsec') DESC, id);
CREATE INDEX roundups_by_owner ON roundups (owner_id, unixepoch(updated_at, 'subsec') DESC, id);
CREATE INDEX roundups_by_reviewer ON roundups (reviewer_id, unixepoch(updated_at, 'subsec') DESC, id);
CREATE INDEX roundups_by_region ON roundups (region_key, unixepoch(updated_at, 'subsec') DESC, id);
CREATE INDEX roundups_due ON roundups (status, unixepoch(scheduled_for, 'subsec'));

-- No foreign key: a deletion is recorded for good, after the roundup's rows are gone.
CREATE TABLE roundup_deletions (
  id INTEGER PRIMARY KEY,
  roundup_id TEXT NOT NULL,
  headline TEXT NOT NULL,
  status TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  deleted_by_id TEXT NOT NULL,
  deleted_by_name TEXT NOT NULL,
  deleted_by_role TEXT NOT NULL
) STRICT;

CREATE INDEX roundup_deletions_recent ON roundup_deletions (unixepoch(deleted_at, 'subsec') DESC, roundup_id);
