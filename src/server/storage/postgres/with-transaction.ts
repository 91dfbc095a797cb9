import type pg from 'pg';

/**
 * Runs `work` on one pooled connection between BEGIN and COMMIT, rolling back if it throws. A connection whose
 * rollback fails is destroyed rather than returned to the pool in an unknown state.
 */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').then(
      () => client.release(),
      () => client.release(true),
    );
    throw error;
  }
}
