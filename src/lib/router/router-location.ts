/** Where the router is: the parts of a URL it routes on. */
export interface RouterLocation {
  pathname: string;
  search: string;
  hash: string;
}

/** Splits `/path?query#hash` into its parts; a part that is absent is the empty string. */
export function parseLocation(path: string): RouterLocation {
  const hashStart = path.indexOf('#');
  const hash = hashStart === -1 ? '' : path.slice(hashStart);
  const beforeHash = hashStart === -1 ? path : path.slice(0, hashStart);
  const searchStart = beforeHash.indexOf('?');
  const search = searchStart === -1 ? '' : beforeHash.slice(searchStart);
  const pathname = searchStart === -1 ? beforeHash : beforeHash.slice(0, searchStart);
  return { pathname, search: search === '?' ? '' : search, hash: hash === '#' ? '' : hash };
}

export function formatLocation({ pathname, search, hash }: RouterLocation): string {
  return `${pathname}${search}${hash}`;
}

/**
 * The location a link or navigation goes to. As in react-router, a target without a path (`?comment=t-1`) keeps the
 * current path; relative paths (`edit`, `../`) are not supported because nothing here uses them, so they throw
 * rather than resolve differently from react-router.
 */
export function resolveLocation(to: string, from: RouterLocation): RouterLocation {
  const target = parseLocation(to);
  if (target.pathname === '') return { ...target, pathname: from.pathname };
  if (!target.pathname.startsWith('/')) throw new Error(`The router takes absolute paths only, not "${to}".`);
  return target;
}
