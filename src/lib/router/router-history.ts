import type { RouterLocation } from './router-location';

/** A list of locations the router moves through: the browser's history, or one kept in memory for tests. */
export interface RouterHistory {
  /** The same object until the location changes, so React can compare it by identity. */
  readonly location: RouterLocation;
  push: (path: string) => void;
  replace: (path: string) => void;
  /** Calls `listener` after every change of location, including back and forward; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}
