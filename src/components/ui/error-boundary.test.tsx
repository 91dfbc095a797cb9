// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { preloadableLazy, type PreloadableComponent } from '@/lib/preloadable-lazy';
import { ErrorBoundary } from './error-boundary';
import { ErrorNotice } from './error-notice';

function HistoryList() {
  return <p>수정 기록 목록</p>;
}

/** What a browser rejects a dynamic import with once a deploy has replaced the file. */
const chunkGone = () => new TypeError('Failed to fetch dynamically imported module: /assets/history-panel-3f2a.js');

/** A screen with a lazy panel in its own boundary, and a counter that must keep working whatever the panel does. */
function ScreenWithPanel({ Panel }: { Panel: PreloadableComponent<object> }) {
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  return (
    <I18nextProvider i18n={createI18n()}>
      <button type="button" onClick={() => setCount(count + 1)}>
        글자 {count}
      </button>
      <button type="button" onClick={() => setOpen(true)}>
        기록 열기
      </button>
      {open && (
        <ErrorBoundary
          fallback={(error, reset) => (
            <ErrorNotice
              error={error}
              scope="panel"
              onReset={() => {
                Panel.retry();
                reset();
              }}
            />
          )}
        >
          <Suspense fallback={<p>불러오는 중</p>}>
            <Panel />
          </Suspense>
        </ErrorBoundary>
      )}
    </I18nextProvider>
  );
}

afterEach(() => vi.useRealTimers());

describe('a lazy panel behind an error boundary', () => {
  it('renders when its code fails to load once and then loads', async () => {
    const load = vi.fn<() => Promise<typeof HistoryList>>().mockRejectedValueOnce(chunkGone()).mockResolvedValue(HistoryList);
    const Panel = preloadableLazy(load);
    render(<ScreenWithPanel Panel={Panel} />);
    await userEvent.click(screen.getByRole('button', { name: '기록 열기' }));
    expect(await screen.findByText('수정 기록 목록', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('failing twice shows the notice with a reload, and the rest of the screen stays usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof HistoryList>>()
      .mockRejectedValueOnce(chunkGone())
      .mockRejectedValueOnce(chunkGone())
      .mockResolvedValue(HistoryList);
    const Panel = preloadableLazy(load);
    render(<ScreenWithPanel Panel={Panel} />);
    await userEvent.click(screen.getByRole('button', { name: '기록 열기' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 3_000 });
    expect(alert).toHaveTextContent('새 버전의 Bureau가 배포되어');
    expect(alert).toHaveTextContent('입력한 내용은 이 브라우저에 보관되어 있고');
    expect(screen.getByRole('button', { name: '새로 고침' })).toBeEnabled();
    // Tried twice, no more: a second failure after a deploy is for the reload to fix.
    expect(load).toHaveBeenCalledTimes(2);

    await userEvent.click(screen.getByRole('button', { name: '글자 0' }));
    expect(screen.getByRole('button', { name: '글자 1' })).toBeInTheDocument();

    // "Try again" asks for the code afresh (React.lazy alone would rethrow the first failure forever).
    await userEvent.click(screen.getByRole('button', { name: '다시 시도' }));
    expect(await screen.findByText('수정 기록 목록', {}, { timeout: 3_000 })).toBeInTheDocument();
  });
});
