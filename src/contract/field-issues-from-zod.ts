import type { z } from 'zod/mini';
import type { FieldIssue } from './api-error';

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => {
    if (typeof key === 'number') return `${joined}[${key}]`;
    const name = String(key);
    return joined === '' ? name : `${joined}.${name}`;
  }, '');
}

/**
 * Turns a zod error into the `issues` of a `validation_failed` response, with paths like `meta.reporters[0].email`.
 * An unknown key gets an issue of its own at its own path, so a client can point at the field it sent by mistake.
 */
export function fieldIssuesFromZodError(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: `unknown field "${key}"` }));
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}
