// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Link } from './link';
import { MemoryRouter } from './memory-router';
import { NavLink } from './nav-link';

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <nav>
        <NavLink to="/" className="brand">
          Home
        </NavLink>
        <NavLink to="/" end className={({ isActive }) => `nav-link${isActive ? ' is-active' : ''}`}>
          Roundups
        </NavLink>
        <NavLink to="/roundups">All roundups</NavLink>
        <NavLink to="/roundups" end>
          Roundup list only
        </NavLink>
      </nav>
      <Link to="/roundups/r-1">Open r-1</Link>
    </MemoryRouter>,
  );
}

describe('NavLink', () => {
  it('marks the link to the current page with aria-current="page"', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Roundups' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'All roundups' })).not.toHaveAttribute('aria-current');
  });

  it('passes isActive to a className function', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Roundups' })).toHaveAttribute('class', 'nav-link is-active');
  });

  it('appends "active" to a string className while active, as react-router does', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('class', 'brand active');
  });

  it('is active below its path unless `end` is set, and "/" only on "/"', () => {
    renderAt('/roundups/r-1');
    expect(screen.getByRole('link', { name: 'All roundups' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Roundup list only' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('class', 'brand');
  });

  it('follows navigation', async () => {
    renderAt('/');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Open r-1' }));
    expect(screen.getByRole('link', { name: 'Roundups' })).toHaveAttribute('class', 'nav-link');
    expect(screen.getByRole('link', { name: 'Roundups' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'All roundups' })).toHaveAttribute('aria-current', 'page');
  });
});
