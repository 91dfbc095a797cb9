import type { CommentThread } from '../contract/comment-endpoints';

function byId(left: CommentThread, right: CommentThread): number {
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/** A roundup's threads: the oldest first, by `createdAt` as an instant, then by id. */
export function oldestThreadFirst(left: CommentThread, right: CommentThread): number {
  return Date.parse(left.createdAt) - Date.parse(right.createdAt) || byId(left, right);
}

/** Across roundups: the latest change first, by `updatedAt` as an instant, then by id. */
export function newestThreadChangeFirst(left: CommentThread, right: CommentThread): number {
  return Date.parse(right.updatedAt) - Date.parse(left.updatedAt) || byId(left, right);
}
