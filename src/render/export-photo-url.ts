const exportableSchemes = new Set(['http:', 'https:', 'data:']);

/**
 * The URL an exported item gives for a photo: absolute, so a receiver can fetch it (`photoUrl` may return a path
 * such as `/api/photos/…`, resolved against `baseUrl`). Null when it cannot be made absolute, and for `blob:` URLs,
 * which only the tab that made them can open. `src` has already passed the layout's image-source allowlist.
 */
export function exportPhotoUrl(src: string | null, baseUrl: string | undefined): string | null {
  if (src === null) return null;
  let url: URL;
  try {
    url = baseUrl === undefined ? new URL(src) : new URL(src, baseUrl);
  } catch {
    return null;
  }
  return exportableSchemes.has(url.protocol) ? url.href : null;
}
