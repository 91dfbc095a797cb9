import type { Roundup } from '../schema/roundup';

/**
 * The last saved state of the roundups this process saved most recently, so an autosave does not read and parse the
 * whole stored document before every write. It is only a guess at the current state: the storage's compare-and-set
 * still decides every save, and a miss or a lost race reads storage again. Entries are never mutated.
 */
export class RecentRoundups {
  private readonly entries = new Map<string, Roundup>();

  constructor(private readonly capacity = 64) {}

  get(id: string): Roundup | undefined {
    const roundup = this.entries.get(id);
    if (roundup === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks it most recently used.
    this.entries.delete(id);
    this.entries.set(id, roundup);
    return roundup;
  }

  remember(roundup: Roundup): void {
    this.entries.delete(roundup.id);
    this.entries.set(roundup.id, roundup);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
