import type { RouterHistory } from './router-history';
import { parseLocation, type RouterLocation } from './router-location';

/** A history kept in memory (tests): starts at the last of `initialEntries`, as react-router's does. */
export function createMemoryHistory(initialEntries: readonly string[] = ['/']): RouterHistory {
  const listeners = new Set<() => void>();
  const entries: RouterLocation[] = (initialEntries.length > 0 ? initialEntries : ['/']).map(parseLocation);
  let index = entries.length - 1;

  function notify() {
    for (const listener of listeners) listener();
  }

  return {
    get location() {
      return entries[index]!;
    },
    push(path) {
      index += 1;
      entries.splice(index, entries.length - index, parseLocation(path));
      notify();
    },
    replace(path) {
      entries[index] = parseLocation(path);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
