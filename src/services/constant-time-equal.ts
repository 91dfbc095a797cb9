/**
 * Whether two byte arrays are equal, taking the same time wherever they first differ, so a password check leaks
 * nothing through its timing. (Their lengths are not secret: both come from the stored hash's parameters.)
 */
export function constantTimeEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) difference |= left[index]! ^ right[index]!;
  return difference === 0;
}
