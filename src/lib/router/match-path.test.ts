import { describe, expect, it } from 'vitest';
import { matchPath } from './match-path';

describe('matchPath', () => {
  it('matches the root only on the root', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/', '/roundups')).toBeNull();
  });

  it('captures a param as one non-empty segment', () => {
    expect(matchPath('/roundups/:id', '/roundups/r-1')).toEqual({ id: 'r-1' });
    expect(matchPath('/roundups/:id', '/roundups/')).toBeNull();
    expect(matchPath('/roundups/:id', '/roundups/r-1/history')).toBeNull();
    expect(matchPath('/roundups/:id', '/roundup/r-1')).toBeNull();
  });

  it('ignores trailing slashes and letter case, as react-router does', () => {
    expect(matchPath('/roundups/:id', '/roundups/r-1/')).toEqual({ id: 'r-1' });
    expect(matchPath('/roundups/:id', '/Roundups/R-1')).toEqual({ id: 'R-1' });
  });

  it('decodes params, keeping an encoded slash inside the param', () => {
    expect(matchPath('/roundups/:id', '/roundups/%EA%B4%91%EC%A3%BC%20%EC%86%8C%EC%8B%9D')).toEqual({ id: '광주 소식' });
    expect(matchPath('/roundups/:id', '/roundups/a%2Fb')).toEqual({ id: 'a/b' });
  });

  it('leaves a malformed escape as it is rather than throwing', () => {
    expect(matchPath('/roundups/:id', '/roundups/100%')).toEqual({ id: '100%' });
  });

  it('treats other pattern characters literally', () => {
    expect(matchPath('/a.b', '/a.b')).toEqual({});
    expect(matchPath('/a.b', '/axb')).toBeNull();
  });
});
