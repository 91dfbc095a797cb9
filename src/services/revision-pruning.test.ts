import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../contract/revision-endpoints';
import { revisionsToPrune } from './revision-pruning';

type Entry = Pick<RevisionSummary, 'version' | 'at' | 'kind' | 'status'>;

const now = new Date('2026-11-30T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

/** Autosaves every `everyMinutes`, from `startMinutesAgo` back to now, numbered from 1. */
function autosaves(count: number, startMinutesAgo: number, everyMinutes: number): Entry[] {
  return Array.from({ length: count }, (_, index) => ({
    version: index + 1,
    at: minutesAgo(startMinutesAgo - index * everyMinutes),
    kind: index === 0 ? 'created' : 'saved',
    status: 'draft',
  }));
}

describe('revisionsToPrune', () => {
  it('keeps every revision of the last day', () => {
    expect(revisionsToPrune(autosaves(200, 23 * 60, 5), [], now)).toEqual([]);
  });

  it('thins older autosaves to the last of each hour, keeping the first and the latest', () => {
    // Two days ago, one every 10 minutes for two hours (13 saves), then one just now.
    const old = autosaves(13, 48 * 60, 10);
    const entries = [...old, { version: 14, at: now.toISOString(), kind: 'saved' as const, status: 'draft' as const }];
    const pruned = revisionsToPrune(entries, [], now);
    const kept = entries.map((entry) => entry.version).filter((version) => !pruned.includes(version));
    expect(kept[0]).toBe(1);
    expect(kept.at(-1)).toBe(14);
    // At most one per clock hour besides the first: 13 autosaves over two hours span three hours at most.
    expect(kept.length).toBeLessThanOrEqual(5);
    const hours = new Set(kept.slice(1, -1).map((version) => Math.floor(Date.parse(entries[version - 1]!.at) / 3_600_000)));
    expect(hours.size).toBe(kept.length - 2);
  });

  it('keeps the revisions on both sides of a status change, and restores', () => {
    const entries = autosaves(30, 72 * 60, 1);
    entries[10] = { ...entries[10]!, kind: 'restored' };
    const changedAt = new Date(Date.parse(entries[19]!.at) + 20_000).toISOString();
    const submittedFrom = 25;
    for (const entry of entries) if (entry.version >= submittedFrom) entry.status = 'submitted';
    const pruned = revisionsToPrune(entries, [changedAt], now);
    for (const version of [1, 11, 20, 21, 24, 25, 30]) expect(pruned).not.toContain(version);
    expect(pruned).toContain(2);
    expect(pruned).toContain(15);
  });

  it('never prunes a history of two', () => {
    expect(revisionsToPrune(autosaves(2, 72 * 60, 1), [], now)).toEqual([]);
  });
});
