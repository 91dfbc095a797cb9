// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from '@/lib/i18n';
import { SaveStatus } from './save-status';

describe('save status', () => {
  it('says when it saved in the UI language, in Korea time, and says it again after a language switch', async () => {
    const i18n = createI18n();
    // 00:33 UTC is 09:33 in Korea, whatever zone the machine running the test is in.
    render(
      <I18nextProvider i18n={i18n}>
        <SaveStatus state={{ kind: 'saved', savedAt: '2026-12-01T00:33:00.000Z' }} onRetry={() => undefined} />
      </I18nextProvider>,
    );
    // The Korean day period (오전) is ICU data; some ICU builds print AM in its place, before the time as in Korean.
    expect(screen.getByRole('status')).toHaveTextContent(/^(오전|AM) 09:33 저장됨$/);

    await act(() => switchLanguage(i18n, 'en'));
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved at 09:33\sAM$/);
  });

  it('says an afternoon time in Korea time too', () => {
    render(
      <I18nextProvider i18n={createI18n()}>
        <SaveStatus state={{ kind: 'saved', savedAt: '2026-12-01T06:05:00.000Z' }} onRetry={() => undefined} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^(오후|PM) 03:05 저장됨$/);
  });

  it('tells a server problem apart from being offline, with the retry time in Korea time, in both languages', async () => {
    const i18n = createI18n();
    let retried = 0;
    const { rerender } = render(
      <I18nextProvider i18n={i18n}>
        <SaveStatus state={{ kind: 'serverProblem', retryAt: '2026-12-01T05:07:00.000Z' }} onRetry={() => (retried += 1)} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^서버에 문제가 있습니다\. (오후|PM) 02:07에 다시 시도합니다$/);
    screen.getByRole('button', { name: '다시 저장' }).click();
    expect(retried).toBe(1);
    await act(() => switchLanguage(i18n, 'en'));
    expect(screen.getByRole('status')).toHaveTextContent(/^The server has a problem, retrying at 02:07\sPM$/);

    rerender(
      <I18nextProvider i18n={i18n}>
        <SaveStatus state={{ kind: 'offline' }} onRetry={() => undefined} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Offline: will save when connected');
  });

  it('names the refused place in the UI language, never the server’s English', () => {
    render(
      <I18nextProvider i18n={createI18n()}>
        <SaveStatus state={{ kind: 'error', error: new Error('unknown field'), location: 'brief 2 › photo 1' }} onRetry={() => undefined} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('저장 실패: 2번째 브리프 › 1번째 사진');
  });
});
