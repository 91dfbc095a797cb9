import { demoAccounts, demoPassword } from '../services/demo-accounts';
import type { PasswordHasher } from '../services/password-hasher';
import type { UserStorage } from '../services/user-storage';
import { isLoopbackHost } from './loopback-host';
import type { ServerConfig } from './server-config';

/**
 * Throws, with what to do, when the server would listen beyond this machine with accounts anyone can sign in to: the
 * demo seed (SEED_DEMO, on by default) or demo accounts left in the database with the published password. The
 * operator can say yes on purpose with ALLOW_DEMO_ACCOUNTS_ON_NETWORK=true (a demo on a trusted network).
 */
export async function refuseExposedDemoAccounts(
  config: Pick<ServerConfig, 'host' | 'seedDemo' | 'allowDemoAccountsOnNetwork'>,
  dependencies: { users: UserStorage; hasher: PasswordHasher },
): Promise<void> {
  if (isLoopbackHost(config.host) || config.allowDemoAccountsOnNetwork) return;
  const exposed: string[] = [];
  if (config.seedDemo) {
    exposed.push(...demoAccounts.map((account) => account.email));
  } else {
    for (const account of demoAccounts) {
      const stored = await dependencies.users.findByEmail(account.email);
      if (stored !== null && (await dependencies.hasher.verify(demoPassword, stored.passwordHash))) exposed.push(account.email);
    }
  }
  if (exposed.length === 0) return;
  throw new Error(
    [
      `Bureau will not start: HOST=${config.host} can be reached from the network, and these accounts have the published`,
      `demo password "${demoPassword}": ${exposed.join(', ')}.`,
      'Do one of these:',
      '  - keep it on this machine: unset HOST (it listens on 127.0.0.1 by default);',
      config.seedDemo
        ? '  - start without the demo accounts: SEED_DEMO=false (with no account yet, the server prints a one-time link that creates the first admin);'
        : '  - give those accounts other passwords or deactivate them (start once on 127.0.0.1 to do it), then start again;',
      '  - or expose them on purpose (a demo on a trusted network): ALLOW_DEMO_ACCOUNTS_ON_NETWORK=true.',
    ].join('\n'),
  );
}
