import type { RouterHistory } from './router-history';
import type { RouterLocation } from './router-location';

/** The history of the browser window: `pushState`/`replaceState` to move, `popstate` for back and forward. */
export function createBrowserHistory(view: Window): RouterHistory {
  const listeners = new Set<() => void>();
  let href = '';
  let location: RouterLocation = { pathname: '/', search: '', hash: '' };

  // Read from the window rather than kept from `push`, so the location is the one the browser normalised
  // (percent-encoded), whichever way it changed.
  function current(): RouterLocation {
    if (view.location.href !== href) {
      href = view.location.href;
      location = { pathname: view.location.pathname, search: view.location.search, hash: view.location.hash };
    }
    return location;
  }

  function notify() {
    for (const listener of listeners) listener();
  }

  return {
    get location() {
      return current();
    },
    push(path) {
      view.history.pushState(null, '', path);
      notify();
    },
    replace(path) {
      view.history.replaceState(null, '', path);
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) view.addEventListener('popstate', notify);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) view.removeEventListener('popstate', notify);
      };
    },
  };
}
