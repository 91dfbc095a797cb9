import { z } from 'zod';

/**
 * A timestamptz column, which the driver reads as a Date, as the ISO string the services use (`toISOString`: UTC,
 * milliseconds). An instant written with an offset (`…+09:00`) therefore comes back in UTC: the same instant.
 */
export const timestamptzColumn = z.date().transform((date) => date.toISOString());
