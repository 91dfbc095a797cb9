import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupMetadata as meta } from '@/schema/demo/gwangju-roundup';
import { proseMirrorSchema } from '@/schema/prosemirror-schema';
import { currentSchemaVersion } from '@/schema/roundup';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { JournalStore, readJournal } from './journal-store';

/** localStorage's contract over a Map, counting writes; `failOn` makes one key's write throw (a full quota). */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  writes: string[] = [];
  failOn: string | null = null;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (key === this.failOn) throw new DOMException('full', 'QuotaExceededError');
    this.writes.push(key);
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

function docOf(...briefs: JSONContent[]): ProseMirrorNode {
  return proseMirrorSchema.nodeFromJSON({ type: 'doc', content: briefs });
}

const first = sampleBrief('b-1', '첫째 소식', '가가');
const second = sampleBrief('b-2', '둘째 소식', '나나');
const third = sampleBrief('b-3', '셋째 소식', '다다');
const at = '2026-11-30T09:00:00.000Z';
const tab = 'tab-journal-test';

describe('JournalStore', () => {
  it('stores a roundup that reads back whole', () => {
    const storage = new MemoryStorage();
    const doc = docOf(first, second, third);
    new JournalStore(storage, 'r-1').write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc });
    expect(readJournal(storage, 'r-1')).toEqual({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, body: doc.toJSON() });
    expect(readJournal(storage, 'r-2')).toBeNull();
  });

  it('stores only the briefs that changed, and follows moves and deletions', () => {
    const storage = new MemoryStorage();
    const store = new JournalStore(storage, 'r-1');
    const doc = docOf(first, second, third);
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc });
    storage.writes = [];

    const edited = docOf(first, sampleBrief('b-2', '둘째 소식', '나나 고침'), third);
    const reused = edited.copy(edited.content.replaceChild(0, doc.child(0)).replaceChild(2, doc.child(2)));
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc: reused });
    expect(storage.writes).toEqual(['bureau.journal.r-1.brief.b-2', 'bureau.journal.r-1']);

    const moved = reused.copy(reused.content.replaceChild(0, reused.child(2)).cut(0, reused.child(2).nodeSize));
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc: moved });
    expect(readJournal(storage, 'r-1')?.body).toEqual(moved.toJSON());
    expect([...storage.items.keys()].sort()).toEqual(['bureau.journal.r-1', 'bureau.journal.r-1.brief.b-3']);
  });

  it('keeps the briefs after a clear, so the next write is small, and removes them when the editor closes', () => {
    const storage = new MemoryStorage();
    const store = new JournalStore(storage, 'r-1');
    const doc = docOf(first, second);
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc });
    store.clear();
    expect(storage.getItem('bureau.journal.r-1')).toBeNull();
    storage.writes = [];
    store.write({ baseVersion: 5, writtenAt: at, writtenBy: tab, meta, doc });
    expect(storage.writes).toEqual(['bureau.journal.r-1']);
    store.clear();
    store.dispose();
    expect(storage.items.size).toBe(0);
  });

  it('removes the briefs a dead tab left without a head when that roundup is read, and no other roundup\'s', () => {
    const storage = new MemoryStorage();
    new JournalStore(storage, 'r-1').write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc: docOf(first) });
    new JournalStore(storage, 'r-2').write({ baseVersion: 2, writtenAt: at, writtenBy: tab, meta, doc: docOf(second) });
    new JournalStore(storage, 'r-3').write({ baseVersion: 2, writtenAt: at, writtenBy: tab, meta, doc: docOf(third) });
    storage.removeItem('bureau.journal.r-2');
    storage.removeItem('bureau.journal.r-3');
    expect(readJournal(storage, 'r-1')?.baseVersion).toBe(4);
    expect(readJournal(storage, 'r-2')).toBeNull();
    expect([...storage.items.keys()].sort()).toEqual(['bureau.journal.r-1', 'bureau.journal.r-1.brief.b-1', 'bureau.journal.r-3.brief.b-3']);
  });

  it('stores the body inline when brief ids repeat or are missing, and reads the older inline layout', () => {
    const storage = new MemoryStorage();
    const doc = docOf(first, first, sampleBrief(null, '새 소식', '라라'));
    new JournalStore(storage, 'r-1').write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc });
    expect([...storage.items.keys()]).toEqual(['bureau.journal.r-1']);
    expect(readJournal(storage, 'r-1')?.body).toEqual(doc.toJSON());
  });

  it('leaves no journal rather than a mix of old and new briefs when the quota runs out', () => {
    const storage = new MemoryStorage();
    const store = new JournalStore(storage, 'r-1');
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc: docOf(first, second) });
    storage.failOn = 'bureau.journal.r-1.brief.b-2';
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc: docOf(sampleBrief('b-1', '첫째', '고침'), sampleBrief('b-2', '둘째', '고침')) });
    expect(readJournal(storage, 'r-1')).toBeNull();
    storage.failOn = null;
    const doc = docOf(sampleBrief('b-1', '첫째', '고침'), sampleBrief('b-2', '둘째', '다시'));
    store.write({ baseVersion: 4, writtenAt: at, writtenBy: tab, meta, doc });
    expect(readJournal(storage, 'r-1')?.body).toEqual(doc.toJSON());
  });

  it('migrates a journal written before schemaVersion 2: links keep only their normalised href', () => {
    const storage = new MemoryStorage();
    const oldLink = { type: 'link', attrs: { href: 'https://www.newsis.com', target: '_blank', rel: 'opener', class: 'overlay', title: null } };
    const brief = (marks: JSONContent['marks']): JSONContent => ({
      type: 'brief',
      attrs: { id: 'b-1' },
      content: [{ type: 'briefHeading' }, { type: 'paragraph', content: [{ type: 'text', text: '링크', marks }] }],
    });
    storage.setItem('bureau.journal.r-1', JSON.stringify({ baseVersion: 4, writtenAt: at, meta, briefIds: ['b-1'] }));
    storage.setItem('bureau.journal.r-1.brief.b-1', JSON.stringify(brief([oldLink])));
    expect(readJournal(storage, 'r-1')?.body).toEqual({ type: 'doc', content: [brief([{ type: 'link', attrs: { href: 'https://www.newsis.com/' } }])] });
    const doc = docOf(brief([{ type: 'link', attrs: { href: 'https://www.newsis.com/' } }]));
    new JournalStore(storage, 'r-1').write({ baseVersion: 5, writtenAt: at, writtenBy: tab, meta, doc });
    expect(JSON.parse(storage.getItem('bureau.journal.r-1') ?? '{}')).toMatchObject({ schemaVersion: currentSchemaVersion });
    expect(readJournal(storage, 'r-1')?.body).toEqual(doc.toJSON());
  });

  it('reads nothing from a broken or partial journal', () => {
    const storage = new MemoryStorage();
    storage.setItem('bureau.journal.r-1', '{not json');
    expect(readJournal(storage, 'r-1')).toBeNull();
    storage.setItem('bureau.journal.r-1', JSON.stringify({ baseVersion: 4, writtenAt: at, meta, briefIds: ['b-1'] }));
    expect(readJournal(storage, 'r-1')).toBeNull();
  });
});
