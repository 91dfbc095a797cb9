// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from './memory-router';
import { Route } from './route';
import { Routes } from './routes';
import { useParams } from './use-params';

function Roundup() {
  const { id } = useParams();
  return <h1>Roundup {id}</h1>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<h1>Dashboard</h1>} />
        <Route path="/roundups/:id" element={<Roundup />} />
        <Route path="/roundups/new" element={<h1>Never reached</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('Routes', () => {
  it('renders the element of the matching route', () => {
    renderAt('/');
    expect(screen.getByRole('heading')).toHaveTextContent('Dashboard');
  });

  it('renders the first match and gives it its decoded params', () => {
    renderAt('/roundups/new');
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup new');
  });

  it('decodes params', () => {
    renderAt('/roundups/%EA%B4%91%EC%A3%BC');
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup 광주');
  });

  it('renders nothing when no route matches', () => {
    const { container } = renderAt('/nowhere');
    expect(container).toBeEmptyDOMElement();
  });

  it('accepts routes grouped in a fragment', () => {
    render(
      <MemoryRouter initialEntries={['/roundups/r-1']}>
        <Routes>
          <>
            <Route path="/roundups/:id" element={<Roundup />} />
          </>
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Roundup r-1');
  });

  it('gives no params outside a route', () => {
    function Params() {
      return <p>{JSON.stringify(useParams())}</p>;
    }
    render(<Params />);
    expect(screen.getByText('{}')).toBeInTheDocument();
  });

  it('fails loudly when used outside a router', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Routes />)).toThrow(/inside a <BrowserRouter> or <MemoryRouter>/);
  });
});
