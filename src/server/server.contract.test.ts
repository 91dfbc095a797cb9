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

// The API contract against the real server on SQLite; PostgreSQL runs in its own file, so the two run in parallel.
defineRoundupApiContract('server on SQLite', () => startContractServer('sqlite'));
defineSessionContract('server on SQLite', () => startContractServer('sqlite'));
defineAccountContract('server on SQLite', () => startContractServer('sqlite'), { liveStream: true });
defineAuthorizationContract('server on SQLite', () => startContractServer('sqlite'));
defineWorkflowContract('server on SQLite', () => startContractServer('sqlite'));
defineLockContract('server on SQLite', () => startContractServer('sqlite'));
defineRevisionContract('server on SQLite', () => startContractServer('sqlite'));
defineCommentContract('server on SQLite', () => startContractServer('sqlite'));
defineExchangeContract('server on SQLite', () => startContractServer('sqlite'));
defineRequestGuardContract('server on SQLite', () => startContractServer('sqlite'));
defineLinkAttributesContract('server on SQLite', () => startContractServer('sqlite'));
