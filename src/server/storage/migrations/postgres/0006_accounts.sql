-- Account management: an admin deactivates accounts (which then cannot sign in and lose their sessions), and the
-- admin screen shows when each one last signed in and changed its password. Existing accounts stay active.

ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
ALTER TABLE users ADD COLUMN last_signed_in_at timestamptz;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;
