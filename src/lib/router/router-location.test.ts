import { describe, expect, it } from 'vitest';
import { formatLocation, parseLocation, resolveLocation } from './router-location';

describe('router locations', () => {
  it('splits a path into pathname, search and hash, and joins it back', () => {
    const location = parseLocation('/roundups/r-1?comment=t-1#b-2');
    expect(location).toEqual({ pathname: '/roundups/r-1', search: '?comment=t-1', hash: '#b-2' });
    expect(formatLocation(location)).toBe('/roundups/r-1?comment=t-1#b-2');
    expect(parseLocation('/')).toEqual({ pathname: '/', search: '', hash: '' });
    expect(parseLocation('/a?#')).toEqual({ pathname: '/a', search: '', hash: '' });
  });

  it('keeps the current path for a target that has only a query or a hash', () => {
    const from = parseLocation('/roundups/r-1?comment=t-1');
    expect(resolveLocation('?comment=t-2', from)).toEqual({ pathname: '/roundups/r-1', search: '?comment=t-2', hash: '' });
    expect(resolveLocation('/', from)).toEqual({ pathname: '/', search: '', hash: '' });
  });

  it('refuses relative paths instead of resolving them differently from react-router', () => {
    expect(() => resolveLocation('history', parseLocation('/roundups/r-1'))).toThrow(/absolute paths/);
  });
});
