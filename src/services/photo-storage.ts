import type { StoredPhoto } from './stored-photo';

/** Where photo bytes and their metadata live. Photos are immutable: once stored, an id always means the same bytes. */
export interface PhotoStorage {
  /** Adds a photo; false (and nothing written) when the id is taken. */
  insert(photo: StoredPhoto): Promise<boolean>;

  get(id: string): Promise<StoredPhoto | null>;
}
