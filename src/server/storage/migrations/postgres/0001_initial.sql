-- Bureau on PostgreSQL. Tables are created unqualified: the storage sets search_path to its schema (default public).
-- Ids use the "C" collation so that "ties by id" orders them byte-wise, as JavaScript's `<` does, whatever the
-- database's locale.

CREATE TABLE roundups (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text NOT NULL,
  status text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  schema_version integer NOT NULL,
  -- The headline as the list searches it (NFC, lower-cased by the application, not by the locale-dependent
  -- lower()); the headline shown stays in meta.
  headline_search text NOT NULL,
  -- Counted on write so that listing never reads bodies (up to 2 MB each).
  brief_count integer NOT NULL,
  meta jsonb NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE INDEX roundups_list_order ON roundups (updated_at DESC, id);

CREATE TABLE idempotency_records (
  key text PRIMARY KEY,
  request_fingerprint text NOT NULL,
  roundup_id text NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE users (
  id text COLLATE "C" PRIMARY KEY,
  email text NOT NULL,
  -- The address lower-cased by the application (JavaScript's Unicode rules, as sign-in folds it), not by the
  -- database, whose case rules depend on its locale: uniqueness and look-up are case-insensitive in every script.
  email_lower text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  -- SHA-256 of the session token; the token itself is never stored.
  token_hash text PRIMARY KEY,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE photos (
  id text PRIMARY KEY,
  media_type text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  byte_size integer NOT NULL,
  content_hash text NOT NULL,
  variants jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE photo_files (
  photo_id text NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
  -- 'original', 'w480', 'w960' or 'w1600'.
  name text NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (photo_id, name)
);

-- Photos arrive already compressed (JPEG, PNG, WebP, AVIF): store them out of line without trying pglz on them.
ALTER TABLE photo_files ALTER COLUMN bytes SET STORAGE EXTERNAL;

-- Small named facts the server remembers about itself (e.g. when the demo was seeded).
CREATE TABLE markers (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Old records are pruned after the replay window.
CREATE INDEX idempotency_records_created ON idempotency_records (created_at);
