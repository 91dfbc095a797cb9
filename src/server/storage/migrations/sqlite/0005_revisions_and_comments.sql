-- Revisions: every save that changed the document, as its metadata and a list of brief references. A brief's
-- content is stored once per roundup under the hash of its JSON, so an autosave that changed one brief of sixty
-- adds one content row; pruning a revision deletes the contents no remaining revision references.

CREATE TABLE roundup_revisions (
  roundup_id TEXT NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  revision TEXT NOT NULL,
  PRIMARY KEY (roundup_id, version)
) STRICT;

CREATE TABLE roundup_brief_contents (
  roundup_id TEXT NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  hash TEXT NOT NULL,
  -- The brief node's JSON exactly as written: the hash is of this text.
  content TEXT NOT NULL,
  PRIMARY KEY (roundup_id, hash)
) STRICT;

-- Comment threads live apart from the document, each stored whole, with a revision for compare-and-set.
CREATE TABLE comment_threads (
  id TEXT PRIMARY KEY,
  roundup_id TEXT NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  thread TEXT NOT NULL
) STRICT;

-- A roundup's threads, oldest first, and the latest changes across roundups. Queries repeat these expressions.
CREATE INDEX comment_threads_list_order ON comment_threads (roundup_id, unixepoch(created_at, 'subsec'), id);
CREATE INDEX comment_threads_recent ON comment_threads (unixepoch(updated_at, 'subsec') DESC, id);
