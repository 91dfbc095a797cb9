import type { ListSqlDialect } from '../roundup-list-sql';

/** The list query on SQLite: times compared as `unixepoch(…, 'subsec')`, the expression the indexes hold. */
export const sqliteListDialect: ListSqlDialect = {
  updatedAt: "unixepoch(updated_at, 'subsec')",
  scheduledFor: "unixepoch(scheduled_for, 'subsec')",
  instant: () => "unixepoch(?, 'subsec')",
  parameter: () => '?',
  idIn: () => 'id IN (SELECT value FROM json_each(?))',
  idList: (ids) => JSON.stringify(ids),
};
