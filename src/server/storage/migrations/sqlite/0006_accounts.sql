-- Account management: an admin deactivates accounts (which then cannot sign in and lose their sessions), and the
-- admin screen shows when each one last signed in and changed its password. Existing accounts stay active.

ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE users ADD COLUMN deactivated_at TEXT;
ALTER TABLE users ADD COLUMN last_signed_in_at TEXT;
ALTER TABLE users ADD COLUMN password_changed_at TEXT;
