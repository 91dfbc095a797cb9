import { inspectImage } from '../services/image-format/inspect-image';
import type { PhotoStorage } from '../services/photo-storage';
import type { RoundupStorage } from '../services/roundup-storage';
import { gwangjuRoundupBody, gwangjuRoundupMetadata, gwangjuRoundupPhotoIds } from '../schema/demo/gwangju-roundup';
import { roundupBodySchema } from '../schema/roundup-body';
import { currentSchemaVersion } from '../schema/roundup';
import { validateRoundupBody } from '../schema/validate-roundup-body';
import type { MarkerStore } from './indexeddb-storage';

/** The fixed id of the model roundup, so links, screenshots and e2e tests can name it. */
export const demoRoundupId = 'gwangju-2017-12-06';
export const demoSeedMarker = 'demo-seeded-at';

export interface DemoSeedTarget {
  roundups: RoundupStorage;
  photos: PhotoStorage;
  markers: MarkerStore;
}

export interface SeedDemoOptions {
  clock: () => Date;
  /** The PNG bytes of a demo photo: fetched from `/demo/<id>.png` in the browser, read from disk in tests. */
  loadDemoPhoto: (photoId: string) => Promise<Uint8Array>;
}

/**
 * Stores the model roundup and its two photos the first time the database is used; returns whether it did.
 * A marker, not an empty roundup list, means "first time", so a reporter who deletes the demo does not see it
 * come back on reload. Every write is insert-if-absent, so two tabs seeding at once end up with one copy.
 * Photos go in before the roundup that shows them, and the marker only once everything is in: a failed photo
 * fetch leaves the marker unset and the next start tries again.
 */
export async function seedDemoData(target: DemoSeedTarget, options: SeedDemoOptions): Promise<boolean> {
  if ((await target.markers.get(demoSeedMarker)) !== null) return false;
  const now = options.clock().toISOString();

  for (const photoId of Object.values(gwangjuRoundupPhotoIds)) {
    if ((await target.photos.get(photoId)) !== null) continue;
    const bytes = await options.loadDemoPhoto(photoId);
    const image = inspectImage(bytes);
    if (!image.ok) throw new Error(`demo photo ${photoId} is not usable: ${image.reason}`);
    await target.photos.insert({
      id: photoId,
      mediaType: image.mediaType,
      width: image.width,
      height: image.height,
      byteSize: bytes.byteLength,
      createdAt: now,
      bytes,
    });
  }

  const validation = validateRoundupBody(gwangjuRoundupBody);
  if (!validation.ok) {
    throw new Error(`the demo roundup does not match the schema: ${validation.issues.map((issue) => issue.message).join('; ')}`);
  }
  await target.roundups.insert({
    id: demoRoundupId,
    meta: gwangjuRoundupMetadata,
    body: roundupBodySchema.parse(validation.doc.toJSON()),
    status: 'draft',
    version: 1,
    schemaVersion: currentSchemaVersion,
    createdAt: now,
    updatedAt: now,
  });
  await target.markers.put(demoSeedMarker, now);
  return true;
}
