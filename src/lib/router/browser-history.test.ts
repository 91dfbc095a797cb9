// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createBrowserHistory } from './browser-history';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('createBrowserHistory', () => {
  it('notifies every subscriber of each change, until it unsubscribes', () => {
    const history = createBrowserHistory(window);
    const seen: string[] = [];
    const stopFirst = history.subscribe(() => seen.push(`first ${history.location.pathname}`));
    history.subscribe(() => seen.push(`second ${history.location.pathname}`));

    history.push('/roundups/r-1');
    stopFirst();
    history.replace('/roundups/r-2');

    expect(seen).toEqual(['first /roundups/r-1', 'second /roundups/r-1', 'second /roundups/r-2']);
  });

  it('keeps the same location object until the location changes', () => {
    const history = createBrowserHistory(window);
    const before = history.location;
    expect(history.location).toBe(before);
    history.push('/roundups/r-1#b-2');
    expect(history.location).not.toBe(before);
    expect(history.location).toEqual({ pathname: '/roundups/r-1', search: '', hash: '#b-2' });
  });

  it('reports the pathname as the browser encoded it', () => {
    const history = createBrowserHistory(window);
    history.push('/roundups/광주');
    expect(history.location.pathname).toBe('/roundups/%EA%B4%91%EC%A3%BC');
  });

  it('reports back and forward (popstate) while someone listens, and stops listening after the last leaves', () => {
    const history = createBrowserHistory(window);
    let changes = 0;
    const stop = history.subscribe(() => (changes += 1));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changes).toBe(1);
    stop();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changes).toBe(1);
  });
});
