import { z } from 'zod';

const lockfileSchema = z.object({
  lockfileVersion: z.number().int().min(2),
  packages: z.record(
    z.string(),
    z.object({
      name: z.string().optional(),
      version: z.string().optional(),
      dev: z.boolean().optional(),
      link: z.boolean().optional(),
    }),
  ),
});

export interface LockedPackage {
  readonly name: string;
  readonly version: string;
  /** Where it sits in the tree (`node_modules/a/node_modules/b`), to say which copy is affected. */
  readonly location: string;
}

/**
 * Every package a `package-lock.json` (lockfile v2 or v3) installs, optionally without the ones only development
 * needs (what `npm audit --omit=dev` looks at). Links and the project itself are not packages of the registry.
 */
export function lockfilePackages(lockfile: unknown, options: { omitDev: boolean }): LockedPackage[] {
  const { packages } = lockfileSchema.parse(lockfile);
  return Object.entries(packages).flatMap(([location, entry]) => {
    if (location === '' || entry.link === true || entry.version === undefined) return [];
    if (options.omitDev && entry.dev === true) return [];
    const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return [{ name, version: entry.version, location }];
  });
}
