import { describe, expect, it } from 'vitest';
import type { Migration } from './migration-files';
import { pendingMigrations } from './pending-migrations';

const migrations: Migration[] = [
  { version: 1, name: 'initial', sql: '' },
  { version: 2, name: 'add_tags', sql: '' },
  { version: 3, name: 'add_desks', sql: '' },
];

describe('pendingMigrations', () => {
  it('lists what is not applied yet, in version order', () => {
    expect(pendingMigrations(migrations, []).map((migration) => migration.version)).toEqual([1, 2, 3]);
    const pending = pendingMigrations([...migrations].reverse(), [{ version: 1, name: 'initial' }]);
    expect(pending.map((migration) => migration.version)).toEqual([2, 3]);
    expect(pendingMigrations(migrations, migrations)).toEqual([]);
  });

  it('applies a migration merged below the latest applied one', () => {
    expect(pendingMigrations(migrations, [migrations[0]!, migrations[2]!])).toEqual([migrations[1]]);
  });

  it('refuses a database that knows a migration this build does not, or under another name', () => {
    expect(() => pendingMigrations(migrations.slice(0, 2), migrations)).toThrow(/migration 3 \(add_desks\).*newer build/);
    expect(() => pendingMigrations(migrations, [{ version: 2, name: 'add_labels' }])).toThrow(/"add_labels".*"add_tags"/);
  });
});
