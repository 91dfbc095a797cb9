// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Link } from './link';
import { MemoryRouter } from './memory-router';
import { Route } from './route';
import { Routes } from './routes';
import { useNavigate } from './use-navigate';
import { useParams } from './use-params';
import { useSearchParams } from './use-search-params';

function Roundup() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  return (
    <>
      <h1>Roundup {id}</h1>
      <p>Comment: {searchParams.get('comment') ?? 'none'}</p>
      <button type="button" onClick={() => navigate('/')}>
        Close
      </button>
    </>
  );
}

function Screens() {
  return (
    <Routes>
      <Route
        path="/"
        element={
          <>
            <h1>Dashboard</h1>
            <Link to="/roundups/r-1?comment=t-1">Open r-1</Link>
          </>
        }
      />
      <Route path="/roundups/:id" element={<Roundup />} />
    </Routes>
  );
}

describe('MemoryRouter', () => {
  it('starts at "/" without initial entries', () => {
    render(
      <MemoryRouter>
        <Screens />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Dashboard');
  });

  it('starts at the last initial entry, query included', () => {
    render(
      <MemoryRouter initialEntries={['/', '/roundups/r-7?comment=t-7']}>
        <Screens />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-7');
    expect(screen.getByText('Comment: t-7')).toBeInTheDocument();
  });

  it('navigates with links and navigate() without touching the window', async () => {
    const user = userEvent.setup();
    const before = window.location.href;
    render(
      <MemoryRouter>
        <Screens />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('link', { name: 'Open r-1' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-1');
    expect(screen.getByText('Comment: t-1')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Dashboard');
    expect(window.location.href).toBe(before);
  });
});
