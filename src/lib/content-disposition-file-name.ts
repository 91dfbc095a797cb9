/** Keeps a server-given name a plain file name: no folders, no control characters. */
function plainFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base].filter((character) => character >= ' ' && character !== '\u007f').join('').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? null : cleaned;
}

/**
 * The file name a `Content-Disposition` header asks to save under: the RFC 6266 `filename*` (UTF-8, percent-encoded)
 * when present, else `filename` (quoted or a bare token); null when the header names none.
 */
export function fileNameFromContentDisposition(header: string | null): string | null {
  if (header === null) return null;
  const extended = /filename\*\s*=\s*(?:utf-8|UTF-8)'[^']*'([^;]+)/.exec(header);
  if (extended !== null) {
    try {
      const decoded = plainFileName(decodeURIComponent(extended[1]!.trim()));
      if (decoded !== null) return decoded;
    } catch {
      // A malformed escape: fall back to the plain parameter.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted !== null) return plainFileName(quoted[1]!.replace(/\\(.)/g, '$1'));
  const token = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return token === null ? null : plainFileName(token[1]!);
}
