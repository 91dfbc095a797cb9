import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createApiApp } from '../api/create-api-app';
import { createRandomId } from '../schema/random-id';
import { createAuthService } from '../services/auth-service';
import { createUserAdminService } from '../services/user-admin-service';
import { createPhotoService } from '../services/photo-service';
import { createLocalChangeFeed } from '../services/change-feed';
import { openRedisChangeFeed } from './live/redis-change-feed';
import { createEditLockService } from '../services/edit-lock-service';
import { createRoundupService } from '../services/roundup-service';
import { openConfiguredStorage } from './storage/open-configured-storage';
import { createCommentService } from '../services/comment-service';
import { createNotificationService } from '../services/notification-service';
import { createScryptPasswordHasher } from './auth/scrypt-password-hasher';
import { clientAddressReader } from './auth/client-address-reader';
import { createFirstRunSetup } from '../services/first-run-setup';
import { setupScreenPath } from '../contract/setup-screen-path';
import { refuseExposedDemoAccounts } from './refuse-exposed-demo-accounts';
import { InFlightRequests } from './in-flight-requests';
import { openDiskPhotoStorage } from './photos/disk-photo-storage';
import { createSharpPhotoProcessor } from './photos/sharp-photo-processor';
import { seedServerDemo } from './seed-server-demo';
import type { ServerConfig } from './server-config';
import { staticSite } from './static-site';
import { finishResponse } from './finish-response';
import type { DatabaseStorage } from './storage/database-storage';

export interface RunningServer {
  url: string;
  port: number;
  engine: 'sqlite' | 'postgres';
  /** What the demo seed added on this start (nothing when it ran before). */
  seeded: { roundup: boolean; accounts: number };
  /** The one-time link that creates the first admin: only when started without demo data and without any account. */
  setupUrl: string | null;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then closes storage. */
  close(): Promise<void>;
}

function sessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface ServerStartOptions {
  log?: (line: string) => void;
  /** Storage opened by the caller (tests use an isolated PostgreSQL schema); by default chosen from the config. */
  openStorage?: () => Promise<DatabaseStorage>;
}


/** Opens storage, seeds the demo on first start, and serves the API and the built app. */
export async function startBureauServer(config: ServerConfig, options: ServerStartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? console.log;
  const storage = await (options.openStorage ?? (() => openConfiguredStorage(config)))();
  const photoStorage =
    config.photoStorage === 'database' ? storage.photos : await openDiskPhotoStorage({ directory: join(config.dataDir, 'photos') });
  const hasher = createScryptPasswordHasher();
  const processor = createSharpPhotoProcessor({ maxPixels: config.maxPhotoPixels });
  const clock = () => new Date();
  const hashText = (text: string) => createHash('sha256').update(text).digest('hex');

  try {
    await refuseExposedDemoAccounts(config, { users: storage.users, hasher });
  } catch (error) {
    await storage.close();
    throw error;
  }

  const seeded = config.seedDemo
    ? await seedServerDemo(
        { roundups: storage.roundups, photos: photoStorage, users: storage.users, markers: storage.markers },
        { hasher, processor, clock },
      )
    : { roundup: false, accounts: 0 };
  // No account and no demo: whoever holds the printed link creates the first admin (POST /api/setup).
  const setupToken = !config.seedDemo && (await storage.users.list()).length === 0 ? randomBytes(32).toString('base64url') : null;

  // One process: changes fan out in memory; several instances (on one PostgreSQL) share them over Redis.
  const changes =
    config.redisUrl === undefined
      ? createLocalChangeFeed()
      : await openRedisChangeFeed({ url: config.redisUrl, channel: config.redisChannel, log });
  const roundups = createRoundupService({
    storage: storage.roundups,
    clock,
    generateId: createRandomId,
    hashText,
    changes,
  });
  const auth = createAuthService({ storage: storage.users, hasher, clock, generateToken: sessionToken, hashText });
  const api = createApiApp({
    roundups,
    comments: createCommentService({ storage: storage.comments, roundups, people: () => auth.people(), clock, generateId: createRandomId, changes }),
    notifications: createNotificationService({ roundups: storage.roundups, comments: storage.comments }),
    locks: createEditLockService({ storage: storage.locks, loadRoundup: (actor, id) => roundups.get(actor, id), clock, changes }),
    changes,
    photos: createPhotoService({
      storage: photoStorage,
      processor,
      clock,
      generateId: createRandomId,
      maxBytes: config.maxPhotoBytes,
      // Native: the pure-JS fallback held the event loop ~0.5 s for a 20 MB photo, this ~20 ms.
      hashBytes: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
    }),
    auth,
    accounts: createUserAdminService({ storage: storage.users, hasher, clock, generateId: createRandomId, hashToken: hashText }),
    setup: createFirstRunSetup({ storage: storage.users, hasher, clock, generateId: createRandomId, token: setupToken }),
    clientAddress: clientAddressReader({ trustProxy: config.trustProxy }),
    maxPhotoBytes: config.maxPhotoBytes,
    secureCookies: config.secureCookies,
    trustedOrigins: config.trustedOrigins,
    describeBackend: async () => ({ backend: 'server', engine: storage.engine, demoAccounts: config.seedDemo }),
  });

  // Scheduled roundups go out on time even when nobody opens them.
  const publisher = setInterval(() => {
    roundups.publishDue().catch((error: unknown) => log(`Publishing scheduled roundups failed: ${error instanceof Error ? error.message : String(error)}`));
  }, 30_000);
  publisher.unref();

  const inFlight = new InFlightRequests();
  const root = new Hono();
  root.use('*', inFlight.middleware);
  root.route('/', api);
  const site = staticSite(config.staticDir);
  if (site !== null) root.route('/', site);
  else log(`No built app in ${config.staticDir}: serving the API only (run "npm run build").`);

  const server: ServerType = await new Promise((resolve) => {
    // Every answer, whoever built it, leaves with the security headers and, where it pays, compressed.
    const fetch = async (request: Request, env: unknown) => finishResponse(request, await root.fetch(request, env));
    const started = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(started));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a TCP port');
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${address.port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port: address.port,
    engine: storage.engine,
    seeded,
    setupUrl: setupToken === null ? null : `${url}${setupScreenPath}?token=${setupToken}`,
    close() {
      closing ??= (async () => {
        // Stop accepting; idle keep-alive connections go now, busy ones once their answer has been written. Live
        // streams never finish on their own: they are ended first.
        clearInterval(publisher);
        changes.close();
        let stopped = false;
        const closed = new Promise<void>((resolve) => server.close(() => resolve())).then(() => {
          stopped = true;
        });
        const deadline = Date.now() + config.shutdownGraceMs;
        const drained = await inFlight.drained(config.shutdownGraceMs);
        if (!drained) log(`Shutdown: ${inFlight.size} request(s) still running after ${config.shutdownGraceMs} ms; closing anyway.`);
        while (!stopped && drained && Date.now() < deadline) {
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        if (!stopped && 'closeAllConnections' in server) server.closeAllConnections();
        await closed;
        await storage.close();
      })();
      return closing;
    },
  };
}
