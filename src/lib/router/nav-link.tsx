import { useRouter } from './router-context';
import { resolveLocation } from './router-location';
import { Link, type LinkProps } from './link';

export interface NavLinkState {
  isActive: boolean;
}

export interface NavLinkProps extends Omit<LinkProps, 'className'> {
  /** A string gets ` active` appended while the link is active (as in react-router); a function decides itself. */
  className?: string | ((state: NavLinkState) => string);
  /** Active only on the exact path, not on the paths below it. */
  end?: boolean;
}

function safelyDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

// react-router's rule: the same path, or (unless `end`) a path below it; "/" is therefore active only on "/".
function isActivePath(locationPathname: string, toPathname: string, end: boolean): boolean {
  const current = safelyDecode(locationPathname).toLowerCase();
  const target = safelyDecode(toPathname).toLowerCase();
  const slashAt = target !== '/' && target.endsWith('/') ? target.length - 1 : target.length;
  return current === target || (!end && current.startsWith(target) && current.charAt(slashAt) === '/');
}

/** A Link that knows whether it points at the current page: `aria-current="page"` and an active class. */
export function NavLink({ className = '', end = false, 'aria-current': ariaCurrent = 'page', ...linkProps }: NavLinkProps) {
  const { location } = useRouter();
  const isActive = isActivePath(location.pathname, resolveLocation(linkProps.to, location).pathname, end);
  const resolvedClassName =
    typeof className === 'function' ? className({ isActive }) : [className, isActive ? 'active' : ''].filter(Boolean).join(' ');
  return <Link {...linkProps} aria-current={isActive ? ariaCurrent : undefined} className={resolvedClassName} />;
}
