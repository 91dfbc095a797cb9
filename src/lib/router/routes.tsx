import { Children, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { matchPath } from './match-path';
import { Route, type RouteProps } from './route';
import { RouteParamsContext } from './route-params-context';
import { useRouter } from './router-context';

function routesOf(children: ReactNode): RouteProps[] {
  return Children.toArray(children).flatMap((child): RouteProps[] => {
    if (!isValidElement(child)) return [];
    if (child.type === Fragment) return routesOf((child as ReactElement<{ children?: ReactNode }>).props.children);
    if (child.type === Route) return [(child as ReactElement<RouteProps>).props];
    throw new Error('Every child of <Routes> must be a <Route> or a fragment of them.');
  });
}

/** Renders the element of the first <Route> whose path matches the location, or nothing. */
export function Routes({ children }: { children?: ReactNode }) {
  const { location } = useRouter();
  for (const route of routesOf(children)) {
    const params = matchPath(route.path, location.pathname);
    if (params !== null) return <RouteParamsContext value={params}>{route.element}</RouteParamsContext>;
  }
  return null;
}
