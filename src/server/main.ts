import { demoAccounts, demoPassword } from '../services/demo-accounts';
import { startBureauServer } from './create-bureau-server';
import { readServerConfig } from './server-config';

/** `npm start`: the real Bureau, SQLite in ./data unless DATABASE_URL says PostgreSQL. */
async function main(): Promise<void> {
  const config = readServerConfig();
  const server = await startBureauServer(config);
  const lines = [
    `Bureau is running at ${server.url}  (storage: ${server.engine === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL'})`,
  ];
  if (config.seedDemo) {
    lines.push(`Demo accounts (password "${demoPassword}"):`);
    for (const account of demoAccounts) lines.push(`  ${account.role.padEnd(9)} ${account.email}`);
  }
  if (server.setupUrl !== null) {
    lines.push(
      'No account yet. Open this one-time link to create the first admin (it works until an admin exists, and a new',
      `one is printed at every start until then):\n  ${server.setupUrl}`,
    );
  }
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests, then stopping.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
