-- Bureau on SQLite. Timestamps are the ISO 8601 strings the services produce, kept as given; wherever they are
-- compared or ordered, the query compares unixepoch(…, 'subsec') (an instant), never the text, since two strings
-- can name the same instant ('…T11:00:00+09:00' and '…T02:00:00.000Z'). JSON columns hold JSON text.

CREATE TABLE roundups (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  schema_version INTEGER NOT NULL,
  -- The headline as the list searches it (NFC, lower-cased by the application); the headline shown stays in meta.
  headline_search TEXT NOT NULL,
  -- Counted on write so that listing never reads bodies (up to 2 MB each).
  brief_count INTEGER NOT NULL,
  meta TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The list order: most recently updated first, ties by id. Queries must repeat this expression to use the index.
CREATE INDEX roundups_list_order ON roundups (unixepoch(updated_at, 'subsec') DESC, id);

CREATE TABLE idempotency_records (
  key TEXT PRIMARY KEY,
  request_fingerprint TEXT NOT NULL,
  roundup_id TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  -- The address lower-cased by the application (JavaScript's Unicode rules, as sign-in folds it), not by the
  -- database, whose case rules depend on its locale: uniqueness and look-up are case-insensitive in every script.
  email_lower TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  -- SHA-256 of the session token; the token itself is never stored.
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_expiry ON sessions (unixepoch(expires_at, 'subsec'));
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  media_type TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  byte_size INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  variants TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE photo_files (
  photo_id TEXT NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
  -- 'original', 'w480', 'w960' or 'w1600'.
  name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (photo_id, name)
) STRICT;

-- Small named facts the server remembers about itself (e.g. when the demo was seeded).
CREATE TABLE markers (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Old records are pruned after the replay window.
CREATE INDEX idempotency_records_created ON idempotency_records (unixepoch(created_at, 'subsec'));
