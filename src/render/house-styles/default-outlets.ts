import type { HouseStyleId } from '@/schema/house-style-id';

// Apart from the styles themselves so that the editor's metadata form, which only needs these names, does not load
// every house style's templates with its first screen.
const defaultOutlets: Readonly<Record<HouseStyleId, string>> = {
  newsis: '뉴시스',
  yonhap: '연합뉴스',
  news1: '뉴스1',
};

/** The outlet a house style names when the roundup's outlet field is empty; an unknown id falls back to Newsis's. */
export function defaultOutletOf(id: HouseStyleId): string {
  return Object.hasOwn(defaultOutlets, id) ? defaultOutlets[id] : defaultOutlets.newsis;
}
