// The router's public API: a subset of react-router's, so call sites read the same.
export { BrowserRouter } from './browser-router';
export { Link, type LinkProps } from './link';
export { matchPath } from './match-path';
export { MemoryRouter } from './memory-router';
export { NavLink, type NavLinkProps, type NavLinkState } from './nav-link';
export { Route, type RouteProps } from './route';
export { Routes } from './routes';
export { useNavigate, type Navigate, type NavigateOptions } from './use-navigate';
export { useParams } from './use-params';
export { useSearchParams } from './use-search-params';
