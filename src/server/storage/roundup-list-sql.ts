import type { RoundupListFilter, RoundupListQuery } from '../../services/roundup-storage';
import { headlineSearchPattern } from './headline-search-pattern';

/** How one engine writes what the list query needs. */
export interface ListSqlDialect {
  /** The list order's time of change, exactly as the indexes have it. */
  updatedAt: string;
  /** The embargo's time, exactly as the index has it. */
  scheduledFor: string;
  /** A parameter placeholder holding an ISO instant, comparable with `updatedAt`; `index` is 1-based. */
  instant(index: number): string;
  /** A plain parameter placeholder; `index` is 1-based. */
  parameter(index: number): string;
  /** The condition "id is one of the parameter `index`", and the value that parameter takes for `ids`. */
  idIn(index: number): string;
  idList(ids: readonly string[]): unknown;
}

/** SQL with its parameter values in placeholder order. */
export interface ListSql {
  sql: string;
  values: unknown[];
  /** Names which conditions are present (not their values): prepared statements can be cached under it. */
  shape: string;
}

function whereClause(dialect: ListSqlDialect, query: RoundupListQuery, withStatus: boolean): Omit<ListSql, 'sql'> & { where: string } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const shape: string[] = [];
  const value = (entry: unknown, place: (index: number) => string = dialect.parameter): string => {
    values.push(entry);
    return place(values.length);
  };
  const pattern = headlineSearchPattern(query);
  if (pattern !== null) {
    conditions.push(`headline_search LIKE ${value(pattern)} ESCAPE '\\'`);
    shape.push('headline');
  }
  const equal = (name: string, column: string, entry: string | undefined) => {
    if (entry === undefined) return;
    conditions.push(`${column} = ${value(entry)}`);
    shape.push(name);
  };
  equal('region', 'region_key', query.region);
  equal('owner', 'owner_id', query.ownerId);
  equal('reviewer', 'reviewer_id', query.reviewerId);
  if (withStatus) equal('status', 'status', query.status);
  if (query.updatedFrom !== undefined) {
    conditions.push(`${dialect.updatedAt} >= ${value(query.updatedFrom, dialect.instant)}`);
    shape.push('from');
  }
  if (query.updatedBefore !== undefined) {
    conditions.push(`${dialect.updatedAt} < ${value(query.updatedBefore, dialect.instant)}`);
    shape.push('before');
  }
  if (query.ids !== undefined) {
    values.push(dialect.idList(query.ids));
    conditions.push(dialect.idIn(values.length));
    shape.push('ids');
  }
  if (withStatus && query.scheduledBy !== undefined) {
    conditions.push(`${dialect.scheduledFor} <= ${value(query.scheduledBy, dialect.instant)}`);
    shape.push('due');
  }
  if (withStatus && query.after !== undefined) {
    // A range on the time (which an index can seek to), less the rows of that very time up to the last id shown.
    const { updatedAt, id } = query.after;
    conditions.push(
      `${dialect.updatedAt} <= ${value(updatedAt, dialect.instant)} AND NOT (${dialect.updatedAt} = ${value(updatedAt, dialect.instant)} AND id <= ${value(id)})`,
    );
    shape.push('after');
  }
  return { where: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, values, shape: shape.join(',') };
}

/** The list's page: the summary columns of the matches, in list order (newest first, ties by id), limited. */
export function roundupListSql(dialect: ListSqlDialect, query: RoundupListQuery): ListSql {
  const { where, values, shape } = whereClause(dialect, query, true);
  let limit = '';
  if (query.limit !== undefined) {
    values.push(query.limit);
    limit = `LIMIT ${dialect.parameter(values.length)}`;
  }
  return {
    sql: `SELECT id, owner_id, status, version, updated_at, meta, workflow, brief_count FROM roundups ${where}
      ORDER BY ${dialect.updatedAt} DESC, id ${limit}`,
    values,
    shape: `${shape}|${limit === '' ? 'all' : 'limit'}`,
  };
}

/** How many roundups match the filter, per status present (rows of `status`, `count`). */
export function roundupCountSql(dialect: ListSqlDialect, filter: RoundupListFilter): ListSql {
  const { where, values, shape } = whereClause(dialect, filter, false);
  return { sql: `SELECT status, count(*) AS count FROM roundups ${where} GROUP BY status`, values, shape };
}
