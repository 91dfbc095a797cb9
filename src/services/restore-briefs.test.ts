import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { sampleBrief } from '../../tests/contract/sample-bodies';
import { withBriefsRestored } from './restore-briefs';
import { ServiceError } from './service-error';

const body = (...briefs: [string, string][]): JSONContent => ({ type: 'doc', content: briefs.map(([id, text]) => sampleBrief(id, id, text)) });
const texts = (doc: JSONContent) => doc.content?.map((brief) => `${String(brief.attrs?.id)}:${brief.content?.[1]?.content?.[0]?.text}`);

describe('withBriefsRestored', () => {
  const old = body(['a', '옛 가'], ['b', '옛 나'], ['c', '옛 다']);

  it('replaces a brief where it stands now and leaves the others', () => {
    expect(texts(withBriefsRestored(body(['c', '새 다'], ['b', '새 나']), old, ['b']))).toEqual(['c:새 다', 'b:옛 나']);
  });

  it('puts a removed brief back after the one that preceded it, or first', () => {
    expect(texts(withBriefsRestored(body(['a', '새 가'], ['c', '새 다']), old, ['b']))).toEqual(['a:새 가', 'b:옛 나', 'c:새 다']);
    expect(texts(withBriefsRestored(body(['c', '새 다']), old, ['a']))).toEqual(['a:옛 가', 'c:새 다']);
  });

  it('refuses a brief the revision does not have, naming it', () => {
    expect(() => withBriefsRestored(old, old, ['a', 'z'])).toThrow(ServiceError);
    try {
      withBriefsRestored(old, old, ['a', 'z']);
    } catch (error) {
      expect(error instanceof ServiceError && error.details?.issues?.[0]?.path).toBe('briefIds[1]');
    }
  });
});
