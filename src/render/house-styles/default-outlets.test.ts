import { describe, expect, it } from 'vitest';
import { houseStyleIds, type HouseStyleId } from '@/schema/house-style-id';
import { defaultOutletOf } from './default-outlets';
import { getHouseStyle } from './house-styles';

describe('defaultOutletOf', () => {
  it('names the outlet of each house style, the one its datelines use', () => {
    expect(defaultOutletOf('newsis')).toBe('뉴시스');
    expect(defaultOutletOf('yonhap')).toBe('연합뉴스');
    expect(defaultOutletOf('news1')).toBe('뉴스1');
    for (const id of houseStyleIds) expect(getHouseStyle(id).defaultOutlet).toBe(defaultOutletOf(id));
  });

  it('falls back to Newsis for an id this build does not know, like getHouseStyle', () => {
    const stale: string = 'hankyoreh';
    expect(defaultOutletOf(stale as HouseStyleId)).toBe('뉴시스');
  });
});
