/** The columns the user queries read, as `RowMappers.toStoredUser` expects them. */
export const userColumns =
  'id, email, name, role, password_hash, created_at, active, deactivated_at, last_signed_in_at, password_changed_at';

/** The columns the session queries read, as `RowMappers.toStoredSession` expects them. */
export const sessionColumns = 'token_hash, user_id, created_at, expires_at';
