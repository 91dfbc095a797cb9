import { createScryptPasswordHasher } from '../auth/scrypt-password-hasher';
import { readServerConfig } from '../server-config';
import { openConfiguredStorage } from '../storage/open-configured-storage';
import { createAdminCommand } from './create-admin-command';
import { runCli } from './run-cli';

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

runCli(() =>
  createAdminCommand({
    args: process.argv.slice(2),
    readPassword: readFirstLine,
    openUsers: async () => {
      const storage = await openConfiguredStorage(readServerConfig(), { checkpointInBackground: false });
      return { users: storage.users, close: () => storage.close() };
    },
    hasher: createScryptPasswordHasher(),
    out: (line) => console.log(line),
    error: (line) => console.error(line),
  }),
);
