import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { RouterHistory } from './router-history';
import { RouterContext } from './router-context';

/** Gives its subtree the location of `history` and re-renders it whenever the location changes. */
export function HistoryRouter({ history, children }: { history: RouterHistory; children?: ReactNode }) {
  const [location, setLocation] = useState(history.location);
  // A transition, as react-router's routers do by default: while a lazily loaded screen is fetched, the current
  // screen stays up instead of being replaced by the Suspense fallback. (useSyncExternalStore would force every
  // navigation to be synchronous, which is why the location is kept in state here.)
  useLayoutEffect(() => history.subscribe(() => startTransition(() => setLocation(history.location))), [history]);
  const state = useMemo(() => ({ location, history }), [location, history]);
  return <RouterContext value={state}>{children}</RouterContext>;
}
