-- The dashboard filters, counts and pages in SQL, and the history pages by version: columns the application derives
-- on every write (`roundup-list-columns.ts`) so that filters compare plain columns, and an index for each filter that
-- keeps the list order, so a page reads only its rows. Allowed deletions are logged in `roundup_deletions`.

-- The region trimmed as JavaScript's String.prototype.trim does (every Unicode White_Space character and BOM).
ALTER TABLE roundups ADD COLUMN region_key text NOT NULL DEFAULT '';
-- The desk who started the review (`reviewerIdOf`), or NULL.
ALTER TABLE roundups ADD COLUMN reviewer_id text;
-- When the roundup is embargoed until (`scheduledForOf`), or NULL: finds the scheduled roundups that are due.
ALTER TABLE roundups ADD COLUMN scheduled_for timestamptz;

UPDATE roundups SET
  region_key = CASE WHEN jsonb_typeof(meta -> 'region') = 'string'
    THEN btrim(meta ->> 'region',
      chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193)
      || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201)
      || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279))
    ELSE '' END,
  reviewer_id = CASE WHEN jsonb_typeof(workflow -> 'reviewer' -> 'by') = 'string' THEN workflow -> 'reviewer' ->> 'by' END,
  -- Only an ISO 8601 instant is cast (every build writes one), so no stored oddity can fail the migration.
  scheduled_for = CASE WHEN jsonb_typeof(workflow -> 'scheduledFor') = 'string'
    AND workflow ->> 'scheduledFor' ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$'
    THEN (workflow ->> 'scheduledFor')::timestamptz END;

CREATE INDEX roundups_by_status ON roundups (status, updated_at DESC, id);
CREATE INDEX roundups_by_owner ON roundups (owner_id, updated_at DESC, id);
CREATE INDEX roundups_by_reviewer ON roundups (reviewer_id, updated_at DESC, id);
CREATE INDEX roundups_by_region ON roundups (region_key, updated_at DESC, id);
CREATE INDEX roundups_due ON roundups (status, scheduled_for);

-- No foreign key: a deletion is recorded for good, after the roundup's rows are gone.
CREATE TABLE roundup_deletions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  roundup_id text COLLATE "C" NOT NULL,
  headline text NOT NULL,
  status text NOT NULL,
  owner_id text NOT NULL,
  deleted_at timestamptz NOT NULL,
  deleted_by_id text NOT NULL,
  deleted_by_name text NOT NULL,
  deleted_by_role text NOT NULL
);

CREATE INDEX roundup_deletions_recent ON roundup_deletions (deleted_at DESC, roundup_id);
