import type { ListSqlDialect } from '../roundup-list-sql';

/** The list query on PostgreSQL: `updated_at` is a timestamptz, parameters are numbered. */
export const postgresListDialect: ListSqlDialect = {
  updatedAt: 'updated_at',
  scheduledFor: 'scheduled_for',
  instant: (index) => `$${index}::timestamptz`,
  parameter: (index) => `$${index}`,
  idIn: (index) => `id = ANY($${index}::text[])`,
  idList: (ids) => [...ids],
};
