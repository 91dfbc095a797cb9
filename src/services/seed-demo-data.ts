import { gwangjuRoundupBody, gwangjuRoundupMetadata, gwangjuRoundupPhotoIds } from '../schema/demo/gwangju-roundup';
import { roundupBodySchema } from '../schema/roundup-body';
import { currentSchemaVersion } from '../schema/roundup';
import { validateRoundupBody } from '../schema/validate-roundup-body';
import { demoAccounts } from './demo-accounts';
import { createInspectingPhotoProcessor } from './inspecting-photo-processor';
import type { PasswordHasher } from './password-hasher';
import type { PhotoProcessor } from './photo-processor';
import type { PhotoStorage } from './photo-storage';
import type { RoundupStorage } from './roundup-storage';
import { seedDemoAccounts } from './seed-demo-accounts';
import { storedPhotoFromProcessing, type HashBytes } from './stored-photo-from-processing';
import { webCryptoSha256Hex } from './web-crypto-sha256-hex';
import type { UserStorage } from './user-storage';
import type { MarkerStore } from './marker-store';
import { emptyWorkflow } from '../schema/roundup-workflow';

import type { StoredRoundup } from './stored-roundup';
import { revisionWriteFor } from './revision-write';
import { serialiseChild } from './serialised-body';
import { sha256Hex } from './sha256';

/** The fixed id of the model roundup, so links, screenshots and e2e tests can name it. */
export const demoRoundupId = 'gwangju-2017-12-06';
export const demoSeedMarker = 'demo-seeded-at';

/** The demo roundup is the demo reporter's draft. */
const demoOwnerId = demoAccounts.find((account) => account.role === 'reporter')!.id;

export interface DemoSeedTarget {
  roundups: RoundupStorage;
  photos: PhotoStorage;
  users: UserStorage;
  markers: MarkerStore;
}

export interface SeedDemoOptions {
  clock: () => Date;
  /** The PNG bytes of a demo photo: fetched from `/demo/<id>.png` in the browser, read from disk in tests. */
  loadDemoPhoto: (photoId: string) => Promise<Uint8Array>;
  /** Hashes the demo password for each demo account. */
  hasher: PasswordHasher;
  /** Turns the demo photos into what is stored, as an upload would. Default: the mock's inspecting processor. */
  processor?: PhotoProcessor;
  /** Hashes the demo photos' files, as the photo service would. Default: Web Crypto. */
  hashBytes?: HashBytes;
}

export interface DemoSeedResult {
  /** Whether the model roundup (and its photos) were stored on this call. */
  roundup: boolean;
  /** How many demo accounts were added on this call. */
  accounts: number;
}

async function seedDemoRoundup(target: DemoSeedTarget, options: SeedDemoOptions, now: string): Promise<boolean> {
  if ((await target.markers.get(demoSeedMarker)) !== null) return false;
  const processor = options.processor ?? createInspectingPhotoProcessor();

  for (const photoId of Object.values(gwangjuRoundupPhotoIds)) {
    if ((await target.photos.getMetadata(photoId)) !== null) continue;
    const processed = await processor.process(await options.loadDemoPhoto(photoId));
    if (!processed.ok) throw new Error(`demo photo ${photoId} is not usable: ${processed.reason}`);
    await target.photos.insert(await storedPhotoFromProcessing(photoId, processed, now, options.hashBytes ?? webCryptoSha256Hex));
  }

  const validation = validateRoundupBody(gwangjuRoundupBody);
  if (!validation.ok) {
    throw new Error(`the demo roundup does not match the schema: ${validation.issues.map((issue) => issue.message).join('; ')}`);
  }
  const roundup: StoredRoundup = {
    id: demoRoundupId,
    ownerId: demoOwnerId,
    meta: gwangjuRoundupMetadata,
    body: roundupBodySchema.parse(validation.doc.toJSON()),
    status: 'draft',
    workflow: emptyWorkflow(),
    version: 1,
    workflowRevision: 0,
    schemaVersion: currentSchemaVersion,
    createdAt: now,
    updatedAt: now,
  };
  const firstRevision = revisionWriteFor({
    author: { id: demoOwnerId, name: gwangjuRoundupMetadata.reporters[0]?.name ?? demoOwnerId },
    previous: null,
    next: roundup,
    kind: 'created',
    hashOf: (brief) => sha256Hex(serialiseChild(brief)),
    previousContentsStored: false,
  });
  await target.roundups.insert(roundup, firstRevision);
  await target.markers.put(demoSeedMarker, now);
  return true;
}

/**
 * Stores the demo accounts that are missing, and the model roundup with its two photos the first time the database
 * is used. Accounts are checked on every start, not behind the marker, so a browser seeded before accounts existed
 * gets them too.
 *
 * A marker, not an empty roundup list, means "first time" for the roundup, so a reporter who deletes the demo does
 * not see it come back on reload. Every write is insert-if-absent, so two tabs seeding at once end up with one copy.
 * Photos go in before the roundup that shows them, and the marker only once everything is in: a failed photo fetch
 * leaves the marker unset and the next start tries again.
 */
export async function seedDemoData(target: DemoSeedTarget, options: SeedDemoOptions): Promise<DemoSeedResult> {
  const now = options.clock();
  // Hashing the passwords and fetching the photos take the time: do them side by side.
  const [accounts, roundup] = await Promise.all([
    seedDemoAccounts(target.users, options.hasher, now),
    seedDemoRoundup(target, options, now.toISOString()),
  ]);
  return { roundup, accounts };
}
