import type { RoundupEvent } from '../contract/workflow-endpoints';

/** History order: the workflow revision each step produced. */
export function compareEvents(left: RoundupEvent, right: RoundupEvent): number {
  return left.revision - right.revision;
}

/** Across roundups: the latest first, by time as an instant, then by revision. */
export function newestEventFirst(left: RoundupEvent, right: RoundupEvent): number {
  return Date.parse(right.at) - Date.parse(left.at) || right.revision - left.revision || (left.roundupId < right.roundupId ? -1 : 1);
}
