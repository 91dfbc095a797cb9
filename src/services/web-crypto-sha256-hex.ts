function onArrayBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer;
}

/**
 * SHA-256 (hex) with Web Crypto: native in browsers (the mock) and in Node alike, unlike the pure-JS `sha256Hex`,
 * which costs half a second of the event loop for a 20 MB photo.
 */
export async function webCryptoSha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto takes no view of shared memory: such bytes (never an upload's) are copied first.
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', onArrayBuffer(bytes) ? bytes : new Uint8Array(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
