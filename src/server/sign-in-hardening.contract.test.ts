import { describe, it } from 'vitest';
import { defineSetupContract } from '../../tests/contract/setup-contract';
import { defineSignInThrottleContract } from '../../tests/contract/sign-in-throttle-contract';
import { startContractServer } from './contract-server';
import { startFirstRunContractServer } from './first-run-contract-server';

defineSignInThrottleContract('server on SQLite', () => startContractServer('sqlite'));
defineSetupContract('server on SQLite', () => startFirstRunContractServer('sqlite'));

if (process.env.DATABASE_URL) {
  defineSignInThrottleContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineSetupContract('server on PostgreSQL', () => startFirstRunContractServer('postgres'));
} else {
  describe('sign-in hardening contract: server on PostgreSQL', () => {
    it.skip('skipped: DATABASE_URL is not set (bash .ci/run sets it when PostgreSQL answers on 127.0.0.1:5432)', () => undefined);
  });
}
