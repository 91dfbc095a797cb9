/** Protocols a link in a roundup may use. Everything else (javascript:, data:, vbscript:, file:, relative paths) is refused. */
const allowedLinkProtocols: readonly string[] = ['http', 'https', 'mailto'];

/** Longer addresses are refused: no article link needs one, and every renderer and export repeats it. */
export const maxLinkHrefLength = 2048;

/**
 * Characters that are never part of an address a reporter means: C0 and C1 controls (NUL included) and the
 * invisible format characters (zero-width, bidi overrides, BOM). Browsers drop some of them while resolving a scheme
 * ("java\tscript:" runs as javascript:), so an href holding one is refused rather than cleaned.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const invisibleCharacter = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u206f\ufeff\ufff9-\ufffb]/;
const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
const mailtoPattern = /^mailto:[^@\s]+@[^@\s]+$/i;

function isAllowedProtocol(scheme: string): boolean {
  return allowedLinkProtocols.includes(scheme);
}

/**
 * The one form in which a link is stored, or null when the address is refused. The input is trimmed, then must be
 * an absolute http, https or mailto URL without whitespace, control or invisible characters and without credentials
 * (`https://bank.example@evil.example`); the result is the WHATWG URL serialisation (`new URL(…).href`: lower-case
 * scheme and host, punycode, percent-encoding, `/` path), so what was checked is byte for byte what is stored and
 * rendered. Entities are not decoded: `javascript&colon;…` has no scheme and is refused.
 */
export function normalizeLinkHref(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > maxLinkHrefLength || invisibleCharacter.test(trimmed) || /\s/.test(trimmed)) return null;
  const scheme = schemePattern.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined || !isAllowedProtocol(scheme)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!isAllowedProtocol(url.protocol.slice(0, -1))) return null;
  const href = url.href;
  if (href.length > maxLinkHrefLength) return null;
  if (url.protocol === 'mailto:') return mailtoPattern.test(href) ? href : null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return href;
}
