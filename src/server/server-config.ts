import { z } from 'zod';
import { maxPhotoBytes } from '../contract/photo-endpoints';

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** Loopback by default: only this machine reaches it. `0.0.0.0` (or an interface's address) opens it to the network. */
  host: z.string().default('127.0.0.1'),
  /** `postgres://…` switches storage to PostgreSQL; unset means SQLite in `dataDir`. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL (unset it to use the embedded SQLite)')
    .optional(),
  dataDir: z.string().default('./data'),
  /**
   * `redis://…` carries live updates between server instances (several on one PostgreSQL); unset means this process
   * alone, which is right for one server.
   */
  redisUrl: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL (unset it for a single server)').optional(),
  /** The Redis channel; servers of one newsroom share it, another newsroom on the same Redis picks its own. */
  redisChannel: z.string().min(1).default('bureau:changes'),
  /** Where photo bytes go: local disk (default) or the database (for several server instances on PostgreSQL). */
  photoStorage: z.enum(['disk', 'database'], { message: 'PHOTO_STORAGE must be "disk" or "database"' }).default('disk'),
  maxPhotoBytes: z.coerce.number().int().positive().default(maxPhotoBytes),
  maxPhotoPixels: z.coerce.number().int().positive().default(50_000_000),
  /** The built SPA to serve; absent means API only. */
  staticDir: z.string().default('./dist'),
  /** Mark cookies Secure: set when the server sits behind https. */
  secureCookies: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  trustedOrigins: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean)),
  seedDemo: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** The operator's explicit yes to demo accounts (published password) on a non-loopback address. */
  allowDemoAccountsOnNetwork: z
    .enum(['true', 'false'], { message: 'ALLOW_DEMO_ACCOUNTS_ON_NETWORK must be "true" or "false"' })
    .default('false')
    .transform((value) => value === 'true'),
  /** Take the client address from the last X-Forwarded-For entry (set only behind a reverse proxy that appends it). */
  trustProxy: z
    .enum(['true', 'false'], { message: 'TRUST_PROXY must be "true" or "false"' })
    .default('false')
    .transform((value) => value === 'true'),
  /** Milliseconds SIGTERM waits for in-flight requests before closing anyway. */
  shutdownGraceMs: z.coerce.number().int().min(0).default(10_000),
});

export type ServerConfig = z.infer<typeof configSchema>;
export type ServerConfigInput = z.input<typeof configSchema>;

/** Reads the configuration from the environment, with a message naming the variable when one is wrong. */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = configSchema.safeParse({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisChannel: env.REDIS_CHANNEL || undefined,
    dataDir: env.DATA_DIR,
    photoStorage: env.PHOTO_STORAGE,
    maxPhotoBytes: env.MAX_PHOTO_BYTES,
    maxPhotoPixels: env.MAX_PHOTO_PIXELS,
    staticDir: env.STATIC_DIR,
    secureCookies: env.SECURE_COOKIES,
    trustedOrigins: env.TRUSTED_ORIGINS,
    seedDemo: env.SEED_DEMO,
    allowDemoAccountsOnNetwork: env.ALLOW_DEMO_ACCOUNTS_ON_NETWORK,
    trustProxy: env.TRUST_PROXY,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Bureau cannot start, the configuration is wrong:\n${problems}`);
  }
  return result.data;
}

export function serverConfig(input: ServerConfigInput = {}): ServerConfig {
  return configSchema.parse(input);
}
