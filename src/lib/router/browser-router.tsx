import { useState, type ReactNode } from 'react';
import { createBrowserHistory } from './browser-history';
import { HistoryRouter } from './history-router';

/** Routes on the browser's address bar. */
export function BrowserRouter({ children }: { children?: ReactNode }) {
  const [history] = useState(() => createBrowserHistory(window));
  return <HistoryRouter history={history}>{children}</HistoryRouter>;
}
