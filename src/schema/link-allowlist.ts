/** Protocols a link in a roundup may use. Everything else (javascript:, data:, vbscript:, file:, relative paths) is refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

/**
 * True when `href` is an absolute http(s) or mailto URL.
 * Control characters and whitespace are stripped before the check because browsers ignore them when resolving
 * a scheme ("java\tscript:" runs as javascript:).
 */
export function isAllowedLinkHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  const normalized = href.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const scheme = schemePattern.exec(normalized)?.[1]?.toLowerCase();
  if (scheme === undefined) return false;
  if (!(allowedLinkProtocols as readonly string[]).includes(scheme)) return false;
  if (scheme === 'mailto') return /^mailto:[^@\s]+@[^@\s]+$/i.test(normalized);
  try {
    const url = new URL(normalized);
    return url.hostname.length > 0;
  } catch {
    return false;
  }
}
