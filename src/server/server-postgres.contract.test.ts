import { describe, it } from 'vitest';
import { startContractServer } from './contract-server';
import { defineAuthorizationContract } from '../../tests/contract/authorization-contract';
import { defineRoundupApiContract } from '../../tests/contract/roundup-api-contract';
import { defineSessionContract } from '../../tests/contract/session-contract';
import { defineAccountContract } from '../../tests/contract/account-contract';
import { defineWorkflowContract } from '../../tests/contract/workflow-contract';
import { defineLockContract } from '../../tests/contract/lock-contract';
import { defineRevisionContract } from '../../tests/contract/revision-contract';
import { defineCommentContract } from '../../tests/contract/comment-contract';
import { defineExchangeContract } from '../../tests/contract/exchange-contract';
import { defineRequestGuardContract } from '../../tests/contract/request-guard-contract';
import { defineLinkAttributesContract } from '../../tests/contract/link-attributes-contract';

if (process.env.DATABASE_URL) {
  defineRoundupApiContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineSessionContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineAccountContract('server on PostgreSQL', () => startContractServer('postgres'), { liveStream: true });
  defineAuthorizationContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineWorkflowContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineLockContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineRevisionContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineCommentContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineExchangeContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineRequestGuardContract('server on PostgreSQL', () => startContractServer('postgres'));
  defineLinkAttributesContract('server on PostgreSQL', () => startContractServer('postgres'));
} else {
  console.warn('PostgreSQL contract suites skipped: DATABASE_URL is not set (bash .ci/run sets it when PostgreSQL answers).');
  describe('API contract: server on PostgreSQL', () => {
    it.skip('skipped: DATABASE_URL is not set (bash .ci/run sets it when PostgreSQL answers on 127.0.0.1:5432)', () => undefined);
  });
}
