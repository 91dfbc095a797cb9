// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { gwangjuRoundupMetadata as meta } from '@/schema/demo/gwangju-roundup';
import { proseMirrorSchema } from '@/schema/prosemirror-schema';
import { reloadKeepingWork } from '@/lib/before-reload';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';
import { readJournal, useLocalJournal } from './use-local-journal';

afterEach(() => localStorage.clear());

describe('useLocalJournal', () => {
  it('writes the unsaved text at once when an error screen reloads the page, before the reload', async () => {
    const doc = proseMirrorSchema.nodeFromJSON({ type: 'doc', content: [sampleBrief('b-1', '첫째 소식', '아직 저장되지 않은 글')] });
    renderHook(() =>
      useLocalJournal({ roundupId: 'r-1', snapshot: () => ({ meta, doc }), baseVersion: () => 3, hasUnsavedChanges: () => true, delayMs: 60_000 }),
    );
    let journalAtReload: ReturnType<typeof readJournal> = null;
    await reloadKeepingWork(() => {
      journalAtReload = readJournal('r-1');
    });
    expect(journalAtReload).toMatchObject({ baseVersion: 3, meta, body: doc.toJSON() });
  });
});
