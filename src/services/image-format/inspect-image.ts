import { asciiAt } from './ascii-at';
import { acceptedFormatsHint, damaged, refuse, type ImageInspection } from './image-inspection';
import { readAvifInfo } from './read-avif-info';
import { readJpegInfo } from './read-jpeg-info';
import { pngSignature, readPngInfo } from './read-png-info';
import { readWebpInfo } from './read-webp-info';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** The start of a text file, lower-cased, without a BOM or leading whitespace: enough to name SVG and HTML. */
function textStart(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
}

function guarded(format: string, read: (bytes: Uint8Array) => ImageInspection, bytes: Uint8Array): ImageInspection {
  try {
    return read(bytes);
  } catch (error) {
    // A header field pointing past the end makes DataView throw: that is a cut-short file, not a server fault.
    if (error instanceof RangeError) return damaged(format);
    throw error;
  }
}

/**
 * What an upload really is, decided from its bytes (never from its name or declared type), and its display size
 * read from the headers without decoding pixels. JPEG, PNG, WebP and AVIF are accepted; SVG (it can carry
 * script), GIF, HTML, HEIC, cut-short files and anything else are refused with a reason a reporter can act on.
 */
export function inspectImage(bytes: Uint8Array): ImageInspection {
  if (bytes.length === 0) return refuse(`The file is empty. ${acceptedFormatsHint}`);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return guarded('JPEG', readJpegInfo, bytes);
  if (startsWith(bytes, pngSignature)) return guarded('PNG', readPngInfo, bytes);
  if (asciiAt(bytes, 0, 4) === 'RIFF' && asciiAt(bytes, 8, 4) === 'WEBP') return guarded('WebP', readWebpInfo, bytes);
  if (asciiAt(bytes, 4, 4) === 'ftyp') return guarded('AVIF', readAvifInfo, bytes);
  if (asciiAt(bytes, 0, 4) === 'GIF8') {
    return refuse(`GIF images are not accepted for news photos. ${acceptedFormatsHint}`);
  }
  const text = textStart(bytes);
  if (text.startsWith('<')) {
    if (/^<(!doctype html|html|head|body|script)\b/.test(text)) {
      return refuse(`The file is an HTML page, not an image. ${acceptedFormatsHint}`);
    }
    if (text.includes('<svg')) return refuse(`SVG images are not accepted: they can carry scripts. ${acceptedFormatsHint}`);
    if (text.includes('<html')) return refuse(`The file is an HTML page, not an image. ${acceptedFormatsHint}`);
  }
  return refuse(`The file is not a JPEG, PNG, WebP or AVIF image. ${acceptedFormatsHint}`);
}
