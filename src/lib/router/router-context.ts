import { createContext, useContext } from 'react';
import type { RouterHistory } from './router-history';
import type { RouterLocation } from './router-location';

export interface RouterState {
  location: RouterLocation;
  history: RouterHistory;
}

export const RouterContext = createContext<RouterState | null>(null);

export function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (router === null) throw new Error('Links, routes and router hooks must be used inside a <BrowserRouter> or <MemoryRouter>.');
  return router;
}
