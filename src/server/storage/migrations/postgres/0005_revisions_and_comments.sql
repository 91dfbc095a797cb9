-- Revisions: every save that changed the document, as its metadata and a list of brief references. A brief's
-- content is stored once per roundup under the hash of its JSON, so an autosave that changed one brief of sixty
-- adds one content row; pruning a revision deletes the contents no remaining revision references.

CREATE TABLE roundup_revisions (
  roundup_id text COLLATE "C" NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  revision jsonb NOT NULL,
  PRIMARY KEY (roundup_id, version)
);

CREATE TABLE roundup_brief_contents (
  roundup_id text COLLATE "C" NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  hash text COLLATE "C" NOT NULL,
  -- text, not jsonb: the brief node's JSON exactly as written, since the hash is of this text.
  content text NOT NULL,
  PRIMARY KEY (roundup_id, hash)
);

-- Comment threads live apart from the document, each stored whole, with a revision for compare-and-set.
CREATE TABLE comment_threads (
  id text COLLATE "C" PRIMARY KEY,
  roundup_id text COLLATE "C" NOT NULL REFERENCES roundups (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  thread jsonb NOT NULL
);

-- A roundup's threads, oldest first, and the latest changes across roundups.
CREATE INDEX comment_threads_list_order ON comment_threads (roundup_id, created_at, id);
CREATE INDEX comment_threads_recent ON comment_threads (updated_at DESC, id);
