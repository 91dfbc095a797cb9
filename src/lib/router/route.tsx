import type { ReactNode } from 'react';

export interface RouteProps {
  /** `/`, `/roundups/:id`: static segments and `:param` segments. */
  path: string;
  element: ReactNode;
}

/** Declares a route for the enclosing <Routes>, which reads its props; it never renders itself. */
export function Route(_props: RouteProps): never {
  throw new Error('A <Route> is only ever used as a child of <Routes>, never rendered directly.');
}
