/**
 * Whether two JSON values are equal as data (object key order ignored), stopping at the first difference. Used to
 * skip saves that change nothing without serialising two 150 kB documents.
 */
export function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false;
    for (let index = 0; index < left.length; index += 1) if (!sameJson(left[index], right[index])) return false;
    return true;
  }
  if (Array.isArray(right)) return false;
  const leftEntries = Object.entries(left).filter(([, value]) => value !== undefined);
  const rightRecord = right as Record<string, unknown>;
  let rightCount = 0;
  for (const value of Object.values(rightRecord)) if (value !== undefined) rightCount += 1;
  if (leftEntries.length !== rightCount) return false;
  for (const [key, value] of leftEntries) {
    if (!Object.hasOwn(rightRecord, key) || !sameJson(value, rightRecord[key])) return false;
  }
  return true;
}
