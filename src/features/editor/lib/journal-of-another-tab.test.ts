import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './journal-store';
import { isJournalOfAnotherTab, otherTabJournalQuietMs } from './journal-of-another-tab';

const now = Date.parse('2026-12-08T01:00:00.000Z');
function entry(writtenBy: string | undefined, agoMs: number): JournalEntry {
  return {
    baseVersion: 1,
    writtenAt: new Date(now - agoMs).toISOString(),
    ...(writtenBy === undefined ? {} : { writtenBy }),
    meta: { kicker: '', headline: '', region: '', outlet: '', houseStyle: 'newsis', reporters: [], registeredAt: null },
    body: { type: 'doc', content: [] },
  };
}

describe('isJournalOfAnotherTab', () => {
  it('leaves this tab its own journal, however recent (a reload, a crash and its reload)', () => {
    expect(isJournalOfAnotherTab(entry('tab-aaaaaaaa', 100), 'tab-aaaaaaaa', now)).toBe(false);
  });

  it('leaves to another tab the journal it wrote within the last minute (it is open and saving it)', () => {
    expect(isJournalOfAnotherTab(entry('tab-bbbbbbbb', 100), 'tab-aaaaaaaa', now)).toBe(true);
    expect(isJournalOfAnotherTab(entry('tab-bbbbbbbb', otherTabJournalQuietMs - 1), 'tab-aaaaaaaa', now)).toBe(true);
  });

  it('restores what a tab gone quiet for a minute left (closed or crashed), and journals of older builds', () => {
    expect(isJournalOfAnotherTab(entry('tab-bbbbbbbb', otherTabJournalQuietMs), 'tab-aaaaaaaa', now)).toBe(false);
    expect(isJournalOfAnotherTab(entry(undefined, 100), 'tab-aaaaaaaa', now)).toBe(false);
  });
});
