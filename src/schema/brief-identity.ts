import { createRandomId } from '@/schema/random-id';

/** A fresh identifier for a brief. Brief ids survive edits and reordering, so review state and comments can follow them. */
export function createBriefId(): string {
  return `b-${createRandomId()}`;
}
