import { describe, expect, it } from 'vitest';
import { createMemoryUserStorage } from '../../services/memory-user-storage';
import type { PasswordHasher } from '../../services/password-hasher';
import { createAdminCommand } from './create-admin-command';

const plainHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, hash) => hash === `plain$${password}`,
};

function console_(args: string[], stdin = '') {
  const users = createMemoryUserStorage();
  const lines = { out: [] as string[], error: [] as string[] };
  const run = (more: string[] = args) =>
    createAdminCommand({
      args: more,
      readPassword: async () => stdin,
      openUsers: async () => ({ users, close: async () => undefined }),
      hasher: plainHasher,
      out: (line) => lines.out.push(line),
      error: (line) => lines.error.push(line),
    });
  return { users, lines, run };
}

describe('create-admin command', () => {
  it('adds an admin with the password from standard input', async () => {
    const { users, lines, run } = console_(['--email', 'Chief@Newsroom.test', '--name', '첫 관리자', '--password-stdin'], 'a long console password');
    expect(await run()).toBe(0);
    expect(lines.out).toEqual(['Admin chief@newsroom.test created.']);
    expect(await users.findByEmail('chief@newsroom.test')).toMatchObject({ name: '첫 관리자', role: 'admin', passwordHash: 'plain$a long console password' });
  });

  it('makes a password and prints it once when none is given, and refuses a taken email', async () => {
    const { users, lines, run } = console_(['--email', 'chief@newsroom.test', '--name', 'Chief']);
    expect(await run()).toBe(0);
    const password = /Password \(shown once; change it after signing in\): (\S+)$/.exec(lines.out[0] ?? '')?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect((await users.findByEmail('chief@newsroom.test'))?.passwordHash).toBe(`plain$${password}`);
    expect(await run()).toBe(1);
    expect(lines.error.at(-1)).toContain('exists already');
  });

  it('refuses a short password, and shows the usage without an email', async () => {
    const { lines, run } = console_(['--email', 'chief@newsroom.test', '--name', 'Chief', '--password-stdin'], 'short');
    expect(await run()).toBe(2);
    expect(lines.error.at(-1)).toMatch(/password: the password needs at least 10 characters/);
    const demo = console_(['--email', 'chief@newsroom.test', '--name', 'Chief', '--password-stdin'], 'bureau-demo');
    expect(await demo.run()).toBe(2);
    expect(demo.lines.error.at(-1)).toBe('create-admin: password: the password may not be the published demo password');
    expect(await run(['--name', 'Chief'])).toBe(2);
    expect(lines.error.at(-1)).toContain('usage: npm run create-admin');
  });
});
