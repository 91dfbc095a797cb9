/** The bytes at `offset` read as ASCII (for four-character codes and signatures); shorter if the input ends first. */
export function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
