/**
 * A Map that holds at most `maxEntries`: reading or writing a key makes it the most recent, and adding one past the
 * bound drops the least recent. Used where keys come from strangers (sign-in throttling), so that a flood of new keys
 * costs a fixed amount of memory instead of growing it.
 */
export class RecencyBoundedMap<Value> {
  // A Map iterates in insertion order: deleting and re-inserting a key moves it to the end, so the first key is the
  // least recently used.
  private readonly entries = new Map<string, Value>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('maxEntries must be a positive integer');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Value | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /**
   * Stores `value` as the most recent. When that makes one too many, it drops the oldest entry that `isDisposable`
   * accepts among the 16 oldest, else the oldest.
   */
  set(key: string, value: Value, isDisposable: (value: Value) => boolean = () => false): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.evictOne(isDisposable);
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private evictOne(isDisposable: (value: Value) => boolean): void {
    let oldest: string | undefined;
    let looked = 0;
    for (const [key, value] of this.entries) {
      oldest ??= key;
      if (isDisposable(value)) {
        this.entries.delete(key);
        return;
      }
      // A bounded look: eviction must stay O(1) whatever the map holds.
      if ((looked += 1) >= 16) break;
    }
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}
