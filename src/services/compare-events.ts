import type { RoundupEvent } from '../contract/workflow-endpoints';

/** History order: the workflow revision each step produced. */
export function compareEvents(left: RoundupEvent, right: RoundupEvent): number {
  return left.revision - right.revision;
}
