// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserRouter } from './browser-router';
import { Link } from './link';
import { Route } from './route';
import { Routes } from './routes';
import { useParams } from './use-params';

function Roundup() {
  const { id } = useParams();
  return <h1>Roundup {id}</h1>;
}

function renderApp() {
  render(
    <BrowserRouter>
      <Link to="/roundups/r-1" className="link" data-testid="to-roundup">
        Open r-1
      </Link>
      <Link to="/" target="_blank">
        Dashboard in a new tab
      </Link>
      <Routes>
        <Route path="/" element={<h1>Dashboard</h1>} />
        <Route path="/roundups/:id" element={<Roundup />} />
      </Routes>
    </BrowserRouter>,
  );
}

/** Clicks and tells whether the router took the click (cancelled the browser's navigation), then cancels it anyway. */
function clickTakenByRouter(element: Element, init: MouseEventInit = {}): boolean {
  let taken = false;
  // Registered on window, so it runs after React's listener on the root; jsdom would otherwise try to navigate.
  const listener = (event: Event) => {
    taken = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  fireEvent.click(element, init);
  window.removeEventListener('click', listener);
  return taken;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('Link', () => {
  it('renders an anchor with the href and the anchor props it was given', () => {
    renderApp();
    const link = screen.getByRole('link', { name: 'Open r-1' });
    expect(link).toHaveAttribute('href', '/roundups/r-1');
    expect(link).toHaveClass('link');
    expect(link).toHaveAttribute('data-testid', 'to-roundup');
  });

  it('navigates in the page on a plain left click, adding a history entry', async () => {
    renderApp();
    const entries = window.history.length;
    await userEvent.setup().click(screen.getByRole('link', { name: 'Open r-1' }));
    expect(await screen.findByRole('heading', { name: 'Roundup r-1' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/roundups/r-1');
    expect(window.history.length).toBe(entries + 1);
  });

  it('cancels the browser navigation only for a plain left click', () => {
    renderApp();
    expect(clickTakenByRouter(screen.getByRole('link', { name: 'Open r-1' }))).toBe(true);
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['middle button', { button: 1 }],
  ])('leaves a %s click to the browser', (_name, init) => {
    renderApp();
    expect(clickTakenByRouter(screen.getByRole('link', { name: 'Open r-1' }), init)).toBe(false);
    expect(window.location.pathname).toBe('/');
    expect(screen.getByRole('heading')).toHaveTextContent('Dashboard');
  });

  it('leaves a link with another target to the browser', () => {
    renderApp();
    const link = screen.getByRole('link', { name: 'Dashboard in a new tab' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(clickTakenByRouter(link)).toBe(false);
  });

  it('runs its onClick first and does not navigate when that prevented the default', async () => {
    const clicks: string[] = [];
    render(
      <BrowserRouter>
        <Link to="/elsewhere" onClick={(event) => { clicks.push('clicked'); event.preventDefault(); }}>
          Stay
        </Link>
      </BrowserRouter>,
    );
    await userEvent.setup().click(screen.getByRole('link', { name: 'Stay' }));
    expect(clicks).toEqual(['clicked']);
    expect(window.location.pathname).toBe('/');
  });

  it('replaces the entry instead of adding one when it points where we already are', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Open r-1' }));
    const entries = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Open r-1' }));
    expect(window.history.length).toBe(entries);
    expect(window.location.pathname).toBe('/roundups/r-1');
  });
});
