import { z } from 'zod/mini';

/** The house styles Bureau renders. The styles themselves are data in `src/render/house-styles`. */
export const houseStyleIds = ['newsis', 'yonhap', 'news1'] as const;
export const houseStyleIdSchema = z.enum(houseStyleIds, { message: 'houseStyle must be one of newsis, yonhap, news1' });
export type HouseStyleId = z.infer<typeof houseStyleIdSchema>;
