import { z } from 'zod';
import { createRowMappers } from '../row-mappers';
import { jsonTextColumn } from './json-text-column';

/** SQLite keeps JSON and timestamps (ISO) as TEXT. */
export const sqliteRows = createRowMappers({ json: jsonTextColumn, timestamp: z.string() });
