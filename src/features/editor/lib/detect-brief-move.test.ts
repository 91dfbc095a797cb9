import { describe, expect, it } from 'vitest';
import { detectBriefMove } from './detect-brief-move';

describe('detectBriefMove', () => {
  it('finds one brief moved up or down, by one place or several', () => {
    expect(detectBriefMove(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual({ from: 2, to: 0 });
    expect(detectBriefMove(['a', 'b', 'c'], ['b', 'c', 'a'])).toEqual({ from: 0, to: 2 });
    expect(detectBriefMove(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual({ from: 3, to: 0 });
    expect(detectBriefMove(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])).toEqual({ from: 0, to: 3 });
  });

  it('reads a swap of neighbours as a move of the brief the reporter is in', () => {
    expect(detectBriefMove(['a', 'b', 'c'], ['a', 'c', 'b'], 'c')).toEqual({ from: 2, to: 1 });
    expect(detectBriefMove(['a', 'b', 'c'], ['a', 'c', 'b'], 'b')).toEqual({ from: 1, to: 2 });
    expect(detectBriefMove(['a', 'b', 'c'], ['b', 'a', 'c'])).toEqual({ from: 0, to: 1 });
  });

  it('says nothing when the order is the same or the change is not one move', () => {
    expect(detectBriefMove(['a', 'b'], ['a', 'b'])).toBeNull();
    expect(detectBriefMove(['a', 'b'], ['a', 'b', 'c'])).toBeNull();
    expect(detectBriefMove(['a', 'b', 'c'], ['a', 'b', 'x'])).toBeNull();
    expect(detectBriefMove(['a', 'b', 'c', 'd'], ['b', 'a', 'd', 'c'])).toBeNull();
    expect(detectBriefMove(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBeNull();
  });
});
