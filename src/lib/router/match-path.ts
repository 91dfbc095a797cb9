export type RouteParams = Readonly<Partial<Record<string, string>>>;

function escapeRegExp(text: string): string {
  return text.replace(/[\\.*+?^${}|()[\]]/g, '\\$&');
}

// Each segment is decoded on its own, and a decoded "/" is kept encoded until the match is made, so that an id
// containing "/" stays one segment. A malformed escape leaves the path as it is (react-router does the same).
function decodePathname(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

/**
 * Matches a route pattern (`/`, `/roundups/:id`) against a whole pathname the way react-router does: letters
 * case-insensitively, trailing slashes ignored, each `:param` one non-empty segment, returned decoded.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const names: string[] = [];
  const source = pattern
    .replace(/^\/*/, '/')
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  const match = new RegExp(`^${source}/*$`, 'i').exec(decodePathname(pathname));
  if (match === null) return null;
  return Object.fromEntries(names.map((name, index) => [name, (match[index + 1] ?? '').replace(/%2F/g, '/')]));
}
