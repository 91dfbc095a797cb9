-- Who is editing a roundup right now (one tab at most), with a revision for compare-and-set. Ephemeral: a lock whose
-- heartbeat stopped is simply replaced.

CREATE TABLE roundup_locks (
  roundup_id text COLLATE "C" PRIMARY KEY REFERENCES roundups (id) ON DELETE CASCADE,
  revision integer NOT NULL CHECK (revision >= 1),
  lock jsonb NOT NULL
);
