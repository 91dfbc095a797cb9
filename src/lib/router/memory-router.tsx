import { useState, type ReactNode } from 'react';
import { createMemoryHistory } from './memory-history';
import { HistoryRouter } from './history-router';

/** Routes on a history kept in memory, for tests; starts at the last of `initialEntries` (default `/`). */
export function MemoryRouter({ initialEntries, children }: { initialEntries?: string[]; children?: ReactNode }) {
  const [history] = useState(() => createMemoryHistory(initialEntries));
  return <HistoryRouter history={history}>{children}</HistoryRouter>;
}
