import { z } from 'zod';
import { createRowMappers } from '../row-mappers';
import { timestamptzColumn } from './timestamptz-column';

/** The driver already parses jsonb, and reads timestamptz as a Date. */
export const postgresRows = createRowMappers({ json: z.unknown(), timestamp: timestamptzColumn });
