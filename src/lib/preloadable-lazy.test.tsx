// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadableLazy } from './preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return <p>안녕하세요, {name}</p>;
}

describe('preloadableLazy', () => {
  it('renders without suspending once preloaded, and loads its code once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Screen = preloadableLazy(load);
    await Screen.preload();
    await Screen.preload();
    render(
      <Suspense fallback={<p>불러오는 중</p>}>
        <Screen name="신대희" />
      </Suspense>,
    );
    // No act() flush needed: the first render shows the screen, never the fallback.
    expect(screen.getByText('안녕하세요, 신대희')).toBeInTheDocument();
    expect(screen.queryByText('불러오는 중')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends like React.lazy when rendered before its code is there', async () => {
    let finish: (component: typeof Greeting) => void = () => undefined;
    const Screen = preloadableLazy(() => new Promise<typeof Greeting>((resolve) => (finish = resolve)));
    render(
      <Suspense fallback={<p>불러오는 중</p>}>
        <Screen name="신대희" />
      </Suspense>,
    );
    expect(screen.getByText('불러오는 중')).toBeInTheDocument();
    await act(async () => finish(Greeting));
    expect(await screen.findByText('안녕하세요, 신대희')).toBeInTheDocument();
  });

  it('tries the download once more before it fails, and afresh on the next preload after a failure', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValue(Greeting);
    const Screen = preloadableLazy(load);
    await expect(Screen.preload()).rejects.toThrow('network down');
    expect(load).toHaveBeenCalledTimes(2);
    await Screen.preload();
    render(<Screen name="신대희" />);
    expect(screen.getByText('안녕하세요, 신대희')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });
});
