import type { RoundupChange } from '../contract/live-endpoints';

export type ChangeListener = (change: RoundupChange) => void;

/**
 * Where the services announce changes to roundups, and the live endpoint listens: in one process a plain fan-out,
 * in the browser mock a BroadcastChannel between tabs. Publishing never fails a save: a listener that throws is
 * dropped from this delivery only.
 */
export interface ChangeFeed {
  publish(change: RoundupChange): void;
  /** Returns the unsubscribe function. `onClose` runs when the feed shuts down (the server is stopping). */
  subscribe(listener: ChangeListener, onClose?: () => void): () => void;
  close(): void;
}

export function createLocalChangeFeed(): ChangeFeed {
  const subscribers = new Map<ChangeListener, (() => void) | undefined>();
  return {
    publish(change) {
      for (const listener of [...subscribers.keys()]) {
        try {
          listener(change);
        } catch (error) {
          console.warn('[change feed] a listener failed', error);
        }
      }
    },
    subscribe(listener, onClose) {
      subscribers.set(listener, onClose);
      return () => {
        subscribers.delete(listener);
      };
    },
    close() {
      const closing = [...subscribers.values()];
      subscribers.clear();
      for (const onClose of closing) onClose?.();
    },
  };
}
