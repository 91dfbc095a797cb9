import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { minPasswordLength } from '../../contract/account-endpoints';
import { setupRequestSchema } from '../../contract/setup-endpoints';
import { weakPassword, weakPasswordReason } from '../../services/password-rules';
import { createRandomId } from '../../schema/random-id';
import type { PasswordHasher } from '../../services/password-hasher';
import type { UserStorage } from '../../services/user-storage';

export const createAdminUsage = `usage: npm run create-admin -- --email EMAIL --name NAME [--password-stdin]
Adds an admin account to the server's storage (SQLite in DATA_DIR, or DATABASE_URL), also when admins exist (a way
back in when the only admin's password is lost). With --password-stdin the password is the first line of standard
input (at least ${minPasswordLength} characters, not the email or the demo password); without it a random one is made and printed once.`;

export interface CreateAdminConsole {
  args: string[];
  /** The first line of standard input (asked only with --password-stdin). */
  readPassword: () => Promise<string>;
  /** Opens the configured storage (asked only once the arguments are right). */
  openUsers: () => Promise<{ users: UserStorage; close(): Promise<void> }>;
  hasher: PasswordHasher;
  out: (line: string) => void;
  error: (line: string) => void;
}

/** `npm run create-admin`: the console alternative to the first-run link. Returns the exit code. */
export async function createAdminCommand(io: CreateAdminConsole): Promise<number> {
  const { values } = parseArgs({
    args: io.args,
    options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  if (values.email === undefined || values.name === undefined) {
    io.error(createAdminUsage);
    return 2;
  }
  const generated = !values['password-stdin'];
  const password = generated ? randomBytes(15).toString('base64url') : await io.readPassword();
  // The setup request's rules (name, email, password length); the console needs no token.
  const parsed = setupRequestSchema.safeParse({ token: 'console', name: values.name, email: values.email, password });
  if (!parsed.success) {
    io.error(`create-admin: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return 2;
  }
  const weakness = weakPasswordReason(parsed.data.password, parsed.data.email);
  if (weakness !== null) {
    io.error(`create-admin: password: ${weakPassword(weakness).message}`);
    return 2;
  }
  const storage = await io.openUsers();
  try {
    const inserted = await storage.users.insert({
      id: createRandomId(),
      email: parsed.data.email,
      name: parsed.data.name,
      role: 'admin',
      passwordHash: await io.hasher.hash(parsed.data.password),
      createdAt: new Date().toISOString(),
    });
    if (!inserted) {
      io.error(`create-admin: an account with the email ${parsed.data.email} exists already`);
      return 1;
    }
    io.out(`Admin ${parsed.data.email} created.${generated ? ` Password (shown once; change it after signing in): ${password}` : ''}`);
    return 0;
  } finally {
    await storage.close();
  }
}
