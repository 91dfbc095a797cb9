import { readFile } from 'node:fs/promises';
import type { MarkerStore } from '../services/marker-store';
import type { PasswordHasher } from '../services/password-hasher';
import type { PhotoProcessor } from '../services/photo-processor';
import type { PhotoStorage } from '../services/photo-storage';
import type { RoundupStorage } from '../services/roundup-storage';
import { seedDemoData, type DemoSeedResult } from '../services/seed-demo-data';
import type { UserStorage } from '../services/user-storage';

/** The demo photos ship in the app's public folder; the server reads them from there. */
const demoPhotoDirectory = new URL('../../public/demo/', import.meta.url);

export function seedServerDemo(
  target: { roundups: RoundupStorage; photos: PhotoStorage; users: UserStorage; markers: MarkerStore },
  options: { hasher: PasswordHasher; processor: PhotoProcessor; clock: () => Date },
): Promise<DemoSeedResult> {
  return seedDemoData(target, {
    ...options,
    loadDemoPhoto: async (photoId) => new Uint8Array(await readFile(new URL(`${encodeURIComponent(photoId)}.png`, demoPhotoDirectory))),
  });
}
