import type { CommentStorage } from '../../services/comment-storage';
import type { LockStorage } from '../../services/lock-storage';
import type { MarkerStore } from '../../services/marker-store';
import type { PhotoStorage } from '../../services/photo-storage';
import type { RoundupStorage } from '../../services/roundup-storage';
import type { UserStorage } from '../../services/user-storage';

export type DatabaseEngine = 'sqlite' | 'postgres';

/** Every storage port of the services over one database, opened and migrated. */
export interface DatabaseStorage {
  engine: DatabaseEngine;
  roundups: RoundupStorage;
  users: UserStorage;
  photos: PhotoStorage;
  markers: MarkerStore;
  locks: LockStorage;
  comments: CommentStorage;
  /** Closes the database (SQLite) or drains the pool (PostgreSQL). The ports must not be used afterwards. */
  close(): Promise<void>;
}
