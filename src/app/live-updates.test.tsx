// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoundupChange } from '@/contract/live-endpoints';
import type { User } from '@/contract/user-endpoints';
import { ToastProvider } from '@/components/ui/toast-provider';
import { CurrentUserContext } from '@/lib/current-user';
import { createI18n } from '@/lib/i18n';
import type { LiveSource } from '@/lib/live-source';
import { createQueryClient } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';
import { LiveUpdates } from './live-updates';

const me: User = { id: 'u-reporter', name: '신대희', email: 'reporter@bureau.test', role: 'reporter' };

function commentChange(roundupId: string, byId: string): RoundupChange {
  return {
    roundupId,
    kind: 'comment',
    status: 'draft',
    version: 3,
    workflowRevision: 0,
    by: { id: byId, name: byId === me.id ? me.name : '김데스크' },
    at: '2025-05-01T09:00:00+09:00',
    threadId: 't-1',
  };
}

let emit: (change: RoundupChange) => void = () => undefined;
const source: LiveSource = (onChange) => {
  emit = onChange;
  return () => undefined;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const queryClient = createQueryClient();
  const invalidated: unknown[] = [];
  vi.spyOn(queryClient, 'invalidateQueries').mockImplementation(async (filters) => {
    invalidated.push(filters?.queryKey);
  });
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <CurrentUserContext.Provider value={me}>
            <LiveUpdates source={source} />
          </CurrentUserContext.Provider>
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return invalidated;
}

describe('live updates of comments', () => {
  it('refreshes the comments of the roundups commented on and the notifications, once per burst', () => {
    const invalidated = setup();
    act(() => {
      emit(commentChange('r-1', 'u-desk'));
      emit(commentChange('r-1', 'u-desk'));
      emit(commentChange('r-2', 'u-desk'));
    });
    expect(invalidated).toEqual([]);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(invalidated).toEqual([queryKeys.roundups.comments('r-1'), queryKeys.roundups.comments('r-2'), queryKeys.notifications]);
  });

  it('leaves lists, review histories and my notifications alone for my own comments', () => {
    const invalidated = setup();
    act(() => emit(commentChange('r-1', me.id)));
    act(() => void vi.advanceTimersByTime(5_000));
    expect(invalidated).toEqual([queryKeys.roundups.comments('r-1')]);
  });
});
