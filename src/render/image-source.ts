const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
const rasterDataUrlPattern = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/**
 * True for an image URL safe to put in `<img src>`: http(s), blob (unsaved uploads in the editor), raster data URLs
 * (photos embedded in an export) and relative paths. Photo URLs come from our own code, but a stray
 * `javascript:` or `data:text/html` must never reach the page whatever produced it.
 */
export function isAllowedImageSource(url: string): boolean {
  // Browsers ignore these characters when they read a scheme ("java\tscript:"), so the check must too.
  // eslint-disable-next-line no-control-regex
  const normalized = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (normalized === '') return false;
  const scheme = schemePattern.exec(normalized)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'http' || scheme === 'https' || scheme === 'blob') return true;
  return scheme === 'data' && rasterDataUrlPattern.test(normalized);
}
