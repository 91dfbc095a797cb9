import { z } from 'zod';

/** A comma-separated list of numbers from the environment, one to five of them, each within bounds. */
export const numberListSetting = (fallback: string, min: number, max: number) =>
  z
    .string()
    .default(fallback)
    .transform((value) => value.split(',').map((entry) => Number(entry.trim())))
    .pipe(z.array(z.number().min(min).max(max)).min(1).max(5));

/** Measured runs (fresh browser contexts) per cell, bounded so no benchmark can go on forever. */
export const runsSetting = (fallback: number) => z.coerce.number().int().min(1).max(7).default(fallback);

export const chromiumPathSetting = z.string().default('/usr/bin/chromium');
