import type { HouseStyleId } from '@/schema/house-style-id';
import type { HouseStyle } from './house-style';
import { news1HouseStyle } from './news1';
import { newsisHouseStyle } from './newsis';
import { yonhapHouseStyle } from './yonhap';

const houseStyles: Readonly<Record<HouseStyleId, HouseStyle>> = {
  newsis: newsisHouseStyle,
  yonhap: yonhapHouseStyle,
  news1: news1HouseStyle,
};

/** The house style for an id; an id this build does not know (an unsaved form, an old document) falls back to Newsis. */
export function getHouseStyle(id: HouseStyleId): HouseStyle {
  return Object.hasOwn(houseStyles, id) ? houseStyles[id] : newsisHouseStyle;
}
