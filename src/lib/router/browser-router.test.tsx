// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserRouter } from './browser-router';
import { Route } from './route';
import { Routes } from './routes';
import { useNavigate } from './use-navigate';
import { useParams } from './use-params';
import { useSearchParams } from './use-search-params';

function Roundup() {
  const { id } = useParams();
  return <h1>Roundup {id}</h1>;
}

function Controls() {
  const navigate = useNavigate();
  return (
    <>
      <button type="button" onClick={() => navigate('/roundups/r-1')}>
        Push r-1
      </button>
      <button type="button" onClick={() => navigate('/roundups/r-2', { replace: true })}>
        Replace with r-2
      </button>
      <button type="button" onClick={() => navigate('?comment=t-1')}>
        Open comment
      </button>
    </>
  );
}

function Comment() {
  const [searchParams] = useSearchParams();
  return <p>Comment: {searchParams.get('comment') ?? 'none'}</p>;
}

function renderApp() {
  render(
    <BrowserRouter>
      <Controls />
      <Comment />
      <Routes>
        <Route path="/" element={<h1>Dashboard</h1>} />
        <Route path="/roundups/:id" element={<Roundup />} />
      </Routes>
    </BrowserRouter>,
  );
}

// jsdom moves through history asynchronously and reports it with popstate, as browsers do.
async function traverse(move: () => void) {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  await act(async () => {
    move();
    await popped;
  });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('BrowserRouter', () => {
  it('starts at the address bar location', () => {
    window.history.replaceState(null, '', '/roundups/r-9?comment=t-9');
    renderApp();
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-9');
    expect(screen.getByText('Comment: t-9')).toBeInTheDocument();
  });

  it('navigate() pushes a history entry and notifies every reader of the location', async () => {
    renderApp();
    const entries = window.history.length;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Push r-1' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-1');
    expect(window.location.pathname).toBe('/roundups/r-1');
    expect(window.history.length).toBe(entries + 1);
  });

  it('navigate(to, { replace: true }) replaces the current entry', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Push r-1' }));
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Replace with r-2' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-2');
    expect(window.history.length).toBe(entries);

    await traverse(() => window.history.back());
    expect(screen.getByRole('heading')).toHaveTextContent('Dashboard');
  });

  it('follows back and forward through popstate', async () => {
    renderApp();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Push r-1' }));

    await traverse(() => window.history.back());
    expect(screen.getByRole('heading')).toHaveTextContent('Dashboard');
    expect(window.location.pathname).toBe('/');

    await traverse(() => window.history.forward());
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-1');
  });

  it('navigates to a query on the current path and updates useSearchParams', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Push r-1' }));
    expect(screen.getByText('Comment: none')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open comment' }));
    expect(screen.getByText('Comment: t-1')).toBeInTheDocument();
    expect(`${window.location.pathname}${window.location.search}`).toBe('/roundups/r-1?comment=t-1');
  });
});
