import { z } from 'zod';

/** A TEXT column holding JSON, parsed into an unknown value for a schema to check next. */
export const jsonTextColumn = z.string().transform((text, context): unknown => {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    context.addIssue({ code: 'custom', message: 'the column does not hold valid JSON' });
    return z.NEVER;
  }
});
